import { MadoguchiError } from '../errors/madoguchi-error.js';
import { formatDate } from './calendar-date.js';
import { END_DAY, END_MS, JST_OFFSET_MS, MS_PER_DAY } from './constants.js';

/** The first day number of the preset's terms: 2020-07-01, when edition 14 took effect. */
export const TERMS_FIRST_DAY = 18444;

function describeInstant(t: number): string {
  return Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : `${t} ms since 1970-01-01T00:00Z`;
}

/**
 * Checks an instant lies in the supported range: from `firstDay` 00:00 JST (when the earliest
 * edition takes effect) to the end of 2099 (the last year holiday rules are known for).
 * `allowEnd` admits the exclusive end itself, for the end of a half-open range.
 */
export function checkRange(t: number, firstDay: number, firstEdition: number, allowEnd = false): number {
  if (t < firstDay * MS_PER_DAY - JST_OFFSET_MS) {
    throw new MadoguchiError(
      'NO_TERMS_IN_FORCE',
      `No edition of the terms is in force at ${describeInstant(t)}: the earliest known edition (${firstEdition}) takes effect ${formatDate(firstDay)}T00:00+09:00; ask about instants from then until 2099-12-31 JST.`,
      t,
    );
  }
  if (allowEnd ? t > END_MS : t >= END_MS) {
    throw new MadoguchiError(
      'OUT_OF_RANGE',
      `Out of range: ${describeInstant(t)} is after 2099-12-31 JST, the last day whose holidays are known; ask about instants from ${formatDate(firstDay)} to 2099-12-31 JST.`,
      t,
    );
  }
  return t;
}

/**
 * Checks a calendar day lies in the supported range, as `checkRange` does for instants, naming
 * the date as the caller wrote it rather than the instant of its midnight.
 */
export function checkDayRange(day: number, firstDay: number, firstEdition: number, date: string): number {
  if (day < firstDay) {
    throw new MadoguchiError(
      'NO_TERMS_IN_FORCE',
      `No edition of the terms is in force on ${JSON.stringify(date)}: the earliest known edition (${firstEdition}) takes effect ${formatDate(firstDay)}; ask about days from then until 2099-12-31.`,
      date,
    );
  }
  if (day >= END_DAY) {
    throw new MadoguchiError(
      'OUT_OF_RANGE',
      `Out of range: ${JSON.stringify(date)} is after 2099-12-31, the last day whose holidays are known; ask about days from ${formatDate(firstDay)} to 2099-12-31.`,
      date,
    );
  }
  return day;
}
