import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, type Desk, desk, desknetsCloud } from '../../src/index.js';

const FROM = Date.parse('2020-07-01T00:00:00+09:00');
const TO = Date.parse('2099-12-20T00:00:00+09:00'); // leaves a week for ranges starting at t
const DAY = 86_400_000;
const JST = 9 * 3_600_000;
/** The next JST midnight: the day's reason (weekend, holiday) may change there. */
const nextMidnight = (t: number): number => (Math.floor((t + JST) / DAY) + 1) * DAY - JST;
const instant = fc.integer({ min: FROM, max: TO });
const yearEnd = createDesk(desknetsCloud, {
  companyHolidays: ['--12-29/--01-03'],
  overrides: [{ date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] }],
});

describe.each([
  ['the preset desk', desk],
  ['a desk with a year-end closure and an override', yearEnd],
] as [string, Desk][])('invariants of %s', (_, d) => {
  it('finds the next opening strictly after t, open at it, closed just before it, none opening in between', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(undefined, 'regular', 'night'), (t, line) => {
        const next = d.nextOpening(t, line);
        if (next === null) return;
        const opens = next.opensAt.getTime();
        expect(opens).toBeGreaterThan(t);
        expect(d.isOpen(opens, next.line.id)).toBe(true);
        expect(d.isOpen(next.closesAt.getTime() - 1, next.line.id)).toBe(true);
        expect(d.isOpen(next.closesAt.getTime(), next.line.id)).toBe(false);
        expect(d.isOpen(opens - 1, next.line.id)).toBe(false);
        expect(d.windows(t, opens, line).filter((w) => w.opensAt.getTime() > t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees between windows() and isOpen() at random instants of a random week', () => {
    fc.assert(
      fc.property(instant, fc.array(fc.integer({ min: 0, max: 7 * 86_400_000 - 1 }), { minLength: 1, maxLength: 20 }), (a, offsets) => {
        const b = a + 7 * 86_400_000;
        const ws = d.windows(a, b);
        for (let i = 1; i < ws.length; i++) expect((ws[i]?.opensAt.getTime() ?? 0) >= (ws[i - 1]?.opensAt.getTime() ?? 0)).toBe(true);
        for (const w of ws) expect(w.opensAt.getTime() < b && w.closesAt.getTime() > a).toBe(true);
        for (const o of offsets) {
          const t = a + o;
          const inWindow = ws.some((w) => w.opensAt.getTime() <= t && t < w.closesAt.getTime());
          expect(inWindow).toBe(d.isOpen(t));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps status constant between consecutive changes', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0, max: 1, noNaN: true }), (t, frac) => {
        const s = d.status(t);
        const change = Math.min(s.closesAt?.getTime() ?? Number.POSITIVE_INFINITY, s.next?.opensAt.getTime() ?? Number.POSITIVE_INFINITY, nextMidnight(t));
        const u = t + Math.floor((change - 1 - t) * frac);
        const v = d.status(u);
        expect([v.open, v.line, v.closesAt?.getTime(), v.next?.opensAt.getTime(), v.languages]).toEqual([
          s.open,
          s.line,
          s.closesAt?.getTime(),
          s.next?.opensAt.getTime(),
          s.languages,
        ]);
        expect(v.closed?.reason).toBe(s.closed?.reason);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees between status, isOpen and nextOpening', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = d.status(t);
        expect(s.open).toBe(d.isOpen(t));
        expect(s.next?.opensAt.getTime()).toBe(d.nextOpening(t)?.opensAt.getTime());
        expect(s.languages).toEqual(s.line?.languages ?? s.next?.line.languages ?? []);
        if (s.open) {
          expect(s.closesAt?.getTime()).toBeGreaterThan(t);
          expect(s.closed).toBeNull();
        } else {
          expect(s.closed).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('independence from the host time zone', () => {
  it('gives the same answers whatever process.env.TZ says', () => {
    const zones = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Athens', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];
    const original = process.env.TZ;
    try {
      fc.assert(
        fc.property(instant, (t) => {
          const answers = zones.map((zone) => {
            process.env.TZ = zone;
            const s = desk.status(t);
            return JSON.stringify([s, desk.day(t), desk.nextOpening(t, 'night')]);
          });
          expect(new Set(answers).size).toBe(1);
        }),
        { numRuns: 100 },
      );
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
