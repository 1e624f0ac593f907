import { type ClosedPart, type ClosureName, closuresOf } from '../calendar/company-closures.js';
import type { HolidayMark, Suspension } from '../model/types.js';
import type { CompiledEdition, CompiledLine, DayWindow } from '../policy/compiled.js';
import type { DeskSettings, OverrideRule } from '../policy/options.js';
import { type Cut, closed, type DayPlan, dayPlan, slotsOf } from './day-plan.js';

/** The plan of a day that a company closure or an override sets apart, or `undefined` for an ordinary or holiday plan. */
export type SpecialDay = (day: number, edition: CompiledEdition, weekday: number, holiday: HolidayMark | null) => DayPlan | undefined;

/** Windows less the parts of the day a timed closure takes away. */
function minus(windows: readonly DayWindow[], parts: readonly ClosedPart[]): DayWindow[] {
  let left: DayWindow[] = [...windows];
  for (const p of parts) {
    left = left.flatMap((w) =>
      w.closes <= p.from || w.opens >= p.to
        ? [w]
        : [...(w.opens < p.from ? [{ opens: w.opens, closes: p.from }] : []), ...(w.closes > p.to ? [{ opens: p.to, closes: w.closes }] : [])],
    );
  }
  return left;
}

interface DaySpecials {
  readonly holiday: HolidayMark | null;
  readonly company: ClosureName | undefined;
  readonly parts: readonly ClosedPart[];
  readonly rules: readonly OverrideRule[];
}

/**
 * A day with company closures or overrides. When several close it, the integrator's own closures
 * speak first: override, company holiday, national holiday, weekend.
 */
function specialPlan(edition: CompiledEdition, weekday: number, s: DaySpecials): DayPlan {
  const { holiday, company, parts, rules } = s;
  const baseOpen = (l: CompiledLine): boolean =>
    l.line.weekdays.includes(weekday) && !(holiday !== null && l.closedOnNational) && !(company !== undefined && l.closedOnCompany);
  const base = (l: CompiledLine): readonly DayWindow[] => (!baseOpen(l) ? [] : l.closedOnCompany ? minus(l.windows, parts) : l.windows);
  const ruleOf = (l: CompiledLine): OverrideRule | undefined => rules.find((r) => r.lineId === null || r.lineId === l.line.id);
  const slots = slotsOf(edition, (l) => ruleOf(l)?.windows ?? base(l));
  const named = rules.find((r) => r.label.name !== undefined)?.label;
  const overridden = closed('override', named, holiday);
  // A day whose every line an override closes is the override's all day; otherwise hours an
  // override took away say so before a timed closure does, as the integrator's most specific rule.
  const cuts: Cut[] =
    slots.length === 0 && rules.length > 0
      ? []
      : [
          ...slotsOf(edition, (l) => (ruleOf(l) === undefined ? [] : base(l))).map((w) => ({ from: w.opens, to: w.closes, closed: overridden })),
          ...parts.map((p) => ({ from: p.from, to: p.to, closed: closed('company-holiday', p.label, holiday) })),
        ];
  const suspended: Suspension[] = edition.lines
    .filter((l) => base(l).length > 0 && ruleOf(l)?.windows.length === 0)
    .map((l) => Object.freeze({ line: l.line, ...(ruleOf(l) as OverrideRule).label }));
  // A day whose every window a timed closure takes away is closed for it all day, as a dated company holiday is.
  const takenAway = parts.length > 0 && edition.lines.some((l) => baseOpen(l) && l.windows.length > 0);
  const wholeDay =
    rules.length > 0
      ? overridden
      : company !== undefined || takenAway
        ? closed('company-holiday', company ?? (parts[0] as ClosedPart).label, holiday)
        : holiday !== null
          ? closed('national-holiday', { name: holiday.name }, holiday)
          : closed('weekend');
  return dayPlan({ edition, holiday, slots, wholeDay, cuts: Object.freeze(cuts), suspended: Object.freeze(suspended) });
}

/**
 * The special days of a desk's settings, year by year: the schedule asks for a year's function
 * the first time it needs a day of that year.
 */
export function specialDays(settings: DeskSettings): ((year: number) => SpecialDay) | undefined {
  const { company, overrides } = settings;
  if (company.fixed.size === 0 && company.yearly.length === 0 && company.timed.length === 0 && overrides.size === 0) return undefined;
  return (year) => {
    const { days, parts } = closuresOf(company, year);
    return (day, edition, weekday, holiday) => {
      const rules = overrides.get(day) ?? [];
      const companyDay = days.get(day);
      const dayParts = parts.get(day) ?? [];
      if (rules.length === 0 && companyDay === undefined && dayParts.length === 0) return undefined;
      return specialPlan(edition, weekday, { holiday, company: companyDay, parts: dayParts, rules });
    };
  };
}
