import { type CompanyHolidays, companyHolidaysOf } from '../calendar/company-holidays.js';
import { nationalHolidaysOf, OFFICIAL_THROUGH_YEAR } from '../calendar/national-holidays.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { createMaintenance, type MaintenancePeriod } from '../maintenance/maintenance.js';
import type { Closed, DayInfo, HolidayMark, Line, Opening, Status } from '../model/types.js';
import { editionOn, type ValidPolicy } from '../policy/build-policy.js';
import type { OverrideRule } from '../policy/overrides.js';
import { createRoute } from '../routing/route.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { daysFromCivil, isoWeekday, yearOfDay } from '../time/civil.js';
import { END_DAY, END_MS, JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { formatJst } from '../time/format-jst.js';
import { type InstantInput, toEpochMs } from '../time/instant.js';
import { checkDayRange, checkRange as checkInstantRange } from '../time/range.js';
import { type DayPlan, ordinaryPlan, type Segment, type Slot, specialPlan } from './day-plan.js';
import type { Desk } from './desk-type.js';
import { registerDesk } from './registry.js';
import { StatusRecord } from './status-record.js';

/** Options after validation: what the engine compiles. */
export interface CompiledOptions {
  readonly clock: () => number;
  readonly company: CompanyHolidays;
  readonly overrides: ReadonlyMap<number, readonly OverrideRule[]>;
  readonly national: { readonly add: ReadonlyMap<number, string>; readonly remove: ReadonlySet<number> };
  readonly maintenance: readonly MaintenancePeriod[];
}

const dayStartMs = (day: number): number => day * MS_PER_DAY - JST_OFFSET_MS;
const opening = (day: number, slot: Slot): Opening => ({
  line: slot.line,
  opensAt: new Date(dayStartMs(day) + slot.opens),
  closesAt: new Date(dayStartMs(day) + slot.closes),
});
// Hot loops index the frozen slot arrays instead of using for…of: V8 iterates frozen arrays
// through the generic iterator protocol, allocating per step (seen in a --cpu-prof of isOpen).
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Compiles a checked policy and checked options into a desk: per-edition day plans, and a table of
 * day plans filled a year at a time, so that a query is a table read and a short loop.
 */
export function compileDesk(valid: ValidPolicy, { clock, company, overrides, national, maintenance: periods }: CompiledOptions): Desk {
  const firstEdition = valid.editions[0] as (typeof valid.editions)[number];
  const firstDay = firstEdition.startDay;
  const ordinary = new Map(valid.editions.map((e) => [e, [0, 1, 2, 3, 4, 5, 6, 7].map((w) => (w === 0 ? null : ordinaryPlan(e, w)))] as const));
  // Day plans in blocks of 512 days, filled a year at a time on first use: one flat table of the
  // whole range would cost a 230 KB allocation in every createDesk.
  const blocks: (DayPlan | undefined)[][] = [];

  function buildYear(year: number): void {
    const holidays = nationalHolidaysOf(year);
    const companyDays = companyHolidaysOf(company, year);
    const from = Math.max(daysFromCivil(year, 1, 1), firstDay);
    const to = Math.min(daysFromCivil(year + 1, 1, 1), END_DAY);
    for (let day = from; day < to; day++) {
      const edition = editionOn(valid, day) as (typeof valid.editions)[number];
      const weekday = isoWeekday(day);
      const holidayName = national.remove.has(day) ? undefined : (national.add.get(day) ?? holidays.get(day));
      const holiday: HolidayMark | null = holidayName === undefined ? null : Object.freeze({ name: holidayName, provisional: year > OFFICIAL_THROUGH_YEAR });
      const companyName = companyDays.get(day);
      const dayOverrides = overrides.get(day);
      const i = day - firstDay;
      const block = blocks[i >> 9] ?? new Array<DayPlan | undefined>(512);
      blocks[i >> 9] = block;
      block[i & 511] =
        holiday === null && !companyDays.has(day) && dayOverrides === undefined
          ? ((ordinary.get(edition) as (DayPlan | null)[])[weekday] as DayPlan)
          : specialPlan(edition, weekday, { holiday, company: companyDays.has(day) ? { name: companyName } : null, overrides: dayOverrides });
    }
  }

  function planOf(day: number): DayPlan {
    const i = day - firstDay;
    const found = blocks[i >> 9]?.[i & 511];
    if (found !== undefined) return found;
    buildYear(yearOfDay(day));
    return (blocks[i >> 9] as DayPlan[])[i & 511] as DayPlan;
  }

  const checkRange = (t: number, allowEnd: boolean): number => checkInstantRange(t, firstDay, firstEdition.edition, allowEnd);

  const firstMs = dayStartMs(firstDay);
  // Epoch milliseconds already in range skip the general parser: the common case on the hot path.
  // nextOpening, isOpen and status repeat this test inline rather than call `instant`: V8 merges the
  // type feedback of a shared helper, so one caller's strings would slow every query's number path
  // (isOpen measured 4× slower after status had been asked about ISO strings).
  const parse = (at: unknown, label = 'at'): number => checkRange(toEpochMs(at === undefined ? clock() : at, label), false);
  const instant = (at: unknown, label = 'at'): number => (typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at, label));

  function checkLine(lineId: unknown): void {
    if (lineId !== undefined && (typeof lineId !== 'string' || !valid.lineIds.has(lineId))) {
      throw new MadoguchiError(
        'UNKNOWN_LINE',
        `Unknown line ${describeValue(lineId)}; the lines are ${[...valid.lineIds].map((id) => `"${id}"`).join(', ')}.`,
        lineId,
      );
    }
  }

  function firstAfterDay(day: number, lineId: string | undefined): Opening | null {
    for (let d = day + 1; d < END_DAY; d++) {
      const slots = planOf(d).slots;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as Slot;
        if (lineId === undefined || slot.line.id === lineId) return opening(d, slot);
      }
    }
    return null;
  }

  function nextOpening(at?: InstantInput, lineId?: string): Opening | null {
    checkLine(lineId);
    const local = (typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at)) + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const ms = local - day * MS_PER_DAY;
    const slots = planOf(day).slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      if (slot.opens > ms && (lineId === undefined || slot.line.id === lineId)) return opening(day, slot);
    }
    return firstAfterDay(day, lineId);
  }

  // What a StatusRecord calls when its `next` is first read; `t` is already checked.
  const nextAfter = (t: number): Opening | null => nextOpening(t);

  function isOpen(at?: InstantInput, lineId?: string): boolean {
    if (lineId !== undefined) return isLineOpen(at, lineId);
    const local = (typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at)) + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const ms = local - day * MS_PER_DAY;
    const bounds = planOf(day).bounds;
    // Sorted by opening time: once a window opens after ms, none later contains it.
    for (let i = 0; i < bounds.length; i += 2) {
      if ((bounds[i] as number) > ms) return false;
      if (ms < (bounds[i + 1] as number)) return true;
    }
    return false;
  }

  function isLineOpen(at: InstantInput | undefined, lineId: string): boolean {
    checkLine(lineId);
    const local = (typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at)) + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const ms = local - day * MS_PER_DAY;
    const slots = planOf(day).slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      if (slot.opens <= ms && ms < slot.closes && slot.line.id === lineId) return true;
    }
    return false;
  }

  function status(at?: InstantInput): Status {
    const t = typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at);
    const local = t + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const ms = local - day * MS_PER_DAY;
    const plan = planOf(day);
    // The last segment ends at 24:00 and ms is below it, so the scan stops within the array.
    const ends = plan.segmentEnds;
    let i = 0;
    while (ms >= (ends[i] as number)) i++;
    const segment = plan.segments[i] as Segment;
    return new StatusRecord(day, ms, segment, nextAfter);
  }

  function nextChange(at?: InstantInput): Date | null {
    const t = typeof at === 'number' && at >= firstMs && at < END_MS ? Math.floor(at) : parse(at);
    const local = t + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const ms = local - day * MS_PER_DAY;
    const ends = planOf(day).segmentEnds;
    let i = 0;
    while (ms >= (ends[i] as number)) i++;
    const change = dayStartMs(day) + (ends[i] as number);
    return change >= END_MS ? null : new Date(change);
  }

  function windows(from: InstantInput, to: InstantInput, lineId?: string): Opening[] {
    checkLine(lineId);
    const start = checkRange(toEpochMs(from, 'from'), false);
    const end = checkRange(toEpochMs(to, 'to'), true);
    if (end < start) {
      throw new MadoguchiError('INVALID_RANGE', `Invalid range: to (${formatJst(end)}) is before from (${formatJst(start)}); expected from <= to.`, {
        from,
        to,
      });
    }
    const found: Opening[] = [];
    // [t, t) is empty: without this, a window containing t would overlap it.
    if (end === start) return found;
    const lastDay = Math.floor((end - 1 + JST_OFFSET_MS) / MS_PER_DAY);
    for (let day = Math.floor((start + JST_OFFSET_MS) / MS_PER_DAY); day <= lastDay; day++) {
      const base = dayStartMs(day);
      for (const slot of planOf(day).slots) {
        if (base + slot.opens < end && base + slot.closes > start && (lineId === undefined || slot.line.id === lineId)) found.push(opening(day, slot));
      }
    }
    return found;
  }

  function dayNumberOf(date: unknown): number {
    if (typeof date === 'string' && (DATE_ONLY.test(date) || !/\d{2}:\d{2}/.test(date))) {
      return checkDayRange(parseDate(date), firstDay, firstEdition.edition, date);
    }
    return Math.floor((instant(date, 'date') + JST_OFFSET_MS) / MS_PER_DAY);
  }

  function day(date: string | InstantInput): DayInfo {
    if (date === undefined) throw new MadoguchiError('INVALID_DATE', 'Invalid date: undefined; expected "YYYY-MM-DD" or an instant.', date);
    const d = dayNumberOf(date);
    const plan = planOf(d);
    return Object.freeze({
      date: formatDate(d),
      weekday: isoWeekday(d),
      edition: plan.edition.edition,
      closed: plan.closed,
      holiday: plan.holiday,
      windows: plan.slots.map((slot) => opening(d, slot)),
    });
  }

  function lines(at?: InstantInput): readonly Line[] {
    const t = instant(at);
    return planOf(Math.floor((t + JST_OFFSET_MS) / MS_PER_DAY)).edition.lines.map((l) => l.line);
  }

  function openingAt(at: Date, lineId: string): Opening | null {
    const local = at.getTime() + JST_OFFSET_MS;
    const d = Math.floor(local / MS_PER_DAY);
    const ms = local - d * MS_PER_DAY;
    for (const slot of planOf(d).slots) if (slot.line.id === lineId && slot.opens <= ms && ms < slot.closes) return opening(d, slot);
    return null;
  }

  function closedFor(at: Date, only: readonly Line[]): Closed {
    const local = at.getTime() + JST_OFFSET_MS;
    const d = Math.floor(local / MS_PER_DAY);
    const ms = local - d * MS_PER_DAY;
    const plan = planOf(d);
    const slots = plan.slots.filter((s) => only.some((l) => l.id === s.line.id));
    if (slots.length === 0) return plan.closed ?? plan.afterHours;
    if (ms < (slots[0] as Slot).opens) return plan.beforeHours;
    return ms >= Math.max(...slots.map((s) => s.closes)) ? plan.afterHours : plan.betweenWindows;
  }

  const route = createRoute({ status, lines, openingAt, checkLine, nextOpening, closedFor, recordingNotice: valid.recordingNotice });
  const maintenance = createMaintenance(periods, () => toEpochMs(clock(), 'clock()'));
  const desk: Desk = Object.freeze({ status, isOpen, nextOpening, nextChange });
  registerDesk(desk, { windows, day, lines, route, maintenance });
  return desk;
}
