import fc from 'fast-check';
import { expect, it, describe as suite } from 'vitest';
import { createDesk, describe, desk, desknetsCloud } from '../../src/index.js';

// More instants for desk.nextChange beside test/faces/next-change.test.ts: closures, the lunch
// break's start, provisional years; expectations from 第6条 and the National Holidays Act (JST).
const jst = (wall: string): string => new Date(`${wall}+09:00`).toISOString();
const closure = createDesk(desknetsCloud, {
  companyHolidays: [{ date: '2026-12-01/2027-02-26', name: '長期休業' }, '2026-11-27'],
});

suite('nextChange around closures and breaks', () => {
  it.each([
    [closure, '2026-11-26T20:00:00', '2026-11-27T00:00:00', 'the evening before a one-day company holiday: its midnight'],
    [closure, '2026-11-27T12:00:00', '2026-11-28T00:00:00', 'inside a one-day company holiday: its end at midnight'],
    [closure, '2027-02-26T23:59:59.999', '2027-02-27T00:00:00', 'the last millisecond of a 90-day closure'],
    [desk, '2022-06-01T11:59:59.999', '2022-06-01T12:00:00', 'edition 14: the lunch break starts at 12:00'],
    [desk, '2028-03-19T23:59:00', '2028-03-20T00:00:00', 'the eve of 春分の日 2028, a provisional holiday'],
    [desk, '2023-02-03T20:00:00', '2023-02-04T00:00:00', 'the last Friday of edition 14, after hours'],
  ])('%#: from %s, %s (%s)', (d, at, expected) => {
    expect(d.nextChange(jst(at))?.toISOString()).toBe(jst(expected));
  });

  it('keeps the describe sentences the same, in both languages, at every sampled instant before it', () => {
    const start = Date.parse('2020-07-01T00:00:00+09:00');
    const end = Date.parse('2031-01-01T00:00:00+09:00');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (t, f, closed) => {
        const d = closed ? closure : desk;
        const c = (d.nextChange(t) as Date).getTime();
        const u = t + Math.floor((c - 1 - t) * f);
        for (const locale of ['ja', 'en'] as const) {
          expect(describe(d.status(u), { locale })).toBe(describe(d.status(t), { locale }));
        }
      }),
      { numRuns: 300 },
    );
  });
});
