import { describe, expect, it } from 'vitest';
import {
  createDesk,
  type DeskOptions,
  day,
  desk,
  desknetsCloud,
  type EditionInput,
  MadoguchiError,
  type MadoguchiErrorCode,
  type PolicyInput,
  type WindowInput,
  windows,
} from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Misuse throws MadoguchiError with a stable code (design notes, "Errors"); the message names the
// offending value and what is accepted. Closed is an answer, never an error.

const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};

const ed15 = desknetsCloud.editions.find((e) => e.edition === 15) as EditionInput;
const regular = ed15.lines[0] as EditionInput['lines'][number];

/** The preset with edition 15's regular line given other windows. */
const withRegularWindows = (windows: WindowInput[]): PolicyInput => ({
  ...desknetsCloud,
  editions: [{ ...ed15, lines: [{ ...regular, windows }] }],
});

// Each mention is a literal the message must contain, or a pattern it must match.
type Row = [what: string, fn: () => unknown, code: string, mentions: (string | RegExp)[]];

const instantRows: Row[] = [
  ['an invalid Date', () => desk.status(new Date(Number.NaN)), 'INVALID_INSTANT', [/invalid/i, 'offset']],
  ['NaN', () => desk.status(Number.NaN), 'INVALID_INSTANT', ['NaN', 'epoch milliseconds']],
  ['Infinity', () => desk.status(Number.POSITIVE_INFINITY), 'INVALID_INSTANT', ['Infinity', 'epoch milliseconds']],
  ['-Infinity to isOpen', () => desk.isOpen(Number.NEGATIVE_INFINITY), 'INVALID_INSTANT', ['-Infinity', 'epoch milliseconds']],
  ['a date-time without offset', () => desk.status('2026-11-25T10:00'), 'AMBIGUOUS_INSTANT', ['2026-11-25T10:00', '+09:00']],
  ['a date-time without offset to nextOpening', () => desk.nextOpening('2026-11-25T10:00:00'), 'AMBIGUOUS_INSTANT', ['2026-11-25T10:00:00', '+09:00']],
  ['a calendar date as an instant', () => desk.status('2026-11-25'), 'AMBIGUOUS_INSTANT', ['2026-11-25', '+09:00']],
  ['a calendar date as an instant to isOpen', () => desk.isOpen('2026-11-25'), 'AMBIGUOUS_INSTANT', ['2026-11-25', '+09:00']],
  ['a word', () => desk.status('tomorrow'), 'INVALID_INSTANT', ['tomorrow', 'ISO 8601']],
  ['an impossible day with an offset', () => desk.status('2026-02-30T10:00+09:00'), 'INVALID_INSTANT', ['2026-02-30T10:00+09:00', /ISO 8601|offset/]],
  ['an empty string', () => desk.status(''), 'INVALID_INSTANT', ['""', /ISO 8601|offset/]],
  ['null', () => desk.status(null as unknown as string), 'INVALID_INSTANT', ['null', 'Date']],
  ['an object', () => desk.status({ at: '2026-11-25T10:00+09:00' } as unknown as string), 'INVALID_INSTANT', ['object', 'Date']],
  ['an array', () => desk.status(['2026-11-25T10:00+09:00'] as unknown as string), 'INVALID_INSTANT', ['array', 'Date']],
  ['null as the start of windows', () => windows(desk, null as unknown as string, '2026-11-26T00:00+09:00'), 'INVALID_INSTANT', ['null', 'Date']],
];

const otherQueryRows: Row[] = [
  ['an impossible calendar date to day()', () => day(desk, '2026-02-30'), 'INVALID_DATE', ['2026-02-30', 'YYYY-MM-DD']],
  ['a malformed calendar date to day()', () => day(desk, '2026-2-3'), 'INVALID_DATE', ['2026-2-3', 'YYYY-MM-DD']],
  ['an unknown line to isOpen', () => desk.isOpen('2026-11-25T10:00+09:00', 'evening'), 'UNKNOWN_LINE', ['evening', 'regular', 'night']],
  ['an unknown line to nextOpening', () => desk.nextOpening('2026-11-25T10:00+09:00', 'Regular'), 'UNKNOWN_LINE', ['Regular', 'regular']],
  ['an unknown line to windows', () => windows(desk, '2026-11-25T00:00+09:00', '2026-11-26T00:00+09:00', 'support'), 'UNKNOWN_LINE', ['support', 'regular']],
  [
    'windows with to before from',
    () => windows(desk, '2026-11-26T00:00+09:00', '2026-11-25T00:00+09:00'),
    'INVALID_RANGE',
    ['2026-11-25', '2026-11-26', 'from'],
  ],
  ['an instant before 2020-07-01 JST', () => desk.status('2020-06-30T23:59:59.999+09:00'), 'NO_TERMS_IN_FORCE', ['2020-06-30', '2020-07-01']],
  ['an instant from 2100-01-01 JST', () => desk.status('2100-01-01T00:00+09:00'), 'OUT_OF_RANGE', ['2099-12-31']],
  // A day is named as written, not as the UTC instant of its midnight (2099-12-31T15:00Z).
  ['the day 2100-01-01', () => day(desk, '2100-01-01'), 'OUT_OF_RANGE', ['"2100-01-01"', '2099-12-31']],
  ['the day 2020-06-30', () => day(desk, '2020-06-30'), 'NO_TERMS_IN_FORCE', ['"2020-06-30"', '2020-07-01']],
  ['a BigInt for an instant', () => desk.status(10n as never), 'INVALID_INSTANT', ['10n (a BigInt)', 'epoch milliseconds']],
];

const policyRows: Row[] = [
  ['an inverted window', () => createDesk(withRegularWindows([['17:30', '9:00']])), 'INVALID_POLICY', ['17:30', '9:00']],
  [
    'overlapping windows',
    () =>
      createDesk(
        withRegularWindows([
          ['9:00', '13:00'],
          ['12:00', '17:30'],
        ]),
      ),
    'INVALID_POLICY',
    ['12:00', '13:00', /overlap/i],
  ],
  [
    'touching windows',
    () =>
      createDesk(
        withRegularWindows([
          ['9:00', '12:00'],
          ['12:00', '17:30'],
        ]),
      ),
    'INVALID_POLICY',
    ['12:00', /touch/i],
  ],
  ['a malformed time', () => createDesk(withRegularWindows([['9時', '17:30']])), 'INVALID_POLICY', ['9時', 'H:MM']],
  [
    'an unknown option key',
    () => createDesk(desknetsCloud, { companyHoliday: ['2026-12-29'] } as unknown as Parameters<typeof createDesk>[1]),
    'INVALID_POLICY',
    ['companyHoliday', 'companyHolidays'],
  ],
  [
    'an unknown line id in an override',
    () => createDesk(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'evening', closed: true }] }),
    'INVALID_POLICY',
    ['evening', 'regular', 'night'],
  ],
  [
    'the night line in an override dated under edition 14',
    () => createDesk(desknetsCloud, { overrides: [{ date: '2022-11-16', lineId: 'night', closed: true }] }),
    'INVALID_POLICY',
    ['night', 'regular'],
  ],
  [
    'duplicate line ids',
    () => createDesk({ ...desknetsCloud, editions: [{ ...ed15, lines: [regular, { ...regular, tel: '0120-000-000' }] }] }),
    'INVALID_POLICY',
    ['regular', /duplicate/i],
  ],
  ['an impossible company holiday', () => createDesk(desknetsCloud, { companyHolidays: ['2026-02-30'] }), 'INVALID_DATE', ['2026-02-30', 'YYYY-MM-DD']],
  [
    'an inverted company holiday interval',
    () => createDesk(desknetsCloud, { companyHolidays: ['2027-01-03/2026-12-29'] }),
    'INVALID_POLICY',
    ['2027-01-03/2026-12-29'],
  ],
];

describe.each([
  ['instants', instantRows],
  ['other query arguments', otherQueryRows],
  ['policies and options', policyRows],
] as const)('bad %s', (_group, rows) => {
  it.each(
    rows.map(([what, fn, code, mentions]) => [what, code, fn, mentions] as const),
  )('%s throws MadoguchiError %s, naming the value and what is accepted', (_what, code, fn, mentions) => {
    const error = caught(fn);
    expect(error).toBeInstanceOf(MadoguchiError);
    expect(error).toBeInstanceOf(Error);
    const e = error as MadoguchiError;
    expect(e.name).toBe('MadoguchiError');
    expect(e.code).toBe(code);
    for (const m of mentions) expect(e.message).toMatch(m);
  });
});

describe('closed is an answer, never an error', () => {
  const sunday = '2026-11-29T10:00:00+09:00';
  it.each([
    ['status', () => desk.status(sunday).closed?.reason, 'weekend'],
    ['isOpen', () => desk.isOpen(sunday), false],
    ['isOpen for the night line', () => desk.isOpen('2026-11-29T18:30:00+09:00', 'night'), false],
    ['nextOpening', () => desk.nextOpening(sunday)?.opensAt.getTime(), Date.parse('2026-11-30T09:00:00+09:00')],
    ['day', () => day(desk, '2026-11-29').closed?.reason, 'weekend'],
    ['windows over the weekend', () => windows(desk, '2026-11-28T00:00+09:00', '2026-11-30T00:00+09:00').length, 0],
  ] as const)('%s on Sunday 2026-11-29 answers without throwing', (_what, fn, expected) => {
    expect(fn).not.toThrow();
    expect(fn()).toBe(expected);
  });
});

describe('instanceof MadoguchiError', () => {
  it('holds for what the library throws, and not for other errors', () => {
    expect(caught(() => desk.status('2026-11-25T10:00'))).toBeInstanceOf(MadoguchiError);
    expect(new MadoguchiError('INVALID_DATE', 'x')).toBeInstanceOf(MadoguchiError);
    expect(new Error('x')).not.toBeInstanceOf(MadoguchiError);
    expect(Object.create(MadoguchiError.prototype)).not.toBeInstanceOf(MadoguchiError);
    for (const value of [null, undefined, 'MadoguchiError', 42, { name: 'MadoguchiError', code: 'INVALID_DATE' }]) {
      expect(value instanceof MadoguchiError, String(value)).toBe(false);
    }
  });

  it('reads the mark of objects only: a function carrying it is no MadoguchiError', () => {
    expect(Object.assign(() => 0, { [Symbol.for('madoguchi.MadoguchiError')]: true }) instanceof MadoguchiError).toBe(false);
  });

  it('holds for an error of another copy of the class (the other build, another realm): they share a registered symbol', () => {
    const fromElsewhere = Object.assign(new Error('x'), { [Symbol.for('madoguchi.MadoguchiError')]: true });
    expect(fromElsewhere instanceof MadoguchiError).toBe(true);
  });

  it('leaves a subclass its ordinary instanceof: the library’s own errors are not instances of a caller’s subclass', () => {
    class AppError extends MadoguchiError {}
    const own = new AppError('INVALID_DATE', 'x');
    expect(own).toBeInstanceOf(AppError);
    expect(own).toBeInstanceOf(MadoguchiError);
    expect(caught(() => day(desk, '2026-02-30')) instanceof AppError).toBe(false);
    expect(new MadoguchiError('INVALID_DATE', 'x') instanceof AppError).toBe(false);
  });

  it('answers false, without throwing, for a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(proxy instanceof MadoguchiError).toBe(false);
    // Symbol.hasInstance is typed to answer a boolean, and does when called directly, too.
    expect(MadoguchiError[Symbol.hasInstance](proxy)).toBe(false);
    expect(MadoguchiError[Symbol.hasInstance](null)).toBe(false);
  });
});

// Each code for its own misuse (merged from the former test/core/errors.test.ts).

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

  // ECMAScript (§21.4.1.1): a Date holds ±8.64e15 ms; an instant past that is shown as a number.
  it.each<[string, () => unknown, MadoguchiErrorCode, string]>([
    [
      'a leap second',
      () => desk.status('2016-12-31T23:59:60Z'),
      'INVALID_INSTANT',
      '"2016-12-31T23:59:60Z" has second 60 (leap seconds are not representable); expected',
    ],
    ['minute 60', () => desk.status('2026-11-25T10:60:00+09:00'), 'INVALID_INSTANT', '"2026-11-25T10:60:00+09:00" has minute 60; expected'],
    ['the last instant a Date holds', () => desk.status(8.64e15), 'OUT_OF_RANGE', 'Out of range: +275760-09-13T00:00:00.000Z is after 2099-12-31 JST'],
    ['a huge epoch', () => desk.status(1e300), 'OUT_OF_RANGE', 'Out of range: 1e+300 ms since 1970-01-01T00:00Z is after 2099-12-31 JST'],
    [
      'an instant before edition 14',
      () => desk.status('2020-06-30T14:59:59.999Z'),
      'NO_TERMS_IN_FORCE',
      'in force at 2020-06-30T14:59:59.999Z: the earliest known edition (14)',
    ],
    ['the first instant a Date holds', () => desk.status(-8.64e15), 'NO_TERMS_IN_FORCE', 'in force at -271821-04-20T00:00:00.000Z: '],
    ['a huge negative epoch', () => desk.status(-1e300), 'NO_TERMS_IN_FORCE', 'in force at -1e+300 ms since 1970-01-01T00:00Z: '],
    [
      'a day before edition 14',
      () => day(desk, '2020-06-30'),
      'NO_TERMS_IN_FORCE',
      'in force on "2020-06-30": the earliest known edition (14) takes effect 2020-07-01T00:00+09:00',
    ],
  ])('shows %s as the caller gave it', (_, fn, code, shown) => {
    expect(expectMadoguchiError(fn, code).message).toContain(shown);
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
