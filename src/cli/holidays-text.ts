import type { ICalSkipReason } from '../ical/types.js';
import { formatJst } from '../time/format-jst.js';
import type { ClosureItem, ClosureSource, HolidayList } from './holidays.js';
import { clockText, dateText, whenText } from './jst-text.js';
import { type Lang, nationalHolidayText, WEEKDAY_LABELS } from './labels.js';
import type { Paint } from './paint.js';
import { provisionalMark } from './provisional.js';

const HEADINGS: Readonly<Record<Lang, Record<'title' | 'national' | 'company' | 'overrides' | 'skipped' | 'none' | 'opened', string>>> = {
  ja: {
    title: '休業日の一覧',
    national: '祝日・休日',
    company: '当社休業日',
    overrides: '臨時休止（全窓口）',
    skipped: '読み込まなかった予定',
    none: 'なし',
    opened: '（上書きにより受付あり）',
  },
  en: {
    title: 'Closures',
    national: 'National holidays',
    company: 'Company closures',
    overrides: 'Special closures (every line)',
    skipped: 'Events not imported',
    none: 'none',
    opened: ' (opened by an override)',
  },
};

/** Why an event was not imported, in a few words (the message after it gives the line and the value). */
const SKIP_REASONS: Readonly<Record<ICalSkipReason, Readonly<Record<Lang, string>>>> = {
  cancelled: { ja: 'キャンセル済み', en: 'cancelled' },
  transparent: { ja: '予定なし（空き時間）扱い', en: 'shown as free' },
  'madoguchi-open-window': { ja: 'madoguchi が書き出した受付時間', en: "madoguchi's own open window" },
  'madoguchi-weekend': { ja: 'madoguchi が書き出した土日', en: "madoguchi's own weekend" },
  'madoguchi-national-holiday': { ja: 'madoguchi が書き出した祝日', en: "madoguchi's own national holiday" },
  'no-start': { ja: 'DTSTART がない', en: 'no DTSTART' },
  empty: { ja: '長さがない', en: 'no length' },
  'invalid-value': { ja: '読めない値', en: 'a value that is not one' },
  'unknown-time-zone': { ja: '不明なタイムゾーン', en: 'unknown time zone' },
  'too-many-occurrences': { ja: '繰り返しが多すぎる', en: 'too many occurrences' },
};

const dayText = (ms: number, lang: Lang): string => {
  const date = dateText(new Date(ms));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return `${date} (${WEEKDAY_LABELS[lang][weekday]})`;
};

/** When a closure runs: whole days as dates (the last included), else times in JST. */
function spanText(c: ClosureItem, lang: Lang): string {
  if (c.wholeDays) {
    const lastDay = c.end - 1;
    const one = dateText(new Date(c.start)) === dateText(new Date(lastDay));
    return one ? dayText(c.start, lang) : `${dayText(c.start, lang)} – ${dayText(lastDay, lang)}`;
  }
  const sameDay = dateText(new Date(c.start)) === dateText(new Date(c.end - 1));
  const end = clockText(new Date(c.end));
  return sameDay
    ? `${whenText(new Date(c.start), lang)}–${end === '0:00' ? '24:00' : end}`
    : `${whenText(new Date(c.start), lang)} – ${whenText(new Date(c.end), lang)}`;
}

const nameText = (name: ClosureItem['name'], lang: Lang): string | undefined => (name === undefined || typeof name === 'string' ? name : name[lang]);

function sourceText(s: ClosureSource, lang: Lang): string {
  if (s.index !== undefined) return lang === 'ja' ? `${s.file} の ${s.index + 1} 件目` : `${s.file} entry ${s.index + 1}`;
  const uid = s.uid === undefined ? '' : ` UID ${s.uid}`;
  return lang === 'ja' ? `${s.file} ${s.line} 行目${uid}` : `${s.file} line ${s.line}${uid}`;
}

/**
 * The list as text: national holidays (provisional ones marked), company closures with the event
 * or entry they came from, whole-day overrides, and the events not imported with the reason.
 *
 * @example
 * ```ts
 * holidaysText(list, 'en', plain).split('\n')[0]; //=> 'Closures from 2027-01-01 to 2027-01-31 (JST)'
 * ```
 */
export function holidaysText(list: HolidayList, lang: Lang, p: Paint): string {
  const h = HEADINGS[lang];
  const out = [lang === 'ja' ? `${h.title}: ${list.from} から ${list.to} まで（日本時間）` : `${h.title} from ${list.from} to ${list.to} (JST)`];
  const section = (title: string, rows: string[]): void => {
    out.push('', `${title}:`, ...(rows.length === 0 ? [`  ${p.dim(h.none)}`] : rows.map((r) => `  ${r}`)));
  };
  section(
    h.national,
    list.national.map((n) => {
      const day = dayText(Date.parse(`${n.date}T00:00:00+09:00`), lang);
      return `${day}  ${p.closed(nationalHolidayText(n.name, lang))}${provisionalMark(n, lang)}${n.closes ? '' : p.dim(h.opened)}`;
    }),
  );
  section(
    h.company,
    list.company.map((c) => {
      const name = nameText(c.name, lang);
      return `${spanText(c, lang)}  ${p.closed(name ?? h.company)}  ${p.dim(`← ${sourceText(c.source, lang)}`)}`;
    }),
  );
  if (list.overrides.length > 0) {
    section(
      h.overrides,
      list.overrides.map((o) => `${dayText(Date.parse(`${o.date}T00:00:00+09:00`), lang)}  ${p.closed(o.name ?? h.overrides)}`),
    );
  }
  if (list.skipped.length > 0) {
    section(
      `${h.skipped} (${list.skipped.length})`,
      list.skipped.map((s) => `${s.summary === undefined ? '' : `${s.summary}  `}${p.dim(`[${SKIP_REASONS[s.reason][lang]}]`)} ${s.message}`),
    );
  }
  return out.join('\n');
}

/**
 * The list as JSON, instants in JST (`…+09:00`).
 *
 * @example
 * ```ts
 * JSON.parse(holidaysJson(list)).company[0].start; //=> '2026-12-29T00:00:00.000+09:00'
 * ```
 */
export function holidaysJson(list: HolidayList): string {
  return JSON.stringify(
    {
      from: list.from,
      to: list.to,
      nationalHolidays: list.national,
      companyClosures: list.company.map((c) => ({ ...c, start: formatJst(c.start), end: formatJst(c.end) })),
      overrides: list.overrides,
      skipped: list.skipped,
    },
    null,
    2,
  );
}
