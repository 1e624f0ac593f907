import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { Line } from '../model/types.js';
import { type Locale, localeOf } from './words.js';

function isLine(value: unknown): value is Line {
  try {
    const { weekdays, hours } = value as Partial<Line>;
    return Array.isArray(weekdays) && typeof hours === 'string';
  } catch {
    return false; // null, undefined or a revoked Proxy
  }
}

const WEEKDAYS = '1,2,3,4,5';
const DAY_JA = ['', '月', '火', '水', '木', '金', '土', '日'];
const DAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A line's published hours, as a support page prints them, so a page never hard-codes them.
 *
 * @param line - a `Line`, e.g. from `lines(desk)` or `status.line`
 * @param locale - `'ja'` or `'en'`, or a BCP 47 tag of either (`'ja-JP'`, `'en-US'`)
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for another locale, `INVALID_ARGUMENT` for something other than a `Line`
 * @example
 * ```ts
 * const [regular] = lines(desk, '2026-11-25T10:00:00+09:00');
 * hoursText(regular, 'ja'); //=> '平日 9:00～17:30（土日祝日・当社休業日を除く）'
 * hoursText(regular, 'en'); //=> 'Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)'
 * ```
 */
export function hoursText(line: Line, locale: Locale | `${Locale}-${string}`): string {
  const lang = localeOf(locale, 'hoursText');
  if (!isLine(line)) {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Cannot give the hours of ${describeValue(line)}; expected a Line, e.g. from lines(desk) (status.line is null when closed).`,
      line,
    );
  }
  const weekdays = line.weekdays.join(',') === WEEKDAYS;
  if (lang === 'ja') {
    const days = weekdays ? '平日' : line.weekdays.map((d) => DAY_JA[d]).join('・');
    return `${days} ${line.hours.replaceAll(', ', '、')}（${weekdays ? '土日' : ''}祝日・当社休業日を除く）`;
  }
  const days = weekdays ? 'Weekdays' : line.weekdays.map((d) => DAY_EN[d]).join(', ');
  const hours = line.hours.replaceAll('～', '–').replaceAll(', ', ' and ');
  return `${days} ${hours} JST (closed on ${weekdays ? 'weekends, ' : ''}national holidays and company holidays)`;
}
