import type { Closed, HolidayMark, Line, Suspension } from '../model/types.js';
import type { ValidEdition, ValidLine } from '../policy/build-policy.js';
import type { OverrideRule } from '../policy/overrides.js';

/** One window of one line within a day, in milliseconds after JST midnight. */
export interface Slot {
  readonly line: Line;
  readonly opens: number;
  readonly closes: number;
}

/**
 * Everything the engine needs about one JST day, precomputed so a query is a table read and a
 * short loop. Ordinary weekdays share one plan per edition and weekday; only holidays and
 * overridden days get their own.
 */
export interface DayPlan {
  readonly edition: ValidEdition;
  /** Why the whole day is closed, or `null` when some line opens. */
  readonly closed: Closed | null;
  readonly holiday: HolidayMark | null;
  /** Sorted by opening time, then by the policy's line order. */
  readonly slots: readonly Slot[];
  /** The slots' bounds as [opens, closes, opens, closes, …], in slot order: small integers the hot loops read without following a slot object. */
  readonly bounds: readonly number[];
  readonly lastCloses: number;
  /**
   * The day cut at every bound of `slots` and `base`: segment i runs to `segmentEnds[i]` (the last
   * to 24:00), and every instant in it gets the answer `segments[i]`, so status() reads its answer
   * rather than working it out per call.
   */
  readonly segmentEnds: readonly number[];
  readonly segments: readonly Segment[];
  /** The day as it would have been without overrides, when overrides changed it. */
  readonly base: readonly Slot[] | null;
  /** Reported when an instant falls in `base` but no longer in `slots`. */
  readonly overridden: Closed | null;
  readonly beforeHours: Closed;
  readonly betweenWindows: Closed;
  readonly afterHours: Closed;
}

/** What status() answers anywhere within one segment of a day. */
export interface Segment {
  /** The edition in force that day. */
  readonly edition: number;
  /** Whether a line is open. */
  readonly open: boolean;
  /** The open line, or `null` when closed. */
  readonly line: Line | null;
  /** When that line's window closes, in milliseconds after JST midnight, or -1 when closed. */
  readonly closes: number;
  /** Why closed, or `null` when open. */
  readonly closed: Closed | null;
  /** Lines an override closes for the whole day. */
  readonly suspended: readonly Suspension[];
}

const DAY_MS = 86_400_000;

const closed = (reason: Closed['reason'], name?: string, holiday?: HolidayMark | null): Closed =>
  Object.freeze({ reason, ...(name === undefined ? {} : { name }), ...(holiday ? { holiday } : {}) });

const BEFORE_HOURS = closed('before-hours');
const BETWEEN_WINDOWS = closed('between-windows');
const AFTER_HOURS = closed('after-hours');
const WEEKEND = closed('weekend');
const NONE_SUSPENDED: readonly Suspension[] = Object.freeze([]);

/** What sets a day apart from an ordinary one. */
export interface DaySpecials {
  readonly holiday: HolidayMark | null;
  readonly company: { readonly name: string | undefined } | null;
  readonly overrides: readonly OverrideRule[] | undefined;
}

function slotsOf(lines: readonly ValidLine[], windowsOf: (line: ValidLine) => readonly { opens: number; closes: number }[]): Slot[] {
  const slots: Slot[] = [];
  for (const line of lines) for (const w of windowsOf(line)) slots.push(Object.freeze({ line: line.line, opens: w.opens, closes: w.closes }));
  // Array#sort is stable, so lines opening together keep the policy's order.
  return slots.sort((a, b) => a.opens - b.opens);
}

// The plan's arrays (bounds, segment ends, segments, slots) are packed and not frozen: V8 reads
// those without extra checks, while a frozen (or flatMap-built, holey) one made isOpen about twice
// as slow, and status 1.6× as slow. They are never handed out; the objects in them are frozen.
function boundsOf(slots: readonly Slot[]): number[] {
  const bounds: number[] = [];
  for (const s of slots) bounds.push(s.opens, s.closes);
  return bounds;
}

/**
 * The answers of a day by segment. No answer changes between two consecutive bounds of the slots
 * and base slots, so the answer at a segment's start holds throughout it.
 */
function segmentsOf(
  edition: number,
  slots: readonly Slot[],
  base: readonly Slot[] | null,
  closedAt: (ms: number) => Closed,
  suspended: readonly Suspension[],
): { ends: number[]; segments: Segment[] } {
  const cuts = [...new Set([...boundsOf(slots), ...boundsOf(base ?? []), DAY_MS])].sort((a, b) => a - b);
  const ends: number[] = [];
  const segments: Segment[] = [];
  let from = 0;
  for (const end of cuts) {
    if (end <= from) continue;
    // The first slot holding the instant, in slot order: the line status() reports.
    const open = slots.find((s) => s.opens <= from && from < s.closes);
    segments.push(
      Object.freeze(
        open
          ? { edition, open: true, line: open.line, closes: open.closes, closed: null, suspended }
          : { edition, open: false, line: null, closes: -1, closed: closedAt(from), suspended },
      ),
    );
    ends.push(end);
    from = end;
  }
  return { ends, segments };
}

function plan(
  edition: ValidEdition,
  slots: Slot[],
  dayClosed: Closed | null,
  holiday: HolidayMark | null,
  base: Slot[] | null,
  overrideName?: string,
  suspended: readonly Suspension[] = NONE_SUSPENDED,
): DayPlan {
  const mark = (c: Closed): Closed => (holiday ? closed(c.reason, undefined, holiday) : c);
  const wholeDay = slots.length === 0 ? dayClosed : null;
  const lastCloses = slots.reduce((max, s) => Math.max(max, s.closes), 0);
  const overridden = base ? closed('override', overrideName, holiday) : null;
  const beforeHours = mark(BEFORE_HOURS);
  const betweenWindows = mark(BETWEEN_WINDOWS);
  const afterHours = mark(AFTER_HOURS);
  // Why closed at ms when no slot holds it: the whole day's reason; else normal hours an override
  // removed; else before, between or after the day's windows.
  const closedAt = (ms: number): Closed =>
    wholeDay ??
    (overridden !== null && base?.some((s) => s.opens <= ms && ms < s.closes)
      ? overridden
      : ms < (slots[0] as Slot).opens
        ? beforeHours
        : ms >= lastCloses
          ? afterHours
          : betweenWindows);
  const { ends, segments } = segmentsOf(edition.edition, slots, base, closedAt, suspended);
  return Object.freeze({
    edition,
    closed: wholeDay,
    holiday,
    slots,
    bounds: boundsOf(slots),
    lastCloses,
    segmentEnds: ends,
    segments,
    base: base && Object.freeze(base),
    overridden,
    beforeHours,
    betweenWindows,
    afterHours,
  });
}

/** The shared plan of an ordinary day of `edition` falling on ISO `weekday`. */
export function ordinaryPlan(edition: ValidEdition, weekday: number): DayPlan {
  return plan(
    edition,
    slotsOf(edition.lines, (l) => (l.opensOn[weekday] ? l.windows : [])),
    WEEKEND,
    null,
    null,
  );
}

/**
 * The plan of a day with a holiday, company holiday or override. When several close it, the
 * integrator's own closures speak first: override, company holiday, national holiday, weekend.
 */
export function specialPlan(edition: ValidEdition, weekday: number, specials: DaySpecials): DayPlan {
  const { holiday, company, overrides } = specials;
  const baseOpen = (l: ValidLine): boolean => l.opensOn[weekday] === true && holiday === null && company === null;
  const base = slotsOf(edition.lines, (l) => (baseOpen(l) ? l.windows : []));
  if (overrides === undefined) {
    const why = company ? closed('company-holiday', company.name, holiday) : holiday ? closed('national-holiday', holiday.name, holiday) : WEEKEND;
    return plan(edition, base, why, holiday, null);
  }
  const ruleOf = (l: ValidLine): OverrideRule | undefined => overrides.find((r) => r.lineId === null || r.lineId === l.line.id);
  const slots = slotsOf(edition.lines, (l) => ruleOf(l)?.windows ?? (baseOpen(l) ? l.windows : []));
  const name = overrides.find((r) => r.name !== undefined)?.name;
  // A line that would open today but an override closes all day: said, not silently dropped.
  const suspended = Object.freeze(
    edition.lines
      .filter((l) => baseOpen(l) && l.windows.length > 0 && ruleOf(l)?.windows.length === 0)
      .map((l) => {
        const rule = ruleOf(l) as OverrideRule;
        return Object.freeze({ line: l.line, ...(rule.name === undefined ? {} : { name: rule.name }) });
      }),
  );
  return plan(edition, slots, closed('override', name, holiday), holiday, base, name, suspended.length > 0 ? suspended : NONE_SUSPENDED);
}
