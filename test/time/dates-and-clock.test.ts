import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, hoursText, lines } from '../../src/index.js';
import { civilFromDays, daysFromCivil, yearOfDay } from '../../src/time/civil.js';
import { isDate, toEpochMs } from '../../src/time/instant.js';
import { everyDay } from '../helpers/every-day-policy.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Calendar dates, civil dates, ISO instants and wall-clock times (src/time; first written against
// survivors of `npm run mutation`). Expected values come
// from the Gregorian calendar (30 days hath September, April, June and November; a year divisible
// by 100 is leap only when divisible by 400, so 2000 is leap and 1900 is not) and from the wall
// clock (a day runs from 0:00 to 24:00).

describe('calendar dates name real days only', () => {
  it.each([
    ['2026-00-10', 'month 0'],
    ['2026-13-01', 'month 13'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32 of January'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-06-31', 'June has 30 days'],
    ['2026-09-31', 'September has 30 days'],
    ['2026-11-31', 'November has 30 days'],
    ['2026-02-29', '2026 is no leap year'],
    ['2100-02-29', '2100 is no leap year'],
  ])('rejects %s in day() (%s) with INVALID_DATE', (date) => {
    const error = expectMadoguchiError(() => day(desk, date), 'INVALID_DATE');
    expect(error.message).toContain(`"${date}" is not a day of the calendar`);
  });

  it.each([
    '2026-01-31',
    '2026-03-31',
    '2026-05-31',
    '2026-07-31',
    '2026-08-31',
    '2026-10-31',
    '2026-12-31',
    '2028-02-29',
  ])('accepts %s, a day the calendar has', (date) => {
    expect(day(desk, date).date).toBe(date);
  });

  it('knows 2000-02-29 (a leap day, 2000 being divisible by 400) and not 1900-02-29', () => {
    const d = createDesk(everyDay([['9:00', '17:00']]));
    expect(day(d, '2000-02-29').date).toBe('2000-02-29');
    expect(day(d, '2000-02-29').weekday).toBe(2);
    expectMadoguchiError(() => day(d, '1900-02-29'), 'INVALID_DATE');
  });

  it.each([
    ['--00-10', 'month 0'],
    ['--13-01', 'month 13'],
    ['--01-00', 'day 0'],
    ['--04-31', 'April has 30 days'],
    ['--06-31', 'June has 30 days'],
    ['--09-31', 'September has 30 days'],
    ['--11-31', 'November has 30 days'],
    ['--02-30', 'February never has 30 days'],
    ['--1-01', 'one digit'],
  ])('rejects the yearly company holiday %s (%s)', (monthDay) => {
    const error = expectMadoguchiError(() => createDesk(desknetsCloud, { companyHolidays: [monthDay] }), 'INVALID_DATE');
    expect(error.message).toContain('expected a month-day "--MM-DD"');
  });

  it('accepts --02-29 as a yearly company holiday that falls in leap years only', () => {
    // 2028-02-29 is a Tuesday; 2027-02-28 and 2027-03-01 stay open days.
    const d = createDesk(desknetsCloud, { companyHolidays: ['--02-29'] });
    expect(day(d, '2028-02-29').closed?.reason).toBe('company-holiday');
    expect(day(d, '2027-03-01').closed).toBeNull();
  });
});

describe('civil dates across centuries (days from and to year, month, day)', () => {
  // Each instant is 10:00 JST on a day a calendar shows; status().jst writes it back.
  it.each([
    '1949-01-01',
    '1960-02-29',
    '1970-01-01',
    '1999-12-31',
    '2000-01-01',
    '2000-02-28',
    '2000-02-29',
    '2000-03-01',
    '2000-12-31',
    '2001-01-01',
    '2024-02-29',
    '2099-12-31',
  ])('reads and writes %s 10:00 JST unchanged', (date) => {
    const d = createDesk(everyDay([['9:00', '17:00']]));
    const at = `${date}T10:00:00+09:00`;
    expect(d.status(at).jst).toBe(`${date}T10:00:00.000+09:00`);
    expect(d.status(at).at.toISOString()).toBe(`${date}T01:00:00.000Z`);
    expect(day(d, date).date).toBe(date);
  });

  // ECMAScript's Date keeps the same proleptic Gregorian calendar in UTC, ±100,000,000 days from 1970.
  it('agrees with the UTC calendar of Date on any day number, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        expect(civilFromDays(n)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(n);
        expect(yearOfDay(n)).toBe(civil.year);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [0, { year: 1970, month: 1, day: 1 }],
    [-1, { year: 1969, month: 12, day: 31 }],
    [10_957, { year: 2000, month: 1, day: 1 }],
    [11_016, { year: 2000, month: 2, day: 29 }],
    [11_017, { year: 2000, month: 3, day: 1 }],
    [-25_508, { year: 1900, month: 3, day: 1 }],
    [47_846, { year: 2100, month: 12, day: 31 }],
  ])('day %i is %o (Date.parse of that date / 86,400,000)', (n, civil) => {
    expect(civilFromDays(n)).toEqual(civil);
    expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(n);
  });

  it('steps from 1999-12-31 over 元日 2000 to 2000-01-02 and from 2000-02-28 over the leap day', () => {
    const d = createDesk(everyDay([['9:00', '17:00']]));
    expect(d.nextOpening('1999-12-31T18:00:00+09:00')?.opensAt.toISOString()).toBe('2000-01-02T00:00:00.000Z');
    expect(d.nextOpening('2000-02-28T18:00:00+09:00')?.opensAt.toISOString()).toBe('2000-02-29T00:00:00.000Z');
    expect(d.nextOpening('2000-02-29T18:00:00+09:00')?.opensAt.toISOString()).toBe('2000-03-01T00:00:00.000Z');
  });
});

describe('ISO instants name real instants only', () => {
  it('calls the value "instant" when no label is given', () => {
    expect(expectMadoguchiError(() => toEpochMs('tomorrow'), 'INVALID_INSTANT').message).toMatch(/^Invalid instant: "tomorrow"/);
  });

  it('answers false, not a TypeError or undefined, for a revoked Proxy asked whether it is a Date', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isDate(proxy)).toBe(false);
    expect(isDate(null)).toBe(false);
    expect(isDate(new Date(0))).toBe(true);
  });

  it.each([
    ['2026-00-10T10:00:00+09:00', 'month 00'],
    ['2026-13-10T10:00:00+09:00', 'month 13'],
    ['2026-11-00T10:00:00+09:00', 'day 00'],
    ['2026-11-31T10:00:00+09:00', 'day 31'],
    ['2026-11-25T24:00:00+09:00', 'hour 24'],
    ['2026-11-25T10:60:00+09:00', 'minute 60'],
    ['2026-11-25T10:00:60+09:00', 'second 60'],
    ['2026-11-25T10:00:00+24:00', 'offset +24:00'],
    ['2026-11-25T10:00:00+09:60', 'offset +09:60'],
  ])('rejects %s (%s) with INVALID_INSTANT', (text, what) => {
    const error = expectMadoguchiError(() => desk.status(text), 'INVALID_INSTANT');
    expect(error.message).toContain(what);
  });

  it.each([
    ['2026-11-25T10:00:00+09:00', '2026-11-25T01:00:00.000Z'],
    ['2026-11-25T10:00+09:00', '2026-11-25T01:00:00.000Z'],
    ['2026-11-25T10:00:00.5+09:00', '2026-11-25T01:00:00.500Z'],
    ['2026-11-25T10:00:00,25+0900', '2026-11-25T01:00:00.250Z'],
    ['2026-11-25t10:00:00.1239z', '2026-11-25T10:00:00.123Z'],
    ['2026-11-25 10:00:00-05:30', '2026-11-25T15:30:00.000Z'],
    ['2026-11-25T23:59:59.999+09', '2026-11-25T14:59:59.999Z'],
    // The last day of each month length: leap days (2028, 2096), 30-day April and 31-day December.
    ['2028-02-29T10:00:00+09:00', '2028-02-29T01:00:00.000Z'],
    ['2096-02-29T10:00:00+09:00', '2096-02-29T01:00:00.000Z'],
    ['2026-04-30T10:00:00+09:00', '2026-04-30T01:00:00.000Z'],
    ['2026-12-31T10:00:00+09:00', '2026-12-31T01:00:00.000Z'],
  ])('reads %s as %s', (text, utc) => {
    expect(desk.status(text).at.toISOString()).toBe(utc);
  });

  it.each([
    ['2026/11-25T10:00:00Z', 'a slash for the first hyphen'],
    ['2026-11/25T10:00:00Z', 'a slash for the second hyphen'],
    ['2026-11-25X10:00:00Z', 'X between date and time'],
    ['2026-11-25T10.00:00Z', 'a dot between hour and minute'],
    ['2026-1a-25T10:00:00Z', 'a letter in the month'],
    ['2026-11-25T1a:00:00Z', 'a letter in the hour'],
    ['2026-11-25T10:00:0aZ', 'a letter in the second'],
    ['2026-11-25T10:00:00X', 'a letter where the offset goes'],
    ['2026-11-25T10:00:00+09:00x', 'text after the offset'],
    ['2026-11-25T10:00:00Zx', 'text after Z'],
    ['2026-11-25T10:00:00+0a:00', 'a letter in the offset'],
  ])('rejects %s (%s) as no ISO 8601 instant, not as a missing offset', (text) => {
    const error = expectMadoguchiError(() => desk.status(text), 'INVALID_INSTANT');
    expect(error.message).toContain('is not an ISO 8601 instant');
  });

  it.each([
    ['2026-11-25T10:00:00+09:60', 'offset +09:60'],
    ['2026-11-25T10:00:00+0960', 'offset +09:60'],
    ['2026-11-25T10:00:00-24', 'offset -24:00'],
    ['2026-02-30T10:00:00Z', 'day 30, which 2026-02 does not have'],
    ['2026-02-29T10:00:00Z', 'day 29, which 2026-02 does not have'],
    ['2100-02-29T10:00:00Z', 'day 29, which 2100-02 does not have'],
    ['2026-04-31T10:00:00Z', 'day 31, which 2026-04 does not have'],
    ['2026-12-32T10:00:00Z', 'day 32, which 2026-12 does not have'],
  ])('names the field that is out of range in %s: %s', (text, what) => {
    expect(expectMadoguchiError(() => desk.status(text), 'INVALID_INSTANT').message).toContain(`has ${what};`);
  });

  it('reads 2000-02-29 as a real day (divisible by 400) that lies before every edition', () => {
    expectMadoguchiError(() => desk.status('2000-02-29T10:00:00+09:00'), 'NO_TERMS_IN_FORCE');
  });

  it.each([
    '2026-11-25T10:00:00.+09:00',
    '2026-11-25T10:00:00+09:',
    '2026-11-25T10:00:00+9:00',
    '2026-11-25T10:00:00Z ',
    '2026-11-25T10:0:00Z',
  ])('rejects the malformed %s', (text) => {
    expectMadoguchiError(() => desk.status(text), 'INVALID_INSTANT');
  });
});

describe('wall-clock times in policies', () => {
  it('accepts a window closing at 24:00, which ends the JST day', () => {
    const d = createDesk(everyDay([['18:00', '24:00']]));
    expect(d.status('2026-11-25T23:59:59.999+09:00').closesAt?.toISOString()).toBe('2026-11-25T15:00:00.000Z');
    expect(d.isOpen('2026-11-26T00:00:00+09:00')).toBe(false);
  });

  it.each([
    [['9:00', '24:01'], '24:01'],
    [['24:00', '24:30'], '24:30'],
    [['9:60', '17:00'], '9:60'],
  ])('rejects the window %j (%s is no wall-clock time of a day)', (window) => {
    const error = expectMadoguchiError(() => createDesk(everyDay([window as [string, string]])), 'INVALID_POLICY');
    expect(error.message).toContain('expected wall-clock times "H:MM" from 0:00 to 24:00');
  });

  it('rejects a time that is not a string even when it would print as one', () => {
    const window = [['9:00'], '17:00'] as unknown as [string, string];
    expectMadoguchiError(() => createDesk(everyDay([window])), 'INVALID_POLICY');
  });

  it('writes minutes with two digits in published hours (9:05, 9:10, 17:45)', () => {
    const d = createDesk(
      everyDay([
        ['9:05', '9:10'],
        ['10:10', '17:45'],
      ]),
    );
    const [line] = lines(d, '2026-11-25T10:00:00+09:00');
    expect(line?.hours).toBe('9:05～9:10, 10:10～17:45');
    expect(hoursText(line as NonNullable<typeof line>, 'en')).toBe(
      'Mon, Tue, Wed, Thu, Fri, Sat, Sun 9:05–9:10 and 10:10–17:45 JST (closed on national holidays and company holidays)',
    );
  });

  it('names both times of an inverted window in its error', () => {
    const error = expectMadoguchiError(() => createDesk(everyDay([['17:30', '9:00']])), 'INVALID_POLICY');
    expect(error.message).toContain('the window closes at 9:00, not after it opens at 17:30');
  });
});
