import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as a user gets it: the packed tarball installed alone into a fresh project (no ical.js, no
// peer, nothing else), then `madoguchi` run from node_modules/.bin as a child process.
const root = join(import.meta.dirname, '../..');
let project = '';
let bin = '';

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function madoguchi(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(bin, [...args], { cwd: project, env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'America/Los_Angeles', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'madoguchi-cli-smoke-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], root)) as { filename: string }[];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-smoke', private: true, version: '0.0.0' }));
  const install = ['install', '--no-package-lock', join(project, (packed[0] as { filename: string }).filename)];
  try {
    npm([...install, '--offline'], project);
  } catch {
    npm([...install, '--prefer-offline'], project);
  }
  bin = join(project, 'node_modules/.bin/madoguchi');
  for (const name of ['google-calendar.ics', 'no-value-date.ics']) copyFileSync(join(root, 'test/fixtures/ical', name), join(project, name));
  copyFileSync(join(root, 'test/fixtures/company-holidays.ics'), join(project, 'closures.ics'));
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the installed madoguchi command', () => {
  it('installs nothing but madoguchi and japanese-holidays (ical.js is bundled into the CLI)', () => {
    const installed = npm(['ls', '--all', '--parseable'], project)
      .split('\n')
      .filter((p) => p.includes('node_modules'))
      .map((p) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(installed.sort()).toEqual(['japanese-holidays', 'madoguchi']);
  });

  it('reads an .ics: 2026-12-30 is in the year-end closure (第6条: 当社休業日 close every line)', async () => {
    const result = await madoguchi(['--at', '2026-12-30T10:00+09:00', '--json', '--company-holidays', 'closures.ics']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '年末年始休業' } });
  });

  it('reads dates written without VALUE=DATE (a corporate feed since 1996): 2027-01-02 is closed, 2027-01-04 open', async () => {
    const closed = await madoguchi(['--at', '2027-01-02T10:00+09:00', '--json', '--company-holidays', 'no-value-date.ics']);
    const open = await madoguchi(['--at', '2027-01-04T10:00+09:00', '--json', '--company-holidays', 'no-value-date.ics']);
    expect(JSON.parse(closed.stdout).closed).toMatchObject({ reason: 'company-holiday', name: 'New Year holidays' });
    expect(JSON.parse(open.stdout).open).toBe(true);
  });

  it('reads a timed afternoon closure from a Google Calendar export: closed 13:00–18:00 JST on 2026-12-17', async () => {
    const at = async (time: string) =>
      JSON.parse((await madoguchi(['--at', `2026-12-17T${time}+09:00`, '--json', '--company-holidays', 'google-calendar.ics'])).stdout);
    expect((await at('12:59:59.999')).open).toBe(true);
    expect((await at('13:00')).closed).toMatchObject({ reason: 'company-holiday', name: '午後休業（全社会議）' });
    expect((await at('18:00')).open).toBe(true);
  });

  it('lists holidays with the source of each closure and the skipped events', async () => {
    const result = await madoguchi(['holidays', '--from', '2026-11-01', '--to', '2027-01-31', '--json', '--company-holidays', 'closures.ics']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const list = JSON.parse(result.stdout);
    // National Holidays Act: 文化の日 11-03, 勤労感謝の日 11-23, 元日 01-01, 成人の日 the second Monday of January (2027-01-11).
    expect(list.nationalHolidays.map((h: { date: string }) => h.date)).toEqual(['2026-11-03', '2026-11-23', '2027-01-01', '2027-01-11']);
    expect(list.companyClosures[0]).toMatchObject({ name: '年末年始休業', source: { file: 'closures.ics', line: 17 } });
    expect(list.skipped).toEqual([expect.objectContaining({ reason: 'transparent', uid: 'kenshu-2026@example.co.jp' })]);
  });

  it.each([
    [['--lang', 'ja-JP'], '（暫定）', '春分の日'],
    [['--lang', 'en-US'], '(provisional)', 'Vernal Equinox Day'],
  ])('%j marks the computed 2028 equinox %s', async (lang, mark, name) => {
    const result = await madoguchi(['--at', '2028-03-20T10:00+09:00', ...lang]);
    expect(result.stdout.split('\n').filter((r) => r.includes(mark) && r.includes(name))).toHaveLength(1);
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [['--at', '2026-11-25T10:00'], { LANG: 'ja_JP.UTF-8' }, /「2026-11-25T10:00」.*オフセット/],
    [['--at', '2026-11-25T10:00', '--lang', 'ja-JP'], {}, /「2026-11-25T10:00」/],
    [['--at', '2019-06-01T00:00Z', '--lang', 'en'], {}, /"2019-06-01T00:00Z" \(2019-06-01 \(Sat\) 9:00 JST\)/],
    [['holidays', '--at', '2026-11-25T10:00+09:00'], {}, /holidays does not take --at/],
    [['calendar', '--ics', '2026-12-01/2026-12-31', '--json'], {}, /--ics writes iCalendar/],
    [['--strict', '--company-holidays', 'closures.ics'], {}, /line 47, TRANSP:TRANSPARENT/],
  ])('%j %j is a usage error: exit 2 and one line', async (args, env, message) => {
    const result = await madoguchi(args, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });

  it('writes iCalendar that reads back: the export of December 2026 closes 12-29 as a company holiday', async () => {
    const exported = await madoguchi(['calendar', '--ics', '2026-12-01/2026-12-31', '--company-holidays', 'closures.ics', '--at', '2026-11-01T00:00Z']);
    writeFileSync(join(project, 'exported.ics'), exported.stdout);
    const result = await madoguchi(['--at', '2026-12-29T10:00+09:00', '--json', '--company-holidays', 'exported.ics']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).closed).toMatchObject({ reason: 'company-holiday', name: '年末年始休業' });
    expect(readFileSync(join(project, 'exported.ics'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
