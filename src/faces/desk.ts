import type { Opening } from '../model/types.js';
import type { DeskSettings } from '../policy/options.js';
import type { Segment, Slot } from '../schedule/day-plan.js';
import type { Schedule } from '../schedule/schedule.js';
import { StatusRecord } from '../schedule/status-record.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { dayStart } from '../time/jst.js';
import { checkLine, firstOpeningAfter, instantIn } from './checks.js';
import type { Desk } from './desk-type.js';
import { registerDesk } from './registry.js';

/** Whether the line `lineId` is open at `at`: its own loop, so the any-line path stays a scan of small integers. */
function lineOpen(s: Schedule, at: unknown, lineId: string): boolean {
  const { firstMs, endMs } = s;
  checkLine(s, lineId);
  const local = (typeof at === 'number' && at >= firstMs && at < endMs ? Math.floor(at) : instantIn(s, at)) + JST_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const ms = local - day * MS_PER_DAY;
  const slots = s.planOf(day).slots;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    if (slot.opens <= ms && ms < slot.closes && slot.line.id === lineId) return true;
  }
  return false;
}

/**
 * The desk's own four answers on a schedule. The instant is split once per call, inline: epoch
 * milliseconds already in range skip the general parser, the common case on the hot path (a shared
 * helper would merge V8's type feedback, and one caller's strings would slow every number path).
 */
export function makeDesk(s: Schedule, settings: DeskSettings | null): Desk {
  const { firstMs, endMs, planOf } = s;
  const nextAfter = (t: number): Opening | null => {
    const local = t + JST_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    return firstOpeningAfter(s, day, local - day * MS_PER_DAY, undefined);
  };
  // The segment of a day holding ms: the last segment ends at 24:00 and ms is below it.
  const segmentAt = (ends: readonly number[], ms: number): number => {
    let i = 0;
    while (ms >= (ends[i] as number)) i++;
    return i;
  };
  const desk = {
    status(at?: unknown) {
      const local = (typeof at === 'number' && at >= firstMs && at < endMs ? Math.floor(at) : instantIn(s, at)) + JST_OFFSET_MS;
      const day = Math.floor(local / MS_PER_DAY);
      const ms = local - day * MS_PER_DAY;
      const plan = planOf(day);
      return new StatusRecord(day, ms, plan.segments[segmentAt(plan.segmentEnds, ms)] as Segment, nextAfter);
    },
    isOpen(at?: unknown, lineId?: string) {
      if (lineId !== undefined) return lineOpen(s, at, lineId);
      const local = (typeof at === 'number' && at >= firstMs && at < endMs ? Math.floor(at) : instantIn(s, at)) + JST_OFFSET_MS;
      const day = Math.floor(local / MS_PER_DAY);
      const ms = local - day * MS_PER_DAY;
      const bounds = planOf(day).bounds;
      // Sorted by opening time: once a window opens after ms, none later contains it.
      for (let i = 0; i < bounds.length; i += 2) {
        if ((bounds[i] as number) > ms) return false;
        if (ms < (bounds[i + 1] as number)) return true;
      }
      return false;
    },
    nextOpening(at?: unknown, lineId?: string) {
      if (lineId !== undefined) checkLine(s, lineId);
      const local = (typeof at === 'number' && at >= firstMs && at < endMs ? Math.floor(at) : instantIn(s, at)) + JST_OFFSET_MS;
      const day = Math.floor(local / MS_PER_DAY);
      return firstOpeningAfter(s, day, local - day * MS_PER_DAY, lineId);
    },
    nextChange(at?: unknown) {
      const local = (typeof at === 'number' && at >= firstMs && at < endMs ? Math.floor(at) : instantIn(s, at)) + JST_OFFSET_MS;
      const day = Math.floor(local / MS_PER_DAY);
      const ends = planOf(day).segmentEnds;
      const change = dayStart(day) + (ends[segmentAt(ends, local - day * MS_PER_DAY)] as number);
      return change >= endMs ? null : new Date(change);
    },
  };
  registerDesk(desk, { schedule: s, settings });
  return Object.freeze(desk) as Desk;
}
