import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { optionalList, optionalText, policyError, record } from '../policy/shape.js';
import { parseDate, parseMonthDay } from '../time/calendar-date.js';
import { END_DAY, FIRST_POLICY_DAY } from '../time/constants.js';
import type { CompanyHolidays, YearlyRule } from './company-holidays.js';

const ACCEPTED = '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "--MM-DD" or "--MM-DD/--MM-DD", alone or as { date, name }';

/**
 * Parses the `companyHolidays` option. Where entries overlap, a dated one names the day before a
 * yearly one (the more specific entry wins); among entries of one kind, the first listed does.
 * An entry without a name names nothing: the next entry by that order that has one names the day.
 */
export function parseCompanyHolidays(value: unknown): CompanyHolidays {
  const fixed = new Map<number, string | undefined>();
  const yearly: YearlyRule[] = [];
  optionalList(value, 'options.companyHolidays').forEach((item, i) => {
    const path = `options.companyHolidays[${i}]`;
    let spec: unknown = item;
    let name: string | undefined;
    if (typeof item !== 'string') {
      // Anything but a string or an object: say every accepted form, not only the object one.
      if (typeof item !== 'object' || item === null) policyError(path, `expected ${ACCEPTED}, got ${describeValue(item)}`, item);
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
    // Only days a desk can be asked about are stored: 0001-01-01/9999-12-31 stays cheap.
    for (let day = Math.max(first, FIRST_POLICY_DAY); day <= Math.min(last, END_DAY - 1); day++) if (fixed.get(day) === undefined) fixed.set(day, name);
  });
  return Object.freeze({ fixed, yearly: Object.freeze(yearly) });
}

function dateError(path: string, spec: string): MadoguchiError {
  return new MadoguchiError('INVALID_DATE', `Invalid date at ${path}: ${describeValue(spec)}; expected ${ACCEPTED}.`, spec);
}
