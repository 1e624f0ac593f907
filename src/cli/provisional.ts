import type { HolidayMark } from '../index.js';
import type { Lang } from './labels.js';

/**
 * The mark of a national holiday computed rather than announced (from 2028 on, the equinox days
 * are published each February for the next year): `（暫定）` / ` (provisional)`, or nothing.
 *
 * @example
 * ```ts
 * provisionalMark({ name: '春分の日', provisional: true }, 'ja'); //=> '（暫定）'
 * ```
 */
export function provisionalMark(holiday: HolidayMark | null | undefined, lang: Lang): string {
  if (holiday?.provisional !== true) return '';
  return lang === 'ja' ? '（暫定）' : ' (provisional)';
}
