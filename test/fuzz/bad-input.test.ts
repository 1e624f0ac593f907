import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withJsJoda } from '../../src/adapters/js-joda.js';
import { withLuxon } from '../../src/adapters/luxon.js';
import { createDesk, day, describe as describeIt, desk, desknetsCloud, hoursText, type Line, lines, route, type Status, windows } from '../../src/index.js';
import { DAY, END, FROM } from '../properties/instants.js';
import { answersOrRejects, expectDay, expectDesk, expectLine, expectOpening, expectStatus, outcome } from './well-formed.js';

// Every public function fed arbitrary values: an answer of the documented shape, or a
// MadoguchiError with a documented code. A TypeError, RangeError or hang fails.

const RUNS = { numRuns: 300 };
const IN_RANGE = Date.parse('2026-11-25T10:00:00+09:00');
const p2 = (n: number) => String(n).padStart(2, '0');

const numbers = fc.oneof(
  fc.double(),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
  fc.double({ min: FROM - DAY, max: END + DAY, noNaN: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e300,
    -1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    8.64e15,
    8.64e15 + 1,
    -8.64e15 - 1,
    FROM - 1,
    FROM - 0.5,
    END - 0.5,
    END,
  ),
);

const dates = fc.oneof(fc.date({ noInvalidDate: false }), fc.date({ min: new Date(FROM), max: new Date(END - 1) }));

/** ISO-looking text with odd fields: month 13, day 32, hour 24, minute or second 60, odd offsets. */
const isoLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 2020, max: 2100 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.constantFrom('', ':00', ':59', ':60', ':61', ':5'),
    fraction: fc.constantFrom('', '.5', ',25', '.123', '.1234567', '.123456789012', '.', ','),
    separator: fc.constantFrom('T', 't', ' ', '_', ''),
    offset: fc.constantFrom(
      '',
      'Z',
      'z',
      '+09:00',
      '+14:00',
      '-12:00',
      '+24:00',
      '+09:60',
      '+0900',
      '+09',
      '+9:00',
      '-00:00',
      '+23:59',
      '+09:00:00',
      ' +09:00',
      'UTC',
      'JST',
    ),
  })
  .map((f) => `${String(f.year).padStart(4, '0')}-${p2(f.month)}-${p2(f.day)}${f.separator}${p2(f.hour)}:${p2(f.minute)}${f.second}${f.fraction}${f.offset}`);

const dateLike = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-11-23', '--12-29', '2026-1-5', '20261125', '2026-11-25/2026-11-26', '2100-01-01', '2020-06-30'),
);

const anyInput = fc.oneof(
  fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withBigInt: true, withNullPrototype: true, withSparseArray: true }),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  numbers,
  dates,
  isoLike,
  dateLike,
);

const lineArg = fc.oneof(fc.constantFrom(undefined, 'regular', 'night', 'evening', 'REGULAR', ''), fc.anything());

const expectLines = (ls: readonly Line[]) => {
  expect(ls.length).toBeGreaterThan(0);
  for (const l of ls) expectLine(l);
};

describe('every public function under arbitrary input', () => {
  it('status, isOpen and nextOpening answer or throw a documented MadoguchiError', () => {
    fc.assert(
      fc.property(anyInput, lineArg, (at, line) => {
        answersOrRejects(() => desk.status(at as never), expectStatus);
        answersOrRejects(
          () => desk.isOpen(at as never, line as never),
          (b) => expect(typeof b).toBe('boolean'),
        );
        answersOrRejects(
          () => desk.nextOpening(at as never, line as never),
          (o) => (o === null ? undefined : expectOpening(o)),
        );
      }),
      RUNS,
    );
  });

  it('windows answers or throws a documented MadoguchiError, whichever end is bad', () => {
    fc.assert(
      fc.property(anyInput, lineArg, (at, line) => {
        const check = (ws: readonly Parameters<typeof expectOpening>[0][]) => ws.forEach(expectOpening);
        // Fixed ends at the edges of the range keep valid spans short (or inverted: INVALID_RANGE).
        answersOrRejects(() => windows(desk, at as never, FROM + DAY, line as never), check);
        answersOrRejects(() => windows(desk, END - DAY, at as never, line as never), check);
        answersOrRejects(() => windows(desk, at as never, at as never, line as never), check);
      }),
      RUNS,
    );
  });

  it('day and lines answer or throw a documented MadoguchiError', () => {
    fc.assert(
      fc.property(anyInput, (at) => {
        answersOrRejects(() => day(desk, at as never), expectDay);
        answersOrRejects(() => lines(desk, at as never), expectLines);
      }),
      RUNS,
    );
  });

  it('createDesk answers or throws a documented MadoguchiError for any policy or option', () => {
    fc.assert(
      fc.property(anyInput, (x) => {
        answersOrRejects(() => createDesk(x as never), expectDesk);
        answersOrRejects(() => createDesk(desknetsCloud, x as never), expectDesk);
        answersOrRejects(() => createDesk(desknetsCloud, { companyHolidays: [x] } as never), expectDesk);
        answersOrRejects(() => createDesk(desknetsCloud, { overrides: [x] } as never), expectDesk);
        answersOrRejects(() => createDesk(desknetsCloud, { overrides: [{ date: x, closed: true }] } as never), expectDesk);
        answersOrRejects(() => createDesk(desknetsCloud, { nationalHolidays: { add: [{ date: x, name: '臨時' }], remove: [x] } } as never), expectDesk);
      }),
      RUNS,
    );
  });

  it('a clock returning anything gives an answer or a documented MadoguchiError', () => {
    fc.assert(
      fc.property(anyInput, (now) => {
        const d = createDesk(desknetsCloud, { clock: () => now as number });
        answersOrRejects(() => d.status(), expectStatus);
        answersOrRejects(
          () => d.isOpen(),
          (b) => expect(typeof b).toBe('boolean'),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('company holidays written as arbitrary date ranges are accepted or rejected with a documented code', () => {
    const range = fc
      .tuple(dateLike, fc.oneof(dateLike, fc.constant('')), fc.constantFrom('/', '/', '--', '/ ', '//'))
      .map(([a, b, sep]) => (b === '' ? a : `${a}${sep}${b}`))
      // Spans of centuries are the subject of their own test below; here the years stay close.
      .filter((s) => [...s.matchAll(/\d{4}/g)].every((m) => Math.abs(Number(m[0]) - 2026) < 120));
    fc.assert(
      fc.property(range, (spec) => {
        answersOrRejects(() => createDesk(desknetsCloud, { companyHolidays: [spec] }), expectDesk);
      }),
      { numRuns: 200 },
    );
  });
});

describe('inputs whose answer the design fixes', () => {
  it.each([
    ['NaN', 'INVALID_INSTANT', Number.NaN],
    ['Infinity', 'INVALID_INSTANT', Number.POSITIVE_INFINITY],
    ['-Infinity', 'INVALID_INSTANT', Number.NEGATIVE_INFINITY],
    ['an invalid Date', 'INVALID_INSTANT', new Date(Number.NaN)],
    ['-0 (1970, before edition 14)', 'NO_TERMS_IN_FORCE', -0],
    ['a negative epoch', 'NO_TERMS_IN_FORCE', -1e12],
    ['-1e300', 'NO_TERMS_IN_FORCE', -1e300],
    ['1e300', 'OUT_OF_RANGE', 1e300],
    ['the largest Date, +275760-09-13', 'OUT_OF_RANGE', 8.64e15],
    ['a calendar date without a time', 'AMBIGUOUS_INSTANT', '2026-11-25'],
    ['a local time without an offset', 'AMBIGUOUS_INSTANT', '2026-11-25T10:00:00'],
    ['29 February of a common year', 'INVALID_INSTANT', '2026-02-29T10:00:00+09:00'],
    ['a leap second', 'INVALID_INSTANT', '2016-12-31T23:59:60Z'],
    ['an offset of +24:00', 'INVALID_INSTANT', '2026-11-25T10:00:00+24:00'],
    ['an offset minute of 60', 'INVALID_INSTANT', '2026-11-25T10:00:00+09:60'],
    ['an hour of 25', 'INVALID_INSTANT', '2026-11-25T25:00:00+09:00'],
    ['a month of 13', 'INVALID_INSTANT', '2026-13-01T10:00:00+09:00'],
    ['an empty string', 'INVALID_INSTANT', ''],
    ['null', 'INVALID_INSTANT', null],
    ['an object', 'INVALID_INSTANT', { at: IN_RANGE }],
  ])('status(%s) throws %s', (_, code, at) => {
    expect(outcome(() => desk.status(at as never))).toBe(code);
  });

  it.each([
    ['29 February 2024 (a leap year, Thursday)', '2024-02-29T10:00:00+09:00', Date.parse('2024-02-29T01:00:00Z')],
    ['the +14:00 offset of Kiritimati', '2026-11-26T15:00:00+14:00', Date.parse('2026-11-26T01:00:00Z')],
    ['the -12:00 offset', '2026-11-24T13:00:00-12:00', Date.parse('2026-11-25T01:00:00Z')],
    ['a comma as decimal sign', '2026-11-25T10:00:00,5+09:00', Date.parse('2026-11-25T01:00:00.500Z')],
    ['seven fraction digits, cut to the millisecond', '2026-11-25T08:59:59.9999999+09:00', Date.parse('2026-11-24T23:59:59.999Z')],
    ['a lowercase t and z', '2026-11-25t01:00:00z', Date.parse('2026-11-25T01:00:00Z')],
    ['an offset without colon', '2026-11-25T10:00:00+0900', Date.parse('2026-11-25T01:00:00Z')],
    ['a fractional epoch millisecond', Date.parse('2026-11-25T08:59:59.999+09:00') + 0.9, Date.parse('2026-11-24T23:59:59.999Z')],
  ])('status reads %s as the instant it names', (_, at, expected) => {
    expect(desk.status(at).at.getTime()).toBe(expected);
  });
});

describe('hostile values', () => {
  const hostile = (): never => {
    throw new Error('hostile input: must not be converted');
  };
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  it.each([
    ['an object without prototype', Object.create(null)],
    ['a symbol', Symbol('at')],
    ['a bigint', 1_795_568_400_000n],
    ['a function', () => IN_RANGE],
    ['an object whose toString and valueOf throw', { toString: hostile, valueOf: hostile }],
    ['an object that claims Date.prototype but holds no date', Object.create(Date.prototype)],
    ['a revoked proxy', revoked],
  ])('%s is rejected with a MadoguchiError everywhere', (_, value) => {
    const calls: (() => unknown)[] = [
      () => desk.status(value as never),
      () => desk.isOpen(IN_RANGE, value as never),
      () => desk.nextOpening(value as never),
      () => windows(desk, value as never, IN_RANGE),
      () => day(desk, value as never),
      () => lines(desk, value as never),
      () => createDesk(value as never),
      () => createDesk(desknetsCloud, { overrides: value } as never),
      () => createDesk(desknetsCloud, { companyHolidays: [value] } as never),
    ];
    expect(calls.map((call) => outcome(call)).filter((o) => o === 'answered')).toEqual([]);
  });

  it('rejects a revoked proxy with a MadoguchiError wherever an object is read: route, describe, hoursText, the adapters', () => {
    const status = desk.status(IN_RANGE);
    const calls: (() => unknown)[] = [
      () => route(desk, revoked as never),
      () => describeIt(status, revoked as never),
      () => describeIt(revoked as never, { locale: 'ja' }),
      () => hoursText(revoked as never, 'ja'),
      () => withLuxon(revoked as never),
      () => withJsJoda(revoked as never),
    ];
    expect(calls.map((call) => outcome(call))).toEqual([
      'INVALID_ARGUMENT',
      'INVALID_ARGUMENT',
      'INVALID_ARGUMENT',
      'INVALID_ARGUMENT',
      'INVALID_ARGUMENT',
      'INVALID_ARGUMENT',
    ]);
  });

  it('reads a Date made in another realm (node:vm, an iframe) like any Date', () => {
    const foreign = vm.runInNewContext(`new Date(${IN_RANGE})`) as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(desk.isOpen(foreign)).toBe(desk.isOpen(IN_RANGE));
    expect(desk.status(foreign).at.getTime()).toBe(IN_RANGE);
  });

  it('reads a Date subclass like any Date', () => {
    class Stamp extends Date {}
    expect(desk.status(new Stamp(IN_RANGE)).at.getTime()).toBe(IN_RANGE);
  });
});

describe('no hang on huge inputs', () => {
  it('compiles a company holiday spanning 0001-01-01/9999-12-31 (or rejects it) within 1 s', () => {
    const started = performance.now();
    const code = outcome(() => createDesk(desknetsCloud, { companyHolidays: ['0001-01-01/9999-12-31'] }).isOpen(IN_RANGE));
    const elapsed = performance.now() - started;
    expect(['answered', 'INVALID_DATE', 'INVALID_POLICY', 'OUT_OF_RANGE']).toContain(code);
    expect(elapsed, `createDesk took ${Math.round(elapsed)} ms`).toBeLessThan(1000);
  }, 60_000);
});

describe('valid RFC 3339 texts in any offset', () => {
  /** The instant `t` written in wall-clock time at `offset` minutes from UTC, split into its parts. */
  const parts = (t: number, offset: number) => {
    const local = new Date(t + offset * 60_000).toISOString();
    const abs = Math.abs(offset);
    const sign = offset < 0 ? '-' : '+';
    return { date: local.slice(0, 10), hms: local.slice(11, 19), ms: local.slice(19, 23), sign, hh: p2(Math.floor(abs / 60)), mm: p2(abs % 60) };
  };
  const project = (s: Status) => [s.at.getTime(), s.open, s.line?.id, s.closesAt?.getTime(), s.closed?.reason, s.next?.opensAt.getTime(), s.next?.line.id];

  it('reads a canonical text as Date.parse does, with the same answers as its epoch milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: END - 1 }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (t, offset) => {
        const p = parts(t, offset);
        const text = `${p.date}T${p.hms}${p.ms}${p.sign}${p.hh}:${p.mm}`;
        // Date.parse is reliable for the full RFC 3339 form: the independent parser here.
        expect(Date.parse(text)).toBe(t);
        expect(project(desk.status(text))).toEqual(project(desk.status(t)));
        expect(desk.isOpen(text, 'regular')).toBe(desk.isOpen(t, 'regular'));
        expect(desk.nextOpening(text)?.opensAt.getTime()).toBe(desk.nextOpening(t)?.opensAt.getTime());
        expect(day(desk, text).date).toBe(day(desk, t).date);
        expect(lines(desk, text).map((l) => l.id)).toEqual(lines(desk, t).map((l) => l.id));
        const to = Math.min(t + 2 * DAY, END);
        expect(windows(desk, text, to).map((w) => w.opensAt.getTime())).toEqual(windows(desk, t, to).map((w) => w.opensAt.getTime()));
      }),
      { numRuns: 200 },
    );
  });

  it('reads the other ISO 8601 spellings of an instant as that instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FROM + 60_000, max: END - 1 }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fc.stringMatching(/^\d{1,9}$/),
        (t, offset, extraDigits) => {
          const p = parts(t, offset);
          const colon = `${p.sign}${p.hh}:${p.mm}`;
          const second = t - (((t % 1000) + 1000) % 1000);
          const minute = t - (((t % 60_000) + 60_000) % 60_000);
          // Each spelling, and the instant it names, derived from t without the parser under test.
          const spellings: [string, number][] = [
            [`${p.date}t${p.hms}${p.ms}${colon}`, t],
            [`${p.date} ${p.hms}${p.ms}${colon}`, t],
            [`${p.date}T${p.hms}${p.ms.replace('.', ',')}${colon}`, t],
            [`${p.date}T${p.hms}${p.ms}${extraDigits}${colon}`, t],
            [`${p.date}T${p.hms}${p.ms}${p.sign}${p.hh}${p.mm}`, t],
            [`${p.date}T${p.hms}${colon}`, second],
            [`${p.date}T${p.hms.slice(0, 5)}${colon}`, minute],
          ];
          if (offset === 0) spellings.push([`${p.date}T${p.hms}${p.ms}z`, t], [`${p.date}T${p.hms}${p.ms}-00:00`, t]);
          if (offset % 60 === 0) spellings.push([`${p.date}T${p.hms}${p.ms}${p.sign}${p.hh}`, t]);
          for (const [text, expected] of spellings) {
            expect(desk.status(text).at.getTime(), text).toBe(expected);
            expect(desk.isOpen(text), text).toBe(desk.isOpen(expected));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
