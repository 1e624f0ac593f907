import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './cli-build.js';
import { answered, expectBuiltCli } from './run-cli.js';

beforeAll(expectBuiltCli);

describe.concurrent('--help and --version', () => {
  it.each([['--help'], ['-h'], ['calendar', '--help']])('%s prints the usage of every command', async (...args) => {
    const out = await answered(args);
    for (const word of ['Usage:', 'status', 'next', 'calendar', '--company-holidays', '--ics', 'Exit codes']) expect(out).toContain(word);
  });

  it.each(['--version', '-v'])('%s prints the version from package.json', async (flag) => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await answered([flag])).toBe(`${version}\n`);
  });
});

describe.concurrent('the host does not change the answer', () => {
  // 23:30Z is 08:30 the next day in Tokyo, but still the 25th in Los Angeles.
  const args = ['status', '--at', '2026-11-25T23:30:00Z', '--lang', 'ja'];
  let inUtc: Promise<string>;
  beforeAll(() => {
    inUtc = answered(args, { TZ: 'UTC' });
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Athens'])('TZ=%s prints what TZ=UTC prints', async (tz) => {
    const out = await answered(args, { TZ: tz });
    expect(out.split('\n')[0]).toBe('2026-11-26（木）8:30 日本時間  第15版');
    expect(out).toBe(await inUtc);
  });

  it.each([
    ['ja_JP.UTF-8', {}, '対応言語: 日本語のみ'],
    ['C', {}, 'Languages: Japanese only'],
    ['C', { LC_ALL: 'ja_JP.UTF-8' }, '対応言語: 日本語のみ'],
  ])('LANG=%s %j without --lang speaks %s', async (lang, more, expected) => {
    expect(await answered(['--at', '2026-11-25T10:00+09:00'], { LANG: lang, ...more })).toContain(expected);
  });
});

describe.concurrent('without the optional peer dependency ical.js', () => {
  // The built CLI beside a node_modules that holds its one dependency, japanese-holidays, only.
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-no-ical-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(ROOT, 'node_modules/japanese-holidays'), join(dir, 'node_modules/japanese-holidays'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    copyFileSync(CLI, join(dir, 'cli.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [join(dir, 'cli.js'), ...args],
        { cwd: dir, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C' } },
        (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
      );
    });

  it('still answers status', async () => {
    const result = await run(['--at', '2026-11-25T10:00+09:00', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Open:      Regular line  TEL 0120-365-800  FAX 045-640-5918');
  });

  it.each([
    ['--company-holidays', join(ROOT, 'test/fixtures/company-holidays.ics')],
    ['calendar', '--ics', '2026-11-01/2026-11-02'],
  ])('names the package to install for %s %s', async (...args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^madoguchi: [^\n]*needs the optional package ical\.js; install it with: npm install ical\.js\n$/);
  });
});
