import type { DayInfo, Line, Opening, Status } from '../index.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { formatClockTime } from '../time/clock-time.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { formatJst } from '../time/format-jst.js';

export type Lang = 'ja' | 'en';

/** Terminal colours, off unless stdout is a TTY and NO_COLOR is unset (https://no-color.org). */
export interface Paint {
  open(s: string): string;
  closed(s: string): string;
  dim(s: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (code: string) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { open: wrap('32'), closed: wrap('31'), dim: wrap('2') };
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  ja: ['', '月', '火', '水', '木', '金', '土', '日'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** One closure reason per label: the calendar view and the status lines share it. */
const REASON: Record<Lang, Record<string, string>> = {
  ja: {
    weekend: '土日',
    'national-holiday': '祝日',
    'company-holiday': '当社休業日',
    override: '臨時',
    'before-hours': '受付開始前',
    'between-windows': '受付時間外',
    'after-hours': '受付終了',
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

const jstDayOf = (d: Date): number => Math.floor((d.getTime() + JST_OFFSET_MS) / MS_PER_DAY);
const clock = (d: Date): string => formatClockTime(d.getTime() + JST_OFFSET_MS - jstDayOf(d) * MS_PER_DAY);
const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** `2026-11-26 (木) 9:00` in JST. */
export function when(d: Date, lang: Lang): string {
  const day = jstDayOf(d);
  return `${formatDate(day)} (${WEEKDAYS[lang][weekdayOf(day)]}) ${clock(d)}`;
}

const lineLabel = (line: Line, lang: Lang): string => (lang === 'ja' ? line.name.ja : `${line.name.en} (${line.name.ja})`);
const numbers = (line: Line): string => `TEL ${line.tel}${line.fax ? `  FAX ${line.fax}` : ''}`;

/** The status screen: every line of the edition in force, open until when or opening when. */
export function renderStatus(status: Status, lines: readonly Line[], nextOf: (line: Line) => Opening | null, sentence: string, lang: Lang, p: Paint): string {
  const out = [
    `${formatJst(status.at.getTime()).slice(0, 16).replace('T', ' ')} JST  ${p.dim(lang === 'ja' ? `第${status.edition}版` : `edition ${status.edition}`)}`,
  ];
  for (const line of lines) {
    const isOpen = status.line?.id === line.id;
    const next = isOpen ? null : nextOf(line);
    const state = isOpen
      ? p.open(lang === 'ja' ? `● 受付中 ${clock(status.closesAt as Date)}まで` : `● open until ${clock(status.closesAt as Date)}`)
      : p.closed(
          lang === 'ja' ? `○ 受付時間外${next ? `  次は ${when(next.opensAt, lang)}` : ''}` : `○ closed${next ? `  opens ${when(next.opensAt, lang)}` : ''}`,
        );
    out.push(`${lineLabel(line, lang)}  ${numbers(line)}  ${line.hours}`, `  ${state}`);
  }
  if (status.closed)
    out.push(p.dim(`${lang === 'ja' ? '理由' : 'reason'}: ${REASON[lang][status.closed.reason]}${status.closed.name ? ` (${status.closed.name})` : ''}`));
  out.push(lang === 'ja' ? `対応言語: ${status.languages.join(', ') || '-'}` : `Languages: ${status.languages.join(', ') || '-'}`, sentence);
  return out.join('\n');
}

export function renderNext(next: Opening | null, lang: Lang): string {
  if (next === null) return lang === 'ja' ? '次の受付予定はありません。' : 'No further opening is scheduled.';
  return `${when(next.opensAt, lang)}–${clock(next.closesAt)} JST  ${lineLabel(next.line, lang)}  ${numbers(next.line)}`;
}

/** One row per day: date, weekday, each window, or the reason the day is closed. */
export function renderCalendar(days: readonly DayInfo[], lang: Lang, p: Paint): string {
  return days
    .map((d) => {
      const head = `${d.date} ${WEEKDAYS[lang][d.weekday]}`;
      if (d.closed) return `${head}  ${p.closed(`${REASON[lang][d.closed.reason]}${d.closed.name ? ` ${d.closed.name}` : ''}`)}`;
      const slots = d.windows.map((w) => `${lang === 'ja' ? w.line.name.ja : w.line.id} ${clock(w.opensAt)}–${clock(w.closesAt)}`);
      const note = d.holiday ? p.dim(`  (${d.holiday.name})`) : '';
      return `${head}  ${p.open(slots.join('  '))}${note}`;
    })
    .join('\n');
}

/** The JST days of a month `YYYY-MM`. */
export function daysOfMonth(month: string): string[] {
  const first = parseDate(`${month}-01`);
  const days: string[] = [];
  for (let d = first; formatDate(d).startsWith(month); d++) days.push(formatDate(d));
  return days;
}
