import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companyHolidaysFromICal } from '../../src/ical/index.js';
import { createDesk, day, desknetsCloud } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

const FIXTURE = readFileSync(new URL('../fixtures/company-holidays.ics', import.meta.url), 'utf8');

/** A VCALENDAR around the given VEVENT lines, CRLF-terminated as RFC 5545 wants. */
const calendar = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//JA', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

describe('companyHolidaysFromICal with the fixture', () => {
  const holidays = companyHolidaysFromICal(FIXTURE);

  it('reads the year-end closure with its exclusive DTEND as 2026-12-29..2027-01-03', () => {
    expect(holidays[0]).toEqual({ date: '2026-12-29/2027-01-03', name: '年末年始休業' });
  });

  it('expands the yearly summer closure (13–14 August) from 2026 through 2099', () => {
    const summer = holidays.filter((h) => typeof h === 'object' && h.name === '夏季休業');
    expect(summer).toHaveLength(2099 - 2026 + 1);
    expect(summer[0]).toEqual({ date: '2026-08-13/2026-08-14', name: '夏季休業' });
    expect(summer.at(-1)).toEqual({ date: '2099-08-13/2099-08-14', name: '夏季休業' });
  });

  it('reads a one-day event without DTEND as that day', () => {
    expect(holidays).toContainEqual({ date: '2026-10-01', name: '創立記念日' });
  });

  it('skips the timed training (not a day off)', () => {
    expect(JSON.stringify(holidays)).not.toContain('研修');
    expect(holidays).toHaveLength(1 + 74 + 1);
  });

  it('closes the desk on those days and nowhere near them', () => {
    const custom = createDesk(desknetsCloud, { companyHolidays: holidays });
    expect(day(custom, '2027-01-03').closed).toEqual({ reason: 'company-holiday', name: '年末年始休業' });
    expect(day(custom, '2027-01-04').closed).toBeNull();
    expect(day(custom, '2026-12-28').closed).toBeNull();
    expect(day(custom, '2031-08-14').closed).toEqual({ reason: 'company-holiday', name: '夏季休業' });
  });
});

describe('companyHolidaysFromICal, shapes of all-day events', () => {
  it.each<[string, string[], unknown[]]>([
    ['a DURATION of 3 days', ['DTSTART;VALUE=DATE:20270503', 'DURATION:P3D', 'SUMMARY:連休'], [{ date: '2027-05-03/2027-05-05', name: '連休' }]],
    ['a DURATION of one week', ['DTSTART;VALUE=DATE:20270802', 'DURATION:P1W', 'SUMMARY:夏季休業'], [{ date: '2027-08-02/2027-08-08', name: '夏季休業' }]],
    ['no SUMMARY', ['DTSTART;VALUE=DATE:20261228', 'DTEND;VALUE=DATE:20261229'], ['2026-12-28']],
    ['a blank SUMMARY', ['DTSTART;VALUE=DATE:20261228', 'SUMMARY:  '], ['2026-12-28']],
    ['a SUMMARY with escaped characters', ['DTSTART;VALUE=DATE:20261228', 'SUMMARY:棚卸し\\, 大掃除'], [{ date: '2026-12-28', name: '棚卸し, 大掃除' }]],
    [
      'a yearly rule with COUNT',
      ['UID:a', 'DTSTART;VALUE=DATE:20261001', 'RRULE:FREQ=YEARLY;COUNT=3', 'SUMMARY:創立記念日'],
      ['2026', '2027', '2028'].map((y) => ({ date: `${y}-10-01`, name: '創立記念日' })),
    ],
    ['a cancelled event', ['DTSTART;VALUE=DATE:20261228', 'STATUS:CANCELLED', 'SUMMARY:中止'], []],
    ['a timed event in Tokyo time', ['DTSTART;TZID=Asia/Tokyo:20261228T090000', 'DTEND;TZID=Asia/Tokyo:20261228T120000', 'SUMMARY:会議'], []],
  ])('reads %s', (_, lines, expected) => {
    expect(companyHolidaysFromICal(calendar(lines))).toEqual(expected);
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

  it('reads LF-only text, a byte order mark and folded lines alike', () => {
    const text = `\uFEFF${calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20270104', 'SUMMARY:年末年始', ' 休業']).replaceAll('\r\n', '\n')}`;
    expect(companyHolidaysFromICal(text)).toEqual([{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]);
  });

  it('reads every VCALENDAR of a file holding two', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20261229']) + calendar(['DTSTART;VALUE=DATE:20261230']);
    expect(companyHolidaysFromICal(text)).toEqual(['2026-12-29', '2026-12-30']);
  });
});

describe('companyHolidaysFromICal rejects malformed input with INVALID_POLICY', () => {
  it.each<[string, unknown, string]>([
    ['JSON', '{"companyHolidays": []}', 'BEGIN:VCALENDAR'],
    ['an empty text', '', 'BEGIN:VCALENDAR'],
    ['a lone VEVENT', 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\nEND:VEVENT\r\n', 'BEGIN:VCALENDAR'],
    ['a component that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261229\r\n', 'does not parse'],
    ['a line without a colon', calendar(['DTSTART;VALUE=DATE:20261229', 'SUMMARY 年末年始']), 'does not parse'],
    ['letters in a date', calendar(['DTSTART;VALUE=DATE:2026XX29']), '"2026XX29" is not an RFC 5545 DATE'],
    ['month 13 (ical.js would roll it over)', calendar(['DTSTART;VALUE=DATE:20261345']), '2026-13-45'],
    ['30 February', calendar(['DTSTART;VALUE=DATE:20260230']), '2026-02-30'],
    ['no DTSTART', calendar(['SUMMARY:年末年始休業']), 'no DTSTART'],
    ['DTEND equal to DTSTART', calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261229']), 'does not end after it starts'],
    ['DTEND before DTSTART', calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261201']), 'does not end after it starts'],
    ['a timed DTEND on an all-day event', calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND:20261229T120000Z']), 'time of day'],
    ['half a day', calendar(['DTSTART;VALUE=DATE:20261229', 'DURATION:PT12H']), 'fraction of a day'],
    ['a daily rule from 1990 on', calendar(['UID:x', 'DTSTART;VALUE=DATE:19900101', 'RRULE:FREQ=DAILY']), 'more than 10000'],
    ['a number instead of text', 42, '42'],
  ])('%s', (_, input, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(input as string), 'INVALID_POLICY');
    expect(error.message).toContain(named);
    expect(error.message).not.toContain('\n');
  });
});

describe('companyHolidaysFromICal reads dates as written', () => {
  // RFC 5545 §3.3.4: a DATE is exactly eight digits, YYYYMMDD; ical.js alone would cut 202612299 to 20261229.
  it.each([
    ['nine digits', 'DTSTART;VALUE=DATE:202612299', '"202612299"'],
    ['dashes', 'DTSTART;VALUE=DATE:2026-12-29', '"2026-12-29"'],
    ['a folded DTEND with seven digits', 'DTSTART;VALUE=DATE:20261229\r\nDTEND;VALUE=DATE:2026\r\n 123', '"2026123"'],
  ])('rejects %s with the value as the file has it', (_, lines, shown) => {
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n${lines}\r\nSUMMARY:年末\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const error = expectMadoguchiError(() => companyHolidaysFromICal(text), 'INVALID_POLICY');
    expect(error.message).toContain(`${shown} is not an RFC 5545 DATE`);
  });

  it('rejects a calendar whose first line is indented, naming BEGIN:VCALENDAR', () => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal('\r\n  BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), 'INVALID_POLICY');
    expect(error.message).toContain('does not begin with BEGIN:VCALENDAR');
  });
});
