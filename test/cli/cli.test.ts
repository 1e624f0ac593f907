import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyHolidaysFromICal } from '../../src/ical/index.js';
import { createDesk, desk, desknetsCloud } from '../../src/index.js';

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('madoguchi status', () => {
  it('shows the open regular line with its numbers and closing time at 10:00 JST', () => {
    const r = cli('status', '--at', '2026-11-25T10:00:00+09:00', '--lang', 'ja');
    expect(r.code).toBe(0);
    expect(r.out).toContain('通常窓口  TEL 0120-365-800  FAX 045-640-5918');
    expect(r.out).toContain('受付中 17:30まで');
    expect(r.out).toContain('夜間延長窓口  TEL 0800-777-9984');
    expect(r.out).toContain('次は 2026-11-25 (水) 18:00');
    expect(r.err).toBe('');
  });

  it('says why none is open on a holiday, in English, with the language constraint', () => {
    const r = cli('--at', '2026-11-23T10:00:00+09:00', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('reason: national holiday (勤労感謝の日)');
    expect(r.out).toContain('opens 2026-11-24 (Tue) 9:00');
    expect(r.out).toContain('Support is in Japanese only.');
  });

  it('prints the Status as JSON with JST instants, agreeing with the library', () => {
    const r = cli('status', '--json', '--at', '2026-11-25T17:45:00Z');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const s = desk.status('2026-11-25T17:45:00Z');
    expect(json.at).toBe('2026-11-26T02:45:00.000+09:00');
    expect(json.jst).toBe(s.jst);
    expect(json.open).toBe(false);
    expect(json.closed).toEqual({ reason: 'before-hours' });
    expect(json.next.opensAt).toBe('2026-11-26T09:00:00.000+09:00');
    expect(Date.parse(json.next.opensAt)).toBe(s.next?.opensAt.getTime());
  });
});

describe('madoguchi next', () => {
  it.each([
    [['--line', 'night', '--at', '2026-11-25T19:00:00+09:00'], '2026-11-26 (Thu) 18:00–20:00 JST  Evening line (夜間延長窓口)  TEL 0800-777-9984'],
    [['--at', '2026-05-01T20:00:00+09:00'], '2026-05-07 (Thu) 9:00–17:30 JST  Regular line (通常窓口)  TEL 0120-365-800  FAX 045-640-5918'],
  ])('next %j prints %s', (args, line) => {
    const r = cli('next', '--lang', 'en', ...args);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(line);
  });
});

describe('madoguchi calendar', () => {
  it('shows one row per day of November 2026 with windows or the reason', () => {
    const r = cli('calendar', '2026-11', '--lang', 'ja');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows).toHaveLength(30);
    expect(rows[0]).toBe('2026-11-01 日  土日');
    expect(rows[1]).toBe('2026-11-02 月  通常窓口 9:00–17:30  夜間延長窓口 18:00–20:00');
    expect(rows[2]).toBe('2026-11-03 火  祝日 文化の日');
    expect(rows[22]).toBe('2026-11-23 月  祝日 勤労感謝の日');
  });

  it('applies company holidays and overrides from a JSON file', () => {
    const r = cli('calendar', '2026-12', '--lang', 'en', '--company-holidays', 'test/fixtures/options.json');
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows[27]).toBe('2026-12-28 Mon  regular 9:00–17:30');
    expect(rows[28]).toBe('2026-12-29 Tue  company holiday');
  });

  it('applies company holidays from an iCalendar file named by SUMMARY', () => {
    const r = cli('calendar', '2026-12', '--lang', 'ja', '--company-holidays', 'test/fixtures/company-holidays.ics');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2026-12-29 火  当社休業日 年末年始休業');
    expect(r.out).toContain('2026-12-25 金  通常窓口 9:00–17:30');
  });

  it('round-trips its own iCalendar export: the same days are closed after importing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-'));
    const file = join(dir, 'export.ics');
    const r = cli('calendar', '--ics', '2026-12-01/2027-01-31', '--company-holidays', 'test/fixtures/company-holidays.ics', '--out', file);
    expect(r.code).toBe(0);
    const ics = readFileSync(file, 'utf8');
    expect(ics).toContain('SUMMARY:年末年始休業');
    expect(ics).toContain('SUMMARY:通常窓口 TEL 0120-365-800');
    const original = createDesk(desknetsCloud, { companyHolidays: companyHolidaysFromICal(readFileSync('test/fixtures/company-holidays.ics', 'utf8')) });
    const reimported = createDesk(desknetsCloud, { companyHolidays: companyHolidaysFromICal(ics) });
    for (let t = Date.parse('2026-12-01T00:00:00+09:00'); t < Date.parse('2027-02-01T00:00:00+09:00'); t += 86_400_000) {
      expect(reimported.day(t).closed === null, new Date(t).toISOString()).toBe(original.day(t).closed === null);
    }
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--at', '2026-11-25T10:00'], /no offset/],
    [['--at', 'yesterday'], /not an ISO 8601 instant/],
    [['--company-holidays', 'test/fixtures/missing.json'], /cannot read test\/fixtures\/missing.json: ENOENT/],
    [['--company-holidays', 'test/fixtures/malformed.json'], /neither iCalendar nor valid JSON/],
    [['--company-holidays', 'test/fixtures/malformed.ics'], /iCalendar/],
    [['calendar', 'November'], /calendar takes a month YYYY-MM/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['next', '--line', 'evening'], /Unknown line "evening"/],
    [['--lang', 'fr'], /--lang must be ja or en/],
  ])('%j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('help and version', () => {
  it('prints usage with --help', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage:');
  });

  it('prints the package version with --version', () => {
    const r = cli('--version');
    expect(r.out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
