import { MadoguchiError } from '../errors/madoguchi-error.js';
import { formatDate } from './calendar-date.js';
import { dayStart } from './jst.js';

/** The days a desk answers for, `[firstDay, endDay)` as JST day numbers, and the edition in force first. */
export interface SupportedRange {
  readonly firstDay: number;
  readonly endDay: number;
  readonly firstEdition: number;
}

function describeInstant(t: number): string {
  return Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : `${t} ms since 1970-01-01T00:00Z`;
}

/** The two range errors, for an instant (`at 2020-06-30T14:59:59.999Z`) or a day (`on "2020-06-30"`). */
function outOfRange(before: boolean, where: string, range: SupportedRange, value: unknown): never {
  const from = formatDate(range.firstDay);
  const last = formatDate(range.endDay - 1);
  throw before
    ? new MadoguchiError(
        'NO_TERMS_IN_FORCE',
        `No edition of the terms is in force ${where}: the earliest known edition (${range.firstEdition}) takes effect ${from}T00:00+09:00; ask about ${from} to ${last} JST.`,
        value,
      )
    : new MadoguchiError(
        'OUT_OF_RANGE',
        `Out of range: ${where} is after ${last} JST, the last day this desk answers for; ask about ${from} to ${last} JST.`,
        value,
      );
}

/**
 * Checks an instant lies in the supported range. `allowEnd` admits the exclusive end itself, for
 * the end of a half-open range.
 */
export function checkRange(t: number, range: SupportedRange, allowEnd = false): number {
  const end = dayStart(range.endDay);
  if (t < dayStart(range.firstDay)) outOfRange(true, `at ${describeInstant(t)}`, range, t);
  if (allowEnd ? t > end : t >= end) outOfRange(false, describeInstant(t), range, t);
  return t;
}

/** As `checkRange`, for a calendar day, named as the caller wrote it rather than as the instant of its midnight. */
export function checkDayRange(day: number, range: SupportedRange, date: string): number {
  if (day < range.firstDay) outOfRange(true, `on ${JSON.stringify(date)}`, range, date);
  if (day >= range.endDay) outOfRange(false, JSON.stringify(date), range, date);
  return day;
}
