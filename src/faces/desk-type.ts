import type { Opening, Status } from '../model/types.js';
import type { InstantInput } from '../time/instant.js';

/**
 * A compiled contact-hours schedule, from `createDesk` (or `desk`, the terms as published). Every
 * method takes instants as a `Date`, epoch milliseconds or an ISO 8601 string with `Z` or an offset;
 * `at` defaults to the desk's clock. Closed is an answer; bad input throws `MadoguchiError`. Every
 * method may throw `INVALID_INSTANT` or `AMBIGUOUS_INSTANT` (bad `at`), `NO_TERMS_IN_FORCE` (before
 * the first edition) and `OUT_OF_RANGE` (from 2100-01-01 JST); those with `lineId`, `UNKNOWN_LINE`.
 *
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * desk.isOpen('2026-11-25T10:00:00+09:00'); //=> true
 * ```
 */
export interface Desk {
  /**
   * Which line is open at `at`, until when; or why none is, and the next opening.
   *
   * @param at - the instant; default now
   * @returns a read-only `Status` (see its fields)
   * @example
   * ```ts
   * const s = desk.status('2026-11-25T14:03:00+09:00');
   * s.line?.id;       //=> 'regular'
   * s.closesAt;       //=> 2026-11-25T08:30:00.000Z (17:30 JST)
   * s.next?.line.id;  //=> 'night'
   * desk.status('2026-11-25T17:30:00+09:00').closed; //=> { reason: 'between-windows' }
   * ```
   */
  status(at?: InstantInput): Status;
  /**
   * Whether any line, or the line `lineId`, is open at `at`. Windows are half-open.
   *
   * @param at - the instant; default now
   * @param lineId - one line, e.g. `'night'`; any line when omitted
   * @example
   * ```ts
   * desk.isOpen('2026-11-25T17:29:59.999+09:00'); //=> true
   * desk.isOpen('2026-11-25T17:30:00.000+09:00'); //=> false
   * desk.isOpen('2026-11-25T18:30:00+09:00', 'regular'); //=> false
   * ```
   */
  isOpen(at?: InstantInput, lineId?: string): boolean;
  /**
   * The first window of any line (or of `lineId`) opening strictly after `at`.
   *
   * @param at - the instant; default now
   * @param lineId - one line; any line when omitted
   * @returns the `Opening`, or `null` when nothing opens before 2100
   * @example
   * ```ts
   * // Saturday; Monday 2026-11-23 is 勤労感謝の日:
   * desk.nextOpening('2026-11-21T10:00:00+09:00')?.opensAt; //=> 2026-11-24T00:00:00.000Z (9:00 JST)
   * ```
   */
  nextOpening(at?: InstantInput, lineId?: string): Opening | null;
  /**
   * The first instant after `at` at which `status(at)` or its `describe()` sentence can change:
   * the earliest of the open line's close, the next opening, a closure's start or end, the next
   * JST midnight (本日/明日 and a closed day's reason change there) and the start of the next
   * edition. Between `at` and that instant every answer stays the same, so a page or cache can
   * wait until then.
   *
   * @param at - the instant; default now
   * @returns the instant, or `null` when it would fall past the supported range (2100-01-01 JST)
   * @example
   * ```ts
   * desk.nextChange('2026-11-25T10:00:00+09:00'); //=> 2026-11-25T08:30:00.000Z (17:30 JST, the regular line closes)
   * desk.nextChange('2026-11-21T10:00:00+09:00'); //=> 2026-11-21T15:00:00.000Z (Saturday: JST midnight)
   * ```
   */
  nextChange(at?: InstantInput): Date | null;
}
