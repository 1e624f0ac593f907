import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './cli-build.js';
import { answered, expectBuiltCli, runCli } from './run-cli.js';

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

describe.concurrent('without ical.js installed (the CLI bundles it)', () => {
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

  it('answers status', async () => {
    const result = await run(['--at', '2026-11-25T10:00+09:00', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ open: true, line: { tel: '0120-365-800' } });
  });

  it('reads an .ics file: 2026-12-30 is in the fixture’s year-end closure', async () => {
    const result = await run(['--at', '2026-12-30T10:00+09:00', '--json', '--company-holidays', join(ROOT, 'test/fixtures/company-holidays.ics')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '年末年始休業' } });
  });

  it('writes iCalendar with --ics', async () => {
    const result = await run(['calendar', '--ics', '2026-11-23/2026-11-23', '--at', '2026-11-01T00:00Z']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('\r\nDTSTART;VALUE=DATE:20261123\r\n');
  });
});

describe.concurrent('bin/madoguchi.js, the command npx runs', () => {
  const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [join(ROOT, 'bin/madoguchi.js'), ...args],
        { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C' }, timeout: 30_000 },
        (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
      );
    });

  it('runs the source in a clone (src/ beside it) and answers as the built CLI does', async () => {
    const args = ['--at', '2026-12-30T10:00+09:00', '--lang', 'ja', '--company-holidays', 'test/fixtures/company-holidays.ics'];
    const result = await run(args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(await answered(args));
  });

  it('exits with 2 and one line for a usage error', async () => {
    const result = await run(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
  });
});

describe('the command table', () => {
  it('passes the arguments after a raw command’s name to it untouched, and prints what it returns', async () => {
    const { parseInvocation } = await import('../../src/cli/args.js');
    const echo = { name: 'echo', raw: true as const, run: async (argv: readonly string[]) => ({ text: argv.join(' ') }) };
    const invocation = parseInvocation(['echo', '--port', '0', 'x'], {}, [echo]);
    expect(invocation).toEqual({ kind: 'raw', command: echo, argv: ['--port', '0', 'x'] });
  });

  it('names every command in the unknown-command message', async () => {
    const result = await runCli(['open']);
    expect(result.stderr).toContain('the commands are status, next, calendar, holidays, serve and export');
  });
});
