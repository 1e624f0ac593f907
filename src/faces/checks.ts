import { lineUnknown } from '../errors/messages.js';
import type { Opening } from '../model/types.js';
import type { Slot } from '../schedule/day-plan.js';
import type { Schedule } from '../schedule/schedule.js';
import { toEpochMs } from '../time/instant.js';
import { dayStart } from '../time/jst.js';
import { checkRange } from '../time/range.js';

/** The opening of `slot` on JST day `day`. */
export const openingOn = (day: number, slot: Slot): Opening => ({
  line: slot.line,
  opensAt: new Date(dayStart(day) + slot.opens),
  closesAt: new Date(dayStart(day) + slot.closes),
});

/** Epoch milliseconds of an instant input (default: the schedule's clock), checked against the supported range. */
export function instantIn(s: Schedule, at: unknown, label = 'at'): number {
  return checkRange(toEpochMs(at === undefined ? s.clock() : at, label), s.range);
}

/** The first window of any line (or of `lineId`) opening strictly after `ms` on `day`, or on a later day. */
export function firstOpeningAfter(s: Schedule, day: number, ms: number, lineId: string | undefined): Opening | null {
  for (let d = day; d < s.range.endDay; d++) {
    const slots = s.planOf(d).slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      if ((d > day || slot.opens > ms) && (lineId === undefined || slot.line.id === lineId)) return openingOn(d, slot);
    }
  }
  return null;
}

/** Throws `UNKNOWN_LINE` unless `lineId` is a line of some edition of the schedule's policy. */
export function checkLine(s: Schedule, lineId: unknown): void {
  if (typeof lineId !== 'string' || !s.lineIds.has(lineId)) throw lineUnknown(lineId, s.lineIds);
}
