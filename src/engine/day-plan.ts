import type { ValidEdition, ValidLine } from '../policy/build-policy.js';
import type { OverrideRule } from '../policy/overrides.js';
import type { Closed, HolidayMark, Line } from './types.js';

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
  readonly lastCloses: number;
  /** The day as it would have been without overrides, when overrides changed it. */
  readonly base: readonly Slot[] | null;
  /** Reported when an instant falls in `base` but no longer in `slots`. */
  readonly overridden: Closed | null;
  readonly beforeHours: Closed;
  readonly betweenWindows: Closed;
  readonly afterHours: Closed;
}

const closed = (reason: Closed['reason'], name?: string, holiday?: HolidayMark | null): Closed =>
  Object.freeze({ reason, ...(name === undefined ? {} : { name }), ...(holiday ? { holiday } : {}) });

const BEFORE_HOURS = closed('before-hours');
const BETWEEN_WINDOWS = closed('between-windows');
const AFTER_HOURS = closed('after-hours');
const WEEKEND = closed('weekend');

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

function plan(
  edition: ValidEdition,
  slots: Slot[],
  dayClosed: Closed | null,
  holiday: HolidayMark | null,
  base: Slot[] | null,
  overrideName?: string,
): DayPlan {
  const mark = (c: Closed): Closed => (holiday ? closed(c.reason, undefined, holiday) : c);
  return Object.freeze({
    edition,
    closed: slots.length === 0 ? dayClosed : null,
    holiday,
    slots: Object.freeze(slots),
    lastCloses: slots.reduce((max, s) => Math.max(max, s.closes), 0),
    base: base && Object.freeze(base),
    overridden: base ? closed('override', overrideName, holiday) : null,
    beforeHours: mark(BEFORE_HOURS),
    betweenWindows: mark(BETWEEN_WINDOWS),
    afterHours: mark(AFTER_HOURS),
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
  return plan(edition, slots, closed('override', name, holiday), holiday, base, name);
}
