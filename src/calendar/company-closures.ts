import { daysFromCivil, daysInMonth, isLeapYear } from '../time/civil.js';
import { MS_PER_DAY } from '../time/constants.js';
import { dayStart, jstDay } from '../time/jst.js';

/** What a closure is called: the name as given, and its English name when one was given. */
export interface ClosureName {
  readonly name?: string;
  readonly nameEn?: string;
}

/** A closure every year, from one month-day to another (wrapping round the new year). */
export interface YearlyRule {
  readonly from: { readonly month: number; readonly day: number };
  readonly to: { readonly month: number; readonly day: number };
  readonly label: ClosureName;
}

/** A closure between two instants, `[start, end)` in epoch milliseconds. */
export interface TimedClosure {
  readonly start: number;
  readonly end: number;
  readonly label: ClosureName;
}

/** Company closures compiled: dated whole days, yearly rules and timed closures, expanded per year on demand. */
export interface CompanyClosures {
  readonly fixed: ReadonlyMap<number, ClosureName>;
  readonly yearly: readonly YearlyRule[];
  readonly timed: readonly TimedClosure[];
}

/** Part of one JST day closed by a timed closure, in milliseconds after its midnight. */
export interface ClosedPart {
  readonly from: number;
  readonly to: number;
  readonly label: ClosureName;
}

/** The closures of one year: whole days and parts of days, by JST day number. */
export interface YearClosures {
  readonly days: ReadonlyMap<number, ClosureName>;
  readonly parts: ReadonlyMap<number, readonly ClosedPart[]>;
}

/**
 * Closes `day` with `label` in `days`. Where several entries close one day, the first with a name
 * names it (dated before yearly before timed, each in the order listed): an entry without a name
 * never hides another's.
 */
export function mark(days: Map<number, ClosureName>, day: number, label: ClosureName): void {
  const known = days.get(day);
  if (known === undefined || (known.name === undefined && label.name !== undefined)) days.set(day, label);
}

function addYearly(days: Map<number, ClosureName>, rules: readonly YearlyRule[], year: number): void {
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  // --02-29 outside a leap year: a range starting there starts on 03-01, one ending there ends on 02-28.
  const at = (md: { month: number; day: number }, isEnd: boolean): number =>
    daysFromCivil(year, md.month, isEnd ? Math.min(md.day, daysInMonth(year, md.month)) : md.day);
  for (const rule of rules) {
    const single = rule.from.month === rule.to.month && rule.from.day === rule.to.day;
    if (single && rule.from.month === 2 && rule.from.day === 29 && !isLeapYear(year)) continue;
    const from = at(rule.from, false);
    const to = at(rule.to, true);
    const spans =
      from <= to
        ? [[from, to]]
        : [
            [first, to],
            [from, last],
          ];
    for (const [a, b] of spans as [number, number][]) for (let day = a; day <= b; day++) mark(days, day, rule.label);
  }
}

function addTimed(
  closures: YearClosures & { days: Map<number, ClosureName>; parts: Map<number, ClosedPart[]> },
  timed: readonly TimedClosure[],
  year: number,
): void {
  const first = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year + 1, 1, 1);
  for (const c of timed) {
    // Only the days of this year that the closure touches; a whole covered day is a company holiday.
    for (let day = Math.max(jstDay(c.start), first); day < end && dayStart(day) < c.end; day++) {
      const from = Math.max(c.start - dayStart(day), 0);
      const to = Math.min(c.end - dayStart(day), MS_PER_DAY);
      if (from === 0 && to === MS_PER_DAY) mark(closures.days, day, c.label);
      else closures.parts.set(day, [...(closures.parts.get(day) ?? []), Object.freeze({ from, to, label: c.label })]);
    }
  }
}

/** The company closures falling in one JST year. */
export function closuresOf(closures: CompanyClosures, year: number): YearClosures {
  const days = new Map<number, ClosureName>();
  const parts = new Map<number, ClosedPart[]>();
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  for (const [day, label] of closures.fixed) if (day >= first && day <= last) mark(days, day, label);
  addYearly(days, closures.yearly, year);
  addTimed({ days, parts }, closures.timed, year);
  return { days, parts };
}
