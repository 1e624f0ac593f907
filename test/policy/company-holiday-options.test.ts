import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, day, desknetsCloud, type MadoguchiErrorCode } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// createDesk's `companyHolidays` (当社休業日 of 第6条1項) in the forms README lists: a date, a range,
// `--MM-DD`, `{ date, name }`, `{ start, end, name }` with ISO 8601 instants, and a name given as a
// string or as `{ ja, en }`. Errors name the offending place in the options (design.md: "The message
// names the offending value and what is accepted"). Weekdays from a calendar: 2026-12-29 is a Tuesday.

const withCompany = (companyHolidays: unknown) => createDesk(desknetsCloud, { companyHolidays } as unknown as DeskOptions);

describe('a company holiday named in two languages', () => {
  it('closes the day with the Japanese name and the English one', () => {
    const d = withCompany([{ date: '2026-12-29', name: { ja: '年末休業', en: 'Year-end closure' } }]);
    expect(day(d, '2026-12-29').closed).toMatchObject({ reason: 'company-holiday', name: '年末休業', nameEn: 'Year-end closure' });
  });
});

describe('a malformed company holiday is reported where it is', () => {
  const ISO = '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "--MM-DD" or "--MM-DD/--MM-DD"';
  // [case, companyHolidays, code, the message begins with, the message contains]
  it.each([
    [
      'a blank Japanese name',
      [{ date: '2026-12-29', name: { ja: ' ', en: 'Year end' } }],
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[0].name.ja: ',
      '',
    ],
    [
      'a blank English name',
      ['2026-12-28', { date: '2026-12-29', name: { ja: '年末', en: '' } }],
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[1].name.en: ',
      '',
    ],
    ['a start that is not ISO 8601', [{ start: 'tomorrow 8am', end: '2027-03-03T21:00+09:00' }], 'INVALID_INSTANT', '', 'options.companyHolidays[0].start'],
    ['an end that is not ISO 8601', [{ start: '2027-03-03T08:00+09:00', end: 'tonight' }], 'INVALID_INSTANT', '', 'options.companyHolidays[0].end'],
    // A start alone is a timed closure missing its end (not a dated entry with an unknown key), and vice versa.
    ['a start without an end', [{ start: '2027-03-03T08:00+09:00' }], 'INVALID_INSTANT', '', 'options.companyHolidays[0].end'],
    ['an end without a start', [{ end: '2027-03-03T21:00+09:00', name: '工事' }], 'INVALID_INSTANT', '', 'options.companyHolidays[0].start'],
    // README: end excluded, so a closure ending when it starts closes nothing and is refused.
    [
      'a closure ending when it starts',
      [{ start: '2027-03-03T08:00+09:00', end: '2027-03-03T08:00+09:00' }],
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[0]: the closure ends (2027-03-03T08:00+09:00) before or when it starts (2027-03-03T08:00+09:00)',
      '',
    ],
    [
      'a blank name of a timed closure',
      [{ start: '2027-03-03T08:00+09:00', end: '2027-03-03T21:00+09:00', name: ' ' }],
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[0].name: ',
      '',
    ],
    ['a number', [20261229], 'INVALID_POLICY', `Invalid policy at options.companyHolidays[0]: expected ${ISO}`, ''],
    ['null', ['2026-12-28', null], 'INVALID_POLICY', `Invalid policy at options.companyHolidays[1]: expected ${ISO}`, ''],
  ] as const)('%s', (_, companyHolidays, code, begins, contains) => {
    const error = expectMadoguchiError(() => withCompany(companyHolidays), code as MadoguchiErrorCode);
    expect(error.message.startsWith(begins)).toBe(true);
    expect(error.message).toContain(contains);
  });
});

describe('overlapping timed closures: the first listed names the time (README, "Company holidays")', () => {
  // 2027-03-03 is a Wednesday (a calendar): the regular line would be open 9:00–17:30 (第6条).
  const first = { start: '2027-03-03T00:00+09:00', end: '2027-03-04T00:00+09:00', name: '先' };
  const later = { start: '2027-03-02T00:00+09:00', end: '2027-03-04T00:00+09:00', name: '後' };

  it('names a whole day after the first listed, even when a later one starts earlier', () => {
    expect(day(withCompany([first, later]), '2027-03-03').closed).toMatchObject({ reason: 'company-holiday', name: '先' });
    expect(day(withCompany([later, first]), '2027-03-03').closed).toMatchObject({ reason: 'company-holiday', name: '後' });
  });

  it('names a part of a day after the first listed: 10:00–12:00 listed before 9:00–12:00, asked at 11:00', () => {
    const tenToNoon = { start: '2027-03-03T10:00+09:00', end: '2027-03-03T12:00+09:00', name: '先' };
    const nineToNoon = { start: '2027-03-03T09:00+09:00', end: '2027-03-03T12:00+09:00', name: '後' };
    expect(withCompany([tenToNoon, nineToNoon]).status('2027-03-03T11:00+09:00').closed).toMatchObject({ reason: 'company-holiday', name: '先' });
    expect(withCompany([nineToNoon, tenToNoon]).status('2027-03-03T11:00+09:00').closed).toMatchObject({ reason: 'company-holiday', name: '後' });
    // Between 9:00 and 10:00 only the 9:00 one closes the line, whichever is listed first.
    expect(withCompany([tenToNoon, nineToNoon]).status('2027-03-03T09:30+09:00').closed).toMatchObject({ reason: 'company-holiday', name: '後' });
  });
});
