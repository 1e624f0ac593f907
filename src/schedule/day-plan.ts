import type { ClosureName } from '../calendar/company-closures.js';
import type { Closed, ClosedReason, HolidayMark, Line, Suspension } from '../model/types.js';
import type { CompiledEdition, DayWindow } from '../policy/compiled.js';
import { MS_PER_DAY } from '../time/constants.js';

/** One window of one line within a day, in milliseconds after JST midnight. */
export interface Slot {
  readonly line: Line;
  readonly opens: number;
  readonly closes: number;
}

/** A part of a day closed for its own reason (an override, a timed company closure), checked before the day's hours. */
export interface Cut {
  readonly from: number;
  readonly to: number;
  readonly closed: Closed;
}

/** What status() answers anywhere within one segment of a day. */
export interface Segment {
  readonly edition: number;
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

/**
 * Everything the schedule knows about one JST day, worked out once so a query is a table read and
 * a short loop. Ordinary days share one plan per edition and weekday.
 */
export interface DayPlan {
  readonly edition: CompiledEdition;
  /** Why the whole day is closed, or `null` when some line opens. */
  readonly closed: Closed | null;
  readonly holiday: HolidayMark | null;
  /** Sorted by opening time, then by the policy's line order. */
  readonly slots: readonly Slot[];
  /** The slots' bounds as [opens, closes, …] in slot order: small integers the hot loops read without following a slot. */
  readonly bounds: readonly number[];
  /** The day cut at every bound: segment i runs to `segmentEnds[i]` (the last to 24:00) and answers `segments[i]` throughout. */
  readonly segmentEnds: readonly number[];
  readonly segments: readonly Segment[];
  readonly cuts: readonly Cut[];
}

/** What a day plan is made from. */
export interface PlanParts {
  readonly edition: CompiledEdition;
  readonly holiday: HolidayMark | null;
  /** Every line's windows that day, after every closure and override. */
  readonly slots: readonly Slot[];
  /** Why closed outside the cuts when no line opens that day. */
  readonly wholeDay: Closed;
  readonly cuts: readonly Cut[];
  readonly suspended: readonly Suspension[];
}

const NONE: readonly never[] = Object.freeze([]);

/** A closed answer; the national holiday falling that day is marked whatever the reason. */
export const closed = (reason: ClosedReason, label?: ClosureName, holiday?: HolidayMark | null): Closed =>
  Object.freeze({ reason, ...label, ...(holiday ? { holiday } : {}) });

const WEEKEND = closed('weekend');

/** Slots of the lines that open, each line's windows given by `windowsOf`, sorted by opening (stable: lines opening together keep the policy's order). */
export function slotsOf(edition: CompiledEdition, windowsOf: (line: CompiledEdition['lines'][number]) => readonly DayWindow[]): Slot[] {
  const slots: Slot[] = [];
  for (const l of edition.lines) for (const w of windowsOf(l)) slots.push(Object.freeze({ line: l.line, opens: w.opens, closes: w.closes }));
  return slots.sort((a, b) => a.opens - b.opens);
}

// The plan's arrays are packed and not frozen: V8 reads those without extra checks, while a frozen
// (or holey) one made isOpen about twice as slow. They are never handed out; their objects are frozen.
function boundsOf(items: readonly { readonly opens: number; readonly closes: number }[]): number[] {
  const bounds: number[] = [];
  for (const s of items) bounds.push(s.opens, s.closes);
  return bounds;
}

/** Why closed at `ms` when no slot holds it: a cut's reason, the whole day's, or before, between or after the day's windows. */
function closedAt(parts: PlanParts, ms: number): Closed {
  const cut = parts.cuts.find((c) => c.from <= ms && ms < c.to);
  if (cut !== undefined) return cut.closed;
  const { slots, holiday } = parts;
  if (slots.length === 0) return parts.wholeDay;
  const reason = ms < (slots[0] as Slot).opens ? 'before-hours' : ms >= Math.max(...slots.map((s) => s.closes)) ? 'after-hours' : 'between-windows';
  return closed(reason, undefined, holiday);
}

/** Builds a day's plan: no answer changes between two consecutive bounds, so the answer at a segment's start holds throughout it. */
export function dayPlan(parts: PlanParts): DayPlan {
  const { edition, slots, suspended } = parts;
  const cuts = [...new Set([...boundsOf(slots), ...parts.cuts.flatMap((c) => [c.from, c.to]), MS_PER_DAY])].sort((a, b) => a - b);
  const segmentEnds: number[] = [];
  const segments: Segment[] = [];
  let from = 0;
  for (const end of cuts) {
    if (end <= from) continue;
    // The first slot holding the instant, in slot order: the line status() reports.
    const open = slots.find((s) => s.opens <= from && from < s.closes);
    const answer = open
      ? { edition: edition.edition, open: true, line: open.line, closes: open.closes, closed: null, suspended }
      : { edition: edition.edition, open: false, line: null, closes: -1, closed: closedAt(parts, from), suspended };
    segments.push(Object.freeze(answer));
    segmentEnds.push(end);
    from = end;
  }
  return Object.freeze({
    edition,
    closed: slots.length === 0 ? parts.wholeDay : null,
    holiday: parts.holiday,
    slots: [...slots],
    bounds: boundsOf(slots),
    segmentEnds,
    segments,
    cuts: parts.cuts,
  });
}

/**
 * The plan of a day with no company closure or override: an ordinary day (shared by every such day
 * of its edition and weekday), or a national holiday, on which lines closed on national holidays
 * (every line by default) stay shut.
 */
export function basePlan(edition: CompiledEdition, weekday: number, holiday: HolidayMark | null): DayPlan {
  const slots = slotsOf(edition, (l) => (l.line.weekdays.includes(weekday) && !(holiday && l.closedOnNational) ? l.windows : NONE));
  const wholeDay = holiday ? closed('national-holiday', { name: holiday.name }, holiday) : WEEKEND;
  return dayPlan({ edition, holiday, slots, wholeDay, cuts: NONE, suspended: NONE });
}
