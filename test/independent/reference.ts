// A deliberately simple, independent reading of 第6条, written from the terms text rather than from
// src/: luxon for the Japan wall clock (Asia/Tokyo, not arithmetic), @holiday-jp/holiday_jp (the
// Cabinet Office list) for holidays, plain loops over days for the next opening. Slow and obvious.
import holidayJp from '@holiday-jp/holiday_jp';
import { DateTime } from 'luxon';

type Window = readonly [opensMinute: number, closesMinute: number];
interface RefLine {
  readonly id: string;
  readonly windows: readonly Window[];
}
export interface RefOverride {
  readonly date: string;
  readonly lineId?: string;
  readonly windows?: readonly Window[]; // absent: closed
}
export interface RefOptions {
  /** Company holidays as month-day ranges that may wrap the year, and single dates. */
  readonly yearly?: readonly [from: string, to: string][]; // 'MM-DD'
  readonly dates?: readonly string[]; // 'YYYY-MM-DD'
  readonly overrides?: readonly RefOverride[];
}

const HOLIDAYS = holidayJp.holidays as Record<string, unknown>;

// 第6条1項, edition by edition (付則: edition 15 from 2023-02-06).
function linesOn(date: string): RefLine[] {
  if (date >= '2023-02-06') {
    return [
      { id: 'regular', windows: [[9 * 60, 17 * 60 + 30]] },
      { id: 'night', windows: [[18 * 60, 20 * 60]] },
    ];
  }
  return [
    {
      id: 'regular',
      windows: [
        [9 * 60, 12 * 60],
        [13 * 60, 17 * 60 + 30],
      ],
    },
  ];
}

function isCompanyHoliday(date: string, options: RefOptions): boolean {
  if (options.dates?.includes(date)) return true;
  const md = date.slice(5);
  return (options.yearly ?? []).some(([from, to]) => (from <= to ? md >= from && md <= to : md >= from || md <= to));
}

export interface RefDay {
  readonly reason: 'override' | 'company-holiday' | 'national-holiday' | 'weekend' | null;
  /** [lineId, opens ms, closes ms] in epoch ms, sorted by opening then line order. */
  readonly windows: readonly (readonly [string, number, number])[];
  /** The same day without overrides, for the 'override' reason inside removed hours. */
  readonly base: readonly (readonly [string, number, number])[];
}

// Days are the same whenever they are asked about: remember them per options object.
const memo = new WeakMap<RefOptions, Map<string, RefDay>>();

export function refDay(date: string, options: RefOptions): RefDay {
  let days = memo.get(options);
  if (days === undefined) {
    days = new Map();
    memo.set(options, days);
  }
  let day = days.get(date);
  if (day === undefined) {
    day = computeDay(date, options);
    days.set(date, day);
  }
  return day;
}

function computeDay(date: string, options: RefOptions): RefDay {
  const start = DateTime.fromISO(date, { zone: 'Asia/Tokyo' });
  const weekend = start.weekday >= 6;
  const national = HOLIDAYS[date] !== undefined;
  const company = isCompanyHoliday(date, options);
  const overrides = (options.overrides ?? []).filter((o) => o.date === date);
  const at = (minute: number) => start.plus({ minutes: minute }).toMillis();
  const base: [string, number, number][] = [];
  const windows: [string, number, number][] = [];
  for (const line of linesOn(date)) {
    const normal = weekend || national || company ? [] : line.windows;
    for (const [o, c] of normal) base.push([line.id, at(o), at(c)]);
    const override = overrides.find((o) => o.lineId === undefined || o.lineId === line.id);
    for (const [o, c] of override ? (override.windows ?? []) : normal) windows.push([line.id, at(o), at(c)]);
  }
  const byOpening = (a: readonly [string, number, number], b: readonly [string, number, number]) => a[1] - b[1];
  windows.sort(byOpening);
  base.sort(byOpening);
  const reason =
    windows.length > 0 ? null : overrides.length > 0 ? 'override' : company ? 'company-holiday' : national ? 'national-holiday' : weekend ? 'weekend' : null;
  return { reason, windows, base };
}

export interface RefAnswer {
  readonly open: boolean;
  readonly line: string | null;
  readonly reason: string | null;
  readonly next: readonly [string, number] | null;
}

export function refStatus(t: number, options: RefOptions): RefAnswer {
  const date = DateTime.fromMillis(t, { zone: 'Asia/Tokyo' }).toISODate() as string;
  const day = refDay(date, options);
  const open = day.windows.find(([, o, c]) => o <= t && t < c) ?? null;
  let reason: string | null = null;
  if (!open) {
    if (day.reason) reason = day.reason;
    else if (day.base.some(([, o, c]) => o <= t && t < c) && options.overrides?.some((o) => o.date === date)) reason = 'override';
    else if (t < (day.windows[0] as readonly [string, number, number])[1]) reason = 'before-hours';
    else if (t >= Math.max(...day.windows.map((w) => w[2]))) reason = 'after-hours';
    else reason = 'between-windows';
  }
  return { open: open !== null, line: open?.[0] ?? null, reason, next: refNext(t, options) };
}

/** The first window opening strictly after t, found by walking the days. */
export function refNext(t: number, options: RefOptions, lineId?: string): readonly [string, number] | null {
  let d = DateTime.fromMillis(t, { zone: 'Asia/Tokyo' }).startOf('day');
  for (let i = 0; i < 400; i++, d = d.plus({ days: 1 })) {
    const found = refDay(d.toISODate() as string, options).windows.find(([id, o]) => o > t && (lineId === undefined || id === lineId));
    if (found) return [found[0], found[1]];
  }
  return null;
}
