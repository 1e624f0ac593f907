import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Desk, day, desk, type Opening, type Status, windows } from '../../src/index.js';
import { DESKS, type DeskCase } from './desks.js';
import { anyInstant, aroundDates, aroundYearEnd, DAY, dateOf, dayOf, dayStart, END, FROM, JST, nearEdge, plain } from './instants.js';

// Properties that tie the public functions to one another. None computes an expectation with the
// function it checks: each compares two different ways of asking the same question.

const RUNS = { numRuns: 150 };
const REASONS = ['weekend', 'national-holiday', 'company-holiday', 'override', 'before-hours', 'between-windows', 'after-hours'];

const contains = (w: Opening, t: number): boolean => w.opensAt.getTime() <= t && t < w.closesAt.getTime();

/** Whether some window of `lineId` closes exactly at `t`: the line may then be open at t - 1 and at t. */
function closesExactlyAt(d: Desk, t: number, lineId: string): boolean {
  return windows(d, t - 1, t, lineId).some((w) => w.closesAt.getTime() === t);
}

/**
 * The edges around `t` between which nothing may change: window ends of any line, JST midnights,
 * and the ends of the normal hours (inside hours an override removed, the reason is 'override').
 */
function segmentAround(d: Desk, base: Desk, t: number, closureEdges: readonly number[] = []): [number, number] {
  const start = dayStart(dayOf(t));
  const edges = [start, start + DAY, ...closureEdges.filter((e) => e > start && e < start + DAY)];
  const end = Math.min(start + DAY, END);
  for (const w of [...windows(d, start, end), ...windows(base, start, end)]) edges.push(w.opensAt.getTime(), w.closesAt.getTime());
  return [Math.max(...edges.filter((e) => e <= t)), Math.min(...edges.filter((e) => e > t))];
}

/** What a caller reads from a status, in comparable form. */
const projection = (s: Status) => ({
  open: s.open,
  line: s.line?.id ?? null,
  closesAt: s.closesAt?.getTime() ?? null,
  reason: s.closed?.reason ?? null,
  name: s.closed?.name ?? null,
  holiday: s.closed?.holiday?.name ?? null,
  next: plain(s.next),
  edition: s.edition,
  languages: [...s.languages],
});

describe.each(DESKS.map((c) => [c.name, c] as [string, DeskCase]))('invariants of %s', (_, { desk: d, base, lineIds, specialDates, closureEdges }) => {
  const instant = fc.oneof(
    { arbitrary: anyInstant, weight: 3 },
    { arbitrary: nearEdge, weight: 3 },
    { arbitrary: aroundDates(specialDates), weight: 2 },
    { arbitrary: aroundYearEnd, weight: 1 },
  );
  const lineOrAny = fc.constantFrom<string | undefined>(undefined, ...lineIds);

  it('finds the next opening strictly after t, open from its first to its last millisecond, with no window opening in between', () => {
    fc.assert(
      fc.property(instant, lineOrAny, (t, lineId) => {
        const next = d.nextOpening(t, lineId);
        if (next === null) {
          expect(windows(d, t, END, lineId).filter((w) => w.opensAt.getTime() > t)).toEqual([]);
          return;
        }
        const opens = next.opensAt.getTime();
        const closes = next.closesAt.getTime();
        const id = next.line.id;
        expect(opens).toBeGreaterThan(t);
        expect(closes).toBeGreaterThan(opens);
        if (lineId !== undefined) expect(id).toBe(lineId);
        expect(d.isOpen(opens)).toBe(true);
        expect(d.isOpen(opens, id)).toBe(true);
        expect(d.isOpen(closes - 1, id)).toBe(true);
        if (!closesExactlyAt(d, opens, id)) expect(d.isOpen(opens - 1, id)).toBe(false);
        // Any-line: no line's window opens in (t, opens). Per line: none of that line.
        expect(windows(d, t, opens, lineId).filter((w) => w.opensAt.getTime() > t)).toEqual([]);
        expect(day(d, dateOf(dayOf(opens))).windows.map(plain)).toContainEqual(plain(next));
      }),
      RUNS,
    );
  });

  it('returns windows in time order, each overlapping [a, b), that contain exactly the instants isOpen calls open', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 12 * DAY }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (a, span, fractions) => {
          const b = Math.min(a + span, END);
          const all = windows(d, a, b);
          for (const w of all) {
            expect(w.opensAt.getTime()).toBeLessThan(b);
            expect(w.closesAt.getTime()).toBeGreaterThan(a);
          }
          for (let i = 1; i < all.length; i++) {
            expect((all[i] as Opening).opensAt.getTime()).toBeGreaterThanOrEqual((all[i - 1] as Opening).opensAt.getTime());
          }
          const byLine = new Map(lineIds.map((id) => [id, windows(d, a, b, id)] as const));
          for (const [id, ws] of byLine) expect(ws.map(plain)).toEqual(all.filter((w) => w.line.id === id).map(plain));
          const probes = fractions.map((f) => a + Math.floor(f * (b - a)));
          probes.push(a, b - 1);
          for (const w of all) probes.push(w.opensAt.getTime() - 1, w.opensAt.getTime(), w.closesAt.getTime() - 1, w.closesAt.getTime());
          for (const x of probes.filter((p) => p >= a && p < b)) {
            expect(
              all.some((w) => contains(w, x)),
              `isOpen(${new Date(x).toISOString()})`,
            ).toBe(d.isOpen(x));
            for (const [id, ws] of byLine)
              expect(
                ws.some((w) => contains(w, x)),
                `isOpen(${new Date(x).toISOString()}, ${id})`,
              ).toBe(d.isOpen(x, id));
          }
        },
      ),
      RUNS,
    );
  });

  it('agrees between status, isOpen and nextOpening, and closes the open line at closesAt', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = d.status(t);
        expect(s.at.getTime()).toBe(t);
        expect(s.jst).toBe(new Date(t + JST).toISOString().replace('Z', '+09:00'));
        expect(s.open).toBe(d.isOpen(t));
        expect(plain(s.next)).toEqual(plain(d.nextOpening(t)));
        expect([...s.languages]).toEqual([...((s.line ?? s.next?.line)?.languages ?? [])]);
        if (s.open) {
          const line = s.line?.id as string;
          const closes = s.closesAt?.getTime() as number;
          expect(s.closed).toBeNull();
          expect(d.isOpen(t, line)).toBe(true);
          expect(closes).toBeGreaterThan(t);
          expect(d.isOpen(closes - 1, line)).toBe(true);
          if (closes < END) expect(d.isOpen(closes, line), `line ${line} still open at closesAt ${s.closesAt?.toISOString()}`).toBe(false);
        } else {
          expect(s.line).toBeNull();
          expect(s.closesAt).toBeNull();
          expect(REASONS).toContain(s.closed?.reason);
          for (const id of lineIds) expect(d.isOpen(t, id)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('keeps status constant between two consecutive boundaries (window ends and JST midnights)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (t, f, g) => {
          const [lo, hi] = segmentAround(d, base, t, closureEdges);
          const u = lo + Math.floor(f * (hi - lo));
          const v = lo + Math.floor(g * (hi - lo));
          expect(projection(d.status(u))).toEqual(projection(d.status(v)));
        },
      ),
      RUNS,
    );
  });

  it("lists a day's windows exactly as windows(dayStart, dayEnd) does, on the right weekday", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(FROM), max: dayOf(END) - 1 }), (n) => {
        const date = dateOf(n);
        const info = day(d, date);
        const start = Date.parse(`${date}T00:00:00+09:00`);
        expect(info.date).toBe(date);
        // Date#getUTCDay of the UTC date with the same calendar numbers: 0 = Sunday.
        expect(info.weekday).toBe(new Date(`${date}T00:00:00Z`).getUTCDay() || 7);
        expect(info.windows.map(plain)).toEqual(windows(d, start, start + DAY).map(plain));
        expect(info.closed === null).toBe(info.windows.length > 0);
        expect(day(d, start + DAY - 1).windows.map(plain)).toEqual(info.windows.map(plain));
      }),
      RUNS,
    );
  });
});

describe('an empty range', () => {
  // [t, t) contains no instant, so no window overlaps it (design: windows overlapping [from, to)).
  it('returns no window for [t, t), even when t lies inside a window', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearEdge), (t) => {
        expect(windows(desk, t, t).map(plain)).toEqual([]);
      }),
      RUNS,
    );
  });
});
