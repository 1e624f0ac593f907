import { daysFromCivil } from '../time/civil.js';
import { JST_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR } from '../time/constants.js';
import { type InstantInput, toEpochMs } from '../time/instant.js';
import { checkRange, TERMS_FIRST_DAY } from '../time/range.js';

/** 第18条の2 came with edition 15, in force from 2023-02-06 (付則 第1条). */
const REGULAR_FROM_DAY = daysFromCivil(2023, 2, 6);
/** 第18条の2第2項: 「毎日1:00～6:00 (UTC+9) の間に定期的実施する」. */
const REGULAR_OPENS = 1 * MS_PER_HOUR;
const REGULAR_CLOSES = 6 * MS_PER_HOUR;

/**
 * A planned or emergency maintenance period of the service.
 *
 * @example
 * ```ts
 * const d = createDesk(desknetsCloud, { maintenance: [works] });
 * d.maintenance.periods[0]?.shortNotice; //=> true (announced 5½ days ahead; 第18条2項 asks 14 for equipment works)
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
 * maintenance.status('2026-11-25T10:00:00+09:00').regularWindow;
 * //=> { start: 2026-11-25T16:00:00.000Z, end: 2026-11-25T21:00:00.000Z } (the next 1:00–6:00 JST)
 * ```
 */
export interface MaintenanceStatus {
  readonly at: Date;
  /** Inside the daily regular window 1:00–6:00 UTC+9, when delays of tens of seconds or brief interruptions are possible. */
  readonly inRegularWindow: boolean;
  /** The regular window containing `at`, or the next one. */
  readonly regularWindow: { readonly start: Date; readonly end: Date };
  /** Configured periods containing `at`. */
  readonly active: readonly MaintenancePeriod[];
  /** Configured periods not yet ended at `at` (active ones included), in start order. */
  readonly planned: readonly MaintenancePeriod[];
}

/**
 * Maintenance windows of 第18条の2 plus the configured planned and emergency periods.
 *
 * @example
 * ```ts
 * maintenance.status('2026-11-25T05:59:59.999+09:00').inRegularWindow; //=> true
 * maintenance.status('2026-11-25T06:00:00+09:00').inRegularWindow;     //=> false
 * ```
 */
export interface Maintenance {
  /** Whether `at` (default: now) falls in the daily regular window or a configured period. */
  status(at?: InstantInput): MaintenanceStatus;
  readonly periods: readonly MaintenancePeriod[];
}

/**
 * Builds the maintenance answers for checked periods (see `parseMaintenance`), in start order.
 * Desks get theirs from the `maintenance` option.
 */
export function createMaintenance(list: readonly MaintenancePeriod[] = [], clock: () => number = () => Date.now()): Maintenance {
  // Handed out as fresh copies: a Date cannot be frozen, and a caller that moved one would
  // otherwise move the period for every other user of the desk. The originals stay inside.
  const copy = (p: MaintenancePeriod): MaintenancePeriod =>
    Object.freeze({ ...p, start: new Date(p.start), end: new Date(p.end), announcedAt: p.announcedAt && new Date(p.announcedAt) });
  function status(at?: InstantInput): MaintenanceStatus {
    const t = checkRange(toEpochMs(at === undefined ? clock() : at, 'at'), TERMS_FIRST_DAY, 14);
    const local = t + JST_OFFSET_MS;
    let day = Math.max(Math.floor(local / MS_PER_DAY), REGULAR_FROM_DAY);
    if (local >= day * MS_PER_DAY + REGULAR_CLOSES) day += 1;
    const start = day * MS_PER_DAY - JST_OFFSET_MS + REGULAR_OPENS;
    const end = day * MS_PER_DAY - JST_OFFSET_MS + REGULAR_CLOSES;
    const planned = list.filter((p) => t < p.end.getTime()).map(copy);
    return Object.freeze({
      at: new Date(t),
      inRegularWindow: start <= t && t < end,
      regularWindow: Object.freeze({ start: new Date(start), end: new Date(end) }),
      // An active period has not ended, so it is in `planned` too: the same object in both.
      active: Object.freeze(planned.filter((p) => p.start.getTime() <= t)),
      planned: Object.freeze(planned),
    });
  }
  return Object.freeze({
    status,
    get periods(): readonly MaintenancePeriod[] {
      return Object.freeze(list.map(copy));
    },
  });
}

/**
 * The service's maintenance under 第18条の2 with no announced periods: the daily regular window.
 *
 * @example
 * ```ts
 * import { maintenance } from 'madoguchi';
 * maintenance.status('2026-11-25T03:00:00+09:00').inRegularWindow; //=> true
 * maintenance.status('2026-11-25T06:00:00+09:00').inRegularWindow; //=> false
 * ```
 */
export const maintenance: Maintenance = createMaintenance();
