import { closedLabel, nationalHolidayName, VOCABULARY } from '../format/vocabulary.js';
import { languageWords, weekdayShort } from '../format/words.js';
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
 * The CLI's words: row labels and the time zone label, taken from the library's one vocabulary
 * (`src/format/vocabulary.ts`) so the terminal says what pages, chat replies and IVR prompts say.
 *
 * @example
 * ```ts
 * LABELS.ja.closes; //=> '受付終了'
 * LABELS.en.zone;   //=> 'JST'
 * ```
 */
export const LABELS = {
  ja: {
    open: VOCABULARY.ja.open,
    closes: VOCABULARY.ja.closes,
    now: VOCABULARY.ja.now,
    next: VOCABULARY.ja.next,
    languages: VOCABULARY.ja.languages,
    none: VOCABULARY.ja.none,
    zone: VOCABULARY.ja.zone,
    edition: (n: number) => `第${n}版`,
    noOpening: '次の受付の予定はございません。',
  },
  en: {
    open: 'Open',
    closes: 'Closes',
    now: 'Now',
    next: 'Next',
    languages: 'Languages',
    none: 'none',
    zone: VOCABULARY.en.zone,
    edition: (n: number) => `edition ${n}`,
    noOpening: 'No further opening is scheduled.',
  },
} as const;

/**
 * Short weekday names, index 1 = Monday … 7 = Sunday (ISO).
 *
 * @example
 * ```ts
 * WEEKDAY_LABELS.ja[7]; //=> '日'
 * ```
 */
export const WEEKDAY_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  ja: ['', ...[1, 2, 3, 4, 5, 6, 7].map((d) => weekdayShort(d, 'ja'))],
  en: ['', ...[1, 2, 3, 4, 5, 6, 7].map((d) => weekdayShort(d, 'en'))],
};

/**
 * Why a line or a day is closed, in one or two words of the vocabulary (the reason alone; see
 * `closureText` for the reason with its name).
 *
 * @example
 * ```ts
 * REASON_LABELS.ja['company-holiday']; //=> '当社休業日'
 * ```
 */
export const REASON_LABELS: Readonly<Record<Lang, Readonly<Record<ClosedReason, string>>>> = {
  ja: {
    weekend: VOCABULARY.ja.closedDay,
    'national-holiday': VOCABULARY.ja.nationalHoliday,
    'company-holiday': VOCABULARY.ja.companyHoliday,
    override: VOCABULARY.ja.suspended,
    'before-hours': VOCABULARY.ja.afterHours,
    'between-windows': VOCABULARY.ja.afterHours,
    'after-hours': VOCABULARY.ja.endedToday,
  },
  en: {
    weekend: VOCABULARY.en.closedDay,
    'national-holiday': VOCABULARY.en.nationalHoliday,
    'company-holiday': VOCABULARY.en.companyHoliday,
    override: VOCABULARY.en.suspended,
    'before-hours': VOCABULARY.en.afterHours,
    'between-windows': VOCABULARY.en.afterHours,
    'after-hours': VOCABULARY.en.endedToday,
  },
};

/**
 * A closure in the vocabulary's few words: `休業日（土曜日）`, `休業日（年末年始休業・元日）`,
 * `休止（社内研修）`, `受付時間外`, `本日の受付は終了`; `closed (Saturday)`, `after hours`, ….
 *
 * @param weekday - ISO weekday of the day (1 = Monday), which names a weekend closure (without it, 休業日 alone)
 * @param gap - for `between-windows`, the break it is (`breakAt`), if any
 * @example
 * ```ts
 * closureText({ reason: 'company-holiday', name: '年末年始休業', holiday: { name: '元日', provisional: false } }, 'ja', 5);
 * //=> '休業日（年末年始休業・元日）'
 * ```
 */
export function closureText(closed: Closed, lang: Lang, weekday?: number, gap: 'lunchBreak' | 'break' | null = null): string {
  if (closed.reason === 'weekend' && weekday === undefined) return VOCABULARY[lang].closedDay;
  return closedLabel(closed, weekday ?? 1, lang, gap);
}

/**
 * A national holiday's name: in English its English name alone (English output carries no
 * Japanese script), or the words "national holiday" when it has none.
 *
 * @example
 * ```ts
 * nationalHolidayText('勤労感謝の日', 'en'); //=> 'Labor Thanksgiving Day'
 * ```
 */
export function nationalHolidayText(name: string, lang: Lang): string {
  return nationalHolidayName(name, lang) ?? VOCABULARY[lang].nationalHoliday;
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
  if (languages.length === 0) return LABELS[lang].none;
  return lang === 'ja' ? `${languageWords(languages, 'ja')}のみ` : `${languageWords(languages, 'en')} only`;
}

/**
 * A line's name in the CLI's language.
 *
 * @example
 * ```ts
 * lineLabel(line, 'en'); //=> 'Regular line'
 * ```
 */
export function lineLabel(line: Line, lang: Lang): string {
  return line.name[lang];
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
