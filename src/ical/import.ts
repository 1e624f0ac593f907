import ICAL from 'ical.js';
import { readICal } from './read.js';
import type { CompanyHolidayEntry, ICalImport, ICalImportOptions } from './types.js';

/**
 * Reads company closures (当社休業日) from an iCalendar file (RFC 5545) as real calendars write it,
 * and says what it did with every event: each VEVENT becomes closures or is listed in `skipped`
 * with a reason, the line, the property and the value as written.
 *
 * All-day events (`VALUE=DATE`, an 8-digit value without it, or Outlook's
 * `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE` midnight-to-midnight) become dated entries, DTEND exclusive.
 * Timed events (UTC, TZID with a VTIMEZONE, an IANA or Windows zone name, or floating, read as
 * JST) become dated entries for the whole JST days they cover and timed entries for the rest.
 * RRULE, RDATE, EXDATE and RECURRENCE-ID overrides are expanded through 2099. STATUS:CANCELLED is
 * skipped, and so is a timed event marked TRANSP:TRANSPARENT (shown as free); all-day events are
 * imported whatever their TRANSP (calendar apps mark them TRANSPARENT by default). madoguchi's own exported
 * open windows, weekends and national holidays are recognised by their CATEGORIES and skipped.
 *
 * @param text - the `.ics` file's text (a BOM, CRLF or LF, folded lines)
 * @param options - `strict`: reject the file when any event would be skipped
 * @throws `MadoguchiError` `INVALID_POLICY` for text that is not iCalendar (naming the line), and in
 *   strict mode for the first event it would skip
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * import { importICal } from 'madoguchi/ical';
 *
 * const report = importICal(await readFile('closures.ics', 'utf8'));
 * report.closures[0]; //=> { entry: { date: '2026-12-29/2027-01-03', name: '年末年始休業' }, uid: 'yearend@example.com', summary: '年末年始休業', line: 9 }
 * report.skipped[0]; //=> { uid: 'offsite@example.com', summary: '合宿', line: 30, reason: 'cancelled', message: 'line 35, STATUS:CANCELLED: the event is cancelled' }
 * const myDesk = createDesk(desknetsCloud, { companyHolidays: report.companyHolidays });
 * ```
 */
export function importICal(text: string, options: ICalImportOptions = {}): ICalImport {
  return readICal(ICAL, text, options);
}

/**
 * The `companyHolidays` entries of an iCalendar file: `importICal(text, options).companyHolidays`.
 * Without `strict`, skipped events are left out: use `importICal` to see them, or `strict: true`
 * to reject a file with any.
 *
 * @param text - the `.ics` file's text
 * @param options - `strict`: reject the file when any event would be skipped
 * @returns entries for the `companyHolidays` option of `createDesk`, in file order
 * @throws `MadoguchiError` `INVALID_POLICY` as `importICal`
 * @example
 * ```ts
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * import { companyHolidaysFromICal } from 'madoguchi/ical';
 *
 * const companyHolidays = companyHolidaysFromICal(text, { strict: true });
 * //=> [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '午後休業' }]
 * const myDesk = createDesk(desknetsCloud, { companyHolidays });
 * myDesk.isOpen('2026-12-30T10:00:00+09:00'); //=> false
 * ```
 */
export function companyHolidaysFromICal(text: string, options: ICalImportOptions = {}): CompanyHolidayEntry[] {
  return [...readICal(ICAL, text, options).companyHolidays];
}
