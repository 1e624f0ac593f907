import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { canonicalTag } from '../policy/shape.js';
import { civilFromDays, isoWeekday } from '../time/civil.js';
import { formatClockTime } from '../time/clock-time.js';
import { JST_OFFSET_MS, MS_PER_DAY, MS_PER_MINUTE } from '../time/constants.js';
import { spokenNumber } from './spoken-number.js';

/**
 * How a sentence is meant to be read: on a screen (`'text'`), or aloud by text-to-speech (`'speech'`:
 * 午前/午後, phone numbers digit by digit, no brackets or symbols).
 *
 * @example
 * ```ts
 * describe(desk.status('2026-11-25T10:00:00+09:00'), { locale: 'ja', style: 'speech' });
 * //=> 'ただいま通常窓口で受け付けております。お電話番号は、ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロです。…'
 * ```
 */
export type Style = 'text' | 'speech';
/**
 * The languages `describe` and `hoursText` speak.
 *
 * @example
 * ```ts
 * hoursText(lines(desk, '2026-11-25T10:00:00+09:00')[0], 'en'); //=> 'Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)'
 * ```
 */
export type Locale = 'ja' | 'en';

/**
 * The language a locale asks for: `'ja'` or `'en'`, or a BCP 47 tag of either (`'ja-JP'`, `'EN-us'`,
 * `'jpn'`), read by its language subtag.
 *
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for anything else
 * @example
 * ```ts
 * localeOf('ja-JP', 'describe'); //=> 'ja'
 * ```
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

// Fixed-offset arithmetic only: Date's local-time methods would follow the host's TZ.
const jstDay = (at: Date): number => Math.floor((at.getTime() + JST_OFFSET_MS) / MS_PER_DAY);
const msOfDay = (at: Date): number => at.getTime() + JST_OFFSET_MS - jstDay(at) * MS_PER_DAY;

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of an instant's JST day.
 *
 * @example
 * ```ts
 * weekdayOf(new Date('2026-11-28T01:00:00Z')); //=> 6 (Saturday in Japan)
 * ```
 */
export const weekdayOf = (at: Date): number => isoWeekday(jstDay(at));

/**
 * The weekday's full name.
 *
 * @example
 * ```ts
 * weekdayName(6, 'ja'); //=> '土曜日'
 * weekdayName(6, 'en'); //=> 'Saturday'
 * ```
 */
export function weekdayName(weekday: number, locale: Locale): string {
  return locale === 'ja' ? `${WEEKDAY_JA[weekday]}曜日` : (WEEKDAY_EN[weekday] as string);
}

/**
 * The weekday's short name, as dates on screen show it.
 *
 * @example
 * ```ts
 * weekdayShort(4, 'ja'); //=> '木'
 * weekdayShort(4, 'en'); //=> 'Thu'
 * ```
 */
export function weekdayShort(weekday: number, locale: Locale): string {
  return locale === 'ja' ? (WEEKDAY_JA[weekday] as string) : (WEEKDAY_EN[weekday] as string).slice(0, 3);
}

/**
 * The time zone as each locale and style names it: nothing in Japanese sentences (the hours of a
 * Japanese desk are Japan time), `JST` on English screens, `Japan time` aloud.
 *
 * @example
 * ```ts
 * zoneWords('en', 'speech'); //=> 'Japan time'
 * ```
 */
export function zoneWords(locale: Locale, style: Style): string {
  return locale === 'ja' ? '' : style === 'text' ? 'JST' : 'Japan time';
}

/**
 * Wall-clock time in JST: `17:30` on screen, `午後5時30分` / `5:30 p.m.` aloud (`正午` / `noon`). A
 * window's end at midnight (`end`) is `24:00` / `24時` / `midnight`: `0:00` would read as already past.
 *
 * @example
 * ```ts
 * timeWords(new Date('2026-11-25T08:30:00Z'), 'ja', 'speech'); //=> '午後5時30分'
 * timeWords(new Date('2026-11-25T08:30:00Z'), 'en', 'text');   //=> '17:30'
 * ```
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

/**
 * A JST calendar date, one form per locale and style: `11月26日（木）`, `11月26日、木曜日`,
 * `Thu 26 Nov`, `Thursday 26 November` (day before month in English, as on screen).
 *
 * @example
 * ```ts
 * dateWords(new Date('2026-11-26T00:00:00Z'), 'ja', 'text');   //=> '11月26日（木）'
 * dateWords(new Date('2026-11-26T00:00:00Z'), 'en', 'speech'); //=> 'Thursday 26 November'
 * ```
 */
export function dateWords(at: Date, locale: Locale, style: Style): string {
  const day = jstDay(at);
  const { month, day: dom } = civilFromDays(day);
  const w = isoWeekday(day);
  if (locale === 'ja') return style === 'text' ? `${month}月${dom}日（${WEEKDAY_JA[w]}）` : `${month}月${dom}日、${weekdayName(w, 'ja')}`;
  const monthName = MONTH_EN[month] as string;
  return style === 'text' ? `${weekdayShort(w, 'en')} ${dom} ${monthName.slice(0, 3)}` : `${weekdayName(w, 'en')} ${dom} ${monthName}`;
}

/**
 * A JST date and time, one form per locale and style: `11月26日（木）9:00`, `11月26日、木曜日の午前9時`,
 * `Thu 26 Nov, 9:00 JST`, `Thursday 26 November, 9 a.m. Japan time`.
 *
 * @example
 * ```ts
 * dateTimeWords(new Date('2026-11-26T00:00:00Z'), 'ja', 'speech'); //=> '11月26日、木曜日の午前9時'
 * dateTimeWords(new Date('2026-11-26T00:00:00Z'), 'en', 'text');   //=> 'Thu 26 Nov, 9:00 JST'
 * ```
 */
export function dateTimeWords(at: Date, locale: Locale, style: Style, end = false): string {
  const time = timeWords(at, locale, style, end);
  if (locale === 'ja') return `${dateWords(at, 'ja', style)}${style === 'text' ? '' : 'の'}${time}`;
  return `${dateWords(at, 'en', style)}, ${time} ${zoneWords('en', style)}`;
}

const LANGUAGE_NAMES: Record<string, { ja: string; en: string }> = {
  ja: { ja: '日本語', en: 'Japanese' },
  en: { ja: '英語', en: 'English' },
  zh: { ja: '中国語', en: 'Chinese' },
  ko: { ja: '韓国語', en: 'Korean' },
};

/**
 * Names of BCP 47 languages, joined; unknown tags stay tags.
 *
 * @example
 * ```ts
 * languageWords(['ja', 'en'], 'ja'); //=> '日本語・英語'
 * languageWords(['ja', 'en'], 'en'); //=> 'Japanese and English'
 * ```
 */
export function languageWords(tags: readonly string[], locale: Locale): string {
  const names = tags.map((t) => LANGUAGE_NAMES[t.toLowerCase()]?.[locale] ?? t);
  if (locale === 'ja') return names.join('・');
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * JST calendar days from `a` to `b`: 0 the same day, 1 the next.
 *
 * @example
 * ```ts
 * dayDistance(new Date('2026-11-25T11:00:00Z'), new Date('2026-11-26T00:00:00Z')); //=> 1
 * ```
 */
export function dayDistance(a: Date, b: Date): number {
  return jstDay(b) - jstDay(a);
}

/**
 * Milliseconds since JST midnight of an instant.
 *
 * @example
 * ```ts
 * jstMsOfDay(new Date('2026-11-25T03:30:00Z')); //=> 45_000_000 (12:30)
 * ```
 */
export const jstMsOfDay = msOfDay;

/**
 * A phone number as written on screen, or read aloud (`spokenNumber`) for text-to-speech.
 *
 * @example
 * ```ts
 * phoneWords('0120-365-800', 'ja', 'text');   //=> '0120-365-800'
 * phoneWords('0120-365-800', 'ja', 'speech'); //=> 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'
 * ```
 */
export function phoneWords(tel: string, locale: Locale, style: Style): string {
  return style === 'text' ? tel : spokenNumber(tel, locale);
}
