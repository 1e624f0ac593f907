import { Instant, LocalDate, OffsetDateTime, ZonedDateTime, ZoneId, ZoneOffset } from '@js-joda/core';
import fc from 'fast-check';
import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { jsJodaDesk, withJsJoda } from '../../src/adapters/js-joda.js';
import { luxonDesk, withLuxon } from '../../src/adapters/luxon.js';
import { createDesk, day, desk, desknetsCloud, lines, route, windows } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Both editions and the last supported month; the core is the reference the adapters must agree with.
const instant = fc.integer({ min: Date.parse('2020-07-01T00:00:00+09:00'), max: Date.parse('2099-12-01T00:00:00+09:00') });
const span = fc.integer({ min: 0, max: 10 * 86_400_000 });
const lineId = fc.constantFrom(undefined, 'regular', 'night');
const zone = fc.constantFrom('Asia/Tokyo', 'UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati');
const lx = withLuxon(desk);
const jj = withJsJoda(desk);

/** Every Date, luxon DateTime and js-joda ZonedDateTime as epoch milliseconds, so answers compare across libraries. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return { ms: value.getTime() };
  if (DateTime.isDateTime(value)) return { ms: value.toMillis() };
  if (value instanceof ZonedDateTime) return { ms: value.toInstant().toEpochMilli() };
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const source = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): object }).toJSON() : value;
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, plain(v)]));
}

/** Every luxon DateTime / js-joda ZonedDateTime inside an answer. */
function instantsIn<T>(value: unknown, is: (v: unknown) => v is T, found: T[] = []): T[] {
  if (is(value)) found.push(value);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) instantsIn(v, is, found);
  return found;
}
const isDateTime = (v: unknown): v is DateTime => DateTime.isDateTime(v);
const isZoned = (v: unknown): v is ZonedDateTime => v instanceof ZonedDateTime;

describe('madoguchi/luxon agrees with the core at random instants', () => {
  it('status, isOpen, nextOpening, lines and route give the same answers, whatever the DateTime zone', () => {
    fc.assert(
      fc.property(instant, zone, lineId, (t, z, id) => {
        const dt = DateTime.fromMillis(t, { zone: z });
        expect(plain(lx.status(dt))).toEqual(plain(desk.status(t)));
        expect(lx.isOpen(dt, id)).toBe(desk.isOpen(t, id));
        expect(plain(lx.nextOpening(dt, id))).toEqual(plain(desk.nextOpening(t, id)));
        expect(lx.lines(dt)).toEqual(lines(desk, t));
        expect(plain(lx.route({ at: dt, lineId: id, language: 'ja' }))).toEqual(plain(route(desk, { at: t, lineId: id, language: 'ja' })));
      }),
      { numRuns: 300 },
    );
  });

  it('windows over a random Interval and day of a random DateTime match the core', () => {
    fc.assert(
      fc.property(instant, span, zone, lineId, (t, length, z, id) => {
        const range = Interval.fromDateTimes(DateTime.fromMillis(t, { zone: z }), DateTime.fromMillis(t + length, { zone: z }));
        expect(plain(lx.windows(range, id))).toEqual(plain(windows(desk, t, t + length, id)));
        expect(plain(lx.day(DateTime.fromMillis(t, { zone: z })))).toEqual(plain(day(desk, t)));
      }),
      { numRuns: 200 },
    );
  });

  it('returns every instant as a DateTime in zone UTC+9', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const dt = DateTime.fromMillis(t, { zone: z });
        const answers = [lx.status(dt), lx.route({ at: dt }), lx.day(dt), lx.windows(Interval.after(dt, { days: 3 }))];
        for (const found of instantsIn(answers, isDateTime)) expect(found.zoneName).toBe('UTC+9');
      }),
      { numRuns: 100 },
    );
  });
});

describe('madoguchi/luxon at instants from the terms (第6条, edition 15: 通常窓口 9:00–17:30, 夜間延長窓口 18:00–20:00)', () => {
  it('shows 17:29:59.999 JST open on 0120-365-800 until 17:30 in UTC+9', () => {
    const s = luxonDesk.status(DateTime.fromISO('2026-11-25T08:29:59.999Z'));
    expect(s.line?.tel).toBe('0120-365-800');
    expect(s.closesAt?.toISO()).toBe('2026-11-25T17:30:00.000+09:00');
    expect(s.jst).toBe('2026-11-25T17:29:59.999+09:00');
  });

  it('lets .setZone() show the next opening in another zone', () => {
    const next = luxonDesk.status(DateTime.fromISO('2026-11-25T17:45:00+09:00')).next;
    expect(next?.line.tel).toBe('0800-777-9984');
    expect(next?.opensAt.setZone('Europe/Paris').toISO()).toBe('2026-11-25T10:00:00.000+01:00');
  });

  it('skips the weekend and 勤労感謝の日 (2026-11-23, a Monday) to Tuesday 9:00', () => {
    expect(luxonDesk.nextOpening(DateTime.fromISO('2026-11-21T10:00', { zone: 'Asia/Tokyo' }))?.opensAt.toISO()).toBe('2026-11-24T09:00:00.000+09:00');
  });

  it('takes an Interval for windows, half-open at its end', () => {
    const days = Interval.fromISO('2026-11-23T00:00+09:00/2026-11-24T18:00+09:00');
    expect(luxonDesk.windows(days).map((w) => `${w.line.id} ${w.opensAt.toFormat('MM-dd HH:mm')}–${w.closesAt.toFormat('HH:mm')}`)).toEqual([
      'regular 11-24 09:00–17:30',
    ]);
  });

  it('judges day() by the JST day of the instant, not the DateTime zone: 2026-11-22 20:00 New York is 11-23 in Tokyo', () => {
    const day = luxonDesk.day(DateTime.fromISO('2026-11-22T20:00', { zone: 'America/New_York' }));
    expect(day.date).toBe('2026-11-23');
    expect(day.closed?.reason).toBe('national-holiday');
  });

  it('takes a YYYY-MM-DD string for day() and returns its windows as DateTimes', () => {
    expect(luxonDesk.day('2026-11-24').windows.map((w) => w.opensAt.toISO())).toEqual(['2026-11-24T09:00:00.000+09:00', '2026-11-24T18:00:00.000+09:00']);
  });

  it('keeps the shared Line objects as they are', () => {
    const t = DateTime.fromISO('2026-11-25T10:00:00+09:00');
    expect(luxonDesk.status(t).line).toBe(lines(desk, t.toMillis())[0]);
  });

  it('wraps a custom desk: its company holidays close the lines', () => {
    const custom = withLuxon(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
    expect(custom.status(DateTime.fromISO('2026-12-30T10:00:00+09:00')).closed?.reason).toBe('company-holiday');
    expect(custom.nextOpening(DateTime.fromISO('2026-12-30T10:00:00+09:00'))?.opensAt.toISO()).toBe('2027-01-04T09:00:00.000+09:00');
  });

  it('defaults `at` to the wrapped desk clock', () => {
    const fixed = withLuxon(createDesk(desknetsCloud, { clock: () => Date.parse('2026-11-25T18:00:00+09:00') }));
    expect(fixed.status().line?.id).toBe('night');
    expect(fixed.route().kind).toBe('connect');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(luxonDesk)).toBe(true);
  });
});

describe('madoguchi/luxon rejects what is not a valid DateTime or Interval', () => {
  const invalid = DateTime.invalid('no input');
  it.each([
    ['status(invalid DateTime)', () => luxonDesk.status(invalid)],
    ['isOpen(invalid DateTime)', () => luxonDesk.isOpen(invalid)],
    ['nextOpening(invalid DateTime)', () => luxonDesk.nextOpening(invalid)],
    ['day(invalid DateTime)', () => luxonDesk.day(invalid)],
    ['lines(invalid DateTime)', () => luxonDesk.lines(invalid)],
    ['route({ at: invalid DateTime })', () => luxonDesk.route({ at: invalid })],
    ['status(a JS Date)', () => luxonDesk.status(new Date() as unknown as DateTime)],
    ['windows(an Interval with an invalid start)', () => luxonDesk.windows(Interval.fromDateTimes(invalid, DateTime.now()))],
  ])('%s throws INVALID_INSTANT', (_, call) => {
    expectMadoguchiError(call, 'INVALID_INSTANT');
  });

  it.each([
    ['a plain object', { start: 0, end: 1 }],
    ['undefined', undefined],
    ['a DateTime', DateTime.fromISO('2026-11-25T10:00+09:00')],
  ])('windows(%s) throws INVALID_ARGUMENT: a range that is no Interval is an argument of the wrong shape', (_, range) => {
    const error = expectMadoguchiError(() => luxonDesk.windows(range as unknown as Interval), 'INVALID_ARGUMENT');
    expect(error.message).toContain('Interval');
  });

  it('names the invalid reason in the message', () => {
    expect(expectMadoguchiError(() => luxonDesk.isOpen(invalid), 'INVALID_INSTANT').message).toContain('no input');
  });

  it('throws INVALID_RANGE for an Interval whose end is before its start', () => {
    const reversed = Interval.fromDateTimes(DateTime.fromISO('2026-11-25T10:00+09:00'), DateTime.fromISO('2026-11-24T10:00+09:00'));
    expectMadoguchiError(() => luxonDesk.windows(reversed), 'INVALID_RANGE');
  });

  it('passes the desk errors through: before 2020-07-01 JST no terms are in force', () => {
    expectMadoguchiError(() => luxonDesk.status(DateTime.fromISO('2020-06-30T23:59:59.999+09:00')), 'NO_TERMS_IN_FORCE');
  });
});

describe('madoguchi/js-joda agrees with the core at random instants', () => {
  it('status, isOpen, nextOpening, lines and route give the same answers for Instant, ZonedDateTime and OffsetDateTime', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('Instant', 'ZonedDateTime', 'OffsetDateTime'), lineId, (t, kind, id) => {
        const i = Instant.ofEpochMilli(t);
        const at =
          kind === 'Instant' ? i : kind === 'ZonedDateTime' ? ZonedDateTime.ofInstant(i, ZoneId.UTC) : OffsetDateTime.ofInstant(i, ZoneOffset.ofHours(-5));
        expect(plain(jj.status(at))).toEqual(plain(desk.status(t)));
        expect(jj.isOpen(at, id)).toBe(desk.isOpen(t, id));
        expect(plain(jj.nextOpening(at, id))).toEqual(plain(desk.nextOpening(t, id)));
        expect(jj.lines(at)).toEqual(lines(desk, t));
        expect(plain(jj.route({ at, lineId: id }))).toEqual(plain(route(desk, { at: t, lineId: id })));
      }),
      { numRuns: 300 },
    );
  });

  it('windows between random instants and day of a random LocalDate match the core', () => {
    fc.assert(
      fc.property(instant, span, lineId, (t, length, id) => {
        expect(plain(jj.windows(Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + length), id))).toEqual(plain(windows(desk, t, t + length, id)));
        const date = new Date(t + 9 * 3_600_000).toISOString().slice(0, 10);
        expect(plain(jj.day(LocalDate.parse(date)))).toEqual(plain(day(desk, date)));
        expect(plain(jj.day(Instant.ofEpochMilli(t)))).toEqual(plain(day(desk, t)));
      }),
      { numRuns: 200 },
    );
  });

  it('returns every instant as a ZonedDateTime at offset +09:00', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const at = Instant.ofEpochMilli(t);
        const answers = [jj.status(at), jj.route({ at }), jj.day(at), jj.windows(at, at.plusSeconds(3 * 86_400))];
        for (const found of instantsIn(answers, isZoned)) expect(found.zone().equals(ZoneOffset.ofHours(9))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('madoguchi/js-joda at instants from the terms (第6条, edition 15)', () => {
  it.each([
    ['2026-11-25T17:29:59.999+09:00', true],
    ['2026-11-25T17:30+09:00', false],
    ['2026-11-25T18:00+09:00', true],
    ['2026-11-25T20:00+09:00', false],
  ])('at %s the desk is open: %s', (iso, open) => {
    expect(jsJodaDesk.isOpen(ZonedDateTime.parse(iso))).toBe(open);
  });

  it('gives the night line at 18:00 +09:00 as the next opening after 17:30', () => {
    const next = jsJodaDesk.nextOpening(ZonedDateTime.parse('2026-11-25T17:30+09:00'));
    expect(next?.line.tel).toBe('0800-777-9984');
    expect(next?.opensAt.toString()).toBe('2026-11-25T18:00+09:00');
  });

  it('takes a LocalDate for day(): 2026-11-23 is 勤労感謝の日', () => {
    const day = jsJodaDesk.day(LocalDate.parse('2026-11-23'));
    expect(day.closed?.reason).toBe('national-holiday');
    expect(day.closed?.name).toBe('勤労感謝の日');
  });

  it('wraps a custom desk: its company holidays close the lines', () => {
    const custom = withJsJoda(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
    expect(custom.day(LocalDate.parse('2026-12-30')).closed?.reason).toBe('company-holiday');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(jsJodaDesk)).toBe(true);
  });
});

describe('madoguchi/js-joda rejects what is not a js-joda instant', () => {
  it.each([
    ['isOpen(a plain object)', () => jsJodaDesk.isOpen({} as Instant)],
    ['status(an ISO string)', () => jsJodaDesk.status('2026-11-25T10:00:00+09:00' as unknown as Instant)],
    ['windows(undefined, an Instant)', () => jsJodaDesk.windows(undefined as unknown as Instant, Instant.now())],
    ['day(a number)', () => jsJodaDesk.day(42 as unknown as LocalDate)],
    ['route({ at: a JS Date })', () => jsJodaDesk.route({ at: new Date() as unknown as Instant })],
  ])('%s throws INVALID_INSTANT', (_, call) => {
    expectMadoguchiError(call, 'INVALID_INSTANT');
  });

  it('passes the desk errors through: from 2100-01-01 JST the range ends', () => {
    expectMadoguchiError(() => jsJodaDesk.status(ZonedDateTime.parse('2100-01-01T00:00+09:00')), 'OUT_OF_RANGE');
  });
});

describe('the adapters check what they wrap', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['undefined', undefined],
    ['the preset policy instead of a desk', desknetsCloud],
    ['a copy of a desk (its methods, not the desk)', { ...desk }],
  ])('withLuxon and withJsJoda reject %s with INVALID_ARGUMENT, naming createDesk', (_, value) => {
    for (const wrap of [withLuxon, withJsJoda] as ((d: never) => unknown)[]) {
      const error = expectMadoguchiError(() => wrap(value as never), 'INVALID_ARGUMENT');
      expect(error.message).toContain('createDesk()');
    }
  });

  it('js-joda day() names LocalDate among what it takes', () => {
    const error = expectMadoguchiError(() => jsJodaDesk.day('2026-11-23' as never), 'INVALID_INSTANT');
    expect(error.message).toContain('LocalDate');
  });
});
