/**
 * A contact-hours policy as plain data: the shape `createDesk` takes. The built-in one is
 * `desknetsCloud`; an integrator can write their own for another support desk in JST.
 */

/** A name in Japanese and English. */
export interface LocalizedName {
  readonly ja: string;
  readonly en: string;
}

/** A window as `[opens, closes]` wall-clock times in UTC+9, `'H:MM'` or `'HH:MM'`, closes up to `'24:00'`. */
export type WindowInput = readonly [opens: string, closes: string];

/** One phone line of an edition. */
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
}

/** One edition of the terms, in force from `effective` 00:00 JST until the next edition. */
export interface EditionInput {
  readonly edition: number;
  /** `YYYY-MM-DD`, JST. */
  readonly effective: string;
  /** Where the edition's values come from. */
  readonly source?: string;
  readonly lines: readonly LineInput[];
}

/** A policy: its editions in any order. */
export interface PolicyInput {
  readonly id: string;
  readonly name: LocalizedName;
  readonly editions: readonly EditionInput[];
  /** What an IVR announces before connecting, when calls are recorded. */
  readonly recordingNotice?: LocalizedName;
}

/** A company holiday: `'YYYY-MM-DD'`, `'YYYY-MM-DD/YYYY-MM-DD'`, `'--MM-DD'` or `'--MM-DD/--MM-DD'`, optionally named. */
export type CompanyHolidayInput = string | { readonly date: string; readonly name?: string };

/**
 * One date's exception: close a line (or every line when `lineId` is omitted) with `closed: true`,
 * or give it other hours that day with `windows`. An override wins over weekends and holidays.
 */
export interface OverrideInput {
  readonly date: string;
  readonly lineId?: string;
  readonly closed?: true;
  readonly windows?: readonly WindowInput[];
  readonly name?: string;
}

/** Corrections to the national holiday calendar for law changes the dependency has not caught up with. */
export interface NationalHolidayAdjustments {
  readonly add?: readonly { readonly date: string; readonly name: string }[];
  readonly remove?: readonly string[];
}

/**
 * A planned or emergency maintenance period (第18条・第18条の2) as an ISO interval with offsets,
 * e.g. `'2026-12-05T22:00+09:00/2026-12-06T02:00+09:00'`. `announcedAt`, when given, lets the
 * library tell whether the notice 第18条2項 requires was given: 14 days for equipment works
 * (`cause: 'equipment'`, 第1号), in advance for the other causes, none for emergencies.
 */
export interface MaintenanceInput {
  readonly period: string;
  readonly title: string;
  readonly kind?: 'planned' | 'emergency';
  readonly cause?: 'equipment' | 'other';
  readonly announcedAt?: string;
}

/** Options of `createDesk`. Unknown keys are rejected. */
export interface DeskOptions {
  /** 当社休業日: the terms list none, so the integrator supplies them. */
  readonly companyHolidays?: readonly CompanyHolidayInput[];
  readonly overrides?: readonly OverrideInput[];
  readonly nationalHolidays?: NationalHolidayAdjustments;
  /** Returns "now" in epoch milliseconds; defaults to `Date.now`. */
  readonly clock?: () => number;
  /** Planned and emergency maintenance of the service (第18条), for `desk.maintenance`. */
  readonly maintenance?: readonly MaintenanceInput[];
}
