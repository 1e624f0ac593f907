import { holidayName } from '../format/holiday-names.js';
import { languageWords } from '../format/words.js';
import type { Closed, ClosedReason, Line } from '../index.js';

/**
 * The languages the CLI prints in.
 *
 * @example
 * ```ts
 * const lang: Lang = 'ja';
 * ```
 */
export type Lang = 'ja' | 'en';

/**
 * Why a line or a day is closed, in a few words: the one table the status screen and the calendar
 * share, so a reason is always called the same.
 *
 * @example
 * ```ts
 * REASON_LABELS.ja['company-holiday']; //=> '当社休業日'
 * ```
 */
export const REASON_LABELS: Readonly<Record<Lang, Readonly<Record<ClosedReason, string>>>> = {
  ja: {
    weekend: '土日',
    'national-holiday': '祝日',
    'company-holiday': '当社休業日',
    override: '臨時休止',
    'before-hours': '受付開始前',
    'between-windows': '受付時間外',
    'after-hours': '本日の受付終了',
  },
  en: {
    weekend: 'weekend',
    'national-holiday': 'national holiday',
    'company-holiday': 'company holiday',
    override: 'special closure',
    'before-hours': 'not open yet',
    'between-windows': 'between windows',
    'after-hours': 'closed for the day',
  },
};

/**
 * Short weekday names, index 1 = Monday … 7 = Sunday (ISO).
 *
 * @example
 * ```ts
 * WEEKDAY_LABELS.ja[7]; //=> '日'
 * ```
 */
export const WEEKDAY_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ['', '月', '火', '水', '木', '金', '土', '日'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/**
 * A closure in words: the reason, the name of the holiday or closure, and a national holiday that
 * falls on the same day when another reason took precedence.
 *
 * @example
 * ```ts
 * closureText({ reason: 'company-holiday', name: '年末年始休業', holiday: { name: '元日', provisional: false } }, 'ja');
 * //=> '当社休業日（年末年始休業）・祝日（元日）'
 * ```
 */
export function closureText(closed: Closed, lang: Lang): string {
  const named = (label: string, name: string | undefined): string =>
    name === undefined ? label : lang === 'ja' ? `${label}（${name}）` : `${label} (${name})`;
  // 振替休日 and 国民の休日 are 休日 under the Act, not 国民の祝日: in Japanese they stand alone.
  const own = lang === 'ja' && closed.reason === 'national-holiday' && (closed.name === '振替休日' || closed.name === '国民の休日');
  const text = own
    ? (closed.name as string)
    : named(REASON_LABELS[lang][closed.reason], closed.reason === 'national-holiday' ? nationalHolidayText(closed.name, lang) : closed.name);
  const holiday = closed.reason === 'national-holiday' ? undefined : closed.holiday;
  if (holiday === undefined) return text;
  return `${text}${lang === 'ja' ? '・' : ', '}${named(REASON_LABELS[lang]['national-holiday'], nationalHolidayText(holiday.name, lang))}`;
}

/**
 * A national holiday's name: in English, its English name beside the Japanese one, as line names are shown.
 *
 * @example
 * ```ts
 * nationalHolidayText('勤労感謝の日', 'en'); //=> 'Labor Thanksgiving Day, 勤労感謝の日'
 * ```
 */
export function nationalHolidayText(name: string, lang: Lang): string;
export function nationalHolidayText(name: string | undefined, lang: Lang): string | undefined;
export function nationalHolidayText(name: string | undefined, lang: Lang): string | undefined {
  if (name === undefined || lang === 'ja') return name;
  const english = holidayName(name, 'en');
  return english === name ? name : `${english}, ${name}`;
}

/**
 * The language constraint of the terms (対応可能言語), e.g. `日本語のみ` / `Japanese only`.
 *
 * @example
 * ```ts
 * languageText(['ja'], 'en'); //=> 'Japanese only'
 * ```
 */
export function languageText(languages: readonly string[], lang: Lang): string {
  if (languages.length === 0) return '-';
  return lang === 'ja' ? `${languageWords(languages, 'ja')}のみ` : `${languageWords(languages, 'en')} only`;
}

/**
 * A line's name: Japanese as the terms write it; in English, both.
 *
 * @example
 * ```ts
 * lineLabel(line, 'en'); //=> 'Regular line (通常窓口)'
 * ```
 */
export function lineLabel(line: Line, lang: Lang): string {
  return lang === 'ja' ? line.name.ja : `${line.name.en} (${line.name.ja})`;
}

/**
 * TEL and, when the line has one, FAX.
 *
 * @example
 * ```ts
 * numbersText(line); //=> 'TEL 0120-365-800  FAX 045-640-5918'
 * ```
 */
export function numbersText(line: Line): string {
  return `TEL ${line.tel}${line.fax === undefined ? '' : `  FAX ${line.fax}`}`;
}
