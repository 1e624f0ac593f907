import { formatDate } from '../time/calendar-date.js';
import { MS_PER_DAY } from '../time/constants.js';
import { dayStart, jstDay } from '../time/jst.js';
import type { CompanyHolidayEntry } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as JST wall-clock with the offset written out, to the minute (or second when it has one).
 *
 * @example
 * ```ts
 * jstInstant(Date.parse('2026-12-17T04:00:00Z')); //=> '2026-12-17T13:00+09:00'
 * ```
 */
export function jstInstant(ms: number): string {
  const day = jstDay(ms);
  const inDay = ms - dayStart(day);
  const seconds = Math.floor(inDay / 1000) % 60;
  const clock = `${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
  return `${formatDate(day)}T${clock}+09:00`;
}

/**
 * A dated entry of `days` days from `first` (`YYYY-MM-DD`): one date, or a range with its last day included.
 *
 * @example
 * ```ts
 * dateEntry('2026-12-29', 6, '年末年始休業'); //=> { date: '2026-12-29/2027-01-03', name: '年末年始休業' }
 * ```
 */
export function dateEntry(first: string, days: number, name: string | undefined): CompanyHolidayEntry {
  const start = Math.floor(Date.parse(`${first}T00:00:00Z`) / MS_PER_DAY);
  const date = days === 1 ? first : `${first}/${formatDate(start + days - 1)}`;
  return name === undefined ? date : { date, name };
}

/**
 * The entries of the closure [start, end): whole JST days as one dated entry, the parts of days
 * before and after them as timed entries (one per JST day).
 *
 * @example
 * ```ts
 * timedEntries(Date.parse('2026-12-28T03:00Z'), Date.parse('2027-01-03T15:00Z'), '年末年始休業');
 * //=> [{ start: '2026-12-28T12:00+09:00', end: '2026-12-29T00:00+09:00', name: '年末年始休業' }, { date: '2026-12-29/2027-01-03', name: '年末年始休業' }]
 * ```
 */
export function timedEntries(start: number, end: number, name: string | undefined): CompanyHolidayEntry[] {
  const entries: CompanyHolidayEntry[] = [];
  const named = name === undefined ? {} : { name };
  let at = start;
  while (at < end) {
    const day = jstDay(at);
    const next = dayStart(day + 1);
    if (at === dayStart(day) && end >= next) {
      const days = jstDay(end) - day;
      entries.push(dateEntry(formatDate(day), days, name));
      at = dayStart(day + days);
    } else {
      const until = Math.min(end, next);
      entries.push({ start: jstInstant(at), end: jstInstant(until), ...named });
      at = until;
    }
  }
  return entries;
}
