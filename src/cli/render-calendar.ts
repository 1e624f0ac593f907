import { dayLabel, VOCABULARY } from '../format/vocabulary.js';
import type { DayInfo, Line, Opening } from '../index.js';
import { clockText, closingText } from './jst-text.js';
import { LABELS, type Lang, lineLabel, nationalHolidayText, WEEKDAY_LABELS } from './labels.js';
import type { Paint } from './paint.js';
import { provisionalMark } from './provisional.js';

/**
 * A line's windows of a day in the vocabulary's range form: `9:00～12:00、13:00～17:30` /
 * `9:00–12:00, 13:00–17:30`.
 *
 * @example
 * ```ts
 * windowsText(day(desk, '2022-11-16').windows, 'ja'); //=> '9:00～12:00、13:00～17:30'
 * ```
 */
export function windowsText(windows: readonly Opening[], lang: Lang): string {
  const v = VOCABULARY[lang];
  return windows.map((w) => `${clockText(w.opensAt)}${v.range}${closingText(w.closesAt)}`).join(v.list);
}

/**
 * One calendar row: date, weekday, then each line's windows (a line the day's overrides closed
 * says 休止), or the closed day with its reason: `休業日（勤労感謝の日）`.
 *
 * @example
 * ```ts
 * calendarRow(day(desk, '2026-11-23'), lines(desk, '2026-11-23T00:00:00+09:00'), 'ja', plain);
 * //=> '2026-11-23 月  休業日（勤労感謝の日）'
 * ```
 */
export function calendarRow(day: DayInfo, lines: readonly Line[], lang: Lang, p: Paint): string {
  const head = `${day.date} ${WEEKDAY_LABELS[lang][day.weekday]}`;
  const closed = dayLabel(day, lang);
  if (closed !== null) return `${head}  ${p.closed(`${closed}${provisionalMark(day.holiday, lang)}`)}`;
  const cells = lines.map((line) => {
    const own = day.windows.filter((w) => w.line.id === line.id);
    if (own.length === 0) return p.dim(`${lineLabel(line, lang)} ${VOCABULARY[lang].suspended}`);
    return `${lineLabel(line, lang)} ${p.open(windowsText(own, lang))}`;
  });
  // A national holiday the integrator opened on (an override) is still worth seeing.
  const name = day.holiday === null ? '' : `${nationalHolidayText(day.holiday.name, lang)}${provisionalMark(day.holiday, lang)}`;
  const holiday =
    day.holiday === null ? '' : `  ${p.dim(lang === 'ja' ? `${VOCABULARY.ja.nationalHoliday}（${name}）` : `${VOCABULARY.en.nationalHoliday} (${name})`)}`;
  return `${head}  ${cells.join('  ')}${holiday}`;
}

/**
 * The month view: a title with the time zone label, then one row per day.
 *
 * @example
 * ```ts
 * renderCalendar('2026-11', days, linesOf, 'en', plain).split('\n')[0]; //=> 'November 2026 (JST)'
 * ```
 */
export function renderCalendar(month: string, days: readonly DayInfo[], linesOf: (day: DayInfo) => readonly Line[], lang: Lang, p: Paint): string {
  return [monthTitle(month, lang), ...days.map((day) => calendarRow(day, linesOf(day), lang, p))].join('\n');
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthTitle(month: string, lang: Lang): string {
  const [year, mm] = month.split('-') as [string, string];
  return lang === 'ja' ? `${year}年${Number(mm)}月（${LABELS.ja.zone}）` : `${MONTHS_EN[Number(mm) - 1]} ${year} (${LABELS.en.zone})`;
}
