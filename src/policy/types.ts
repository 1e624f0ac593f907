/**
 * A contact-hours policy as plain data: the shape `createDesk` takes. The built-in one is
 * `desknetsCloud`; an integrator can write their own for another support desk in JST.
 */
import type { LocalizedName } from '../model/types.js';

export type { LocalizedName };

/**
 * A window as `[opens, closes]` wall-clock times in UTC+9, `'H:MM'` or `'HH:MM'`, closes up to `'24:00'`.
 *
 * @example
 * ```ts
 * const lunchBreak: WindowInput[] = [['9:00', '12:00'], ['13:00', '17:30']];
 * ```
 */
export type WindowInput = readonly [opens: string, closes: string];

/**
 * One phone line of an edition.
 *
 * @example
 * ```ts
 * const line: LineInput = {
 *   id: 'regular', name: { ja: '通常窓口', en: 'Regular line' }, tel: '0120-365-800',
 *   languages: ['ja'], weekdays: [1, 2, 3, 4, 5], windows: [['9:00', '17:30']],
 * };
 * ```
 */
export interface LineInput {
  /** Stable id used in options and calls, e.g. `'regular'`. */
  readonly id: string;
  readonly name: LocalizedName;
  readonly tel: string;
  readonly fax?: string;
  /** BCP 47 tags of the languages served, e.g. `['ja']`. */
  readonly languages: readonly string[];
  /** ISO weekdays the line opens on (1 = Monday … 7 = Sunday); national and company holidays close it. */
  readonly weekdays: readonly number[];
  /** The day's windows, half-open, non-overlapping, not touching, in any order. */
  readonly windows: readonly WindowInput[];
  /**
   * Which closures close this line (weekends are said by `weekdays`). Default: both, as in
   * 「土日祝日及び当社休業日を除く」; a line that answers on holidays leaves `'national-holiday'` out.
   */
  readonly closedOn?: readonly ('national-holiday' | 'company-holiday')[];
}

/**
 * One edition of the terms, in force from `effective` 00:00 JST until the next edition.
 *
 * @example
 * ```ts
 * const edition: EditionInput = { edition: 1, effective: '2026-04-01', lines: [line] };
 * ```
 */
export interface EditionInput {
  readonly edition: number;
  /** `YYYY-MM-DD`, JST. */
  readonly effective: string;
  /** Where the edition's values come from. */
  readonly source?: string;
  readonly lines: readonly LineInput[];
  /** What an IVR announces before connecting while this edition is in force, when calls are recorded. */
  readonly recordingNotice?: LocalizedName;
  /** The service's regular maintenance while this edition is in force: daily windows in UTC+9. None when omitted. */
  readonly maintenance?: { readonly daily: readonly WindowInput[]; readonly source?: string };
}

/**
 * A policy: its editions in any order.
 *
 * @example
 * ```ts
 * const policy: PolicyInput = { id: 'my-desk', name: { ja: '窓口', en: 'Desk' }, editions: [edition] };
 * createDesk(policy).isOpen('2026-04-01T09:00:00+09:00'); //=> true
 * ```
 */
export interface PolicyInput {
  readonly id: string;
  readonly name: LocalizedName;
  readonly editions: readonly EditionInput[];
  /** The recording notice of every edition that does not give its own. */
  readonly recordingNotice?: LocalizedName;
  /** The last day (`YYYY-MM-DD`, JST) the policy answers for; default and latest `'2099-12-31'`, the last year holidays are known. */
  readonly until?: string;
}

/**
 * The name of a company holiday or override: one string, or Japanese and English (English
 * sentences never show Japanese script, so give `en` where English is spoken).
 *
 * @example
 * ```ts
 * const name: NameInput = { ja: '年末年始休業', en: 'New Year holidays' };
 * ```
 */
export type NameInput = string | LocalizedName;

/**
 * A company holiday (当社休業日): whole JST days as `'YYYY-MM-DD'`, `'YYYY-MM-DD/YYYY-MM-DD'`,
 * `'--MM-DD'` or `'--MM-DD/--MM-DD'` (every year), optionally named; or a closure between two
 * instants, `{ start, end }` (ISO 8601 with an offset, end excluded), which may begin and end at
 * any minute: the whole JST days it covers are company holidays, and the rest of its first and last
 * day is closed from `start` or until `end`.
 *
 * @example
 * ```ts
 * const days: CompanyHolidayInput[] = [
 *   '2026-08-14', '--12-29/--01-03', { date: '2026-10-01', name: '創立記念日' },
 *   { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: { ja: '社内研修', en: 'staff training' } },
 * ];
 * ```
 */
export type CompanyHolidayInput =
  | string
  | { readonly date: string; readonly name?: NameInput }
  | { readonly start: string; readonly end: string; readonly name?: NameInput };

/**
 * One date's exception: close a line (or every line when `lineId` is omitted) with `closed: true`,
 * or give a line other hours that day with `windows` (`lineId` is then required when the edition in
 * force has several lines). An override wins over weekends and holidays.
 *
 * @example
 * ```ts
 * const overrides: OverrideInput[] = [
 *   { date: '2026-12-28', lineId: 'night', closed: true, name: '年末' },
 *   { date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] },
 * ];
 * ```
 */
export interface OverrideInput {
  readonly date: string;
  readonly lineId?: string;
  readonly closed?: true;
  readonly windows?: readonly WindowInput[];
  readonly name?: NameInput;
}

/**
 * Corrections to the national holiday calendar for law changes the dependency has not caught up with.
 *
 * @example
 * ```ts
 * createDesk(desknetsCloud, { nationalHolidays: { add: [{ date: '2031-05-07', name: '特例の休日' }], remove: ['2031-09-23'] } });
 * ```
 */
export interface NationalHolidayAdjustments {
  readonly add?: readonly { readonly date: string; readonly name: string }[];
  readonly remove?: readonly string[];
}

/**
 * A planned or emergency maintenance period (第18条・第18条の2) as an ISO interval with offsets,
 * e.g. `'2026-12-05T22:00+09:00/2026-12-06T02:00+09:00'`. `announcedAt`, when given, lets the
 * library tell whether the notice 第18条2項 requires was given: 14 days for equipment works
 * (`cause: 'equipment'`, 第1号), in advance for the other causes, none for emergencies.
 *
 * @example
 * ```ts
 * const works: MaintenanceInput = {
 *   period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00', title: '基盤更新',
 *   cause: 'equipment', announcedAt: '2026-11-30T10:00+09:00',
 * };
 * ```
 */
export interface MaintenanceInput {
  readonly period: string;
  readonly title: string;
  readonly kind?: 'planned' | 'emergency';
  readonly cause?: 'equipment' | 'other';
  readonly announcedAt?: string;
}

/**
 * Options of `createDesk`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'], clock: () => Date.parse('2026-12-30T10:00:00+09:00') }).isOpen(); //=> false
 * ```
 */
export interface DeskOptions {
  /** 当社休業日: the terms list none, so the integrator supplies them. */
  readonly companyHolidays?: readonly CompanyHolidayInput[];
  readonly overrides?: readonly OverrideInput[];
  readonly nationalHolidays?: NationalHolidayAdjustments;
  /** Returns "now" in epoch milliseconds; defaults to `Date.now`. */
  readonly clock?: () => number;
  /** Planned and emergency maintenance of the service (第18条), for `maintenanceOf(desk)`. */
  readonly maintenance?: readonly MaintenanceInput[];
}
