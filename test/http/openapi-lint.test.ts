import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/http/index.js';

const redocly = join(createRequire(import.meta.url).resolve('@redocly/cli/package.json'), '../bin/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'madoguchi-openapi-'));

/** `redocly lint` (its recommended rules) on a document: exit code and what it printed. */
function lint(document: unknown, name: string): Promise<{ code: number; output: string }> {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document, null, 2));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [redocly, 'lint', file, '--format=stylish'],
      { env: { PATH: process.env.PATH ?? '', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('the OpenAPI document served at /openapi.json', () => {
  it('passes redocly lint with its recommended rules', async () => {
    const served = await (await createHandler()(new Request('http://madoguchi.test/openapi.json'))).json();
    const { code, output } = await lint(served, 'openapi.json');
    expect(output).not.toMatch(/\b(error|warning)\b\s+\S+/);
    expect(code, output).toBe(0);
  });

  it('would fail the lint if a schema the paths refer to were missing (the check can fail)', async () => {
    const served = (await (await createHandler()(new Request('http://madoguchi.test/openapi.json'))).json()) as {
      components: { schemas: Record<string, unknown> };
    };
    const broken = structuredClone(served);
    delete broken.components.schemas.Line;
    const { code } = await lint(broken, 'broken.json');
    expect(code).not.toBe(0);
  });
});
