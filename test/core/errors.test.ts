import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, day, desk, desknetsCloud, type MadoguchiErrorCode, type PolicyInput, windows } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

describe('bad instants are errors, never answers', () => {
  it.each([
    ['an invalid Date', new Date(Number.NaN), 'INVALID_INSTANT'],
    ['NaN', Number.NaN, 'INVALID_INSTANT'],
    ['Infinity', Number.POSITIVE_INFINITY, 'INVALID_INSTANT'],
    ['null', null, 'INVALID_INSTANT'],
    ['an object', { at: 1 }, 'INVALID_INSTANT'],
    ['an array', [2026, 11, 25], 'INVALID_INSTANT'],
    ['a local time without offset', '2026-11-25T10:00', 'AMBIGUOUS_INSTANT'],
    ['a bare date', '2026-11-25', 'AMBIGUOUS_INSTANT'],
    ['a word', 'tomorrow', 'INVALID_INSTANT'],
    ['an impossible date', '2026-02-30T10:00:00+09:00', 'INVALID_INSTANT'],
    ['hour 24', '2026-11-25T24:00:00+09:00', 'INVALID_INSTANT'],
    ['a leap second', '2016-12-31T23:59:60Z', 'INVALID_INSTANT'],
    ['an offset of 24 hours', '2026-11-25T10:00:00+24:00', 'INVALID_INSTANT'],
    ['a date before the terms', '2019-06-01T10:00:00+09:00', 'NO_TERMS_IN_FORCE'],
    ['a date after 2099', '2100-06-01T10:00:00+09:00', 'OUT_OF_RANGE'],
    ['a huge epoch', 1e300, 'OUT_OF_RANGE'],
  ] as const)('%s throws %s', (_, input, code) => {
    const error = expectMadoguchiError(() => desk.status(input as never), code as MadoguchiErrorCode);
    expect(error.message).toMatch(/expected|give|add|ask about/);
  });

  it('names the offending string and what is accepted', () => {
    const error = expectMadoguchiError(() => desk.isOpen('2026-11-25T10:00'), 'AMBIGUOUS_INSTANT');
    expect(error.message).toContain('"2026-11-25T10:00"');
    expect(error.message).toContain('+09:00');
  });

  it.each([
    ['2026-02-30', 'INVALID_DATE'],
    ['2026-13-01', 'INVALID_DATE'],
    ['26-11-25', 'INVALID_DATE'],
    ['2019-01-07', 'NO_TERMS_IN_FORCE'],
  ] as const)('day(%s) throws %s', (date, code) => {
    expectMadoguchiError(() => day(desk, date), code);
  });

  it('rejects an unknown line', () => {
    const error = expectMadoguchiError(() => desk.isOpen('2026-11-25T10:00:00+09:00', 'evening'), 'UNKNOWN_LINE');
    expect(error.message).toContain('"regular"');
    expectMadoguchiError(() => desk.nextOpening(undefined, 'Regular'), 'UNKNOWN_LINE');
  });

  it('rejects an inverted range', () => {
    expectMadoguchiError(() => windows(desk, '2026-11-26T00:00:00+09:00', '2026-11-25T00:00:00+09:00'), 'INVALID_RANGE');
  });

  it('answers closed without throwing on a Sunday', () => {
    expect(desk.status('2026-11-22T10:00:00+09:00').open).toBe(false);
  });
});

const ed15 = desknetsCloud.editions[1] as PolicyInput['editions'][number];
const regular = ed15.lines[0] as PolicyInput['editions'][number]['lines'][number];
const withRegular = (change: Record<string, unknown>): PolicyInput => ({ ...desknetsCloud, editions: [{ ...ed15, lines: [{ ...regular, ...change }] }] });

describe('malformed policies and options throw INVALID_POLICY', () => {
  it.each([
    ['an inverted window', withRegular({ windows: [['17:30', '9:00']] })],
    ['an empty window', withRegular({ windows: [['9:00', '9:00']] })],
    [
      'overlapping windows',
      withRegular({
        windows: [
          ['9:00', '12:30'],
          ['12:00', '17:30'],
        ],
      }),
    ],
    [
      'touching windows',
      withRegular({
        windows: [
          ['9:00', '12:00'],
          ['12:00', '17:30'],
        ],
      }),
    ],
    ['a time past 24:00', withRegular({ windows: [['9:00', '24:30']] })],
    [
      'windows open across midnight (0:00 and 24:00)',
      withRegular({
        windows: [
          ['0:00', '2:00'],
          ['20:00', '24:00'],
        ],
      }),
    ],
    ['a window all day long', withRegular({ windows: [['0:00', '24:00']] })],
    ['a malformed time', withRegular({ windows: [['9am', '5pm']] })],
    ['a weekday 0', withRegular({ weekdays: [0, 1] })],
    ['a misspelled key', withRegular({ window: [['9:00', '17:30']] })],
    ['a bad language tag', withRegular({ languages: ['日本語'] })],
    ['duplicate line ids', { ...desknetsCloud, editions: [{ ...ed15, lines: [regular, regular] }] }],
    ['no editions', { ...desknetsCloud, editions: [] }],
    ['an edition before 1949', { ...desknetsCloud, editions: [{ ...ed15, effective: '1948-01-01' }] }],
  ])('%s', (_, policy) => {
    expectMadoguchiError(() => createDesk(policy as PolicyInput), 'INVALID_POLICY');
  });

  it.each([
    ['a misspelled option', { companyHoliday: ['2026-12-29'] }, 'INVALID_POLICY'],
    ['an override of an unknown line', { overrides: [{ date: '2026-12-28', lineId: 'evening', closed: true }] }, 'INVALID_POLICY'],
    ['an override of the night line in edition 14', { overrides: [{ date: '2022-12-28', lineId: 'night', closed: true }] }, 'INVALID_POLICY'],
    ['an override both closed and with windows', { overrides: [{ date: '2026-12-28', closed: true, windows: [['9:00', '10:00']] }] }, 'INVALID_POLICY'],
    [
      'two overrides of one line and day',
      {
        overrides: [
          { date: '2026-12-28', closed: true },
          { date: '2026-12-28', lineId: 'night', closed: true },
        ],
      },
      'INVALID_POLICY',
    ],
    ['an inverted company interval', { companyHolidays: ['2027-01-03/2026-12-29'] }, 'INVALID_POLICY'],
    ['an impossible company holiday', { companyHolidays: ['2026-02-30'] }, 'INVALID_DATE'],
    ['an impossible month-day', { companyHolidays: ['--02-30'] }, 'INVALID_DATE'],
    ['a company holiday in another format', { companyHolidays: ['12/29'] }, 'INVALID_DATE'],
    ['an impossible override date', { overrides: [{ date: '2026-04-31', closed: true }] }, 'INVALID_DATE'],
    ['a clock that is not a function', { clock: 5 }, 'INVALID_POLICY'],
    ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"polluted": true}}'), 'INVALID_POLICY'],
  ] as const)('%s throws %s', (_, options, code) => {
    expectMadoguchiError(() => createDesk(desknetsCloud, options as unknown as DeskOptions), code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
