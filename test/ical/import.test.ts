import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
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
  // Read inside each test: Stryker counts a test as covering only the code it runs itself.
  const report = () => importICal(FIXTURE);

  it('reads the year-end closure with its exclusive DTEND as 2026-12-29..2027-01-03, from the event on line 17', () => {
    expect(report().closures[0]).toEqual({
      entry: { date: '2026-12-29/2027-01-03', name: '年末年始休業' },
      uid: 'nenmatsu-2026@example.co.jp',
      summary: '年末年始休業',
      line: 17,
    });
  });

  it('expands the yearly summer closure (13–14 August) from 2026 through 2099', () => {
    const summer = report().companyHolidays.filter((h) => typeof h === 'object' && 'date' in h && h.name === '夏季休業');
    expect(summer).toHaveLength(2099 - 2026 + 1);
    expect(summer[0]).toEqual({ date: '2026-08-13/2026-08-14', name: '夏季休業' });
    expect(summer.at(-1)).toEqual({ date: '2099-08-13/2099-08-14', name: '夏季休業' });
  });

  it('reads a one-day event without DTEND as that day', () => {
    expect(report().companyHolidays).toContainEqual({ date: '2026-10-01', name: '創立記念日' });
  });

  it('reports the timed training marked TRANSP:TRANSPARENT (shown as free) as skipped, naming its line', () => {
    const { companyHolidays, skipped } = report();
    expect(companyHolidays).toHaveLength(1 + 74 + 1);
    expect(skipped).toEqual([
      expect.objectContaining({
        uid: 'kenshu-2026@example.co.jp',
        line: 42,
        reason: 'transparent',
        message: expect.stringMatching(/^line \d+, TRANSP:TRANSPARENT: /),
      }),
    ]);
  });

  it('closes the desk on those days and nowhere near them', () => {
    const custom = createDesk(desknetsCloud, { companyHolidays: asOption(report().companyHolidays) });
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
    // RFC 5545 §3.3.6: dur-value = (["+"] / "-") "P" (dur-date / dur-time / dur-week), each count 1*DIGIT.
    ['a DURATION with a plus sign', ['DTSTART;VALUE=DATE:20261229', 'DURATION:+P2D'], ['2026-12-29/2026-12-30']],
    ['a DURATION of ten days', ['DTSTART;VALUE=DATE:20261229', 'DURATION:P10D'], ['2026-12-29/2027-01-07']],
    ['a DURATION of ten weeks', ['DTSTART;VALUE=DATE:20261229', 'DURATION:P10W'], ['2026-12-29/2027-03-08']],
    ['a DURATION followed by a blank', ['DTSTART;VALUE=DATE:20261229', 'DURATION:P2D '], ['2026-12-29/2026-12-30']],
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
    // Outlook's flag marks midnight-to-midnight times as whole days in the event's own zone: outside
    // JST that changes the answer (0:00Z to 0:00Z is otherwise 9:00 to 9:00 JST). A flag other than
    // TRUE (RFC 5545 §3.3.2 BOOLEAN, case-insensitive) or times not at midnight leave the event timed.
    [
      'Outlook midnight-to-midnight UTC times with the flag',
      ['DTSTART;TZID=UTC:20261229T000000', 'DTEND;TZID=UTC:20261231T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'],
      ['2026-12-29/2026-12-30'],
    ],
    [
      'Outlook midnight UTC with the flag in lower case and no DTEND',
      ['DTSTART;TZID=UTC:20261229T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT: true '],
      ['2026-12-29'],
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
    // RFC 5545 §3.8.5.1: EXDATE takes instances out of the recurrence set, the DTSTART instance included.
    [
      'an RDATE set whose DTSTART one of two EXDATE values names',
      ['UID:d', 'DTSTART;VALUE=DATE:20270105', 'RDATE;VALUE=DATE:20270112,20270119', 'EXDATE;VALUE=DATE:20270105,20270119'],
      ['2027-01-12'],
    ],
    [
      'an RDATE set whose EXDATE names another day than DTSTART',
      ['UID:e', 'DTSTART;VALUE=DATE:20270105', 'RDATE;VALUE=DATE:20270112', 'EXDATE;VALUE=DATE:20270112'],
      ['2027-01-05'],
    ],
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
      'midnight-to-midnight UTC times with the Outlook flag FALSE',
      ['DTSTART;TZID=UTC:20261229T000000', 'DTEND;TZID=UTC:20261230T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE'],
      [
        { start: '2026-12-29T09:00+09:00', end: '2026-12-30T00:00+09:00' },
        { start: '2026-12-30T00:00+09:00', end: '2026-12-30T09:00+09:00' },
      ],
    ],
    [
      'UTC times from noon with the Outlook flag (not midnight: no whole day)',
      ['DTSTART;TZID=UTC:20261229T120000', 'DTEND;TZID=UTC:20261230T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'],
      [
        { start: '2026-12-29T21:00+09:00', end: '2026-12-30T00:00+09:00' },
        { start: '2026-12-30T00:00+09:00', end: '2026-12-30T09:00+09:00' },
      ],
    ],
    [
      'UTC times from midnight to noon with the Outlook flag (the end is not midnight)',
      ['DTSTART;TZID=UTC:20261229T000000', 'DTEND;TZID=UTC:20261229T120000', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE'],
      [{ start: '2026-12-29T09:00+09:00', end: '2026-12-29T21:00+09:00' }],
    ],
    [
      'a DURATION of ten hours (RFC 5545 §3.3.6)',
      ['DTSTART:20261217T040000Z', 'DURATION:PT10H'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T23:00+09:00' }],
    ],
    [
      'a DURATION in hours, minutes and seconds',
      ['DTSTART:20261217T040000Z', 'DURATION:PT1H30M45S'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T14:30:45+09:00' }],
    ],
    // RFC 5545 §3.3.12: a TIME has seconds; the entry keeps them.
    [
      'UTC times with seconds (04:00:30Z is 13:00:30 JST)',
      ['DTSTART:20261217T040030Z', 'DTEND:20261217T060000Z'],
      [{ start: '2026-12-17T13:00:30+09:00', end: '2026-12-17T15:00+09:00' }],
    ],
    // RFC 5545 §3.3.5: a time a clock change skips is read with the offset before the gap. New York
    // springs forward on 2027-03-14 (2:00 EST to 3:00 EDT): 2:30 is read at −05:00, 07:30Z, 16:30 JST;
    // 4:30 EDT (−04:00) is 08:30Z, 17:30 JST. luxon agrees.
    // Within a day of a change: the offset in force at that wall-clock time, not the one a day away.
    [
      'New York times the evening before the spring-forward change (EST, −05:00)',
      ['DTSTART;TZID=America/New_York:20270313T220000', 'DTEND;TZID=America/New_York:20270313T230000'],
      [{ start: '2027-03-14T12:00+09:00', end: '2027-03-14T13:00+09:00' }],
    ],
    [
      'New York times the morning after the spring-forward change (EDT, −04:00)',
      ['DTSTART;TZID=America/New_York:20270314T100000', 'DTEND;TZID=America/New_York:20270314T110000'],
      [{ start: '2027-03-14T23:00+09:00', end: '2027-03-15T00:00+09:00' }],
    ],
    // RFC 5545 §3.3.5: a time that occurs twice (New York falls back on 2026-11-01, 2:00 EDT to 1:00
    // EST) is its first occurrence: 1:30 EDT, 05:30Z, 14:30 JST; 2:30 EST is 07:30Z, 16:30 JST.
    [
      'a New York time repeated by the fall-back change',
      ['DTSTART;TZID=America/New_York:20261101T013000', 'DTEND;TZID=America/New_York:20261101T023000'],
      [{ start: '2026-11-01T14:30+09:00', end: '2026-11-01T16:30+09:00' }],
    ],
    [
      'a quoted IANA TZID',
      ['DTSTART;TZID="Asia/Tokyo":20261217T130000', 'DURATION:PT1H'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T14:00+09:00' }],
    ],
    [
      'a TZID with a leading slash (Lotus Notes)',
      ['DTSTART;TZID=/Asia/Tokyo:20261217T130000', 'DURATION:PT1H'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T14:00+09:00' }],
    ],
    [
      'a New York time skipped by the spring-forward change',
      ['DTSTART;TZID=America/New_York:20270314T023000', 'DTEND;TZID=America/New_York:20270314T043000'],
      [{ start: '2027-03-14T16:30+09:00', end: '2027-03-14T17:30+09:00' }],
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

  it('gives an unnamed timed closure no name key at all, as createDesk takes it', () => {
    const [entry] = importICal(calendar(['DTSTART:20261217T040000Z', 'DTEND:20261217T090000Z'])).companyHolidays;
    expect(entry).toStrictEqual({ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' });
    expect(Object.keys(entry as object)).toEqual(['start', 'end']);
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
    [
      'a timed event without DTEND or DURATION (an instant)',
      ['DTSTART:20261229T010000Z'],
      'empty',
      /^line 5, DTSTART:20261229T010000Z: a timed event without DTEND or DURATION lasts no time$/,
    ],
    [
      'a timed DTEND on an all-day event',
      ['DTSTART;VALUE=DATE:20261229', 'DTEND:20261229T120000Z'],
      'invalid-value',
      /^line 6, DTEND:20261229T120000Z: DTEND is a DATE-TIME/,
    ],
    ['a malformed DURATION', ['DTSTART;VALUE=DATE:20261229', 'DURATION:3 days'], 'invalid-value', /^line 6, DURATION:3 days: /],
    [
      'a DURATION with a letter before the P',
      ['DTSTART;VALUE=DATE:20261229', 'DURATION:XP1D'],
      'invalid-value',
      /^line 6, DURATION:XP1D: not an RFC 5545 DURATION/,
    ],
    [
      'a DURATION with a letter after it',
      ['DTSTART;VALUE=DATE:20261229', 'DURATION:P1DX'],
      'invalid-value',
      /^line 6, DURATION:P1DX: not an RFC 5545 DURATION/,
    ],
    [
      'a DURATION ending in T and a blank',
      ['DTSTART;VALUE=DATE:20261229', 'DURATION:P1DT '],
      'invalid-value',
      /^line 6, DURATION:P1DT : not an RFC 5545 DURATION/,
    ],
    [
      'an all-day DURATION of a day and a half',
      ['DTSTART;VALUE=DATE:20261229', 'DURATION:P1DT12H'],
      'invalid-value',
      /^line 6, DURATION:P1DT12H: an all-day event lasts whole days/,
    ],
    [
      'a timed DTEND equal to DTSTART',
      ['DTSTART:20261229T010000Z', 'DTEND:20261229T010000Z'],
      'empty',
      /^line 6, DTEND:20261229T010000Z: the event ends before or when it starts$/,
    ],
    ['a timed DURATION of no time', ['DTSTART:20261229T010000Z', 'DURATION:PT0S'], 'empty', /^line 6, DURATION:PT0S: the event ends before or when it starts$/],
    [
      'STATUS:CANCELLED followed by a blank',
      ['DTSTART;VALUE=DATE:20261228', 'STATUS:CANCELLED '],
      'cancelled',
      /^line 6, STATUS:CANCELLED : the event is cancelled$/,
    ],
    [
      'a quoted TZID holding a colon and commas, named whole',
      ['DTSTART;TZID="(UTC+09:00) Osaka, Sapporo, Tokyo":20261217T130000', 'DURATION:PT1H'],
      'unknown-time-zone',
      /: TZID "\(UTC\+09:00\) Osaka, Sapporo, Tokyo" has no VTIMEZONE/,
    ],
    [
      'a malformed DURATION of 70 characters, quoted to its first 60',
      ['DTSTART;VALUE=DATE:20261229', `DURATION:${'X'.repeat(70)}`],
      'invalid-value',
      /^line 6, DURATION:X{60}…: /,
    ],
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

  it('names an open window by its CATEGORIES line', () => {
    const lines = ['UID:regular-20261124T000000Z@madoguchi', 'DTSTART:20261124T000000Z', 'DTEND:20261124T083000Z', 'CATEGORIES:regular'];
    expect(importICal(own(lines)).skipped[0]?.message).toBe("line 8, CATEGORIES:regular: an open window of madoguchi's own export, not a closure");
  });

  it('knows its export by the PRODID alone: a timed event without UID or CATEGORIES is an open window, named by its line and empty UID', () => {
    const [skip] = importICal(own(['DTSTART:20261124T090000Z', 'DTEND:20261124T110000Z'])).skipped;
    expect(skip?.reason).toBe('madoguchi-open-window');
    expect(skip?.message).toBe("line 4, UID:: an open window of madoguchi's own export, not a closure");
  });

  it.each<[string, string[], unknown[]]>([
    [
      'an all-day event without CATEGORIES',
      ['UID:closed-2026-12-29@madoguchi', 'DTSTART;VALUE=DATE:20261229', 'SUMMARY:棚卸し'],
      [{ date: '2026-12-29', name: '棚卸し' }],
    ],
    [
      'a timed company closure',
      ['UID:closure-20261217T040000Z@madoguchi', 'DTSTART:20261217T040000Z', 'DTEND:20261217T090000Z', 'SUMMARY:社内研修', 'CATEGORIES:company-holiday'],
      [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '社内研修' }],
    ],
  ])('imports %s', (_, lines, expected) => {
    const report = importICal(own(lines));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual(expected);
  });

  it('reports an event of its export without DTSTART as having none', () => {
    expect(importICal(own(['UID:x@madoguchi', 'SUMMARY:年末'])).skipped.map((s) => s.reason)).toEqual(['no-start']);
  });

  it('names an open window without CATEGORIES by its line and UID', () => {
    const lines = ['UID:night-20261124T090000Z@madoguchi', 'DTSTART:20261124T090000Z', 'DTEND:20261124T110000Z'];
    const [skip] = importICal(own(lines)).skipped;
    expect(skip?.reason).toBe('madoguchi-open-window');
    expect(skip?.message).toBe("line 4, UID:night-20261124T090000Z@madoguchi: an open window of madoguchi's own export, not a closure");
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
    ['an empty text, found empty', '', 'line 1: the text does not begin with BEGIN:VCALENDAR (found "")'],
    ['a long first line, shown to 40 characters', `X-NOTE:${'x'.repeat(60)}\r\n`, `(found "X-NOTE:${'x'.repeat(33)}")`],
    [
      'a long line without a colon, shown to 60 characters',
      calendar(['DTSTART;VALUE=DATE:20261229', `SUMMARY ${'x'.repeat(70)}`]),
      `line 6: "SUMMARY ${'x'.repeat(52)}" is not an iCalendar content line`,
    ],
    ['a VCALENDAR that never ends', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'BEGIN:VCALENDAR is never closed by END:VCALENDAR'],
    [
      'a VALARM that never ends',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\nBEGIN:VALARM\r\n',
      'BEGIN:VALARM is never closed by END:VALARM',
    ],
    ['a lone VEVENT', 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\nEND:VEVENT\r\n', 'BEGIN:VCALENDAR'],
    ['an indented first line', '\r\n  BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'line 2: the text does not begin with BEGIN:VCALENDAR'],
    ['a component that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\n', 'BEGIN:VEVENT is never closed'],
    ['a line without a colon', calendar(['DTSTART;VALUE=DATE:20261229', 'SUMMARY 年末年始']), 'line 6: "SUMMARY 年末年始" is not an iCalendar content line'],
    ['a mismatched END', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n', 'line 3: END:VTODO closes BEGIN:VEVENT'],
    ['an END with nothing open', `${calendar(['DTSTART;VALUE=DATE:20261229'])}END:VCALENDAR\r\n`, 'line 8: END:VCALENDAR closes nothing'],
    [
      'a property after END:VCALENDAR',
      `${calendar(['DTSTART;VALUE=DATE:20261229'])}X-NOTE:after\r\n`,
      'line 8: X-NOTE stands outside BEGIN:VCALENDAR … END:VCALENDAR',
    ],
    // A content line of the right form whose value ical.js refuses, failing the whole text.
    [
      'a value ical.js cannot parse',
      calendar(['DTSTART;VALUE=DATE:20261229', 'X-RULE;VALUE=RECUR:FREQ=BOGUS']),
      'the text does not parse (invalid frequency "BOGUS"',
    ],
    // Only an event's own rule is left out for that event to be skipped; a to-do's fails the text as ical.js reads it.
    [
      'an unreadable RRULE in a VTODO',
      'BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nDTSTART;VALUE=DATE:20261229\r\nRRULE:FREQ=SOMETIMES\r\nEND:VTODO\r\nEND:VCALENDAR\r\n',
      'the text does not parse',
    ],
    ['a number instead of text', 42, 'number'],
  ])('%s', (_, input, named) => {
    const error = expectMadoguchiError(() => importICal(input as string), 'INVALID_POLICY');
    expect(error.message).toContain(named);
    expect(error.message).not.toContain('\n');
  });
});

/** The JST calendar day `n` days after `date` (both YYYY-MM-DD), by luxon. */
const plusDays = (date: string, n: number): string => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate() as string;

describe('companyHolidaysFromICal reads DATE values exactly (RFC 5545 §3.3.4: YYYYMMDD)', () => {
  it.each([
    ['20270105', '2027-01-05'],
    ['20260101', '2026-01-01'],
    ['20261201', '2026-12-01'],
    ['20261231', '2026-12-31'],
    ['20260131', '2026-01-31'],
    ['20260430', '2026-04-30'],
    ['20280229', '2028-02-29'],
  ])('reads DTSTART %s as %s', (value, date) => {
    expect(companyHolidaysFromICal(calendar([`DTSTART;VALUE=DATE:${value}`]))).toEqual([date]);
  });

  it.each([
    ['DTSTART', '20260015'],
    ['DTSTART', '20261301'],
    ['DTSTART', '20260100'],
    ['DTSTART', '20260132'],
    ['DTSTART', '20260229'],
    ['DTSTART', '20260431'],
  ])('rejects %s %s in strict mode, a day no calendar has, naming it as written', (_, value) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(calendar([`DTSTART;VALUE=DATE:${value}`]), { strict: true }), 'INVALID_POLICY');
    expect(error.message).toContain(`line 5, DTSTART;VALUE=DATE:${value}: "${value}" is not an RFC 5545 DATE`);
    expect(error.value).toMatchObject({ line: 4, reason: 'invalid-value' });
  });

  it.each([
    ['DTEND', ['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261332'], 'line 6, DTEND;VALUE=DATE:20261332'],
    ['RECURRENCE-ID', ['UID:a', 'RECURRENCE-ID;VALUE=DATE:20260230', 'DTSTART;VALUE=DATE:20261229'], 'line 6, RECURRENCE-ID;VALUE=DATE:20260230'],
  ])('rejects an impossible %s in strict mode, naming the property in capitals and the value', (_, lines, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(calendar(lines), { strict: true }), 'INVALID_POLICY');
    expect(error.message).toContain(named);
  });

  it('skips such an event without strict mode, and keeps the others', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261332'], ['DTSTART;VALUE=DATE:20261229']))).toEqual(['2026-12-29']);
  });
});

describe('companyHolidaysFromICal reads the events a calendar app writes', () => {
  it.each<[string, string[][], unknown[]]>([
    [
      'a two-day DTEND range ending in another month',
      [['DTSTART;VALUE=DATE:20270130', 'DTEND;VALUE=DATE:20270202', 'SUMMARY:棚卸し']],
      [{ date: '2027-01-30/2027-02-01', name: '棚卸し' }],
    ],
    ['a two-day DURATION', [['DTSTART;VALUE=DATE:20270930', 'DURATION:P2D']], ['2027-09-30/2027-10-01']],
    [
      'a DTEND the day after (one day)',
      [['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270106', 'SUMMARY:仕事始め前']],
      [{ date: '2027-01-05', name: '仕事始め前' }],
    ],
    ['a SUMMARY padded with spaces', [['DTSTART;VALUE=DATE:20261229', 'SUMMARY:  年末 年始  ']], [{ date: '2026-12-29', name: '年末 年始' }]],
    ['a SUMMARY holding a U+FEFF inside', [['DTSTART;VALUE=DATE:20261229', 'SUMMARY:年末\uFEFF年始']], [{ date: '2026-12-29', name: '年末\uFEFF年始' }]],
    ['STATUS:Cancelled in mixed case (RFC 5545 values are case-insensitive)', [['DTSTART;VALUE=DATE:20261229', 'STATUS:Cancelled']], []],
    ['STATUS:CONFIRMED', [['DTSTART;VALUE=DATE:20261229', 'STATUS:CONFIRMED']], ['2026-12-29']],
    [
      'a one-off day in 2100 (only recurrences stop at 2099)',
      [['UID:y', 'DTSTART;VALUE=DATE:21000104', 'SUMMARY:遠い先']],
      [{ date: '2100-01-04', name: '遠い先' }],
    ],
    [
      'a yearly rule starting in 2098 (expanded through 2099 only)',
      [['UID:z', 'DTSTART;VALUE=DATE:20981001', 'RRULE:FREQ=YEARLY']],
      ['2098-10-01', '2099-10-01'],
    ],
    [
      'a weekly two-day rule with COUNT',
      [['UID:w', 'DTSTART;VALUE=DATE:20270102', 'DTEND;VALUE=DATE:20270104', 'RRULE:FREQ=WEEKLY;COUNT=2']],
      ['2027-01-02/2027-01-03', '2027-01-09/2027-01-10'],
    ],
    [
      'a rule with an occurrence moved by RECURRENCE-ID (the original day is left out)',
      [
        ['UID:m', 'DTSTART;VALUE=DATE:20270301', 'RRULE:FREQ=MONTHLY;COUNT=3'],
        ['UID:m', 'RECURRENCE-ID;VALUE=DATE:20270401', 'DTSTART;VALUE=DATE:20270402'],
      ],
      ['2027-03-01', '2027-05-01', '2027-04-02'],
    ],
  ])('reads %s', (_, events, expected) => {
    expect(companyHolidaysFromICal(calendar(...events))).toEqual(expected);
  });

  it.each([
    ['LF line ends', (text: string) => text.replaceAll('\r\n', '\n')],
    ['a blank line before BEGIN:VCALENDAR', (text: string) => `\r\n${text}`],
    ['lower-case BEGIN:VCALENDAR', (text: string) => text.replace('BEGIN:VCALENDAR', 'begin:vcalendar').replace('END:VCALENDAR', 'end:vcalendar')],
  ])('accepts %s', (_, change) => {
    expect(companyHolidaysFromICal(change(calendar(['DTSTART;VALUE=DATE:20261229'])))).toEqual(['2026-12-29']);
  });

  it('reads one calendar and two calendars in one text alike', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229']))).toEqual(['2026-12-29']);
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229']) + calendar(['DTSTART;VALUE=DATE:20261230']))).toEqual([
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('expands a daily rule of 10,000 days in full (the limit is on more than 40,000)', () => {
    const days = companyHolidaysFromICal(calendar(['UID:d', 'DTSTART;VALUE=DATE:20300101', 'RRULE:FREQ=DAILY;COUNT=10000']));
    expect(days).toHaveLength(10_000);
    expect(days[0]).toBe('2030-01-01');
    expect(days.at(-1)).toBe(plusDays('2030-01-01', 9_999));
  });
});

describe('companyHolidaysFromICal rejects what is not a list of days off', () => {
  it.each<[string, string, RegExp]>([
    ['a line before BEGIN:VCALENDAR', `X-NOTE:hello\r\n${calendar(['DTSTART;VALUE=DATE:20261229'])}`, /BEGIN:VCALENDAR/],
    [
      'BEGIN:VCALENDAR followed by more on its line',
      calendar(['DTSTART;VALUE=DATE:20261229']).replace('BEGIN:VCALENDAR', 'BEGIN:VCALENDAR X'),
      /BEGIN:VCALENDAR/,
    ],
    ['a line ical.js cannot read', calendar(['DTSTART;VALUE=DATE:20261229', 'SUMMARY 年末']), /line 6: "SUMMARY 年末"/],
    [
      'a VEVENT after the VCALENDAR',
      `${calendar(['DTSTART;VALUE=DATE:20261229'])}BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261230\r\nEND:VEVENT\r\n`,
      /line 8: BEGIN:VEVENT stands outside/,
    ],
  ])('%s', (_, text, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(text), 'INVALID_POLICY');
    expect(error.message).toMatch(named);
    expect(error.message).not.toContain('\n');
    expect(error.message.match(/Invalid iCalendar/g) ?? []).toHaveLength(1);
  });

  it.each<[string, string, RegExp]>([
    ['a DURATION that is not one', calendar(['DTSTART;VALUE=DATE:20261229', 'DURATION:XYZ']), /line 6, DURATION:XYZ: /],
    ['a VEVENT without DTSTART, named by its SUMMARY', calendar(['SUMMARY:年末年始休業']), /no DTSTART \(event "年末年始休業"\)/],
    ['a timed DTEND a whole number of days later', calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND:20261231T000000Z']), /line 6, DTEND:20261231T000000Z: /],
    ['a DURATION of a day and a half on an all-day event', calendar(['DTSTART;VALUE=DATE:20261229', 'DURATION:P1DT12H']), /line 6, DURATION:P1DT12H: /],
  ])('in strict mode: %s', (_, text, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(text, { strict: true }), 'INVALID_POLICY');
    expect(error.message).toMatch(named);
    expect(error.message).not.toContain('\n');
    expect(error.message.match(/Invalid iCalendar/g) ?? []).toHaveLength(1);
  });

  it('reads DTEND equal to DTSTART as that one day, as older tools mean it', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261229']), { strict: true })).toEqual(['2026-12-29']);
  });

  it('names the value given instead of text', () => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(null as unknown as string), 'INVALID_POLICY');
    expect(error.message).toContain('null');
    expect(error.value).toBeNull();
  });
});

describe('importICal expands rules as RFC 5545 §3.3.10 reads them', () => {
  it.each<[string, string[], string[]]>([
    [
      '30 February beside the 1st, in a leap year too (ical.js rolls 2028-02-30 into 1 March)',
      ['DTSTART;VALUE=DATE:20280201', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=1,30;UNTIL=20291231'],
      ['2028-02-01', '2029-02-01'],
    ],
    [
      'a yearly rule on the 30th of January, February and March (no 30 February)',
      ['DTSTART;VALUE=DATE:20260130', 'RRULE:FREQ=YEARLY;BYMONTH=1,2,3;UNTIL=20271231'],
      ['2026-01-30', '2026-03-30', '2027-01-30', '2027-03-30'],
    ],
    [
      'a yearly rule in two months, on DTSTART’s day of the month',
      ['DTSTART;VALUE=DATE:20260813', 'RRULE:FREQ=YEARLY;BYMONTH=8,12;COUNT=4'],
      ['2026-08-13', '2026-12-13', '2027-08-13', '2027-12-13'],
    ],
    // §3.1: names are case-insensitive; ical.js reads the part names so, and so must the check of the days it names.
    [
      'rule part names in lower case',
      ['DTSTART;VALUE=DATE:20260813', 'RRULE:FREQ=YEARLY;bymonth=8,12;count=4'],
      ['2026-08-13', '2026-12-13', '2027-08-13', '2027-12-13'],
    ],
    [
      'the first and last day of each year (BYYEARDAY=1,-1), rule parts in any order',
      ['DTSTART;VALUE=DATE:20260101', 'RRULE:BYYEARDAY=1,-1;FREQ=YEARLY;COUNT=4'],
      ['2026-01-01', '2026-12-31', '2027-01-01', '2027-12-31'],
    ],
    [
      'the last day of each month (BYMONTHDAY=-1)',
      ['DTSTART;VALUE=DATE:20260131', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4'],
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'],
    ],
    // §3.8.5.2: where RDATE repeats DTSTART, "only one recurrence is considered".
    ['an RDATE repeating DTSTART, once', ['DTSTART;VALUE=DATE:20260501', 'RDATE;VALUE=DATE:20260501,20260503'], ['2026-05-01', '2026-05-03']],
  ])('%s', (_, lines, expected) => {
    expect(importICal(calendar(['UID:r', ...lines])).companyHolidays).toEqual(expected);
  });

  it('expands exactly 40,000 occurrences (the limit is on more)', () => {
    // 40,000 days from 1990-01-01 end in 2099, before the expansion stops.
    const report = importICal(calendar(['UID:d', 'DTSTART;VALUE=DATE:19900101', 'RRULE:FREQ=DAILY;COUNT=40000']));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toHaveLength(40_000);
    expect(report.companyHolidays.at(-1)).toBe(plusDays('1990-01-01', 39_999));
  });

  it('expands a timed daily rule without end through 2099 in JST, not on to the limit', () => {
    // About 27,000 days from 2026 to 2099: under the 40,000 limit only if the expansion stops around 2100.
    const report = importICal(calendar(['UID:t', 'DTSTART:20260101T000000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY']));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toContainEqual({ start: '2099-12-31T09:00+09:00', end: '2099-12-31T10:00+09:00' });
    // README: recurrences are expanded through 2099 (JST), the last year a desk answers for; none in 2100.
    expect(report.companyHolidays.at(-1)).toEqual({ start: '2099-12-31T09:00+09:00', end: '2099-12-31T10:00+09:00' });
  });

  it('keeps an occurrence written in 2100 in its zone that is still 2099 in JST', () => {
    // Pacific/Kiritimati is UTC+14: 2100-01-01 01:00 there is 2099-12-31 11:00 UTC, 20:00 JST.
    const report = importICal(calendar(['UID:k', 'DTSTART;TZID=Pacific/Kiritimati:20980101T010000', 'DURATION:PT1H', 'RRULE:FREQ=YEARLY']));
    expect(report.companyHolidays).toEqual([
      { start: '2097-12-31T20:00+09:00', end: '2097-12-31T21:00+09:00' },
      { start: '2098-12-31T20:00+09:00', end: '2098-12-31T21:00+09:00' },
      { start: '2099-12-31T20:00+09:00', end: '2099-12-31T21:00+09:00' },
    ]);
  });
});

describe('importICal reads a TIME’s seconds as RFC 5545 §3.3.12 allows them (00–60, 60 for a leap second)', () => {
  it('reads 23:59:60 UTC, a leap second, as the next second', () => {
    const report = importICal(calendar(['UID:l', 'DTSTART:20261231T235960Z', 'DTEND:20270101T010000Z']));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual([{ start: '2027-01-01T09:00+09:00', end: '2027-01-01T10:00+09:00' }]);
  });

  it('skips 61 seconds as no time', () => {
    const report = importICal(calendar(['UID:l', 'DTSTART:20261231T235961Z', 'DTEND:20270101T010000Z']));
    expect(report.companyHolidays).toEqual([]);
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 'l', reason: 'invalid-value' })]);
  });
});

describe('importICal, what each closure says of its event', () => {
  it('gives an event without UID or SUMMARY no such keys at all', () => {
    const [closure] = importICal(calendar(['DTSTART;VALUE=DATE:20261229'])).closures;
    expect(closure).toStrictEqual({ entry: '2026-12-29', line: 4 });
  });

  it('gives UID and SUMMARY as written', () => {
    const [closure] = importICal(calendar(['UID:u', 'DTSTART;VALUE=DATE:20261229', 'SUMMARY:棚卸し'])).closures;
    expect(closure).toStrictEqual({ entry: { date: '2026-12-29', name: '棚卸し' }, uid: 'u', summary: '棚卸し', line: 4 });
  });

  it('knows an event of madoguchi’s export by its UID in another calendar’s file (Google keeps the UID it imported)', () => {
    // In Google's order: DTSTART, DTEND, DTSTAMP, then UID.
    const text = calendar([
      'DTSTART:20261124T000000Z',
      'DTEND:20261124T083000Z',
      'DTSTAMP:20261101T000000Z',
      'UID:regular-20261124T000000Z@madoguchi',
      'SUMMARY:営業時間',
    ]);
    expect(importICal(text).skipped).toEqual([expect.objectContaining({ reason: 'madoguchi-open-window', line: 4 })]);
  });

  it('keeps 当社休業日 as the name an event of another calendar gives itself (only madoguchi’s export means no name by it)', () => {
    expect(companyHolidaysFromICal(calendar(['UID:c@example.co.jp', 'DTSTART;VALUE=DATE:20261229', 'SUMMARY:当社休業日']))).toEqual([
      { date: '2026-12-29', name: '当社休業日' },
    ]);
  });

  it('skips an all-day event of DURATION:P0D as lasting no day (only DTEND = DTSTART is read as one day)', () => {
    const report = importICal(calendar(['UID:z', 'DTSTART;VALUE=DATE:20261229', 'DURATION:P0D']));
    expect(report.companyHolidays).toEqual([]);
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 'z', reason: 'empty' })]);
  });
});

describe('importICal reads lines and components as RFC 5545 §3.1 and §3.6 write them', () => {
  it('joins a line folded with a horizontal tab as one folded with a space (§3.1: SPACE or HTAB)', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20270104', 'SUMMARY:年末年始', '\t休業']);
    expect(companyHolidaysFromICal(text)).toEqual([{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]);
  });

  it('takes a line of blanks before BEGIN:VCALENDAR as a blank line', () => {
    expect(companyHolidaysFromICal(`   \r\n${calendar(['DTSTART;VALUE=DATE:20261229'])}`)).toEqual(['2026-12-29']);
  });

  it('leaves a VALARM’s DURATION and REPEAT to the alarm (§3.6.6), not the event', () => {
    const text = calendar([
      'UID:a',
      'DTSTART;VALUE=DATE:20261229',
      'SUMMARY:年末',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reminder',
      'TRIGGER:-PT15M',
      'DURATION:PT5M',
      'REPEAT:2',
      'END:VALARM',
    ]);
    expect(companyHolidaysFromICal(text)).toEqual([{ date: '2026-12-29', name: '年末' }]);
  });

  it('ignores a VEVENT inside a component it does not know (§3.6: x-comp), and reads the calendar’s own', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//JA',
      'BEGIN:X-ARCHIVE',
      'BEGIN:VEVENT',
      'UID:old',
      'DTSTART;VALUE=DATE:20251229',
      'END:VEVENT',
      'END:X-ARCHIVE',
      'BEGIN:VEVENT',
      'UID:new',
      'DTSTART;VALUE=DATE:20261229',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(importICal(text).companyHolidays).toEqual(['2026-12-29']);
  });

  it('names the event’s DTSTART, not its alarm’s DURATION, for a timed event that lasts no time', () => {
    const text = calendar([
      'UID:a',
      'DTSTART:20261217T040000Z',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reminder',
      'TRIGGER:-PT15M',
      'DURATION:PT5M',
      'REPEAT:2',
      'END:VALARM',
    ]);
    expect(importICal(text).skipped).toEqual([
      expect.objectContaining({ reason: 'empty', message: 'line 6, DTSTART:20261217T040000Z: a timed event without DTEND or DURATION lasts no time' }),
    ]);
  });

  it('leaves a VTODO’s STATUS to the to-do written after the event', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Apple Inc.//macOS 15.0//EN',
      'BEGIN:VEVENT',
      'UID:e',
      'DTSTART;VALUE=DATE:20261229',
      'END:VEVENT',
      'BEGIN:VTODO',
      'UID:t',
      'STATUS:CANCELLED',
      'END:VTODO',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(importICal(text).companyHolidays).toEqual(['2026-12-29']);
  });

  it('knows madoguchi’s export by its PRODID only, not by a calendar named so (Google writes X-WR-CALNAME)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'X-WR-CALNAME:madoguchi 休業日',
      'BEGIN:VEVENT',
      'UID:g@google.com',
      'DTSTART:20261217T040000Z',
      'DTEND:20261217T090000Z',
      'DESCRIPTION:madoguchi',
      'SUMMARY:研修',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const report = importICal(text);
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual([{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '研修' }]);
  });

  it('takes only the calendar’s PRODID for the product that wrote it (§3.7.3), not one written inside an event', () => {
    const report = importICal(calendar(['UID:p', 'PRODID:-//madoguchi//JA', 'DTSTART:20261217T040000Z', 'DTEND:20261217T090000Z']));
    expect(report.skipped).toEqual([]);
    expect(report.companyHolidays).toEqual([{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }]);
  });

  it.each([
    ['an EXDATE on no calendar day', 'EXDATE;VALUE=DATE:20271345'],
    ['an RDATE on no calendar day', 'RDATE;VALUE=DATE:20270230'],
  ])('skips an event with %s (ical.js would roll it into another day)', (_, line) => {
    const report = importICal(calendar(['UID:x', 'DTSTART;VALUE=DATE:20261229', 'RRULE:FREQ=YEARLY;COUNT=2', line]));
    expect(report.companyHolidays).toEqual([]);
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 'x', reason: 'invalid-value', line: 4 })]);
  });

  it('reads TRANSP:TRANSPARENT with blanks around it as transparent, as STATUS is read', () => {
    const report = importICal(calendar(['UID:t', 'DTSTART:20261228T010000Z', 'DTEND:20261228T020000Z', 'TRANSP: TRANSPARENT ']));
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 't', reason: 'transparent' })]);
  });

  it('skips an event with an EXRULE ical.js cannot read, and keeps the others', () => {
    const report = importICal(calendar(['UID:x', 'DTSTART;VALUE=DATE:20261229', 'EXRULE:FREQ=SOMETIMES'], ['UID:y', 'DTSTART;VALUE=DATE:20261230']));
    expect(report.companyHolidays).toEqual(['2026-12-30']);
    expect(report.skipped).toEqual([expect.objectContaining({ uid: 'x', reason: 'invalid-value' })]);
  });
});
