import type { Desk } from '../engine/desk-type.js';
import { internalsOf } from '../engine/registry.js';
import type { DayInfo } from '../model/types.js';
import type { InstantInput } from '../time/instant.js';

/**
 * One JST calendar day of a desk: its weekday, edition, why it is closed, its national holiday
 * and its windows.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param date - `'YYYY-MM-DD'` (a JST date), or an instant whose JST day is meant
 * @throws `MadoguchiError` `INVALID_DATE` for an impossible or malformed date (`'2026-02-30'`)
 * @example
 * ```ts
 * import { day, desk } from 'madoguchi';
 * day(desk, '2026-11-23').closed;
 * //=> { reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } }
 * day(desk, '2026-11-24').windows.length; //=> 2
 * ```
 */
export function day(desk: Desk, date: string | InstantInput): DayInfo {
  return internalsOf(desk).day(date);
}
