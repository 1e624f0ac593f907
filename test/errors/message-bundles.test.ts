import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Issue 11, items 4 and 7: a bundle keeps only the messages of the code it keeps. The bundles are made
// from src/, so the mutation run leaves this file out (its instrumented sources keep every branch).

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The source esbuild keeps for a page importing `names` from the package and calling `use`. */
async function bundled(names: string, use: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { ${names} } from './src/index.ts';\n${use}`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    external: ['japanese-holidays'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('a bundle keeps only the messages of the code it keeps', () => {
  it('a page asking desk.status() carries the instant and range messages, and no policy, route or adapter message', async () => {
    const code = await bundled('desk', 'desk.status();');
    expect(code).toContain('is not a finite number');
    expect(code).toContain('No edition of the terms is in force');
    for (const absent of [
      'Invalid policy at',
      'Invalid route request',
      'Unknown number',
      'luxon',
      'js-joda',
      'Invalid language',
      'takes a desk from createDesk',
    ]) {
      expect(code).not.toContain(absent);
    }
  });

  it('a page calling route carries the route messages (the check above can fail)', async () => {
    const code = await bundled('desk, route', 'route(desk, {});');
    expect(code).toContain('Invalid route request');
    expect(code).toContain('Invalid language');
    expect(code).not.toContain('Invalid policy at');
  });
});
