import type ICAL from 'ical.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { CompanyHolidayInput } from '../policy/types.js';
import { daysInMonth } from '../time/civil.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** The ical.js module, passed in so that only the callers that need it load it. */
export type IcalModule = typeof ICAL;

/** Recurrences are expanded through the last year madoguchi answers for. */
const LAST_YEAR = 2099;
/** A weekly closure from 1949 to 2099 yields about 7,900 days; a rule yielding more is a mistake, not a list of days off. */
const MAX_OCCURRENCES = 10_000;
const SECONDS_PER_DAY = 86_400;

const icalError = (problem: string, value?: unknown): MadoguchiError =>
  new MadoguchiError(
    'INVALID_POLICY',
    `Invalid iCalendar company holidays: ${problem}; expected RFC 5545 text with all-day VEVENTs (DTSTART;VALUE=DATE).`,
    value,
  );

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDate = (t: Time): string => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

/** The top-level VCALENDARs: ical.js returns one jCal component, or an array of them. */
function calendars(ical: IcalModule, text: string): Component[] {
  // Blank lines may come first; anything else, indentation included, is no calendar (and ical.js would fail obscurely).
  if (!/^(?:\r?\n)*BEGIN:VCALENDAR\r?\n/i.test(text)) throw icalError(`the text does not begin with BEGIN:VCALENDAR`, text.slice(0, 80));
  checkDateValues(text);
  let parsed: unknown;
  try {
    parsed = ical.parse(text);
  } catch (error) {
    throw icalError(`the text does not parse (${(error as Error).message.split('\n')[0]})`, text.slice(0, 80));
  }
  const roots = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  return roots.map((jcal) => {
    const root = new ical.Component(jcal as unknown[]);
    if (root.name !== 'vcalendar') throw icalError(`a top-level ${describeValue(String(root.name).toUpperCase())} is not a VCALENDAR`);
    return root;
  });
}

const DATE_PROPERTY = /^(DTSTART|DTEND|RECURRENCE-ID)(?:;(?:[^:;"]|"[^"]*")*)*:(.*)$/i;
const DATE_VALUE = /^\d{8}(?:T\d{6}Z?)?$/;

/**
 * Checks the dates as written (RFC 5545 §3.3.4, §3.3.5): ical.js cuts a value such as 202612299
 * to its first eight digits, and would read it as 2026-12-29 without a word.
 */
function checkDateValues(text: string): void {
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const m = DATE_PROPERTY.exec(line);
    if (m !== null && !DATE_VALUE.test(m[2] as string)) {
      throw icalError(`${(m[1] as string).toUpperCase()} ${describeValue(m[2])} is not an RFC 5545 DATE (YYYYMMDD) or DATE-TIME`, m[2]);
    }
  }
}

/**
 * A DATE or DATE-TIME property, checked before ical.js reads it: ical.js rolls an impossible date
 * such as 2026-13-45 over into another real one, which would move a holiday without a word.
 */
function timeOf(event: Component, name: string): Time | null {
  const property = event.getFirstProperty(name);
  if (property === null) return null;
  const raw = (property.jCal as unknown[])[3];
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(raw) : null;
  if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > daysInMonth(Number(m[1]), Number(m[2]))) {
    throw icalError(`${name.toUpperCase()} ${describeValue(raw)} is not a calendar date`, raw);
  }
  return property.getFirstValue() as Time;
}

/** How many days an all-day event covers: DTEND is exclusive (RFC 5545 §3.6.1); with neither DTEND nor DURATION, one day. */
function lengthInDays(event: Component, start: Time): number {
  const end = timeOf(event, 'dtend');
  const duration = event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (end !== null && !end.isDate) throw icalError(`the all-day event starting ${isoDate(start)} ends at a time of day, not on a date`);
  const seconds = end !== null ? end.subtractDate(start).toSeconds() : duration !== null ? duration.toSeconds() : SECONDS_PER_DAY;
  if (seconds <= 0) throw icalError(`the all-day event starting ${isoDate(start)} does not end after it starts`);
  if (seconds % SECONDS_PER_DAY !== 0) throw icalError(`the all-day event starting ${isoDate(start)} lasts a fraction of a day`);
  return seconds / SECONDS_PER_DAY;
}

function entry(start: Time, days: number, name: string | undefined): CompanyHolidayInput {
  const last = start.clone();
  last.adjust(days - 1, 0, 0, 0);
  const date = days === 1 ? isoDate(start) : `${isoDate(start)}/${isoDate(last)}`;
  return name === undefined ? date : { date, name };
}

const key = (uid: string, t: Time): string => `${uid} ${isoDate(t)}`;

/**
 * `companyHolidaysFromICal` with the ical.js module passed in (the CLI loads it only for `.ics`).
 *
 * @example
 * ```ts
 * readCompanyHolidays((await import('ical.js')).default, text); //=> [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]
 * ```
 */
export function readCompanyHolidays(ical: IcalModule, text: string): CompanyHolidayInput[] {
  if (typeof text !== 'string') throw icalError(`got ${describeValue(text)} instead of text`, text);
  const events = calendars(ical, text.replace(/^\uFEFF/, '')).flatMap((root) => root.getAllSubcomponents('vevent'));
  try {
    return holidaysOf(ical, events);
  } catch (error) {
    // ical.js reads property values lazily, so a malformed date surfaces only here.
    if (error instanceof MadoguchiError) throw error;
    throw icalError(`a value does not parse (${(error as Error).message.split('\n')[0]})`);
  }
}

function holidaysOf(ical: IcalModule, events: readonly Component[]): CompanyHolidayInput[] {
  // Occurrences of a recurring event that another VEVENT (same UID, RECURRENCE-ID) moves or cancels.
  const replaced = new Set<string>();
  for (const vevent of events) {
    const id = timeOf(vevent, 'recurrence-id');
    if (id !== null) replaced.add(key(String(vevent.getFirstPropertyValue('uid')), id));
  }
  const holidays: CompanyHolidayInput[] = [];
  for (const vevent of events) {
    const start = timeOf(vevent, 'dtstart');
    if (start === null) throw icalError(`a VEVENT (${describeValue(vevent.getFirstPropertyValue('summary'))}) has no DTSTART`);
    if (!start.isDate || String(vevent.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED') continue;
    const days = lengthInDays(vevent, start);
    const summary = vevent.getFirstPropertyValue('summary');
    const name = typeof summary === 'string' && summary.trim() !== '' ? summary.trim() : undefined;
    const event = new ical.Event(vevent);
    if (!event.isRecurring() || event.isRecurrenceException()) {
      holidays.push(entry(start, days, name));
      continue;
    }
    const occurrences = event.iterator();
    let count = 0;
    for (let t = occurrences.next(); t && t.year <= LAST_YEAR; t = occurrences.next()) {
      if (++count > MAX_OCCURRENCES) throw icalError(`the recurring event starting ${isoDate(start)} yields more than ${MAX_OCCURRENCES} days off`);
      if (!replaced.has(key(event.uid, t))) holidays.push(entry(t, days, name));
    }
  }
  return holidays;
}
