import type { ClosureName, CompanyClosures, TimedClosure, YearlyRule } from '../calendar/company-closures.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { MaintenancePeriod } from '../model/maintenance.js';
import { parseDate, parseMonthDay } from '../time/calendar-date.js';
import { MS_PER_DAY } from '../time/constants.js';
import { toEpochMs } from '../time/instant.js';
import { type CompiledPolicy, type DayWindow, editionOn } from './compiled.js';
import { optionalList, ownKeys, policyError, record, text } from './shape.js';
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
  if (opts.clock !== undefined && typeof opts.clock !== 'function') {
    policyError('options.clock', `expected a function returning epoch milliseconds, got ${describeValue(opts.clock)}`, opts.clock);
  }
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

const COMPANY_FORMS =
  '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "--MM-DD" or "--MM-DD/--MM-DD", alone or as { date, name }, or { start, end, name } with instants';

function dateError(path: string, spec: unknown): MadoguchiError {
  return new MadoguchiError('INVALID_DATE', `Invalid date at ${path}: ${describeValue(spec)}; expected ${COMPANY_FORMS}.`, spec);
}

/** A closure between two instants, `{ start, end, name? }`. */
function timedClosure(r: Record<string, unknown>, path: string): TimedClosure {
  const start = toEpochMs(r.start, `${path}.start`);
  const end = toEpochMs(r.end, `${path}.end`);
  if (typeof r.start !== 'string' || typeof r.end !== 'string') policyError(path, `expected start and end as ISO 8601 instants with an offset`, r);
  if (end <= start) policyError(path, `the closure ends (${r.end}) before or when it starts (${r.start})`, r);
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
    if (typeof item !== 'string' && (typeof item !== 'object' || item === null))
      policyError(path, `expected ${COMPANY_FORMS}, got ${describeValue(item)}`, item);
    const keys = ownKeys(item);
    if (keys !== null && (keys.includes('start') || keys.includes('end'))) {
      timed.push(timedClosure(record(item, path, ['start', 'end', 'name']), path));
      return;
    }
    const r = typeof item === 'string' ? { date: item } : record(item, path, ['date', 'name']);
    if (typeof r.date !== 'string') policyError(path, `expected ${COMPANY_FORMS}, got ${describeValue(r.date)}`, r.date);
    const label = closureName(r.name, `${path}.name`);
    const [start, end, extra] = r.date.split('/');
    if (extra !== undefined || start === undefined) throw dateError(path, r.date);
    if (start.startsWith('--')) {
      const from = parseMonthDay(start, path, 'INVALID_DATE');
      const to = end === undefined ? from : end.startsWith('--') ? parseMonthDay(end, path, 'INVALID_DATE') : null;
      if (to === null) throw dateError(path, r.date);
      yearly.push(Object.freeze({ from, to, label }));
      return;
    }
    const first = parseDate(start, path);
    const last = end === undefined ? first : parseDate(end, path);
    if (last < first) policyError(path, `the interval ${describeValue(r.date)} ends before it starts`, r.date);
    // Only days a desk can be asked about are stored: 0001-01-01/9999-12-31 stays cheap.
    for (let day = Math.max(first, policy.firstDay); day <= Math.min(last, policy.endDay - 1); day++) {
      const known = fixed.get(day);
      if (known === undefined || (known.name === undefined && label.name !== undefined)) fixed.set(day, label);
    }
  });
  timed.sort((a, b) => a.start - b.start);
  return Object.freeze({ fixed, yearly: Object.freeze(yearly), timed: Object.freeze(timed) });
}

/** The line an override names, checked against the edition in force that day. */
function overrideLine(r: Record<string, unknown>, path: string, policy: CompiledPolicy, day: number): string | null {
  const edition = editionOn(policy, day);
  if (edition === undefined || day >= policy.endDay) {
    policyError(`${path}.date`, `${describeValue(r.date)} lies outside the supported range (no edition of the terms is in force then)`, r.date);
  }
  const ids = edition.lines.map((l) => `"${l.line.id}"`).join(', ');
  if (r.lineId !== undefined && (typeof r.lineId !== 'string' || !edition.lines.some((l) => l.line.id === r.lineId))) {
    policyError(
      `${path}.lineId`,
      `${describeValue(r.lineId)} is not a line of edition ${edition.edition} in force on ${r.date}; lines are ${ids.replaceAll('"', '')}`,
      r.lineId,
    );
  }
  // Hours without a line would open every line then, the night number in the morning as well:
  // more likely a slip than the intent, so with several lines the line must be named.
  if (r.windows !== undefined && r.lineId === undefined && edition.lines.length > 1) {
    policyError(path, `windows need a lineId on ${r.date}: edition ${edition.edition} has the lines ${ids}; give one override per line`, r);
  }
  return (r.lineId as string | undefined) ?? null;
}

/** Parses `overrides` into rules per day number, at most one per line and day. */
function overrides(value: unknown, policy: CompiledPolicy): ReadonlyMap<number, readonly OverrideRule[]> {
  const byDay = new Map<number, OverrideRule[]>();
  optionalList(value, 'options.overrides').forEach((item, i) => {
    const path = `options.overrides[${i}]`;
    const r = record(item, path, ['date', 'lineId', 'closed', 'windows', 'name']);
    const day = parseDate(r.date, `${path}.date`);
    if ((r.closed === undefined) === (r.windows === undefined)) policyError(path, 'give exactly one of closed: true or windows: [["H:MM", "H:MM"], …]', item);
    if (r.closed !== undefined && r.closed !== true) policyError(`${path}.closed`, `expected true, got ${describeValue(r.closed)}`, r.closed);
    const lineId = overrideLine(r, path, policy, day);
    const windows = r.windows === undefined ? [] : parseWindows(r.windows, `${path}.windows`);
    const rules = byDay.get(day) ?? [];
    if (rules.some((rule) => rule.lineId === null || lineId === null || rule.lineId === lineId)) {
      policyError(path, `${r.date} already has an override for ${lineId === null ? 'a line' : `line "${lineId}"`}; give one per line and day`, item);
    }
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

/** 第18条2項: works under 第1号 (equipment) are announced 「14日前までに」. */
const EQUIPMENT_NOTICE_MS = 14 * MS_PER_DAY;

function maintenancePeriod(value: unknown, path: string): MaintenancePeriod {
  const r = record(value, path, ['period', 'title', 'kind', 'cause', 'announcedAt']);
  const period = text(r.period, `${path}.period`);
  const [from, to, extra] = period.split('/');
  if (from === undefined || to === undefined || extra !== undefined) {
    policyError(`${path}.period`, `${describeValue(period)} is not an ISO interval "start/end" of instants with offsets`, period);
  }
  const start = toEpochMs(from, `${path}.period start`);
  const end = toEpochMs(to, `${path}.period end`);
  if (end <= start) policyError(`${path}.period`, `${describeValue(period)} ends before it starts`, period);
  if (r.kind !== undefined && r.kind !== 'planned' && r.kind !== 'emergency')
    policyError(`${path}.kind`, `expected "planned" or "emergency", got ${describeValue(r.kind)}`, r.kind);
  if (r.cause !== undefined && r.cause !== 'equipment' && r.cause !== 'other')
    policyError(`${path}.cause`, `expected "equipment" or "other", got ${describeValue(r.cause)}`, r.cause);
  const kind = (r.kind as MaintenancePeriod['kind'] | undefined) ?? 'planned';
  const cause = (r.cause as MaintenancePeriod['cause'] | undefined) ?? 'other';
  const announced = r.announcedAt === undefined ? null : toEpochMs(r.announcedAt, `${path}.announcedAt`);
  const required = cause === 'equipment' ? EQUIPMENT_NOTICE_MS : 0;
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
