import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companyHolidaysFromICal, importICal } from '../../src/ical/index.js';
import { createDesk, day, desknetsCloud } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { asOption } from './core-support.js';

const FIXTURE = readFileSync(new URL('../fixtures/company-holidays.ics', import.meta.url), 'utf8');

/** A VCALENDAR around the given VEVENT lines, CRLF-terminated as RFC 5545 wants. Line 1 is BEGIN:VCALENDAR, line 4 the first BEGIN:VEVENT. */
const calendar = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//JA', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

describe('importICal with the fixture', () => {
  const report = importICal(FIXTURE);
  const holidays = report.companyHolidays;

  it('reads the year-end closure with its exclusive DTEND as 2026-12-29..2027-01-03, from the event on line 17', () => {
    expect(report.closures[0]).toEqual({
      entry: { date: '2026-12-29/2027-01-03', name: '年末年始休業' },
      uid: 'nenmatsu-2026@example.co.jp',
      summary: '年末年始休業',
      line: 17,
    });
  });

  it('expands the yearly summer closure (13–14 August) from 2026 through 2099', () => {
    const summer = holidays.filter((h) => typeof h === 'object' && 'date' in h && h.name === '夏季休業');
    expect(summer).toHaveLength(2099 - 2026 + 1);
    expect(summer[0]).toEqual({ date: '2026-08-13/2026-08-14', name: '夏季休業' });
    expect(summer.at(-1)).toEqual({ date: '2099-08-13/2099-08-14', name: '夏季休業' });
  });

  it('reads a one-day event without DTEND as that day', () => {
    expect(holidays).toContainEqual({ date: '2026-10-01', name: '創立記念日' });
  });

  it('reports the timed training marked TRANSP:TRANSPARENT (shown as free) as skipped, naming its line', () => {
    expect(holidays).toHaveLength(1 + 74 + 1);
    expect(report.skipped).toEqual([
      expect.objectContaining({
        uid: 'kenshu-2026@example.co.jp',
        line: 42,
        reason: 'transparent',
        message: expect.stringMatching(/^line \d+, TRANSP:TRANSPARENT: /),
      }),
    ]);
  });

  it('closes the desk on those days and nowhere near them', () => {
    const custom = createDesk(desknetsCloud, { companyHolidays: asOption(holidays) });
    expect(day(custom, '2027-01-03').closed).toEqual({ reason: 'company-holiday', name: '年末年始休業' });
    expect(day(custom, '2027-01-04').closed).toBeNull();
    expect(day(custom, '2026-12-28').closed).toBeNull();
    expect(day(custom, '2031-08-14').closed).toEqual({ reason: 'company-holiday', name: '夏季休業' });
  });
});

describe('importICal, all-day events (RFC 5545 §3.6.1: DTEND exclusive, one day without DTEND or DURATION)', () => {
  it.each<[string, string[], unknown[]]>([
    ['a DURATION of 3 days', ['DTSTART;VALUE=DATE:20270503', 'DURATION:P3D', 'SUMMARY:連休'], [{ date: '2027-05-03/2027-05-05', name: '連休' }]],
    ['a DURATION of one week', ['DTSTART;VALUE=DATE:20270802', 'DURATION:P1W', 'SUMMARY:夏季休業'], [{ date: '2027-08-02/2027-08-08', name: '夏季休業' }]],
    ['no SUMMARY', ['DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20261229'], ['2026-12-28']],
    ['a blank SUMMARY', ['DTSTART;VALUE=DATE:20261228', 'SUMMARY:  '], ['2026-12-28']],
    ['a SUMMARY with escaped characters', ['DTSTART;VALUE=DATE:20261228', 'SUMMARY:棚卸し\\, 大掃除'], [{ date: '2026-12-28', name: '棚卸し, 大掃除' }]],
    ['a date without VALUE=DATE, as common clients read it', ['DTSTART:19960101', 'SUMMARY:元日'], [{ date: '1996-01-01', name: '元日' }]],
    ['DTSTART and DTEND without VALUE=DATE', ['DTSTART:20261229', 'DTEND:20270104'], ['2026-12-29/2027-01-03']],
    ['DTEND equal to DTSTART, as some older tools write one day', ['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261229'], ['2026-12-29']],
    ['an all-day event marked TRANSPARENT (Google writes every all-day event so)', ['DTSTART;VALUE=DATE:20261228', 'TRANSP:TRANSPARENT'], ['2026-12-28']],
    [
      'Outlook midnight-to-midnight times with X-MICROSOFT-CDO-ALLDAYEVENT',
      ['DTSTART;TZID=Tokyo Standard Time:20261229T000000', 'DTEND;TZID=Tokyo Standard Time:20261231T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'],
      ['2026-12-29/2026-12-30'],
    ],
    [
      'a yearly rule with COUNT',
      ['UID:a', 'DTSTART;VALUE=DATE:20261001', 'RRULE:FREQ=YEARLY;COUNT=3', 'SUMMARY:創立記念日'],
      ['2026', '2027', '2028'].map((y) => ({ date: `${y}-10-01`, name: '創立記念日' })),
    ],
    [
      'a yearly rule without VALUE=DATE on DTSTART and EXDATE',
      ['UID:b', 'DTSTART:20260501', 'RRULE:FREQ=YEARLY;COUNT=3', 'EXDATE:20270501'],
      ['2026-05-01', '2028-05-01'],
    ],
    ['an RDATE beside the DTSTART', ['UID:c', 'DTSTART;VALUE=DATE:20261228', 'RDATE;VALUE=DATE:20270430,20270502'], ['2026-12-28', '2027-04-30', '2027-05-02']],
  ])('reads %s', (_, lines, expected) => {
    const report = importICal(calendar(lines));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual(expected);
  });

  it('leaves out an EXDATE and follows a moved occurrence (RECURRENCE-ID)', () => {
    const text = calendar(
      [
        'UID:natsu',
        'DTSTART;VALUE=DATE:20260813',
        'DTEND;VALUE=DATE:20260815',
        'RRULE:FREQ=YEARLY;UNTIL=20281231',
        'EXDATE;VALUE=DATE:20270813',
        'SUMMARY:夏季休業',
      ],
      ['UID:natsu', 'RECURRENCE-ID;VALUE=DATE:20280813', 'DTSTART;VALUE=DATE:20280814', 'DTEND;VALUE=DATE:20280816', 'SUMMARY:夏季休業（振替）'],
    );
    expect(companyHolidaysFromICal(text)).toEqual([
      { date: '2026-08-13/2026-08-14', name: '夏季休業' },
      { date: '2028-08-14/2028-08-15', name: '夏季休業（振替）' },
    ]);
  });

  it.each<[string, string[], string[]]>([
    [
      '30 February is no day (RFC 5545 §3.3.10; ical.js would roll it into March)',
      ['DTSTART;VALUE=DATE:20260130', 'RRULE:FREQ=YEARLY;BYMONTH=1,2;BYMONTHDAY=30;UNTIL=20271231'],
      ['2026-01-30', '2027-01-30'],
    ],
    [
      'a yearly rule from 29 February keeps to leap years',
      ['DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;UNTIL=20321231'],
      ['2024-02-29', '2028-02-29', '2032-02-29'],
    ],
    [
      'a monthly rule from the 31st skips the shorter months',
      ['DTSTART;VALUE=DATE:20270131', 'RRULE:FREQ=MONTHLY;UNTIL=20270630'],
      ['2027-01-31', '2027-03-31', '2027-05-31'],
    ],
  ])('ignores instances on invalid dates: %s', (_, lines, expected) => {
    expect(importICal(calendar(['UID:r', ...lines])).companyHolidays).toEqual(expected);
  });

  it('removes an occurrence a cancelled override names, and reports the override as cancelled', () => {
    const text = calendar(
      ['UID:m', 'DTSTART;VALUE=DATE:20260501', 'RRULE:FREQ=YEARLY;COUNT=3', 'SUMMARY:メーデー'],
      ['UID:m', 'RECURRENCE-ID;VALUE=DATE:20270501', 'DTSTART;VALUE=DATE:20270501', 'STATUS:CANCELLED', 'SUMMARY:メーデー'],
    );
    const report = importICal(text);
    expect(report.companyHolidays).toEqual([
      { date: '2026-05-01', name: 'メーデー' },
      { date: '2028-05-01', name: 'メーデー' },
    ]);
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 'm', reason: 'cancelled', line: 10 })]);
  });

  it('reads LF-only text, a byte order mark and folded lines alike', () => {
    const text = `\uFEFF${calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20270104', 'SUMMARY:年末年始', ' 休業']).replaceAll('\r\n', '\n')}`;
    expect(companyHolidaysFromICal(text)).toEqual([{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]);
  });

  it('reads every VCALENDAR of a file holding two', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20261229']) + calendar(['DTSTART;VALUE=DATE:20261230']);
    expect(companyHolidaysFromICal(text)).toEqual(['2026-12-29', '2026-12-30']);
  });
});

describe('importICal, timed events: whole JST days become dates, the rest timed closures', () => {
  // JST = UTC+9 without daylight saving; America/New_York is UTC−5 in December (EST).
  it.each<[string, string[], unknown[]]>([
    [
      'an afternoon in Tokyo time (TZID=Asia/Tokyo, no VTIMEZONE)',
      ['DTSTART;TZID=Asia/Tokyo:20261217T130000', 'DTEND;TZID=Asia/Tokyo:20261217T180000', 'SUMMARY:午後休業'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '午後休業' }],
    ],
    [
      'midnight-to-midnight in Tokyo time, as change-calendar tools write whole days',
      ['DTSTART;TZID=Asia/Tokyo:20261229T000000', 'DTEND;TZID=Asia/Tokyo:20270104T000000', 'SUMMARY:年末年始休業'],
      [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }],
    ],
    ['UTC times (15:00Z is midnight JST)', ['DTSTART:20261228T150000Z', 'DTEND:20261229T150000Z'], ['2026-12-29']],
    ['a floating time, read as JST', ['DTSTART:20261217T130000', 'DURATION:PT5H'], [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }]],
    [
      'noon on one day to the end of the year',
      ['DTSTART:20261228T030000Z', 'DTEND:20261231T150000Z'],
      [{ start: '2026-12-28T12:00+09:00', end: '2026-12-29T00:00+09:00' }, '2026-12-29/2026-12-31'],
    ],
    [
      'an evening to the next morning',
      ['DTSTART;TZID=Asia/Tokyo:20261217T220000', 'DTEND;TZID=Asia/Tokyo:20261218T020000'],
      [
        { start: '2026-12-17T22:00+09:00', end: '2026-12-18T00:00+09:00' },
        { start: '2026-12-18T00:00+09:00', end: '2026-12-18T02:00+09:00' },
      ],
    ],
    [
      'New York time (9:00 EST is 23:00 JST)',
      ['DTSTART;TZID=America/New_York:20261217T090000', 'DTEND;TZID=America/New_York:20261217T100000'],
      [{ start: '2026-12-17T23:00+09:00', end: '2026-12-18T00:00+09:00' }],
    ],
    [
      'a Windows zone name without VTIMEZONE',
      ['DTSTART;TZID=Tokyo Standard Time:20261217T130000', 'DTEND;TZID=Tokyo Standard Time:20261217T140000'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T14:00+09:00' }],
    ],
    [
      'an old Mozilla TZID without VTIMEZONE',
      ['DTSTART;TZID=/mozilla.org/20050126_1/Asia/Tokyo:20261217T130000', 'DTEND;TZID=/mozilla.org/20050126_1/Asia/Tokyo:20261217T140000'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T14:00+09:00' }],
    ],
    [
      'a weekly rule with an EXDATE in Tokyo time',
      [
        'UID:w',
        'DTSTART;TZID=Asia/Tokyo:20261203T150000',
        'DTEND;TZID=Asia/Tokyo:20261203T173000',
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'EXDATE;TZID=Asia/Tokyo:20261210T150000',
      ],
      [
        { start: '2026-12-03T15:00+09:00', end: '2026-12-03T17:30+09:00' },
        { start: '2026-12-17T15:00+09:00', end: '2026-12-17T17:30+09:00' },
      ],
    ],
  ])('reads %s', (_, lines, expected) => {
    const report = importICal(calendar(lines));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual(expected);
  });

  it('reads a TZID defined by a VTIMEZONE of the file (Outlook names its own zones)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      'TZID:Custom Zone',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Custom Zone:20261217T120000',
      'DTEND;TZID=Custom Zone:20261217T170000',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    // 12:00 at UTC+8 is 13:00 JST.
    expect(importICal(text).companyHolidays).toEqual([{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }]);
  });
});

describe('importICal reports what it skips, naming the line, the property and the value as written', () => {
  it.each<[string, string[], string, RegExp]>([
    ['a cancelled event', ['UID:x', 'DTSTART;VALUE=DATE:20261228', 'STATUS:CANCELLED', 'SUMMARY:中止'], 'cancelled', /^line 7, STATUS:CANCELLED: /],
    [
      'a timed event shown as free',
      ['DTSTART:20261228T010000Z', 'DTEND:20261228T020000Z', 'TRANSP:TRANSPARENT'],
      'transparent',
      /^line 7, TRANSP:TRANSPARENT: /,
    ],
    ['no DTSTART', ['UID:x', 'SUMMARY:年末年始休業'], 'no-start', /^line 4, BEGIN:VEVENT: .*no DTSTART/],
    ['letters in a date', ['DTSTART;VALUE=DATE:2026XX29'], 'invalid-value', /^line 5, DTSTART;VALUE=DATE:2026XX29: "2026XX29" is not an RFC 5545 DATE/],
    ['month 13 (ical.js would roll it over)', ['DTSTART;VALUE=DATE:20261345'], 'invalid-value', /^line 5, DTSTART;VALUE=DATE:20261345: /],
    ['30 February without VALUE=DATE', ['DTSTART:20260230'], 'invalid-value', /^line 5, DTSTART:20260230: /],
    ['nine digits (ical.js would cut them to eight)', ['DTSTART;VALUE=DATE:202612299'], 'invalid-value', /"202612299" is not an RFC 5545 DATE/],
    ['dashes', ['DTSTART;VALUE=DATE:2026-12-29'], 'invalid-value', /"2026-12-29" is not an RFC 5545 DATE/],
    [
      'a folded DTEND of seven digits',
      ['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:2026', ' 123'],
      'invalid-value',
      /^line 6, DTEND;VALUE=DATE:2026123: /,
    ],
    ['hour 24', ['DTSTART:20261229T240000Z', 'DURATION:PT1H'], 'invalid-value', /^line 5, DTSTART:20261229T240000Z: /],
    [
      'DTEND before DTSTART',
      ['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261201'],
      'empty',
      /^line 6, DTEND;VALUE=DATE:20261201: .*ends before it starts/,
    ],
    ['a timed event without DTEND or DURATION (an instant)', ['DTSTART:20261229T010000Z'], 'empty', /^line 5, DTSTART:20261229T010000Z: /],
    [
      'a timed DTEND on an all-day event',
      ['DTSTART;VALUE=DATE:20261229', 'DTEND:20261229T120000Z'],
      'invalid-value',
      /^line 6, DTEND:20261229T120000Z: DTEND is a DATE-TIME/,
    ],
    ['a malformed DURATION', ['DTSTART;VALUE=DATE:20261229', 'DURATION:3 days'], 'invalid-value', /^line 6, DURATION:3 days: /],
    [
      'an unknown time zone',
      ['DTSTART;TZID=Mars/Olympus:20261229T100000', 'DURATION:PT1H'],
      'unknown-time-zone',
      /^line 5, DTSTART;TZID=Mars\/Olympus:20261229T100000: /,
    ],
    [
      'an unknown FREQ (ical.js would fail the whole file)',
      ['UID:x', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=BOGUS'],
      'invalid-value',
      /^line 7, RRULE:FREQ=BOGUS: not an RFC 5545 recurrence rule/,
    ],
    ['VALUE=DATE-TIME on a date', ['DTSTART;VALUE=DATE-TIME:20261229'], 'invalid-value', /^line 4, BEGIN:VEVENT: a value does not parse/],
    [
      'a daily rule from 1900 on',
      ['UID:x', 'DTSTART;VALUE=DATE:19000101', 'RRULE:FREQ=DAILY'],
      'too-many-occurrences',
      /^line 7, RRULE:FREQ=DAILY: .*more than 40000/,
    ],
  ])('%s', (_, lines, reason, message) => {
    const report = importICal(calendar(lines, ['UID:ok', 'DTSTART;VALUE=DATE:20270101', 'SUMMARY:残る']));
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]?.reason).toBe(reason);
    expect(report.skipped[0]?.line).toBe(4);
    expect(report.skipped[0]?.message).toMatch(message);
    // The other event still comes through: one bad event does not take the file with it.
    expect(report.companyHolidays).toEqual([{ date: '2027-01-01', name: '残る' }]);
  });

  it.each([
    ['a cancelled event', ['DTSTART;VALUE=DATE:20261228', 'STATUS:CANCELLED'], 'STATUS:CANCELLED'],
    ['an invalid date', ['DTSTART:20261399'], 'line 5, DTSTART:20261399'],
  ])('rejects %s in strict mode with INVALID_POLICY, naming it', (_, lines, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(calendar(lines), { strict: true }), 'INVALID_POLICY');
    expect(error.message).toContain(named);
    expect(error.message).not.toContain('\n');
  });

  it('accepts a file strict mode has nothing to say about', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART:20261229']), { strict: true })).toEqual(['2026-12-29']);
  });
});

describe('importICal recognises madoguchi’s own export by its CATEGORIES', () => {
  const own = (...events: string[][]) => calendar(...events).replace('PRODID:-//test//JA', 'PRODID:-//madoguchi//contact windows//JA');
  it.each<[string, string[], string]>([
    [
      'an open window',
      ['UID:regular-20261124T000000Z@madoguchi', 'DTSTART:20261124T000000Z', 'DTEND:20261124T083000Z', 'CATEGORIES:regular', 'TRANSP:TRANSPARENT'],
      'madoguchi-open-window',
    ],
    [
      'a weekend',
      ['UID:closed-2026-11-28@madoguchi', 'DTSTART;VALUE=DATE:20261128', 'DTEND;VALUE=DATE:20261130', 'SUMMARY:土日', 'CATEGORIES:weekend'],
      'madoguchi-weekend',
    ],
    [
      'a national holiday',
      ['UID:closed-2026-11-23@madoguchi', 'DTSTART;VALUE=DATE:20261123', 'SUMMARY:勤労感謝の日', 'CATEGORIES:national-holiday'],
      'madoguchi-national-holiday',
    ],
  ])('skips %s', (_, lines, reason) => {
    expect(importICal(own(lines)).skipped.map((s) => s.reason)).toEqual([reason]);
  });

  it('imports its company holidays', () => {
    const lines = [
      'UID:closed-2026-12-29@madoguchi',
      'DTSTART;VALUE=DATE:20261229',
      'DTEND;VALUE=DATE:20270104',
      'SUMMARY:年末年始休業',
      'CATEGORIES:company-holiday',
    ];
    expect(importICal(own(lines)).companyHolidays).toEqual([{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]);
  });

  it('imports a weekend-named event of another calendar', () => {
    expect(importICal(calendar(['DTSTART;VALUE=DATE:20261128', 'CATEGORIES:weekend'])).companyHolidays).toEqual(['2026-11-28']);
  });
});

describe('importICal rejects text that is not iCalendar with INVALID_POLICY, naming the line', () => {
  it.each<[string, unknown, string]>([
    ['JSON', '{"companyHolidays": []}', 'line 1: the text does not begin with BEGIN:VCALENDAR'],
    ['an empty text', '', 'does not begin with BEGIN:VCALENDAR'],
    ['a lone VEVENT', 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\nEND:VEVENT\r\n', 'BEGIN:VCALENDAR'],
    ['an indented first line', '\r\n  BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'line 2: the text does not begin with BEGIN:VCALENDAR'],
    ['a component that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\n', 'BEGIN:VEVENT is never closed'],
    ['a line without a colon', calendar(['DTSTART;VALUE=DATE:20261229', 'SUMMARY 年末年始']), 'line 6: "SUMMARY 年末年始" is not an iCalendar content line'],
    ['a mismatched END', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n', 'line 3: END:VTODO closes BEGIN:VEVENT'],
    ['a number instead of text', 42, 'number'],
  ])('%s', (_, input, named) => {
    const error = expectMadoguchiError(() => importICal(input as string), 'INVALID_POLICY');
    expect(error.message).toContain(named);
    expect(error.message).not.toContain('\n');
  });
});
