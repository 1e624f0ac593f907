import { build, type Options } from 'tsup';
import type { TestProject } from 'vitest/node';
import configs from '../../tsup.config.js';
import { cliIsFresh } from './cli-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by this global setup once dist/cli.js is up to date. */
    cliBuilt: boolean;
  }
}

/**
 * Vitest globalSetup: builds dist/cli.js once per run, and only when a source is newer, from the
 * CLI's own entry of tsup.config.ts (no type declarations, and the library's files are left alone).
 */
export default async function setup(project: TestProject): Promise<void> {
  if (!cliIsFresh()) {
    const cli = (configs as Options[]).find((c) => typeof c.entry === 'object' && !Array.isArray(c.entry) && 'cli' in c.entry);
    if (cli === undefined) throw new Error('tsup.config.ts has no entry named "cli"');
    await build({ ...cli, config: false, silent: true });
  }
  project.provide('cliBuilt', true);
}
