import { type ClosureName, type CompanyClosures, mark, type TimedClosure, type YearlyRule } from '../calendar/company-closures.js';
import {
  companyHolidayDate,
  policyClock,
  policyClosureInverted,
  policyClosureNotIso,
  policyCompanyHoliday,
  policyIntervalInverted,
  policyNotOneOf,
  policyOverrideClosed,
  policyOverrideClosedOrWindows,
  policyOverrideLine,
  policyOverrideNeedsLine,
  policyOverrideOutOfRange,
  policyOverrideTwice,
  policyPeriodInverted,
  policyPeriodNotInterval,
} from '../errors/messages.js';
import type { MaintenancePeriod } from '../model/maintenance.js';
import { parseDate, parseMonthDay } from '../time/calendar-date.js';
import { MS_PER_DAY } from '../time/constants.js';
import { toEpochMs } from '../time/instant.js';
import { type CompiledPolicy, type DayWindow, editionOn } from './compiled.js';
import { optionalList, ownKeys, record, text } from './shape.js';
import { parseWindows } from './windows.js';

/** One date's exception for one line, or for every line when `lineId` is `null`. */
export interface OverrideRule {
  readonly lineId: string | null;
  /** Empty when the override closes the line. */
  readonly windows: readonly DayWindow[];
  readonly label: ClosureName;
}

/** `createDesk`'s options, checked and compiled: what the schedule is built from besides the policy. */
export interface DeskSettings {
  readonly clock: () => number;
  readonly company: CompanyClosures;
  readonly overrides: ReadonlyMap<number, readonly OverrideRule[]>;
  readonly national: { readonly add: ReadonlyMap<number, string>; readonly remove: ReadonlySet<number> };
  readonly maintenance: readonly MaintenancePeriod[];
}

const OPTION_KEYS = ['companyHolidays', 'overrides', 'nationalHolidays', 'clock', 'maintenance'];

/**
 * Reads and checks every option of `createDesk` in one place: company holidays, overrides,
 * national-holiday adjustments, maintenance periods and the clock.
 */
export function parseDeskOptions(options: unknown, policy: CompiledPolicy): DeskSettings {
  const opts = record(options, 'options', OPTION_KEYS);
  if (opts.clock !== undefined && typeof opts.clock !== 'function') throw policyClock('options.clock', opts.clock);
  return {
    // Date.now is read at each call, so fake timers in a caller's tests apply.
    clock: (opts.clock as (() => number) | undefined) ?? (() => Date.now()),
    company: companyClosures(opts.companyHolidays, policy),
    overrides: overrides(opts.overrides, policy),
    national: nationalAdjustments(opts.nationalHolidays),
    maintenance: maintenancePeriods(opts.maintenance),
  };
}

/** A name given as a string or as `{ ja, en }`. */
function closureName(value: unknown, path: string): ClosureName {
  if (value === undefined) return Object.freeze({});
  if (typeof value === 'string') return Object.freeze({ name: text(value, path) });
  const r = record(value, path, ['ja', 'en']);
  return Object.freeze({ name: text(r.ja, `${path}.ja`), nameEn: text(r.en, `${path}.en`) });
}

/** A closure between two instants, `{ start, end, name? }`. */
function timedClosure(r: Record<string, unknown>, path: string): TimedClosure {
  const start = toEpochMs(r.start, `${path}.start`);
  const end = toEpochMs(r.end, `${path}.end`);
  if (typeof r.start !== 'string' || typeof r.end !== 'string') throw policyClosureNotIso(path, r, typeof r.start !== 'string' ? r.start : r.end);
  if (end <= start) throw policyClosureInverted(path, r.start, r.end, r);
  return Object.freeze({ start, end, label: closureName(r.name, `${path}.name`) });
}

/**
 * Parses `companyHolidays`. Where entries overlap, a dated one names the day before a yearly one,
 * and both before a timed one; among entries of one kind, the first listed with a name does.
 */
function companyClosures(value: unknown, policy: CompiledPolicy): CompanyClosures {
  const fixed = new Map<number, ClosureName>();
  const yearly: YearlyRule[] = [];
  const timed: TimedClosure[] = [];
  optionalList(value, 'options.companyHolidays').forEach((item, i) => {
    const path = `options.companyHolidays[${i}]`;
    if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) throw policyCompanyHoliday(path, item);
    const keys = ownKeys(item);
    if (keys !== null && (keys.includes('start') || keys.includes('end'))) {
      timed.push(timedClosure(record(item, path, ['start', 'end', 'name']), path));
      return;
    }
    const r = typeof item === 'string' ? { date: item } : record(item, path, ['date', 'name']);
    if (typeof r.date !== 'string') throw policyCompanyHoliday(path, r.date);
    const label = closureName(r.name, `${path}.name`);
    const [start, end, extra] = r.date.split('/');
    if (extra !== undefined || start === undefined) throw companyHolidayDate(path, r.date);
    if (start.startsWith('--')) {
      const from = parseMonthDay(start, path, 'INVALID_DATE');
      const to = end === undefined ? from : end.startsWith('--') ? parseMonthDay(end, path, 'INVALID_DATE') : null;
      if (to === null) throw companyHolidayDate(path, r.date);
      yearly.push(Object.freeze({ from, to, label }));
      return;
    }
    const first = parseDate(start, path);
    const last = end === undefined ? first : parseDate(end, path);
    if (last < first) throw policyIntervalInverted(path, r.date);
    // Only days a desk can be asked about are stored: 0001-01-01/9999-12-31 stays cheap.
    for (let day = Math.max(first, policy.firstDay); day <= Math.min(last, policy.endDay - 1); day++) {
      mark(fixed, day, label);
    }
  });
  // Timed closures keep the order listed: where two overlap, the first listed names the time.
  return Object.freeze({ fixed, yearly: Object.freeze(yearly), timed: Object.freeze(timed) });
}

/** The line an override names, checked against the edition in force that day. */
function overrideLine(r: Record<string, unknown>, path: string, policy: CompiledPolicy, day: number): string | null {
  const edition = editionOn(policy, day);
  if (edition === undefined || day >= policy.endDay) throw policyOverrideOutOfRange(`${path}.date`, r.date);
  const ids = edition.lines.map((l) => l.line.id);
  if (r.lineId !== undefined && (typeof r.lineId !== 'string' || !ids.includes(r.lineId))) {
    throw policyOverrideLine(`${path}.lineId`, r.lineId, edition.edition, r.date, ids);
  }
  // Hours without a line would open every line then, the night number in the morning as well:
  // more likely a slip than the intent, so with several lines the line must be named.
  if (r.windows !== undefined && r.lineId === undefined && ids.length > 1) throw policyOverrideNeedsLine(path, r.date, edition.edition, ids, r);
  return (r.lineId as string | undefined) ?? null;
}

/** Parses `overrides` into rules per day number, at most one per line and day. */
function overrides(value: unknown, policy: CompiledPolicy): ReadonlyMap<number, readonly OverrideRule[]> {
  const byDay = new Map<number, OverrideRule[]>();
  optionalList(value, 'options.overrides').forEach((item, i) => {
    const path = `options.overrides[${i}]`;
    const r = record(item, path, ['date', 'lineId', 'closed', 'windows', 'name']);
    const day = parseDate(r.date, `${path}.date`);
    if ((r.closed === undefined) === (r.windows === undefined)) throw policyOverrideClosedOrWindows(path, item);
    if (r.closed !== undefined && r.closed !== true) throw policyOverrideClosed(`${path}.closed`, r.closed);
    const lineId = overrideLine(r, path, policy, day);
    const windows = r.windows === undefined ? [] : parseWindows(r.windows, `${path}.windows`);
    const rules = byDay.get(day) ?? [];
    if (rules.some((rule) => rule.lineId === null || lineId === null || rule.lineId === lineId)) throw policyOverrideTwice(path, r.date, lineId, item);
    rules.push(Object.freeze({ lineId, windows, label: closureName(r.name, `${path}.name`) }));
    byDay.set(day, rules);
  });
  return byDay;
}

function nationalAdjustments(value: unknown): DeskSettings['national'] {
  const add = new Map<number, string>();
  const remove = new Set<number>();
  if (value === undefined) return { add, remove };
  const r = record(value, 'options.nationalHolidays', ['add', 'remove']);
  optionalList(r.add, 'options.nationalHolidays.add').forEach((item, i) => {
    const path = `options.nationalHolidays.add[${i}]`;
    const h = record(item, path, ['date', 'name']);
    add.set(parseDate(h.date, `${path}.date`), text(h.name, `${path}.name`));
  });
  optionalList(r.remove, 'options.nationalHolidays.remove').forEach((item, i) => {
    remove.add(parseDate(item, `options.nationalHolidays.remove[${i}]`));
  });
  return { add, remove };
}

function maintenancePeriod(value: unknown, path: string): MaintenancePeriod {
  const r = record(value, path, ['period', 'title', 'kind', 'cause', 'announcedAt']);
  const period = text(r.period, `${path}.period`);
  const [from, to, extra] = period.split('/');
  if (from === undefined || to === undefined || extra !== undefined) throw policyPeriodNotInterval(`${path}.period`, period);
  const start = toEpochMs(from, `${path}.period start`);
  const end = toEpochMs(to, `${path}.period end`);
  if (end <= start) throw policyPeriodInverted(`${path}.period`, period);
  if (r.kind !== undefined && r.kind !== 'planned' && r.kind !== 'emergency') throw policyNotOneOf(`${path}.kind`, ['planned', 'emergency'], r.kind);
  if (r.cause !== undefined && r.cause !== 'equipment' && r.cause !== 'other') throw policyNotOneOf(`${path}.cause`, ['equipment', 'other'], r.cause);
  const kind = (r.kind as MaintenancePeriod['kind'] | undefined) ?? 'planned';
  const cause = (r.cause as MaintenancePeriod['cause'] | undefined) ?? 'other';
  const announced = r.announcedAt === undefined ? null : toEpochMs(r.announcedAt, `${path}.announcedAt`);
  // 第18条2項: works under 第1号 (equipment) are announced 「14日前までに」.
  const required = cause === 'equipment' ? 14 * MS_PER_DAY : 0;
  return Object.freeze({
    kind,
    title: text(r.title, `${path}.title`),
    start: new Date(start),
    end: new Date(end),
    cause,
    announcedAt: announced === null ? null : new Date(announced),
    // 「14日前までに」 is met by an announcement at least 14 days ahead; 「予め」 by any before the start.
    shortNotice: kind === 'emergency' ? false : announced === null ? null : required > 0 ? announced > start - required : announced >= start,
  });
}

function maintenancePeriods(value: unknown): readonly MaintenancePeriod[] {
  return Object.freeze(
    optionalList(value, 'options.maintenance')
      .map((p, i) => maintenancePeriod(p, `options.maintenance[${i}]`))
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
  );
}
