import { holidayName } from '../format/holiday-names.js';
import type { CompanyHolidayEntry, ICalSkipped } from '../ical/types.js';
import { type Desk, day as dayOf, type HolidayMark } from '../index.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { toEpochMs } from '../time/instant.js';

const MS_PER_DAY = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
const dayStart = (day: number): number => day * MS_PER_DAY - JST_OFFSET_MS;

/**
 * A national holiday in the range, and whether the desk closes for it (an override may open it).
 *
 * @example
 * ```ts
 * const h: NationalHolidayItem = { date: '2027-01-01', name: '元日', nameEn: "New Year's Day", provisional: false, closes: true };
 * ```
 */
export interface NationalHolidayItem extends HolidayMark {
  readonly date: string;
  /** The English name (`New Year's Day`). */
  readonly nameEn: string;
  readonly closes: boolean;
}

/**
 * Where a company closure was written: the file and, for iCalendar, the event (its BEGIN:VEVENT
 * line, UID and SUMMARY); for JSON, the index in `companyHolidays`.
 *
 * @example
 * ```ts
 * const s: ClosureSource = { file: 'closures.ics', line: 17, uid: 'nenmatsu@example.co.jp', summary: '年末年始休業' };
 * ```
 */
export interface ClosureSource {
  readonly file: string;
  readonly line?: number;
  readonly uid?: string;
  readonly summary?: string;
  readonly index?: number;
}

/**
 * A company closure in the range: from `start` to `end` (half-open, JST instants), whole days or not.
 *
 * @example
 * ```ts
 * const c: ClosureItem = { start: 1798470000000, end: 1798988400000, wholeDays: true, name: '年末年始休業', source };
 * ```
 */
export interface ClosureItem {
  readonly start: number;
  readonly end: number;
  readonly wholeDays: boolean;
  readonly name?: string | { readonly ja: string; readonly en: string };
  readonly source: ClosureSource;
}

/**
 * What `madoguchi holidays` lists: the days and closures of `[from, to]` (JST days, both included).
 *
 * @example
 * ```ts
 * const list: HolidayList = { from: '2026-12-01', to: '2027-01-31', national: [], company: [], overrides: [], skipped: [] };
 * ```
 */
export interface HolidayList {
  readonly from: string;
  readonly to: string;
  readonly national: readonly NationalHolidayItem[];
  readonly company: readonly ClosureItem[];
  /** Days an override closes every line of. */
  readonly overrides: readonly { readonly date: string; readonly name?: string }[];
  readonly skipped: readonly ICalSkipped[];
}

type Entry = CompanyHolidayEntry | { readonly date: string; readonly name?: unknown } | unknown;

/** The [start, end) spans of one `companyHolidays` entry that can touch the days first..last. */
type Span = Omit<ClosureItem, 'source'>;

function spansOf(entry: Entry, first: number, last: number): Span[] {
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const nameValue = record.name;
  const name: { name?: NonNullable<ClosureItem['name']> } =
    typeof nameValue === 'string' || (typeof nameValue === 'object' && nameValue !== null) ? { name: nameValue as NonNullable<ClosureItem['name']> } : {};
  if (typeof record.start === 'string' && typeof record.end === 'string') {
    return [{ start: toEpochMs(record.start, 'start'), end: toEpochMs(record.end, 'end'), wholeDays: false, ...name }];
  }
  const spec = typeof entry === 'string' ? entry : typeof record.date === 'string' ? record.date : undefined;
  if (spec === undefined) return [];
  const [a = '', b] = spec.split('/');
  if (!a.startsWith('--')) {
    const startDay = parseDate(a);
    const endDay = b === undefined ? startDay : parseDate(b);
    return [{ start: dayStart(startDay), end: dayStart(endDay + 1), wholeDays: true, ...name }];
  }
  // A yearly entry: each year whose occurrence can touch the range (one that wraps New Year starts the year before).
  const spans: Span[] = [];
  const firstYear = Number(formatDate(first).slice(0, 4)) - 1;
  const lastYear = Number(formatDate(last).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const from = `${year}${a.slice(1)}`;
    const toMd = b ?? a;
    // 02-29 exists only in leap years: skip the others, as the desk does.
    if (!isRealDate(from)) continue;
    const wraps = toMd.slice(2) < a.slice(2);
    const to = `${wraps ? year + 1 : year}${toMd.slice(1)}`;
    const endDay = isRealDate(to) ? parseDate(to) : parseDate(`${to.slice(0, 8)}28`);
    spans.push({ start: dayStart(parseDate(from)), end: dayStart(endDay + 1), wholeDays: true, ...name });
  }
  return spans;
}

function isRealDate(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lists the national holidays, company closures (with their source) and whole-day overrides of
 * `[from, to]`, and the events of an iCalendar file that did not become closures.
 *
 * @example
 * ```ts
 * holidayList(desk, '2027-01-01', '2027-01-31', { file: 'x.ics', entries: [], skipped: [] }).national[0];
 * //=> { date: '2027-01-01', name: '元日', nameEn: "New Year's Day", provisional: false, closes: true }
 * ```
 */
export function holidayList(
  desk: Desk,
  from: string,
  to: string,
  source:
    | {
        readonly file: string;
        readonly closures: readonly { entry: CompanyHolidayEntry; line: number; uid?: string; summary?: string }[];
        readonly skipped: readonly ICalSkipped[];
      }
    | { readonly file: string; readonly entries: readonly unknown[] }
    | undefined,
): HolidayList {
  const first = parseDate(from);
  const last = parseDate(to);
  const national: NationalHolidayItem[] = [];
  const overrides: { date: string; name?: string }[] = [];
  for (let day = first; day <= last; day++) {
    const info = dayOf(desk, formatDate(day));
    if (info.holiday !== null) {
      const { name, provisional } = info.holiday;
      national.push({ date: info.date, name, nameEn: holidayName(name, 'en'), provisional, closes: info.closed !== null });
    }
    if (info.closed?.reason === 'override') overrides.push({ date: info.date, ...(info.closed.name === undefined ? {} : { name: info.closed.name }) });
  }
  const rangeStart = dayStart(first);
  const rangeEnd = dayStart(last + 1);
  const company: ClosureItem[] = [];
  const add = (entry: unknown, where: ClosureSource): void => {
    for (const span of spansOf(entry, first, last)) if (span.start < rangeEnd && span.end > rangeStart) company.push({ ...span, source: where });
  };
  if (source !== undefined && 'closures' in source) {
    for (const c of source.closures) {
      add(c.entry, {
        file: source.file,
        line: c.line,
        ...(c.uid === undefined ? {} : { uid: c.uid }),
        ...(c.summary === undefined ? {} : { summary: c.summary }),
      });
    }
  } else if (source !== undefined) {
    for (const [index, entry] of source.entries.entries()) add(entry, { file: source.file, index });
  }
  company.sort((x, y) => x.start - y.start || x.end - y.end);
  return { from, to, national, company, overrides, skipped: source !== undefined && 'skipped' in source ? source.skipped : [] };
}
