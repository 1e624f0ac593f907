import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDesk,
  day,
  describe as describeAnswer,
  desk,
  desknetsCloud,
  lines,
  MadoguchiError,
  type MadoguchiErrorCode,
  maintenanceOf,
  route,
  windows,
} from '../../src/index.js';
import { ERROR_CODES } from '../helpers/error-codes.js';

const CODES = ERROR_CODES;

/** Runs fn: an answer, or a MadoguchiError with a documented code — never any other throw. */
function answersOrRejects(fn: () => unknown): 'answered' | MadoguchiErrorCode {
  try {
    fn();
    return 'answered';
  } catch (error) {
    if (!(error instanceof MadoguchiError)) throw error;
    expect(CODES).toContain(error.code);
    expect(error.message).toMatch(/expected|accepted|give|add|ask about|speaks|not|unknown/i);
    return error.code;
  }
}

const isoLike = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', '.5', ',25', '.1234567', '.999'),
    fc.constantFrom('', 'Z', 'z', '+09:00', '-12:00', '+14:00', '+24:00', '+09:60', '+0900', '+09', '-00:00'),
  )
  .map(([y, mo, d, h, mi, s, frac, off]) => {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${frac}${off}`;
  });

const anyInstant = fc.oneof(
  fc.anything(),
  fc.string(),
  isoLike,
  fc.double(),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e300, '2026-02-29T10:00:00+09:00', '2024-02-29T10:00:00+09:00', '2016-12-31T23:59:60Z'),
);

describe('every public function under arbitrary input', () => {
  it('answers or throws a documented MadoguchiError, for instants', () => {
    fc.assert(
      fc.property(anyInstant, fc.option(fc.oneof(fc.constantFrom('regular', 'night', 'evening'), fc.anything()), { nil: undefined }), (at, line) => {
        answersOrRejects(() => desk.status(at as never));
        answersOrRejects(() => desk.isOpen(at as never, line as never));
        answersOrRejects(() => desk.nextOpening(at as never, line as never));
        answersOrRejects(() => day(desk, at as never));
        answersOrRejects(() => lines(desk, at as never));
        answersOrRejects(() => windows(desk, at as never, Date.parse('2027-01-01T00:00:00Z'), line as never));
        answersOrRejects(() => route(desk, { at: at as never, language: line as never }));
        answersOrRejects(() => maintenanceOf(desk).status(at as never));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads valid ISO strings in any offset exactly as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-07-02T00:00:00Z'), max: Date.parse('2099-12-30T00:00:00Z') }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (t, offsetMinutes) => {
          const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(Date.parse(text)).toBe(t);
          expect(desk.status(text).at.getTime()).toBe(t);
          expect(desk.isOpen(text)).toBe(desk.isOpen(t));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers or rejects arbitrary options and policies, never polluting prototypes', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (options, policy) => {
        answersOrRejects(() => createDesk(desknetsCloud, options as never));
        answersOrRejects(() => createDesk(policy as never));
        answersOrRejects(() => createDesk(desknetsCloud, { companyHolidays: [options] } as never));
        answersOrRejects(() => createDesk(desknetsCloud, { overrides: [options] } as never));
        answersOrRejects(() => describeAnswer(options as never, { locale: policy as never }));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects __proto__, constructor and prototype keys from JSON', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const options = JSON.parse(`{ "${key}": { "polluted": true } }`);
      expect(answersOrRejects(() => createDesk(desknetsCloud, options))).toBe('INVALID_POLICY');
      const policy = JSON.parse(JSON.stringify(desknetsCloud));
      policy.editions[0].lines[0] = { ...policy.editions[0].lines[0], ...JSON.parse(`{ "${key}": { "polluted": true } }`) };
      expect(answersOrRejects(() => createDesk(policy))).toBe('INVALID_POLICY');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('the ends of the range', () => {
  it('returns null, not a loop, when a line never opens again', () => {
    const never = createDesk(desknetsCloud, { companyHolidays: ['--01-01/--12-31'] });
    expect(never.nextOpening('2030-06-01T10:00:00+09:00')).toBeNull();
    expect(never.status('2030-06-01T10:00:00+09:00').next).toBeNull();
    expect(windows(never, '2030-01-01T00:00:00+09:00', '2100-01-01T00:00:00+09:00')).toEqual([]);
  });

  it('keeps answers unchanged when a caller mutates returned Dates', () => {
    const first = desk.nextOpening('2026-11-21T10:00:00+09:00');
    first?.opensAt.setTime(0);
    expect(desk.nextOpening('2026-11-21T10:00:00+09:00')?.opensAt.getTime()).toBe(Date.parse('2026-11-24T09:00:00+09:00'));
  });

  it('freezes the shared objects it returns', () => {
    const s = desk.status('2026-11-25T10:00:00+09:00');
    expect(Object.isFrozen(s.line)).toBe(true);
    expect(Object.isFrozen(s.line?.languages)).toBe(true);
    expect(Object.isFrozen(desk.status('2026-11-23T10:00:00+09:00').closed)).toBe(true);
    expect(Object.isFrozen(desk)).toBe(true);
    expect(Object.isFrozen(day(desk, '2026-11-25'))).toBe(true);
  });
});
