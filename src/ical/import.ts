import ICAL from 'ical.js';
import type { CompanyHolidayInput } from '../policy/types.js';
import { readCompanyHolidays } from './read.js';

/**
 * Company holidays (当社休業日) from an iCalendar file (RFC 5545), parsed with ical.js: every
 * all-day VEVENT becomes a company holiday named by its SUMMARY; a multi-day event's DTEND is
 * exclusive. Recurring events (RRULE, RDATE, EXDATE, moved occurrences) are expanded through 2099.
 * Timed and cancelled events are not days off and are skipped.
 *
 * @param text - the `.ics` file's text
 * @returns entries for the `companyHolidays` option of `createDesk`, in file order
 * @throws `MadoguchiError` `INVALID_POLICY` for text that is not iCalendar, an impossible date, an
 *   event without DTSTART, or an all-day event that does not end after it starts
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * import { companyHolidaysFromICal } from 'madoguchi/ical';
 *
 * const companyHolidays = companyHolidaysFromICal(await readFile('holidays.ics', 'utf8'));
 * //=> [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, { date: '2026-10-01', name: '創立記念日' }]
 * const myDesk = createDesk(desknetsCloud, { companyHolidays });
 * myDesk.isOpen('2026-12-30T10:00:00+09:00'); //=> false
 * ```
 */
export function companyHolidaysFromICal(text: string): CompanyHolidayInput[] {
  return readCompanyHolidays(ICAL, text);
}
