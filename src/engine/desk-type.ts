import type { Maintenance } from '../maintenance/maintenance.js';
import type { RouteDecision, RouteRequest } from '../routing/types.js';
import type { InstantInput } from '../time/instant.js';
import type { DayInfo, Line, Opening, Status } from './types.js';

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
  /**
   * The windows overlapping `[from, to)`, in time order (lines opening together in the policy's order).
   *
   * @param from - start of the range, included
   * @param to - end of the range, excluded; may be 2100-01-01T00:00+09:00 itself
   * @param lineId - one line; every line when omitted
   * @throws `MadoguchiError` `INVALID_RANGE` when `to` is before `from`
   * @example
   * ```ts
   * desk.windows('2026-11-24T00:00+09:00', '2026-11-25T00:00+09:00').map((w) => w.line.id);
   * //=> ['regular', 'night']
   * ```
   */
  windows(from: InstantInput, to: InstantInput, lineId?: string): Opening[];
  /**
   * One JST calendar day: its weekday, edition, why it is closed, its national holiday and its windows.
   *
   * @param date - `'YYYY-MM-DD'` (a JST date), or an instant whose JST day is meant
   * @throws `MadoguchiError` `INVALID_DATE` for an impossible or malformed date (`'2026-02-30'`)
   * @example
   * ```ts
   * desk.day('2026-11-23').closed;
   * //=> { reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } }
   * desk.day('2026-11-24').windows.length; //=> 2
   * ```
   */
  day(date: string | InstantInput): DayInfo;
  /**
   * The lines of the edition in force at `at`.
   *
   * @param at - the instant; default now
   * @example
   * ```ts
   * desk.lines('2021-06-01T10:00:00+09:00').map((l) => l.name.ja); //=> ['問い合わせ窓口'] (edition 14)
   * desk.lines('2026-06-01T10:00:00+09:00').map((l) => l.id);      //=> ['regular', 'night']
   * ```
   */
  lines(at?: InstantInput): readonly Line[];
  /**
   * What an IVR or chatbot backend should do with a contact now (or `at`): connect, redirect to
   * the open line, say closed and when it opens, or say the caller's language is not served.
   *
   * @param request - `at`, the caller's BCP 47 `language`, the dialed `lineId`; all optional
   * @throws `MadoguchiError` `INVALID_LANGUAGE` for a malformed language tag
   * @example
   * ```ts
   * desk.route({ at: '2026-11-25T18:30:00+09:00', lineId: 'regular' }).kind; //=> 'redirect' (to the night line)
   * desk.route({ at: '2026-11-25T10:00:00+09:00', language: 'en' }).kind;    //=> 'unsupported-language'
   * ```
   */
  route(request?: RouteRequest): RouteDecision;
  /**
   * The service's maintenance (第18条の2): the daily regular window and the periods given in the options.
   *
   * @example
   * ```ts
   * desk.maintenance.status('2026-11-25T03:00:00+09:00').inRegularWindow; //=> true
   * ```
   */
  readonly maintenance: Maintenance;
}
