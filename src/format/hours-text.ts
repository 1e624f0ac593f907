import type { Line } from '../engine/types.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { Locale } from './words.js';

const WEEKDAYS = '1,2,3,4,5';
const DAY_JA = ['', '月', '火', '水', '木', '金', '土', '日'];
const DAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A line's published hours, as a support page prints them, so a page never hard-codes them.
 *
 * @param line - a `Line`, e.g. from `desk.lines()` or `status.line`
 * @param locale - `'ja'` or `'en'`
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for another locale
 * @example
 * ```ts
 * const [regular] = desk.lines('2026-11-25T10:00:00+09:00');
 * hoursText(regular, 'ja'); //=> '平日 9:00～17:30（土日祝日・当社休業日を除く）'
 * hoursText(regular, 'en'); //=> 'Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)'
 * ```
 */
export function hoursText(line: Line, locale: Locale): string {
  if (locale !== 'ja' && locale !== 'en') {
    throw new MadoguchiError('INVALID_LANGUAGE', `Invalid locale: ${describeValue(locale)}; hoursText speaks "ja" or "en".`, locale);
  }
  const weekdays = line.weekdays.join(',') === WEEKDAYS;
  if (locale === 'ja') {
    const days = weekdays ? '平日' : line.weekdays.map((d) => DAY_JA[d]).join('・');
    return `${days} ${line.hours.replaceAll(', ', '、')}（${weekdays ? '土日' : ''}祝日・当社休業日を除く）`;
  }
  const days = weekdays ? 'Weekdays' : line.weekdays.map((d) => DAY_EN[d]).join(', ');
  const hours = line.hours.replaceAll('～', '–').replaceAll(', ', ' and ');
  return `${days} ${hours} JST (closed on ${weekdays ? 'weekends, ' : ''}national holidays and company holidays)`;
}
