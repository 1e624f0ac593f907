import holidayJp from '@holiday-jp/holiday_jp';
import { DateTime } from 'luxon';

/**
 * A deliberately plain second implementation of 第6条 of the desknet's クラウドサービス利用約款,
 * written from the terms text (and the design notes' reading of 当社休業日 and overrides), sharing
 * nothing with src/: luxon turns instants into Tokyo wall-clock days, @holiday-jp/holiday_jp (the
 * Cabinet Office list) says which days are 祝日, and every answer is found by looking at the day's
 * windows one by one. It is meant to be obviously right, not fast.
 */

const ZONE = 'Asia/Tokyo';
const MS_PER_MINUTE = 60_000;

export type LineId = 'regular' | 'night';
export type Reason = 'weekend' | 'national-holiday' | 'company-holiday' | 'override' | 'before-hours' | 'between-windows' | 'after-hours';

/** Minutes after midnight, [opens, closes). */
type Minutes = readonly [opens: number, closes: number];

interface Edition {
  readonly edition: number;
  /** First JST date in force. */
  readonly from: string;
  /** In the terms' order: on a tie, the earlier line is reported. */
  readonly lines: readonly { readonly id: LineId; readonly hours: readonly Minutes[] }[];
}

// 第14版 (2020年7月1日) 第6条1項: 問い合わせ窓口 受付時間 9:00～12:00 及び 13:00～17:30 (UTC+9, 土日祝日及び当社休業日を除く).
// 第15版 (付則: 2023年2月6日から実施) 第6条1項: (1) 通常窓口 9:00～17:30, (2) 夜間延長窓口 18:00～20:00, same exclusions.
const EDITIONS: readonly Edition[] = [
  {
    edition: 14,
    from: '2020-07-01',
    lines: [
      {
        id: 'regular',
        hours: [
          [9 * 60, 12 * 60],
          [13 * 60, 17 * 60 + 30],
        ],
      },
    ],
  },
  {
    edition: 15,
    from: '2023-02-06',
    lines: [
      { id: 'regular', hours: [[9 * 60, 17 * 60 + 30]] },
      { id: 'night', hours: [[18 * 60, 20 * 60]] },
    ],
  },
];

// Precomputed once: holiday_jp's own isHoliday scans all its keys on every call.
const HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays));
const LAST_HOLIDAY_YEAR = Math.max(...[...HOLIDAYS].map((date) => Number(date.slice(0, 4))));
/** The last date the reference can judge: the Cabinet Office list ends in that year. */
export const LAST_KNOWN_DATE = `${LAST_HOLIDAY_YEAR}-12-31`;

/** An override as the integrator writes it: `windows` as `['H:MM', 'H:MM']` pairs, or `closed`. */
export interface ReferenceOverride {
  readonly date: string;
  readonly lineId?: LineId;
  readonly closed?: true;
  readonly windows?: readonly (readonly [string, string])[];
}

/** A company closure between two instants, [start, end) in epoch ms. */
export interface ReferenceClosure {
  readonly start: number;
  readonly end: number;
}

export interface ReferenceOptions {
  /** 当社休業日, as a plain test on the JST date. */
  readonly isCompanyHoliday?: (date: string) => boolean;
  readonly overrides?: readonly ReferenceOverride[];
  /** Company closures at any minute: a day they cover whole is a company holiday; else they take their part of the day away. */
  readonly closures?: readonly ReferenceClosure[];
}

export interface ReferenceWindow {
  readonly line: LineId;
  readonly opensAt: number;
  readonly closesAt: number;
}

/** What `nextOpening` says when the scan would need holidays the Cabinet Office list lacks. */
export const BEYOND = 'beyond-known-holidays';

export interface ReferenceStatus {
  readonly edition: number;
  readonly open: boolean;
  readonly line: LineId | null;
  readonly closesAt: number | null;
  readonly reason: Reason | null;
  readonly next: ReferenceWindow | typeof BEYOND | null;
}

export interface Reference {
  isOpen(t: number, lineId?: LineId): boolean;
  status(t: number): ReferenceStatus;
  nextOpening(t: number, lineId?: LineId): ReferenceWindow | typeof BEYOND | null;
}

interface Day {
  readonly date: string;
  readonly start: number;
  readonly nextStart: number;
  readonly edition: Edition;
  /** Every window of the day, sorted by opening time, then by the terms' line order. */
  readonly windows: readonly ReferenceWindow[];
  /** The windows the day would have had without overrides. */
  readonly usual: readonly ReferenceWindow[];
  readonly overridden: boolean;
  /** The parts of the day inside a company closure that does not cover it whole. */
  readonly closed: readonly ReferenceClosure[];
  readonly company: boolean;
  readonly national: boolean;
  readonly weekend: boolean;
}

const toMinutes = (hm: string): number => {
  const [h, m] = hm.split(':');
  return Number(h) * 60 + Number(m);
};

export function createReference(options: ReferenceOptions = {}): Reference {
  const isCompanyHoliday = options.isCompanyHoliday ?? (() => false);
  const overrides = options.overrides ?? [];
  const closures = options.closures ?? [];

  /** Windows with the closed parts of the day cut out of them. */
  const cutOut = (windows: ReferenceWindow[], closed: readonly ReferenceClosure[]): ReferenceWindow[] =>
    closed.reduce<ReferenceWindow[]>(
      (left, c) =>
        left.flatMap((w) =>
          w.closesAt <= c.start || w.opensAt >= c.end
            ? [w]
            : [...(w.opensAt < c.start ? [{ ...w, closesAt: c.start }] : []), ...(w.closesAt > c.end ? [{ ...w, opensAt: c.end }] : [])],
        ),
      windows,
    );

  function buildDay(midnight: DateTime): Day {
    const date = midnight.toISODate() as string;
    if (date < (EDITIONS[0] as Edition).from) throw new RangeError(`no edition of the terms is in force on ${date}`);
    if (date > LAST_KNOWN_DATE) throw new RangeError(`the Cabinet Office list ends before ${date}`);
    const edition = EDITIONS.filter((e) => e.from <= date).at(-1) as Edition;
    const start = midnight.toMillis();
    const weekend = midnight.weekday >= 6;
    const national = HOLIDAYS.has(date);
    const nextStart = midnight.plus({ days: 1 }).toMillis();
    const touching = closures.filter((c) => c.start < nextStart && c.end > start);
    const wholeDay = touching.some((c) => c.start <= start && c.end >= nextStart);
    const company = isCompanyHoliday(date) || wholeDay;
    const closed = wholeDay ? [] : touching.map((c) => ({ start: Math.max(c.start, start), end: Math.min(c.end, nextStart) }));
    const todays = overrides.filter((o) => o.date === date);
    const usual: ReferenceWindow[] = [];
    const windows: ReferenceWindow[] = [];
    const at = (line: LineId, [a, b]: Minutes): ReferenceWindow => ({ line, opensAt: start + a * MS_PER_MINUTE, closesAt: start + b * MS_PER_MINUTE });
    for (const line of edition.lines) {
      const normal = cutOut(
        (weekend || national || company ? [] : line.hours).map((m) => at(line.id, m)),
        closed,
      );
      usual.push(...normal);
      const override = todays.find((o) => o.lineId === undefined || o.lineId === line.id);
      // An override is the most specific rule: its hours stand whatever closure falls that day.
      const hours = override === undefined ? normal : (override.windows ?? []).map(([a, b]) => at(line.id, [toMinutes(a), toMinutes(b)]));
      windows.push(...hours);
    }
    // A stable sort keeps the terms' line order among windows opening together.
    windows.sort((x, y) => x.opensAt - y.opensAt);
    return { date, start, nextStart, edition, windows, usual, overridden: todays.length > 0, closed, company, national, weekend };
  }

  const byStart = new Map<number, Day>();
  const byDate = new Map<string, Day>();
  const remember = (day: Day): Day => {
    byStart.set(day.start, day);
    byDate.set(day.date, day);
    return day;
  };

  /** The day starting at `start`, when walking from one day to the next. */
  const dayStarting = (start: number): Day => byStart.get(start) ?? remember(buildDay(DateTime.fromMillis(start, { zone: ZONE })));

  // luxon's zone arithmetic is the slow part (startOf('day') most of all), and callers ask about
  // one instant several times or walk through a day: remember the last day, and find others by date.
  let last: Day | undefined;
  function dayOf(t: number): Day {
    if (last === undefined || t < last.start || t >= last.nextStart) {
      const local = DateTime.fromMillis(t, { zone: ZONE });
      last = byDate.get(local.toISODate() as string) ?? remember(buildDay(local.startOf('day')));
    }
    return last;
  }

  const contains = (w: ReferenceWindow, t: number): boolean => w.opensAt <= t && t < w.closesAt;

  function nextAfter(t: number, lineId?: LineId): ReferenceWindow | typeof BEYOND | null {
    let day = dayOf(t);
    for (;;) {
      const found = day.windows.find((w) => w.opensAt > t && (lineId === undefined || w.line === lineId));
      if (found !== undefined) return found;
      if (day.date === LAST_KNOWN_DATE) return BEYOND;
      day = dayStarting(day.nextStart);
    }
  }

  function reasonAt(day: Day, t: number): Reason {
    const inClosure = day.closed.some((c) => c.start <= t && t < c.end);
    if (day.windows.length === 0) {
      // The integrator's own closures speak first: override, company holiday, 祝日, weekend.
      if (day.overridden) return 'override';
      if (day.company || inClosure) return 'company-holiday';
      // Every window of a working day taken away by closures: closed for them all day.
      if (day.closed.length > 0 && !day.national && !day.weekend) return 'company-holiday';
      if (day.national) return 'national-holiday';
      if (day.weekend) return 'weekend';
      throw new Error(`${day.date} has no window and no reason to be closed`);
    }
    if (day.overridden && day.usual.some((w) => contains(w, t))) return 'override';
    if (inClosure) return 'company-holiday';
    if (t < (day.windows[0] as ReferenceWindow).opensAt) return 'before-hours';
    if (day.windows.every((w) => t >= w.closesAt)) return 'after-hours';
    return 'between-windows';
  }

  return {
    isOpen: (t, lineId) => dayOf(t).windows.some((w) => contains(w, t) && (lineId === undefined || w.line === lineId)),
    nextOpening: nextAfter,
    status(t) {
      const day = dayOf(t);
      const open = day.windows.find((w) => contains(w, t));
      return {
        edition: day.edition.edition,
        open: open !== undefined,
        line: open?.line ?? null,
        closesAt: open?.closesAt ?? null,
        reason: open === undefined ? reasonAt(day, t) : null,
        next: nextAfter(t),
      };
    },
  };
}
