import { daysFromCivil, daysInMonth, isLeapYear } from '../time/civil.js';

export interface YearlyRule {
  readonly from: { readonly month: number; readonly day: number };
  readonly to: { readonly month: number; readonly day: number };
  readonly name: string | undefined;
}

/** Company holidays compiled: fixed days, and month-day rules expanded per year on demand. */
export interface CompanyHolidays {
  readonly fixed: ReadonlyMap<number, string | undefined>;
  readonly yearly: readonly YearlyRule[];
}

/** The company holidays falling in one year, as day number → name (the name may be absent). */
export function companyHolidaysOf(holidays: CompanyHolidays, year: number): Map<number, string | undefined> {
  const days = new Map<number, string | undefined>();
  const firstDay = daysFromCivil(year, 1, 1);
  const lastDay = daysFromCivil(year, 12, 31);
  for (const [day, name] of holidays.fixed) if (day >= firstDay && day <= lastDay) days.set(day, name);
  const leap = isLeapYear(year);
  const at = (md: { month: number; day: number }, isEnd: boolean): number =>
    // --02-29 outside a leap year: a range starting there starts on 03-01, one ending there ends on 02-28.
    isEnd ? daysFromCivil(year, md.month, Math.min(md.day, daysInMonth(year, md.month))) : daysFromCivil(year, md.month, md.day);
  for (const rule of holidays.yearly) {
    const single = rule.from.month === rule.to.month && rule.from.day === rule.to.day;
    if (single && rule.from.month === 2 && rule.from.day === 29 && !leap) continue;
    const from = at(rule.from, false);
    const to = at(rule.to, true);
    const spans =
      from <= to
        ? [[from, to]]
        : [
            [firstDay, to],
            [from, lastDay],
          ];
    for (const [a, b] of spans as [number, number][]) for (let day = a; day <= b; day++) if (days.get(day) === undefined) days.set(day, rule.name);
  }
  return days;
}
