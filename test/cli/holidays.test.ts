import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answered, expectBuiltCli, runCli } from './run-cli.js';

beforeAll(expectBuiltCli);

// National holidays from the National Holidays Act (祝日法): 元日 1 January, 成人の日 the second Monday of
// January (2027-01-11); 春分の日 2028-03-20 is computed, not yet announced (the Cabinet Office publishes
// each February the equinox days of the next year), so provisional.
const FEED = 'test/fixtures/ical/no-value-date.ics';
const FIXTURE = 'test/fixtures/company-holidays.ics';

describe.concurrent('madoguchi holidays', () => {
  it('lists the national holidays of January 2027 as JSON', async () => {
    const list = JSON.parse(await answered(['holidays', '--from', '2027-01-01', '--to', '2027-01-31', '--json']));
    expect(list.nationalHolidays).toEqual([
      { date: '2027-01-01', name: '元日', nameEn: "New Year's Day", provisional: false, closes: true },
      { date: '2027-01-11', name: '成人の日', nameEn: 'Coming of Age Day', provisional: false, closes: true },
    ]);
    expect(list.companyClosures).toEqual([]);
    expect(list.skipped).toEqual([]);
  });

  it('lists each company closure of an .ics with the event it came from (BEGIN:VEVENT line, UID, SUMMARY)', async () => {
    const list = JSON.parse(await answered(['holidays', '--from', '2026-12-25', '--to', '2027-01-05', '--json', '--company-holidays', FEED]));
    // DTSTART:19961230 DTEND:19970101 yearly: 30–31 December; DTSTART:19960101 DTEND:19960104 yearly: 1–3 January.
    expect(list.companyClosures).toEqual([
      {
        start: '2026-12-30T00:00:00.000+09:00',
        end: '2027-01-01T00:00:00.000+09:00',
        wholeDays: true,
        name: 'Year-end holidays',
        source: { file: FEED, line: 13, uid: 'yearend-19961230@example.com', summary: 'Year-end holidays' },
      },
      {
        start: '2027-01-01T00:00:00.000+09:00',
        end: '2027-01-04T00:00:00.000+09:00',
        wholeDays: true,
        name: 'New Year holidays',
        source: { file: FEED, line: 5, uid: 'newyear-19960101@example.com', summary: 'New Year holidays' },
      },
    ]);
  });

  it('says in text which events were not imported and why, naming the line and the property', async () => {
    const out = await answered(['holidays', '--from', '2026-11-01', '--to', '2026-12-31', '--lang', 'en', '--company-holidays', FIXTURE]);
    expect(out).toContain('Events not imported (1):');
    expect(out).toMatch(/\[shown as free\] line 47, TRANSP:TRANSPARENT: /);
    expect(out).toMatch(
      /^ {2}2026-12-29 \(Tue\) – 2027-01-03 \(Sun\) {2}年末年始休業 {2}← test\/fixtures\/company-holidays\.ics line 17 UID nenmatsu-2026@example\.co\.jp$/m,
    );
  });

  it.each([
    ['ja', '2028-03-20 (月)  春分の日（暫定）'],
    ['en', '2028-03-20 (Mon)  Vernal Equinox Day (provisional)'],
  ])('marks a provisional holiday in --lang %s', async (lang, row) => {
    const out = await answered(['holidays', '--from', '2028-03-01', '--to', '2028-03-31', '--lang', lang]);
    expect(out.split('\n')).toContain(`  ${row}`);
  });

  it('does not mark an announced holiday', async () => {
    expect(await answered(['holidays', '--from', '2027-01-01', '--to', '2027-01-01', '--lang', 'ja'])).not.toContain('暫定');
  });

  it('lists JSON entries with their index', async () => {
    const list = JSON.parse(
      await answered(['holidays', '--from', '2026-12-28', '--to', '2026-12-31', '--json', '--company-holidays', 'test/fixtures/company-holidays.json']),
    );
    expect(list.companyClosures.length).toBeGreaterThan(0);
    expect(list.companyClosures[0].source).toEqual({ file: 'test/fixtures/company-holidays.json', index: expect.any(Number) });
  });
});

describe.concurrent('skipped events are never silent', () => {
  it('status warns on stderr, in one line, about an event it could not understand, and still answers', async () => {
    const result = await runCli(['--at', '2026-11-25T10:00+09:00', '--company-holidays', 'test/fixtures/malformed.ics']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Open:');
    expect(result.stderr).toMatch(
      /^madoguchi: warning: test\/fixtures\/malformed\.ics: 1 event not understood and not imported \(line 6, DTSTART;VALUE=DATE:2026XX29: [^\n]*\n$/,
    );
  });

  it('status warns when an .ics holds no event at all (the wrong file, perhaps)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-empty-'));
    const file = join(dir, 'empty.ics');
    writeFileSync(file, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n');
    const result = await runCli(['--at', '2026-11-25T10:00+09:00', '--company-holidays', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^madoguchi: warning: [^\n]*empty\.ics holds no events \(VEVENT\)[^\n]*\n$/);
  });

  it.each([
    [FIXTURE, 'line 47, TRANSP:TRANSPARENT'],
    ['test/fixtures/malformed.ics', 'line 6, DTSTART;VALUE=DATE:2026XX29'],
  ])('--strict rejects %s, naming %s', async (file, named) => {
    const result = await runCli(['holidays', '--company-holidays', file, '--strict']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
    expect(result.stderr).toContain(named);
  });
});

describe.concurrent('holidays usage errors exit with 2 and one line', () => {
  it.each<[string[], string]>([
    [['holidays', '--at', '2026-11-25T10:00+09:00'], 'holidays does not take --at'],
    [['holidays', '--line', 'night'], 'holidays does not take --line'],
    [['holidays', '--from', '2026-13-01'], '--from takes a real date YYYY-MM-DD, not "2026-13-01"'],
    [['holidays', '--from', '2027-01-31', '--to', '2027-01-01'], '--to (2027-01-01) is before --from (2027-01-31)'],
    [['holidays', '--to', '2100-01-01'], '--to "2100-01-01" is out of range'],
    [['holidays', '--strict'], '--strict goes with --company-holidays'],
    [['holidays', '2027'], 'unexpected argument "2027" after holidays'],
    [['status', '--from', '2027-01-01'], 'status does not take --from'],
    [['--strict', '--company-holidays', 'test/fixtures/company-holidays.json'], '--strict applies to an .ics file'],
  ])('%j', async (args, named) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
    expect(result.stderr).toContain(named);
  });
});
