/**
 * The desk with luxon types in and out. `luxon` is an optional peer dependency: install it
 * yourself; the core (`madoguchi`) never imports it.
 *
 * @module madoguchi/luxon
 */
import { DateTime, FixedOffsetZone, Interval } from 'luxon';
import { luxonInstantInvalid, luxonIntervalInvalid, luxonIntervalInverted, luxonNotInterval } from '../errors/messages.js';
import { day } from '../faces/day.js';
import { lines } from '../faces/lines.js';
import { desk as presetDesk } from '../faces/preset-desk.js';
import { route } from '../faces/route.js';
import { windows } from '../faces/windows.js';
import type { RouteDecision, RouteRequest } from '../model/route.js';
import type { DayInfo, Line, Opening, Status } from '../model/types.js';
import { type Converted, checkDesk, converter, type Desk } from './convert.js';

export type { Converted };

/**
 * A `Status` whose instants are luxon `DateTime`s in zone `UTC+9`.
 *
 * @example
 * ```ts
 * withLuxon(desk).status(DateTime.fromISO('2026-11-25T10:00:00+09:00')).closesAt?.toISO(); //=> '2026-11-25T17:30:00.000+09:00'
 * ```
 */
export type LuxonStatus = Converted<Status, DateTime>;
/**
 * An `Opening` whose instants are luxon `DateTime`s in zone `UTC+9`.
 *
 * @example
 * ```ts
 * luxonDesk.nextOpening(DateTime.fromISO('2026-11-21T10:00:00+09:00'))?.opensAt.toISO(); //=> '2026-11-24T09:00:00.000+09:00'
 * ```
 */
export type LuxonOpening = Converted<Opening, DateTime>;
/**
 * A `DayInfo` whose windows hold luxon `DateTime`s in zone `UTC+9`.
 *
 * @example
 * ```ts
 * luxonDesk.day(DateTime.fromISO('2026-11-24T12:00:00+09:00')).windows[1]?.opensAt.hour; //=> 18
 * ```
 */
export type LuxonDayInfo = Converted<DayInfo, DateTime>;
/**
 * A `RouteDecision` whose instants are luxon `DateTime`s in zone `UTC+9`.
 *
 * @example
 * ```ts
 * const d = luxonDesk.route({ at: DateTime.fromISO('2026-11-25T10:00:00+09:00') });
 * d.kind === 'connect' && d.closesAt.toFormat('HH:mm'); //=> '17:30'
 * ```
 */
export type LuxonRouteDecision = Converted<RouteDecision, DateTime>;

/**
 * What `route` is asked through luxon: the instant (default now), the caller's language, the line dialed.
 *
 * @example
 * ```ts
 * luxonDesk.route({ at: DateTime.now(), language: 'ja' });
 * ```
 */
export interface LuxonRouteRequest {
  readonly at?: DateTime;
  readonly language?: string;
  readonly lineId?: string;
}

/**
 * A desk speaking luxon: `DateTime` in (any zone), `DateTime` in zone `UTC+9` out, so
 * `.setZone('local')` or `.setZone(zone)` shows an answer to anyone. `at` defaults to the desk's clock.
 * An invalid `DateTime` throws `MadoguchiError` `INVALID_INSTANT`.
 *
 * @example
 * ```ts
 * const lx = withLuxon(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
 * lx.isOpen(DateTime.fromISO('2026-12-30T10:00:00+09:00')); //=> false
 * ```
 */
export interface LuxonDesk {
  /** Which line is open at `at`, until when, why not, and the next opening. */
  status(at?: DateTime): LuxonStatus;
  /** Whether any line (or `lineId`) is open at `at`. */
  isOpen(at?: DateTime, lineId?: string): boolean;
  /** The first window of any line (or `lineId`) opening strictly after `at`. */
  nextOpening(at?: DateTime, lineId?: string): LuxonOpening | null;
  /** Windows overlapping the interval `[start, end)`, in time order. */
  windows(range: Interval, lineId?: string): LuxonOpening[];
  /** The JST calendar day of a `DateTime`'s instant (not its own zone's date), or of `'YYYY-MM-DD'`. */
  day(date: DateTime | string): LuxonDayInfo;
  /** The lines of the edition in force at `at`. */
  lines(at?: DateTime): readonly Line[];
  /** What an IVR or chatbot backend should do with a contact now (or `at`). */
  route(request?: LuxonRouteRequest): LuxonRouteDecision;
}

const UTC9 = FixedOffsetZone.instance(9 * 60);
const out = converter((ms) => DateTime.fromMillis(ms, { zone: UTC9 }));
function ms(at: unknown, label = 'at'): number | undefined {
  if (at === undefined) return undefined;
  if (!DateTime.isDateTime(at)) throw luxonInstantInvalid(label, at);
  if (!at.isValid) throw luxonInstantInvalid(label, at, at.invalidReason);
  return at.toMillis();
}

function bounds(range: unknown): [number, number] {
  if (!Interval.isInterval(range)) throw luxonNotInterval(range);
  if (range.isValid) return [ms(range.start, 'range.start') as number, ms(range.end, 'range.end') as number];
  if (range.invalidReason === 'end before start') throw luxonIntervalInverted(range.invalidExplanation, range);
  throw luxonIntervalInvalid(range, range.invalidReason);
}

// Anything but an object reaches the desk as it is, to be rejected there.
const routeRequest = (request: LuxonRouteRequest): RouteRequest =>
  typeof request === 'object' && request !== null ? ({ ...request, at: ms(request.at, 'request.at') } as RouteRequest) : (request as RouteRequest);

/**
 * Wraps any desk for luxon users. luxon is an optional peer dependency used only by this entry
 * point; the core never imports it.
 *
 * @param desk - a desk from `createDesk`, or the preset `desk`
 * @returns a frozen `LuxonDesk` answering the same questions with `DateTime`s
 * @throws `MadoguchiError` `INVALID_ARGUMENT` when `desk` is not a desk (or, from `windows`, a range that is no `Interval`);
 *   `INVALID_INSTANT` (from its methods) for an invalid `DateTime` or `Interval`, or `INVALID_RANGE` for an `Interval`
 *   whose end is before its start; the desk's own errors otherwise
 * @example
 * ```ts
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * import { withLuxon } from 'madoguchi/luxon';
 * import { DateTime, Interval } from 'luxon';
 *
 * const lx = withLuxon(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
 * lx.nextOpening(DateTime.fromISO('2026-11-21T10:00', { zone: 'Asia/Tokyo' }))?.opensAt.toISO();
 * //=> '2026-11-24T09:00:00.000+09:00'
 * lx.status(DateTime.fromISO('2026-11-25T17:45:00+09:00')).next?.opensAt.setZone('Europe/Paris').toISO();
 * //=> '2026-11-25T10:00:00.000+01:00'
 * const days = Interval.fromISO('2026-11-23T00:00+09:00/2026-11-25T00:00+09:00');
 * lx.windows(days).map((w) => w.opensAt.toFormat('MM-dd HH:mm')); //=> ['11-24 09:00', '11-24 18:00']
 * ```
 */
export function withLuxon(desk: Desk): LuxonDesk {
  checkDesk(desk, 'withLuxon');
  return Object.freeze({
    status: (at?: DateTime) => out(desk.status(ms(at))),
    isOpen: (at?: DateTime, lineId?: string) => desk.isOpen(ms(at), lineId),
    nextOpening: (at?: DateTime, lineId?: string) => out(desk.nextOpening(ms(at), lineId)),
    windows: (range: Interval, lineId?: string) => out(windows(desk, ...bounds(range), lineId)) as LuxonOpening[],
    // An undefined date reaches the desk as it is, which rejects it with INVALID_DATE.
    day: (date: DateTime | string) => out(day(desk, typeof date === 'string' ? date : (ms(date, 'date') as number))),
    lines: (at?: DateTime) => lines(desk, ms(at)),
    route: (request: LuxonRouteRequest = {}) => out(route(desk, routeRequest(request))),
  });
}

/**
 * The preset desk (desknet's cloud under the terms as published, no company holidays) speaking luxon.
 *
 * @example
 * ```ts
 * import { luxonDesk } from 'madoguchi/luxon';
 * import { DateTime } from 'luxon';
 *
 * const s = luxonDesk.status(DateTime.fromISO('2026-11-25T17:29:59.999+09:00'));
 * s.line?.tel; //=> '0120-365-800'
 * s.closesAt?.toISO(); //=> '2026-11-25T17:30:00.000+09:00'
 * luxonDesk.isOpen(DateTime.invalid('no input')); // throws MadoguchiError INVALID_INSTANT
 * ```
 */
export const luxonDesk: LuxonDesk = /* @__PURE__ */ withLuxon(presetDesk);
