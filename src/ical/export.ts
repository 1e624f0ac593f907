import ICAL from 'ical.js';
import type { Desk } from '../faces/desk-type.js';
import { type ICalExportOptions, writeICal } from './write.js';

/**
 * The open windows of a date range as iCalendar (one VEVENT per window, DTSTART/DTEND in UTC) and
 * its closed days as all-day events (SUMMARY: the holiday's or closure's name, else the reason;
 * CATEGORIES: the reason; consecutive days with the same summary in one event), generated with
 * ical.js, for a calendar app to import or subscribe to. `companyHolidaysFromICal` reads the closed
 * days back.
 *
 * @param desk - the desk to export, e.g. `desk` or one made with `createDesk`
 * @param from - first JST day, `YYYY-MM-DD`
 * @param to - last JST day, `YYYY-MM-DD`, included
 * @param options - `stamp`: the DTSTAMP (default now)
 * @throws `MadoguchiError` `INVALID_DATE` for a malformed date, `INVALID_RANGE` when `to` is before
 *   `from`, `NO_TERMS_IN_FORCE` / `OUT_OF_RANGE` outside the desk's range
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * import { toICal } from 'madoguchi/ical';
 *
 * toICal(desk, '2026-11-23', '2026-11-24');
 * //=> 'BEGIN:VCALENDAR\r\n…DTSTART:20261124T000000Z\r\nDTEND:20261124T083000Z\r\n…SUMMARY:勤労感謝の日\r\n…'
 * ```
 */
export function toICal(desk: Desk, from: string, to: string, options: ICalExportOptions = {}): string {
  return writeICal(ICAL, desk, from, to, options);
}
