import type { Closed, DayInfo, Line, Opening, Status, Suspension } from '../model/types.js';
import { holidayName } from './holiday-names.js';
import { dayDistance, jstMsOfDay, type Locale, weekdayName, weekdayOf } from './words.js';

/**
 * The words every face uses, one set per locale: the status screen and calendar of the CLI, the
 * web element, the IVR prompts and the HTTP outputs take their labels from here, and `describe`
 * builds its sentences on the same words.
 *
 * - 受付 is the activity (受付中, 受付時間外, 本日の受付は終了, 受付終了 17:30).
 * - 休業日 / closed is a whole day closed, always with its reason: the weekday (土曜日), the
 *   national holiday's name, the company holiday's name (当社休業日 when it has none).
 * - 受付時間外 / after hours, 昼休み / lunch break, 本日の受付は終了 / closed for today: the time of day.
 * - 休止 / temporary closure: only a line an override closes, with the override's name.
 * - Ranges are written `9:00～17:30` (Japanese) and `9:00–17:30` (English), lists joined by `、` / `, `.
 *
 * @example
 * ```ts
 * `${VOCABULARY.ja.closes}: 17:30`; //=> '受付終了: 17:30'
 * VOCABULARY.en.afterHours;          //=> 'after hours'
 * ```
 */
export const VOCABULARY = {
  ja: {
    open: '受付中',
    closedDay: '休業日',
    closedNow: '休業中',
    afterHours: '受付時間外',
    endedToday: '本日の受付は終了',
    lunchBreak: '昼休み',
    break: '休憩時間',
    suspended: '休止',
    companyHoliday: '当社休業日',
    nationalHoliday: '祝日',
    closes: '受付終了',
    next: '次の受付',
    languages: '対応言語',
    now: '現在',
    none: 'なし',
    zone: '日本時間',
    range: '～',
    list: '、',
  },
  en: {
    open: 'open',
    closedDay: 'closed',
    closedNow: 'closed',
    afterHours: 'after hours',
    endedToday: 'closed for today',
    lunchBreak: 'lunch break',
    break: 'break',
    suspended: 'temporary closure',
    companyHoliday: 'company holiday',
    nationalHoliday: 'national holiday',
    closes: 'closes',
    next: 'reopens',
    languages: 'languages',
    now: 'now',
    none: 'none',
    zone: 'JST',
    range: '–',
    list: ', ',
  },
} as const satisfies Readonly<Record<Locale, Readonly<Record<string, string>>>>;

/**
 * Hiragana, katakana, kanji and full-width forms: what an English voice cannot read and an
 * English page should not show.
 *
 * @example
 * ```ts
 * JAPANESE_SCRIPT.test('年末年始休業'); //=> true
 * JAPANESE_SCRIPT.test('Year-end holidays'); //=> false
 * ```
 */
export const JAPANESE_SCRIPT = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

// 振替休日 is "Holiday in lieu" in holiday_jp's data; a sentence reads better with the Cabinet
// Office's own English, "substitute holiday".
const SENTENCE_NAMES: Readonly<Record<string, string>> = { 振替休日: 'Substitute Holiday' };

/**
 * A national holiday's name in `locale`; in English `undefined` when it has no English name (one
 * added through `nationalHolidays.add`), so English words never carry Japanese script.
 *
 * @example
 * ```ts
 * nationalHolidayName('勤労感謝の日', 'en'); //=> 'Labor Thanksgiving Day'
 * nationalHolidayName('特例の休日', 'en');   //=> undefined
 * ```
 */
export function nationalHolidayName(name: string, locale: Locale): string | undefined {
  if (locale === 'ja') return name;
  const english = Object.hasOwn(SENTENCE_NAMES, name) ? (SENTENCE_NAMES[name] as string) : holidayName(name, 'en');
  return JAPANESE_SCRIPT.test(english) ? undefined : english;
}

/**
 * An integrator's name (company holiday, override) in `locale`: the Japanese name, or the English
 * one given as `name: { ja, en }`; `undefined` when there is none in that language.
 *
 * @example
 * ```ts
 * ownName({ name: '年末年始休業', nameEn: 'Year-end holidays' }, 'en'); //=> 'Year-end holidays'
 * ownName({ name: '年末年始休業' }, 'en');                           //=> undefined
 * ```
 */
export function ownName(named: { readonly name?: string; readonly nameEn?: string }, locale: Locale): string | undefined {
  const name = locale === 'ja' ? named.name : named.nameEn;
  return typeof name === 'string' && name !== '' && !(locale === 'en' && JAPANESE_SCRIPT.test(name)) ? name : undefined;
}

/**
 * The name that goes with a closure in `locale`: the national holiday's, or the integrator's own.
 *
 * @example
 * ```ts
 * closureName({ reason: 'national-holiday', name: '勤労感謝の日' }, 'en'); //=> 'Labor Thanksgiving Day'
 * ```
 */
export function closureName(closed: Closed, locale: Locale): string | undefined {
  if (closed.reason === 'national-holiday') return closed.name === undefined ? undefined : nationalHolidayName(closed.name, locale);
  return ownName(closed, locale);
}

/**
 * The lines an override closes that day, read from a Status or decision (`[]` when it has none).
 *
 * @example
 * ```ts
 * suspensionsOf(custom.status('2026-12-28T10:00:00+09:00')).map((s) => s.line.id); //=> ['night']
 * ```
 */
export function suspensionsOf(x: unknown): readonly Suspension[] {
  const list = (x as { suspended?: unknown } | null)?.suspended;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is Suspension => typeof s === 'object' && s !== null && typeof (s as Suspension).line?.name?.ja === 'string');
}

const HOURS_WINDOW = /(\d{1,2}):(\d{2})\s*[～〜~–-]\s*(\d{1,2}):(\d{2})/g;
const NOON_HALF = 12.5 * 3_600_000;

/** A line's published windows as [start, end) ms of the day, from `Line.hours` ('9:00～12:00, 13:00～17:30'). */
function publishedWindows(line: Line): [number, number][] {
  return [...line.hours.matchAll(HOURS_WINDOW)].map((m) => [(Number(m[1]) * 60 + Number(m[2])) * 60_000, (Number(m[3]) * 60 + Number(m[4])) * 60_000]);
}

const BREAK_AT_MOST = 2 * 3_600_000;

/**
 * What a gap between two windows of the same line is: its lunch break (it spans 12:30), another
 * break (up to two hours), or `null` for a longer gap, which is simply 受付時間外 / after hours.
 *
 * @example
 * ```ts
 * gapKind(12 * 3_600_000, 13 * 3_600_000); //=> 'lunchBreak'
 * gapKind(0.5 * 3_600_000, 9 * 3_600_000); //=> null
 * ```
 */
export function gapKind(endMs: number, startMs: number): 'lunchBreak' | 'break' | null {
  if (startMs - endMs > BREAK_AT_MOST) return null;
  return endMs <= NOON_HALF && NOON_HALF < startMs ? 'lunchBreak' : 'break';
}

/**
 * When no line is open between two windows: whether it is a break of the line that opens next
 * (edition 14's 12:00～13:00), and which; `null` when the next window belongs to another line or
 * is the line's first of the day (then it is simply 受付時間外).
 *
 * @example
 * ```ts
 * breakAt(new Date('2022-11-16T03:30:00Z'), desk.nextOpening('2022-11-16T12:30:00+09:00')); //=> 'lunchBreak'
 * ```
 */
export function breakAt(at: Date, next: Opening | null): 'lunchBreak' | 'break' | null {
  if (next === null || next.opensAt.getTime() - at.getTime() >= 86_400_000) return null;
  const start = jstMsOfDay(next.opensAt);
  const now = jstMsOfDay(at);
  if (now > start) return null; // the next window is on another day
  const windows = publishedWindows(next.line);
  const i = windows.findIndex(([s]) => s === start);
  const before = i > 0 ? windows[i - 1] : undefined;
  return before !== undefined && before[1] <= now ? gapKind(before[1], start) : null;
}

/**
 * A closure in a few words, for status rows, calendar cells and badges: `休業日（土曜日）`,
 * `休業日（年末年始休業・元日）`, `休止（社内研修）`, `受付時間外`, `昼休み`, `本日の受付は終了`;
 * `closed (Saturday)`, `closed (company holiday)`, `temporary closure`, `after hours`, `lunch break`,
 * `closed for today`.
 *
 * @param closed - the closure (`status.closed`, `day.closed`)
 * @param weekday - ISO weekday of the day (1 = Monday), for weekends
 * @param locale - `'ja'` or `'en'`
 * @param gap - for `between-windows`, the break it is (see `breakAt`), if any
 * @example
 * ```ts
 * closedLabel({ reason: 'weekend' }, 7, 'ja');                                  //=> '休業日（日曜日）'
 * closedLabel({ reason: 'company-holiday', name: '年末年始休業' }, 5, 'en');   //=> 'closed (company holiday)'
 * ```
 */
export function closedLabel(closed: Closed, weekday: number, locale: Locale, gap: 'lunchBreak' | 'break' | null = null): string {
  const v = VOCABULARY[locale];
  const inBrackets = (word: string, names: (string | undefined)[]): string => {
    const shown = names.filter((n): n is string => n !== undefined);
    if (shown.length === 0) return word;
    return locale === 'ja' ? `${word}（${shown.join('・')}）` : `${word} (${shown.join(', ')})`;
  };
  const holiday = closed.reason !== 'national-holiday' && closed.holiday !== undefined ? nationalHolidayName(closed.holiday.name, locale) : undefined;
  switch (closed.reason) {
    case 'weekend':
      return inBrackets(v.closedDay, [weekdayName(weekday, locale)]);
    case 'national-holiday':
      return inBrackets(v.closedDay, [closureName(closed, locale) ?? v.nationalHoliday]);
    case 'company-holiday':
      return inBrackets(v.closedDay, [closureName(closed, locale) ?? v.companyHoliday, holiday]);
    case 'override':
      return inBrackets(v.suspended, [closureName(closed, locale), holiday]);
    case 'before-hours':
      return v.afterHours;
    case 'between-windows':
      return gap === null ? v.afterHours : v[gap];
    case 'after-hours':
      return v.endedToday;
  }
}

/**
 * A Status in a few words: `受付中（通常窓口）` / `open (Regular line)`, or its `closedLabel`.
 *
 * @example
 * ```ts
 * statusLabel(desk.status('2026-11-28T10:00:00+09:00'), 'ja'); //=> '休業日（土曜日）'
 * statusLabel(desk.status('2026-11-25T10:00:00+09:00'), 'en'); //=> 'open (Regular line)'
 * ```
 */
export function statusLabel(status: Status, locale: Locale): string {
  const v = VOCABULARY[locale];
  if (status.line !== null) return locale === 'ja' ? `${v.open}（${status.line.name.ja}）` : `${v.open} (${status.line.name.en})`;
  const closed = status.closed ?? { reason: 'after-hours' as const };
  // A company closure of some hours (a window opens again today) is no whole 休業日.
  if (closed.reason === 'company-holiday' && status.next !== null && dayDistance(status.at, status.next.opensAt) === 0) {
    const name = closureName(closed, locale);
    return name === undefined ? v.closedNow : locale === 'ja' ? `${v.closedNow}（${name}）` : `${v.closedNow} (${name})`;
  }
  return closedLabel(closed, weekdayOf(status.at), locale, closed.reason === 'between-windows' ? breakAt(status.at, status.next) : null);
}

/**
 * A day in a few words for a calendar: its `closedLabel` when the whole day is closed, else `null`
 * (the day's windows are shown instead).
 *
 * @example
 * ```ts
 * dayLabel(day(desk, '2026-11-23'), 'ja'); //=> '休業日（勤労感謝の日）'
 * dayLabel(day(desk, '2026-11-23'), 'en'); //=> 'closed (Labor Thanksgiving Day)'
 * ```
 */
export function dayLabel(day: DayInfo, locale: Locale): string | null {
  return day.closed === null ? null : closedLabel(day.closed, day.weekday, locale);
}
