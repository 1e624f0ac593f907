import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { optionalList, optionalText, policyError, record } from '../policy/shape.js';
import { parseDate, parseMonthDay } from '../time/calendar-date.js';
import { daysFromCivil, daysInMonth, isLeapYear } from '../time/civil.js';

interface YearlyRule {
  readonly from: { readonly month: number; readonly day: number };
  readonly to: { readonly month: number; readonly day: number };
  readonly name: string | undefined;
}

/** Company holidays compiled: fixed days, and month-day rules expanded per year on demand. */
export interface CompanyHolidays {
  readonly fixed: ReadonlyMap<number, string | undefined>;
  readonly yearly: readonly YearlyRule[];
}

const ACCEPTED = '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "--MM-DD" or "--MM-DD/--MM-DD", alone or as { date, name }';

/** Parses the `companyHolidays` option. Where rules overlap, the first listed names the day. */
export function parseCompanyHolidays(value: unknown): CompanyHolidays {
  const fixed = new Map<number, string | undefined>();
  const yearly: YearlyRule[] = [];
  optionalList(value, 'options.companyHolidays').forEach((item, i) => {
    const path = `options.companyHolidays[${i}]`;
    let spec: unknown = item;
    let name: string | undefined;
    if (typeof item !== 'string') {
      const r = record(item, path, ['date', 'name']);
      spec = r.date;
      name = optionalText(r.name, `${path}.name`);
    }
    if (typeof spec !== 'string') policyError(path, `expected ${ACCEPTED}, got ${describeValue(spec)}`, spec);
    const [start, end, extra] = spec.split('/');
    if (extra !== undefined || start === undefined) throw dateError(path, spec);
    if (start.startsWith('--')) {
      const from = parseMonthDay(start, path, 'INVALID_DATE');
      const to = end === undefined ? from : end.startsWith('--') ? parseMonthDay(end, path, 'INVALID_DATE') : null;
      if (to === null) throw dateError(path, spec);
      yearly.push(Object.freeze({ from, to, name }));
      return;
    }
    const first = parseDate(start, path);
    const last = end === undefined ? first : parseDate(end, path);
    if (last < first) policyError(path, `the interval ${describeValue(spec)} ends before it starts`, spec);
    for (let day = first; day <= last; day++) if (!fixed.has(day)) fixed.set(day, name);
  });
  return Object.freeze({ fixed, yearly: Object.freeze(yearly) });
}

function dateError(path: string, spec: string): MadoguchiError {
  return new MadoguchiError('INVALID_DATE', `Invalid date at ${path}: ${describeValue(spec)}; expected ${ACCEPTED}.`, spec);
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
    for (const [a, b] of spans as [number, number][]) for (let day = a; day <= b; day++) if (!days.has(day)) days.set(day, rule.name);
  }
  return days;
}
