import fc from 'fast-check';
import { expect, it, describe as suite } from 'vitest';
import { desk } from '../../src/index.js';

// Expectations from 第6条 (15th edition: 9:00–17:30 and 18:00–20:00, weekdays but holidays) and
// the National Holidays Act; every instant in JST.
const jst = (wall: string): string => new Date(`${wall}+09:00`).toISOString();

suite('nextChange: the first instant at which the answer can change', () => {
  it.each([
    ['2026-11-25T10:00:00', '2026-11-25T17:30:00', 'the regular line closes at 17:30'],
    ['2026-11-25T17:29:59.999', '2026-11-25T17:30:00', 'a millisecond before the close'],
    ['2026-11-25T17:30:00', '2026-11-25T18:00:00', 'the night line opens at 18:00'],
    ['2026-11-25T18:00:00', '2026-11-25T20:00:00', 'the night line closes at 20:00'],
    ['2026-11-25T20:00:00', '2026-11-26T00:00:00', 'after hours: JST midnight, when 明日 becomes 本日'],
    ['2026-11-25T06:00:00', '2026-11-25T09:00:00', 'before hours: the regular line opens at 9:00'],
    ['2026-11-21T10:00:00', '2026-11-22T00:00:00', 'a Saturday: midnight'],
    ['2026-11-23T23:59:58', '2026-11-24T00:00:00', '勤労感謝の日 (Monday) just before midnight'],
    ['2023-02-05T12:00:00', '2023-02-06T00:00:00', 'the Sunday before edition 15 takes effect'],
    ['2023-02-03T12:30:00', '2023-02-03T13:00:00', 'edition 14 lunch break ends at 13:00'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(desk.nextChange(jst(at))?.toISOString()).toBe(jst(expected));
  });

  it('is null when the next change would fall past 2099-12-31 JST', () => {
    expect(desk.nextChange(jst('2099-12-31T21:00:00'))).toBeNull();
  });

  it('keeps status the same at every sampled instant before it', () => {
    const start = Date.parse('2020-07-01T00:00:00+09:00');
    const end = Date.parse('2031-01-01T00:00:00+09:00');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.double({ min: 0, max: 1, noNaN: true }), (t, f) => {
        const change = desk.nextChange(t);
        expect(change).not.toBeNull();
        const c = (change as Date).getTime();
        expect(c).toBeGreaterThan(t);
        const u = t + Math.floor((c - 1 - t) * f);
        const a = desk.status(t).toJSON();
        const b = desk.status(u).toJSON();
        expect({ ...b, at: a.at, jst: a.jst }).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
