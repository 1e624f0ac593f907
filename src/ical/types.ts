import type { CompanyHolidayInput } from '../index.js';

/**
 * A closure from a given minute to another, JST offset written out, as `companyHolidays` takes it
 * beside dated entries: `{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }`.
 *
 * @example
 * ```ts
 * const afternoon: TimedClosureEntry = { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '午後休業' };
 * ```
 */
export interface TimedClosureEntry {
  readonly start: string;
  readonly end: string;
  readonly name?: string;
}

/**
 * One entry of the `companyHolidays` option: a whole JST day or range of days (dated), or a timed closure.
 *
 * @example
 * ```ts
 * const entries: CompanyHolidayEntry[] = [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }];
 * ```
 */
export type CompanyHolidayEntry = CompanyHolidayInput | TimedClosureEntry;

/**
 * A closure read from the file, with the event it came from.
 *
 * @example
 * ```ts
 * const c: ICalClosure = { entry: { date: '2026-12-29/2027-01-03', name: '年末年始休業' }, uid: 'yearend@example.com', summary: '年末年始休業', line: 12 };
 * ```
 */
export interface ICalClosure {
  /** What `createDesk` takes in `companyHolidays`. */
  readonly entry: CompanyHolidayEntry;
  readonly uid?: string;
  readonly summary?: string;
  /** The line of the event's BEGIN:VEVENT. */
  readonly line: number;
}

/**
 * Why an event did not become a closure:
 * - `cancelled`: STATUS:CANCELLED (a cancelled recurrence override removes its occurrence);
 * - `transparent`: a timed event with TRANSP:TRANSPARENT (shown as free: people are at work). All-day
 *   events are imported whatever their TRANSP, since calendar apps mark them TRANSPARENT by default;
 * - `madoguchi-open-window`, `madoguchi-weekend`, `madoguchi-national-holiday`: what madoguchi's
 *   own export writes besides closures, recognised by its CATEGORIES (the desk knows these already);
 * - `no-start`: no DTSTART;
 * - `empty`: it ends before or when it starts (a timed event without DTEND or DURATION is an instant);
 * - `invalid-value`: a date, time or duration that is not one (e.g. month 13);
 * - `unknown-time-zone`: a TZID with no VTIMEZONE that is no IANA or known Windows zone name;
 * - `too-many-occurrences`: a rule yielding more than 40,000 closures through 2099.
 *
 * @example
 * ```ts
 * const reason: ICalSkipReason = 'cancelled';
 * ```
 */
export type ICalSkipReason =
  | 'cancelled'
  | 'transparent'
  | 'madoguchi-open-window'
  | 'madoguchi-weekend'
  | 'madoguchi-national-holiday'
  | 'no-start'
  | 'empty'
  | 'invalid-value'
  | 'unknown-time-zone'
  | 'too-many-occurrences';

/**
 * An event that did not become a closure, and why.
 *
 * @example
 * ```ts
 * const s: ICalSkipped = { uid: 'x@example.com', summary: '研修', line: 30, reason: 'cancelled', message: 'line 34, STATUS:CANCELLED: the event is cancelled' };
 * ```
 */
export interface ICalSkipped {
  readonly uid?: string;
  readonly summary?: string;
  readonly line: number;
  readonly reason: ICalSkipReason;
  /** The reason in English, naming the line, the property and the value as written. */
  readonly message: string;
}

/**
 * What an iCalendar file gave: the closures, in file order, and the events it skipped.
 *
 * @example
 * ```ts
 * const report: ICalImport = importICal(text);
 * createDesk(desknetsCloud, { companyHolidays: report.companyHolidays });
 * ```
 */
export interface ICalImport {
  readonly closures: readonly ICalClosure[];
  readonly skipped: readonly ICalSkipped[];
  /** `closures` as the `companyHolidays` option takes them. */
  readonly companyHolidays: readonly CompanyHolidayEntry[];
}

/**
 * Options of `importICal` and `companyHolidaysFromICal`.
 *
 * @example
 * ```ts
 * const options: ICalImportOptions = { strict: true };
 * ```
 */
export interface ICalImportOptions {
  /** Reject the file (a `MadoguchiError`) when any event would be skipped, instead of reporting it. */
  readonly strict?: boolean;
}
