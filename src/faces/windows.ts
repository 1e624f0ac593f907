import type { Desk } from '../engine/desk-type.js';
import { internalsOf } from '../engine/registry.js';
import type { Opening } from '../model/types.js';
import type { InstantInput } from '../time/instant.js';

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
  return internalsOf(desk).windows(from, to, lineId);
}
