import { rangeInverted } from '../errors/messages.js';
import type { InstantInput, Opening } from '../model/types.js';
import { formatJst } from '../time/format-jst.js';
import { toEpochMs } from '../time/instant.js';
import { dayStart, jstDay } from '../time/jst.js';
import { checkRange } from '../time/range.js';
import { checkLine, openingOn } from './checks.js';
import type { Desk } from './desk-type.js';
import { coreOf } from './registry.js';

/**
 * The windows of a desk overlapping `[from, to)`, in time order (lines opening together in the
 * policy's order).
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param from - start of the range, included
 * @param to - end of the range, excluded; may be 2100-01-01T00:00+09:00 itself
 * @param lineId - one line; every line when omitted
 * @throws `MadoguchiError` `INVALID_RANGE` when `to` is before `from`; `UNKNOWN_LINE`; the instant errors
 * @example
 * ```ts
 * import { desk, windows } from 'madoguchi';
 * windows(desk, '2026-11-24T00:00+09:00', '2026-11-25T00:00+09:00').map((w) => w.line.id);
 * //=> ['regular', 'night']
 * ```
 */
export function windows(desk: Desk, from: InstantInput, to: InstantInput, lineId?: string): Opening[] {
  const { schedule: s } = coreOf(desk);
  if (lineId !== undefined) checkLine(s, lineId);
  const start = checkRange(toEpochMs(from, 'from'), s.range);
  const end = checkRange(toEpochMs(to, 'to'), s.range, true);
  if (end < start) throw rangeInverted(formatJst(start), formatJst(end), { from, to });
  const found: Opening[] = [];
  // [t, t) is empty: without this, a window containing t would overlap it.
  if (end === start) return found;
  for (let day = jstDay(start), last = jstDay(end - 1); day <= last; day++) {
    const base = dayStart(day);
    for (const slot of s.planOf(day).slots) {
      if (base + slot.opens < end && base + slot.closes > start && (lineId === undefined || slot.line.id === lineId)) found.push(openingOn(day, slot));
    }
  }
  return found;
}
