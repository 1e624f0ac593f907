import type { DayInfo, Line } from '../index.js';
import { clockText, closingText } from './jst-text.js';
import { closureText, type Lang, nationalHolidayText, REASON_LABELS, WEEKDAY_LABELS } from './labels.js';
import type { Paint } from './paint.js';

const CLOSED_WORD: Readonly<Record<Lang, string>> = { ja: '休業', en: 'closed' };
const LINE_CLOSED_WORD: Readonly<Record<Lang, string>> = { ja: '休止', en: 'closed' };

/**
 * One calendar row: date, weekday, then each line's windows (a line the day's overrides closed
 * says so), or the reason the whole day is closed with the holiday's or closure's name.
 *
 * @example
 * ```ts
 * calendarRow(day(desk, '2026-11-23'), lines(desk, '2026-11-23T00:00:00+09:00'), 'ja', plain);
 * //=> '2026-11-23 月  休業: 祝日（勤労感謝の日）'
 * ```
 */
export function calendarRow(day: DayInfo, lines: readonly Line[], lang: Lang, p: Paint): string {
  const head = `${day.date} ${WEEKDAY_LABELS[lang][day.weekday]}`;
  if (day.closed !== null) return `${head}  ${p.closed(`${CLOSED_WORD[lang]}: ${closureText(day.closed, lang)}`)}`;
  const cells = lines.map((line) => {
    const own = day.windows.filter((w) => w.line.id === line.id);
    const name = lang === 'ja' ? line.name.ja : line.name.en;
    if (own.length === 0) return p.dim(`${name} ${LINE_CLOSED_WORD[lang]}`);
    return `${name} ${p.open(own.map((w) => `${clockText(w.opensAt)}–${closingText(w.closesAt)}`).join(', '))}`;
  });
  // A national holiday the integrator opened on (an override) is still worth seeing.
  const holiday = day.holiday === null ? '' : `  ${p.dim(`(${REASON_LABELS[lang]['national-holiday']}: ${nationalHolidayText(day.holiday.name, lang)})`)}`;
  return `${head}  ${cells.join('  ')}${holiday}`;
}

/**
 * The month view: a title, then one row per day.
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
  return lang === 'ja' ? `${year}年${Number(mm)}月（日本時間）` : `${MONTHS_EN[Number(mm) - 1]} ${year} (JST)`;
}
