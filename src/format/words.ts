import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { canonicalTag } from '../policy/shape.js';
import { civilFromDays, isoWeekday } from '../time/civil.js';
import { formatClockTime } from '../time/clock-time.js';
import { JST_OFFSET_MS, MS_PER_DAY, MS_PER_MINUTE } from '../time/constants.js';

/**
 * How a sentence is meant to be read: on a screen, or aloud by text-to-speech.
 *
 * @example
 * ```ts
 * describe(desk.status('2026-11-25T10:00:00+09:00'), { locale: 'ja', style: 'speech' }); // 午前/午後, digits one by one
 * ```
 */
export type Style = 'text' | 'speech';
/**
 * The languages `describe` and `hoursText` speak.
 *
 * @example
 * ```ts
 * hoursText(desk.lines('2026-11-25T10:00:00+09:00')[0], 'en'); //=> 'Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)'
 * ```
 */
export type Locale = 'ja' | 'en';

/**
 * The language a locale asks for: `'ja'` or `'en'`, or a BCP 47 tag of either (`'ja-JP'`, `'EN-us'`,
 * `'jpn'`), read by its language subtag; throws `INVALID_LANGUAGE` for anything else.
 */
export function localeOf(value: unknown, who: string): Locale {
  if (value === 'ja' || value === 'en') return value;
  const canonical = canonicalTag(value);
  const language = canonical?.split('-')[0];
  if (language === 'ja' || language === 'en') return language;
  throw new MadoguchiError(
    'INVALID_LANGUAGE',
    `Invalid locale: ${describeValue(value)}; ${who} speaks "ja" or "en" (or a tag of either, such as "ja-JP" or "en-US").`,
    value,
  );
}

const WEEKDAY_JA = ['', '月', '火', '水', '木', '金', '土', '日'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DIGIT_JA = ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュウ'];
const DIGIT_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const jstDay = (at: Date): number => Math.floor((at.getTime() + JST_OFFSET_MS) / MS_PER_DAY);
const msOfDay = (at: Date): number => at.getTime() + JST_OFFSET_MS - jstDay(at) * MS_PER_DAY;

/** ISO weekday (1 = Monday) of an instant's JST day. */
export const weekdayOf = (at: Date): number => isoWeekday(jstDay(at));

/** The weekday's name: `土曜日` / `Saturday`. */
export function weekdayName(weekday: number, locale: Locale): string {
  return locale === 'ja' ? `${WEEKDAY_JA[weekday]}曜日` : (WEEKDAY_EN[weekday] as string);
}

/**
 * Wall-clock time in JST: `17:30` on screen, `午後5時30分` / `5:30 p.m.` aloud. A window's end at
 * midnight (`end`) is `24:00` / `24時`, the end of its own day: `0:00` would read as already past.
 */
export function timeWords(at: Date, locale: Locale, style: Style, end = false): string {
  const ms = msOfDay(at);
  if (end && ms === 0 && !(locale === 'en' && style === 'speech')) return style === 'text' ? '24:00' : '24時';
  if (style === 'text') return formatClockTime(ms);
  const minutes = Math.floor(ms / MS_PER_MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (locale === 'ja') {
    if (h === 12 && m === 0) return '正午';
    return `${h < 12 ? '午前' : '午後'}${h % 12}時${m === 0 ? '' : `${m}分`}`;
  }
  if (h === 12 && m === 0) return 'noon';
  if (h === 0 && m === 0) return 'midnight';
  return `${h % 12 === 0 ? 12 : h % 12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

/** A JST calendar date: `11月24日(火)` / `Tue 24 Nov` on screen, `11月24日 火曜日` / `Tuesday, November 24` aloud. */
export function dateWords(at: Date, locale: Locale, style: Style): string {
  const day = jstDay(at);
  const { month, day: dom } = civilFromDays(day);
  const w = isoWeekday(day);
  if (locale === 'ja') return style === 'text' ? `${month}月${dom}日(${WEEKDAY_JA[w]})` : `${month}月${dom}日 ${weekdayName(w, 'ja')}`;
  const weekday = WEEKDAY_EN[w] as string;
  const monthName = MONTH_EN[month] as string;
  return style === 'text' ? `${weekday.slice(0, 3)} ${dom} ${monthName.slice(0, 3)}` : `${weekday}, ${monthName} ${dom}`;
}

/** A phone number as written, or digit by digit for text-to-speech, groups kept apart. */
export function phoneWords(tel: string, locale: Locale, style: Style): string {
  if (style === 'text') return tel;
  const digits = locale === 'ja' ? DIGIT_JA : DIGIT_EN;
  return tel
    .split('-')
    .map((group) => [...group].map((c) => digits[Number(c)] ?? c).join(locale === 'ja' ? '' : ' '))
    .join(locale === 'ja' ? '、' : ', ');
}

const LANGUAGE_NAMES: Record<string, { ja: string; en: string }> = {
  ja: { ja: '日本語', en: 'Japanese' },
  en: { ja: '英語', en: 'English' },
  zh: { ja: '中国語', en: 'Chinese' },
  ko: { ja: '韓国語', en: 'Korean' },
};

/** Names of BCP 47 languages, joined: `日本語` / `Japanese and English`; unknown tags stay tags. */
export function languageWords(tags: readonly string[], locale: Locale): string {
  const names = tags.map((t) => LANGUAGE_NAMES[t.toLowerCase()]?.[locale] ?? t);
  if (locale === 'ja') return names.join('・');
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether two instants fall on the same JST day, or `b` on the next one. */
export function dayDistance(a: Date, b: Date): number {
  return jstDay(b) - jstDay(a);
}
