#!/usr/bin/env node
// The `madoguchi` command. Installed from npm, the package holds dist/ only: run the built CLI. In a
// clone (src/ beside this file), run the TypeScript source through tsx, a dev dependency, so that
// `npx madoguchi …` works right after `npm ci` and always runs the code as it stands, with no build step.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli.js', import.meta.url).href);
}
