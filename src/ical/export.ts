import ICAL from 'ical.js';
import type { Desk } from '../engine/create-desk.js';
import type { ClosedReason } from '../engine/types.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';

const REASON_SUMMARY: Record<ClosedReason, string> = {
  weekend: '休業日（土日）',
  'national-holiday': '祝日',
  'company-holiday': '当社休業日',
  override: '臨時休業',
  'before-hours': '受付時間外',
  'between-windows': '受付時間外',
  'after-hours': '受付時間外',
};

const dateOnly = (day: number): InstanceType<typeof ICAL.Time> => ICAL.Time.fromDateString(formatDate(day));

/**
 * The open windows of a date range as iCalendar (one VEVENT per window, in UTC) and its closed days
 * as all-day events named by the holiday or closure, for a calendar app to import or subscribe to.
 *
 * @param desk - the desk to export
 * @param from - first JST day, `YYYY-MM-DD`
 * @param to - last JST day, `YYYY-MM-DD`, included
 * @throws `MadoguchiError` `INVALID_DATE` for a malformed date, `INVALID_RANGE` when `to` is before `from`
 * @example
 * ```ts
 * import { toICal } from 'madoguchi/ical';
 * const ics = toICal(desk, '2026-12-01', '2026-12-31');
 * ics.startsWith('BEGIN:VCALENDAR'); //=> true
 * ```
 */
export function toICal(desk: Desk, from: string, to: string): string {
  const first = parseDate(from, 'from');
  const last = parseDate(to, 'to');
  if (last < first) throw new MadoguchiError('INVALID_RANGE', `Invalid range: ${to} is before ${from}; expected from <= to.`, { from, to });
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//madoguchi//contact windows//JA');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  // DTSTAMP is required; the start of the range keeps the output reproducible.
  const stamp = ICAL.Time.fromJSDate(new Date(first * MS_PER_DAY - JST_OFFSET_MS), true);
  const windows = desk.windows(first * MS_PER_DAY - JST_OFFSET_MS, (last + 1) * MS_PER_DAY - JST_OFFSET_MS);
  for (const w of windows) {
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `${w.line.id}-${w.opensAt.toISOString()}@madoguchi`);
    event.updatePropertyWithValue('dtstamp', stamp);
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromJSDate(w.opensAt, true));
    event.updatePropertyWithValue('dtend', ICAL.Time.fromJSDate(w.closesAt, true));
    event.updatePropertyWithValue('summary', `${w.line.name.ja} TEL ${w.line.tel}`);
    event.updatePropertyWithValue('transp', 'TRANSPARENT');
    cal.addSubcomponent(event);
  }
  for (let day = first; day <= last; day++) {
    const closed = desk.day(formatDate(day)).closed;
    if (closed === null) continue;
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `closed-${formatDate(day)}@madoguchi`);
    event.updatePropertyWithValue('dtstamp', stamp);
    event.updatePropertyWithValue('dtstart', dateOnly(day));
    event.updatePropertyWithValue('dtend', dateOnly(day + 1));
    event.updatePropertyWithValue('summary', closed.name ?? REASON_SUMMARY[closed.reason]);
    event.updatePropertyWithValue('categories', closed.reason);
    cal.addSubcomponent(event);
  }
  return cal.toString();
}
