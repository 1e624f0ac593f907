import { execFile } from 'node:child_process';
import { expect, inject } from 'vitest';
import { CLI, cliIsFresh, ROOT } from './cli-build.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean environment: no inherited NO_COLOR, locale or TZ decides the output by accident. */
const BASE_ENV = { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' };

/**
 * Runs the built CLI as a child process, the way a shell would. Asynchronous, so that tests in a
 * `describe.concurrent` block start several processes at once: Node's start-up dominates.
 */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...BASE_ENV, ...env }, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') reject(error);
      else resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

/** The stdout of an answer; throws unless the exit code is 0 and stderr is empty. */
export async function answered(args: readonly string[], env?: Readonly<Record<string, string>>): Promise<string> {
  const result = await runCli(args, env);
  if (result.code !== 0 || result.stderr !== '') throw new Error(`madoguchi ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/**
 * Fails with a hint when no global setup built the CLI and dist/cli.js is stale, so tests never
 * judge yesterday's CLI. (Once the setup has run, a source saved mid-run is no reason to fail.)
 */
export function expectBuiltCli(): void {
  const built = inject('cliBuilt') === true || cliIsFresh();
  expect(built, 'dist/cli.js is missing or older than src/: run the suite with test/cli/build-once.ts as globalSetup, or run npx tsup').toBe(true);
}
