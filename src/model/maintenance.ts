import type { InstantInput } from './types.js';

/**
 * A planned or emergency maintenance period of the service.
 *
 * @example
 * ```ts
 * const d = createDesk(desknetsCloud, { maintenance: [works] });
 * maintenanceOf(d).periods[0]?.shortNotice; //=> true (announced 5½ days ahead; 第18条2項 asks 14 for equipment works)
 * ```
 */
export interface MaintenancePeriod {
  readonly kind: 'planned' | 'emergency';
  readonly title: string;
  readonly start: Date;
  readonly end: Date;
  readonly cause: 'equipment' | 'other';
  readonly announcedAt: Date | null;
  /**
   * Whether it was announced with less notice than 第18条2項 asks (14 days for equipment works,
   * in advance otherwise); `false` for emergencies, which are exempt; `null` when `announcedAt`
   * is unknown.
   */
  readonly shortNotice: boolean | null;
}

/**
 * Whether the service (not the phone lines) is in maintenance at `at`.
 *
 * @example
 * ```ts
 * maintenanceOf(desk).status('2026-11-25T10:00:00+09:00').regularWindow;
 * //=> { start: 2026-11-25T16:00:00.000Z, end: 2026-11-25T21:00:00.000Z } (the next 1:00–6:00 JST)
 * ```
 */
export interface MaintenanceStatus {
  readonly at: Date;
  /** Inside the daily regular window 1:00–6:00 UTC+9, when delays of tens of seconds or brief interruptions are possible. */
  readonly inRegularWindow: boolean;
  /** The regular window containing `at`, or the next one; `null` when the policy promises none from `at` on. */
  readonly regularWindow: { readonly start: Date; readonly end: Date } | null;
  /** Configured periods containing `at`. */
  readonly active: readonly MaintenancePeriod[];
  /** Configured periods not yet ended at `at` (active ones included), in start order. */
  readonly planned: readonly MaintenancePeriod[];
}

/**
 * The maintenance answers of a desk: `status(at)` and the configured periods.
 *
 * @example
 * ```ts
 * maintenanceOf(desk).status('2026-11-25T05:59:59.999+09:00').inRegularWindow; //=> true
 * maintenanceOf(desk).status('2026-11-25T06:00:00+09:00').inRegularWindow;     //=> false
 * ```
 */
export interface Maintenance {
  /** Whether `at` (default: now) falls in the daily regular window or a configured period. */
  status(at?: InstantInput): MaintenanceStatus;
  readonly periods: readonly MaintenancePeriod[];
}
