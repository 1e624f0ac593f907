import { formatDate } from '../time/calendar-date.js';
import { isoWeekday } from '../time/civil.js';
import { formatClockTime } from '../time/clock-time.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { type Lang, WEEKDAY_LABELS } from './labels.js';

// Fixed-offset arithmetic only: Date's local-time methods would follow the host's TZ.
const jstDay = (at: Date): number => Math.floor((at.getTime() + JST_OFFSET_MS) / MS_PER_DAY);

/**
 * JST wall-clock time of an instant as the terms write it.
 *
 * @example
 * ```ts
 * clockText(new Date('2026-11-25T08:30:00Z')); //=> '17:30'
 * ```
 */
export function clockText(at: Date): string {
  return formatClockTime(at.getTime() + JST_OFFSET_MS - jstDay(at) * MS_PER_DAY);
}

/**
 * When a window closes, as `clockText`; a close at midnight is 24:00, the end of its own day.
 *
 * @example
 * ```ts
 * closingText(new Date('2026-11-25T15:00:00Z')); //=> '24:00'
 * ```
 */
export function closingText(closesAt: Date): string {
  const text = clockText(closesAt);
  return text === '0:00' ? '24:00' : text;
}

/**
 * JST date of an instant, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * dateText(new Date('2026-11-25T15:00:00Z')); //=> '2026-11-26'
 * ```
 */
export function dateText(at: Date): string {
  return formatDate(jstDay(at));
}

/**
 * Date, weekday and time in JST.
 *
 * @example
 * ```ts
 * whenText(new Date('2026-11-26T00:00:00Z'), 'ja'); //=> '2026-11-26 (木) 9:00'
 * ```
 */
export function whenText(at: Date, lang: Lang): string {
  const day = jstDay(at);
  return `${formatDate(day)} (${WEEKDAY_LABELS[lang][isoWeekday(day)]}) ${clockText(at)}`;
}
