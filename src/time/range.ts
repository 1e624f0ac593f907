import { MadoguchiError } from '../errors/madoguchi-error.js';
import { formatDate } from './calendar-date.js';
import { END_DAY, END_MS, JST_OFFSET_MS, MS_PER_DAY } from './constants.js';

/** The first day number of the preset's terms: 2020-07-01, when edition 14 took effect. */
export const TERMS_FIRST_DAY = 18444;

function describeInstant(t: number): string {
  return Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : `${t} ms since 1970-01-01T00:00Z`;
}

/** The two range errors, for an instant (`at 2020-06-30T14:59:59.999Z`) or a day (`on "2020-06-30"`). */
function outOfRange(before: boolean, where: string, firstDay: number, firstEdition: number, value: unknown): never {
  const from = formatDate(firstDay);
  throw before
    ? new MadoguchiError(
        'NO_TERMS_IN_FORCE',
        `No edition of the terms is in force ${where}: the earliest known edition (${firstEdition}) takes effect ${from}T00:00+09:00; ask about ${from} to 2099-12-31 JST.`,
        value,
      )
    : new MadoguchiError(
        'OUT_OF_RANGE',
        `Out of range: ${where} is after 2099-12-31 JST, the last day whose holidays are known; ask about ${from} to 2099-12-31 JST.`,
        value,
      );
}

/**
 * Checks an instant lies in the supported range: from `firstDay` 00:00 JST (when the earliest
 * edition takes effect) to the end of 2099 (the last year holiday rules are known for).
 * `allowEnd` admits the exclusive end itself, for the end of a half-open range.
 */
export function checkRange(t: number, firstDay: number, firstEdition: number, allowEnd = false): number {
  if (t < firstDay * MS_PER_DAY - JST_OFFSET_MS) outOfRange(true, `at ${describeInstant(t)}`, firstDay, firstEdition, t);
  if (allowEnd ? t > END_MS : t >= END_MS) outOfRange(false, describeInstant(t), firstDay, firstEdition, t);
  return t;
}

/** As `checkRange`, for a calendar day, named as the caller wrote it rather than as the instant of its midnight. */
export function checkDayRange(day: number, firstDay: number, firstEdition: number, date: string): number {
  if (day < firstDay) outOfRange(true, `on ${JSON.stringify(date)}`, firstDay, firstEdition, date);
  if (day >= END_DAY) outOfRange(false, JSON.stringify(date), firstDay, firstEdition, date);
  return day;
}
