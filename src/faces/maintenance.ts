import type { Maintenance, MaintenancePeriod, MaintenanceStatus } from '../model/maintenance.js';
import type { InstantInput } from '../model/types.js';
import { editionOn } from '../policy/compiled.js';
import type { Schedule } from '../schedule/schedule.js';
import { toEpochMs } from '../time/instant.js';
import { dayStart, jstDay } from '../time/jst.js';
import { checkRange } from '../time/range.js';
import type { Desk } from './desk-type.js';
import { coreOf } from './registry.js';

// Handed out as fresh copies: a Date cannot be frozen, and a caller that moved one would
// otherwise move the period for every other user of the desk. The originals stay inside.
const copy = (p: MaintenancePeriod): MaintenancePeriod =>
  Object.freeze({ ...p, start: new Date(p.start), end: new Date(p.end), announcedAt: p.announcedAt && new Date(p.announcedAt) });

/** The regular window holding `t` or the next one, from the editions' daily maintenance windows; `null` when none lies ahead. */
function regularWindow(s: Schedule, t: number): { start: number; end: number } | null {
  const { editions } = s.policy;
  for (let day = jstDay(t); day < s.range.endDay; day++) {
    const edition = editionOn(s.policy, day);
    const daily = edition?.maintenance ?? [];
    for (const w of daily) if (dayStart(day) + w.closes > t) return { start: dayStart(day) + w.opens, end: dayStart(day) + w.closes };
    // No window in this edition: skip to the next edition's first day, or stop after the last.
    if (daily.length === 0) {
      const next = editions.find((e) => e.startDay > day);
      if (next === undefined) return null;
      day = next.startDay - 1;
    }
  }
  return null;
}

function statusAt(s: Schedule, periods: readonly MaintenancePeriod[], at: InstantInput | undefined): MaintenanceStatus {
  const t = checkRange(at === undefined ? toEpochMs(s.clock(), 'clock()') : toEpochMs(at, 'at'), s.range);
  const regular = regularWindow(s, t);
  const planned = periods.filter((p) => t < p.end.getTime()).map(copy);
  return Object.freeze({
    at: new Date(t),
    inRegularWindow: regular !== null && regular.start <= t && t < regular.end,
    regularWindow: regular === null ? null : Object.freeze({ start: new Date(regular.start), end: new Date(regular.end) }),
    // An active period has not ended, so it is in `planned` too: the same object in both.
    active: Object.freeze(planned.filter((p) => p.start.getTime() <= t)),
    planned: Object.freeze(planned),
  });
}

/**
 * The service's maintenance for a desk: the daily regular window of the edition in force (第18条の2
 * for desknet's, from edition 15) and the periods given in the desk's `maintenance` option. A policy
 * that promises no regular window has none.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @example
 * ```ts
 * import { desk, maintenanceOf } from 'madoguchi';
 * maintenanceOf(desk).status('2026-11-25T03:00:00+09:00').inRegularWindow; //=> true
 * maintenanceOf(desk).status('2026-11-25T06:00:00+09:00').inRegularWindow; //=> false
 * ```
 */
export function maintenanceOf(desk: Desk): Maintenance {
  const { schedule, settings } = coreOf(desk);
  const periods = settings?.maintenance ?? [];
  return Object.freeze({
    status: (at?: InstantInput) => statusAt(schedule, periods, at),
    get periods(): readonly MaintenancePeriod[] {
      return Object.freeze(periods.map(copy));
    },
  });
}
