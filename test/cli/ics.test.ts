import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answered, expectBuiltCli } from './run-cli.js';

// Windows from 第6条 (edition 15), UTC = JST − 9 h: 通常窓口 9:00–17:30 JST = 00:00–08:30Z,
// 夜間延長窓口 18:00–20:00 JST = 09:00–11:00Z. 勤労感謝の日 is 11-23 (National Holidays Act).
const FIXTURE = 'test/fixtures/company-holidays.ics';
let dir = '';

beforeAll(() => {
  expectBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-ics-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Event {
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
}

/** The VEVENTs of an iCalendar text, read with ical.js. */
function events(text: string): Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate };
  });
}

describe.concurrent('madoguchi calendar --ics', () => {
  const export1123 = ['calendar', '--ics', '2026-11-23/2026-11-24', '--at', '2026-11-01T00:00Z'];

  it('writes the windows of 2026-11-24 in UTC and the holiday of 11-23 as an all-day event, CRLF-terminated', async () => {
    const text = await answered(export1123);
    expect(events(text)).toEqual([
      { summary: '通常窓口 TEL 0120-365-800', start: '2026-11-24T00:00:00Z', end: '2026-11-24T08:30:00Z', allDay: false },
      { summary: '夜間延長窓口 TEL 0800-777-9984', start: '2026-11-24T09:00:00Z', end: '2026-11-24T11:00:00Z', allDay: false },
      { summary: '勤労感謝の日', start: '2026-11-23', end: '2026-11-24', allDay: true },
    ]);
    expect(text).toContain('\r\nDTSTART:20261124T000000Z\r\nDTEND:20261124T083000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261124\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261101T000000Z\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('writes to --out the same text, and nothing to stdout', async () => {
    const file = join(dir, 'out.ics');
    expect(await answered([...export1123, '--out', file])).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(await answered(export1123));
  });

  it('writes the year-end closure as one six-day event with exclusive DTEND', async () => {
    const out = await answered(['calendar', '--ics', '2026-12-28/2027-01-05', '--company-holidays', FIXTURE, '--at', '2026-11-01T00:00Z']);
    expect(events(out).filter((e) => e.allDay)).toEqual([{ summary: '年末年始休業', start: '2026-12-29', end: '2027-01-04', allDay: true }]);
  });
});

describe.concurrent('company holidays from the .ics fixture', () => {
  it.each([
    ['2026-12-29T10:00+09:00', '休業日（年末年始休業）'],
    ['2027-01-03T10:00+09:00', '休業日（年末年始休業）'],
    ['2026-08-14T10:00+09:00', '休業日（夏季休業）'],
    ['2030-08-13T10:00+09:00', '休業日（夏季休業）'],
    ['2026-10-01T10:00+09:00', '休業日（創立記念日）'],
  ])('close %s as %s', async (at, closure) => {
    expect((await answered(['--at', at, '--lang', 'ja', '--company-holidays', FIXTURE])).split('\n')[1]).toBe(`現在: ${closure}`);
  });

  it.each([
    '2026-12-28T10:00+09:00',
    '2027-01-04T10:00+09:00',
    '2026-08-17T10:00+09:00',
    '2026-11-26T14:00+09:00',
  ])('leave %s open (DTEND is exclusive; the timed training is no day off)', async (at) => {
    expect((await answered(['--at', at, '--lang', 'ja', '--company-holidays', FIXTURE])).split('\n')[1]).toBe(
      '受付中: 通常窓口  TEL 0120-365-800  FAX 045-640-5918',
    );
  });
});

describe.concurrent('round trip: export, then import the export', () => {
  type Day = { date: string; closed: { reason: string; name?: string } | null };
  let exported: Promise<string>;
  beforeAll(() => {
    const file = join(dir, 'round-trip.ics');
    exported = answered(['calendar', '--ics', '2026-08-01/2027-01-31', '--company-holidays', FIXTURE, '--out', file, '--at', '2026-07-01T00:00Z']).then(
      () => file,
    );
  });

  it.each(['2026-08', '2026-10', '2026-12', '2027-01'])('gives the same closed days, named as before, in %s', async (month) => {
    const file = await exported;
    const [before, after]: Day[][] = await Promise.all(
      [FIXTURE, file].map(async (source) => JSON.parse(await answered(['calendar', month, '--json', '--company-holidays', source]))),
    );
    expect(before?.some((d) => d.closed?.reason === 'company-holiday')).toBe(true);
    expect(after?.map((d) => d.closed !== null)).toEqual(before?.map((d) => d.closed !== null));
    // Every closure comes back as a company holiday; the named ones keep their names (a weekend
    // comes back named by its SUMMARY, 土日).
    const names = (days: Day[] | undefined) => days?.map((d, i) => (before?.[i]?.closed?.name === undefined ? null : d.closed?.name));
    expect(names(after)).toEqual(names(before));
  });
});
