import ICAL from 'ical.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { CompanyHolidayInput } from '../policy/types.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const icalError = (problem: string, value?: unknown): MadoguchiError =>
  new MadoguchiError(
    'INVALID_POLICY',
    `Invalid iCalendar company holidays: ${problem}; expected RFC 5545 text with all-day VEVENTs (DTSTART;VALUE=DATE).`,
    value,
  );

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (t: Time): string => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;

/** The last day of an all-day event: DTEND is exclusive (RFC 5545 §3.6.1); without it the event lasts one day. */
function lastDay(event: Component, start: Time): Time {
  const end = event.getFirstPropertyValue('dtend') as Time | null;
  const duration = event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  const last = end ? end.clone() : start.clone();
  if (end === null && duration !== null) last.addDuration(duration);
  if (end !== null || duration !== null) last.adjust(-1, 0, 0, 0);
  return last;
}

/**
 * Company holidays (当社休業日) from an iCalendar file: every all-day VEVENT becomes a company
 * holiday named by its SUMMARY; a yearly rule (`RRULE:FREQ=YEARLY`) becomes a `--MM-DD` range.
 * Timed events are not days off and are skipped. Parsed with ical.js.
 *
 * @param text - the `.ics` file's text
 * @returns entries for the `companyHolidays` option of `createDesk`
 * @throws `MadoguchiError` `INVALID_POLICY` for text that is not iCalendar or a recurrence other than plain yearly
 * @example
 * ```ts
 * import { companyHolidaysFromICal } from 'madoguchi/ical';
 * const companyHolidays = companyHolidaysFromICal(await readFile('holidays.ics', 'utf8'));
 * //=> [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]
 * const myDesk = createDesk(desknetsCloud, { companyHolidays });
 * ```
 */
export function companyHolidaysFromICal(text: string): CompanyHolidayInput[] {
  if (typeof text !== 'string') throw icalError(`got ${describeValue(text)} instead of text`, text);
  let root: Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (error) {
    throw icalError(`the text does not parse (${(error as Error).message})`, text.slice(0, 80));
  }
  if (root.name !== 'vcalendar') throw icalError(`the top component is ${describeValue(root.name)}, not VCALENDAR`);
  const holidays: CompanyHolidayInput[] = [];
  for (const event of root.getAllSubcomponents('vevent')) {
    const start = event.getFirstPropertyValue('dtstart') as Time | null;
    if (start === null) throw icalError('a VEVENT has no DTSTART');
    if (!start.isDate) continue;
    const last = lastDay(event, start);
    if (last.compare(start) < 0) throw icalError(`the event starting ${isoDate(start)} ends before it starts`);
    const summary = event.getFirstPropertyValue('summary');
    const name = typeof summary === 'string' && summary.trim() !== '' ? summary.trim() : undefined;
    const rule = event.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur> | null;
    let date: string;
    if (rule === null) {
      date = last.compare(start) === 0 ? isoDate(start) : `${isoDate(start)}/${isoDate(last)}`;
    } else {
      const plainYearly = rule.freq === 'YEARLY' && rule.interval === 1 && !rule.count && !rule.until && Object.keys(rule.parts).length === 0;
      if (!plainYearly) throw icalError(`the recurrence ${describeValue(rule.toString())} is not supported; only RRULE:FREQ=YEARLY`);
      date = `--${pad(start.month)}-${pad(start.day)}/--${pad(last.month)}-${pad(last.day)}`;
    }
    holidays.push(name === undefined ? date : { date, name });
  }
  return holidays;
}
