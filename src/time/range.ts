import { noTermsInForce, outOfRange as outOfRangeError } from '../errors/messages.js';
import { formatDate } from './calendar-date.js';
import { dayStart } from './jst.js';

/** The days a desk answers for, `[firstDay, endDay)` as JST day numbers, and the edition in force first. */
export interface SupportedRange {
  readonly firstDay: number;
  readonly endDay: number;
  readonly firstEdition: number;
}

/** The two range errors, for an instant (epoch milliseconds) or a day (as the caller wrote it). */
function outOfRange(before: boolean, when: number | string, range: SupportedRange): never {
  const from = formatDate(range.firstDay);
  const last = formatDate(range.endDay - 1);
  throw before ? noTermsInForce(when, range.firstEdition, from, last) : outOfRangeError(when, from, last);
}

/**
 * Checks an instant lies in the supported range. `allowEnd` admits the exclusive end itself, for
 * the end of a half-open range.
 */
export function checkRange(t: number, range: SupportedRange, allowEnd = false): number {
  const end = dayStart(range.endDay);
  if (t < dayStart(range.firstDay)) outOfRange(true, t, range);
  if (allowEnd ? t > end : t >= end) outOfRange(false, t, range);
  return t;
}

/** As `checkRange`, for a calendar day, named as the caller wrote it rather than as the instant of its midnight. */
export function checkDayRange(day: number, range: SupportedRange, date: string): number {
  if (day < range.firstDay) outOfRange(true, date, range);
  if (day >= range.endDay) outOfRange(false, date, range);
  return day;
}
