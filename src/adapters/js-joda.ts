/**
 * The desk with @js-joda/core types in and out. `@js-joda/core` is an optional peer dependency: install it
 * yourself; the core (`madoguchi`) never imports it.
 *
 * @module madoguchi/js-joda
 */
import { Instant, LocalDate, OffsetDateTime, ZonedDateTime, ZoneOffset } from '@js-joda/core';
import { jodaInstantInvalid } from '../errors/messages.js';
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
 * What the js-joda desk takes as an instant.
 *
 * @example
 * ```ts
 * jsJodaDesk.isOpen(ZonedDateTime.parse('2026-11-25T10:00+09:00'));               //=> true
 * jsJodaDesk.isOpen(Instant.parse('2026-11-25T01:00:00Z'));                    //=> true
 * ```
 */
export type JodaInstant = Instant | ZonedDateTime | OffsetDateTime;
/**
 * A `Status` whose instants are `ZonedDateTime`s at offset +09:00.
 *
 * @example
 * ```ts
 * jsJodaDesk.status(Instant.parse('2026-11-25T01:00:00Z')).closesAt?.toString(); //=> '2026-11-25T17:30+09:00'
 * ```
 */
export type JodaStatus = Converted<Status, ZonedDateTime>;
/**
 * An `Opening` whose instants are `ZonedDateTime`s at offset +09:00.
 *
 * @example
 * ```ts
 * jsJodaDesk.nextOpening(Instant.parse('2026-11-21T01:00:00Z'))?.opensAt.toLocalDate().toString(); //=> '2026-11-24'
 * ```
 */
export type JodaOpening = Converted<Opening, ZonedDateTime>;
/**
 * A `DayInfo` whose windows hold `ZonedDateTime`s at offset +09:00.
 *
 * @example
 * ```ts
 * jsJodaDesk.day(LocalDate.parse('2026-11-23')).closed?.reason; //=> 'national-holiday'
 * ```
 */
export type JodaDayInfo = Converted<DayInfo, ZonedDateTime>;
/**
 * A `RouteDecision` whose instants are `ZonedDateTime`s at offset +09:00.
 *
 * @example
 * ```ts
 * const d = jsJodaDesk.route({ at: Instant.parse('2026-11-25T09:30:00Z') });
 * d.kind === 'connect' && d.line.id; //=> 'night' (18:30 JST)
 * ```
 */
export type JodaRouteDecision = Converted<RouteDecision, ZonedDateTime>;

/**
 * What `route` is asked through js-joda: the instant (default now), the caller's language, the line dialed.
 *
 * @example
 * ```ts
 * jsJodaDesk.route({ at: Instant.now(), language: 'ja-JP', lineId: 'regular' });
 * ```
 */
export interface JodaRouteRequest {
  readonly at?: JodaInstant;
  readonly language?: string;
  readonly lineId?: string;
}

/**
 * A desk speaking js-joda: `Instant`, `ZonedDateTime` or `OffsetDateTime` in, `ZonedDateTime` at
 * `ZoneOffset` +09:00 out, `LocalDate` for calendar days. `at` defaults to the desk's clock.
 * Anything else throws `MadoguchiError` `INVALID_INSTANT`.
 *
 * @example
 * ```ts
 * const jj = withJsJoda(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
 * jj.day(LocalDate.parse('2026-12-30')).closed?.reason; //=> 'company-holiday'
 * ```
 */
export interface JodaDesk {
  /** Which line is open at `at`, until when, why not, and the next opening. */
  status(at?: JodaInstant): JodaStatus;
  /** Whether any line (or `lineId`) is open at `at`. */
  isOpen(at?: JodaInstant, lineId?: string): boolean;
  /** The first window of any line (or `lineId`) opening strictly after `at`. */
  nextOpening(at?: JodaInstant, lineId?: string): JodaOpening | null;
  /** Windows overlapping `[from, to)`, in time order. */
  windows(from: JodaInstant, to: JodaInstant, lineId?: string): JodaOpening[];
  /** A JST calendar day: a `LocalDate`, or the JST day of an instant. */
  day(date: LocalDate | JodaInstant): JodaDayInfo;
  /** The lines of the edition in force at `at`. */
  lines(at?: JodaInstant): readonly Line[];
  /** What an IVR or chatbot backend should do with a contact now (or `at`). */
  route(request?: JodaRouteRequest): JodaRouteDecision;
}

const JST = ZoneOffset.ofHours(9);
const out = converter((ms) => ZonedDateTime.ofInstant(Instant.ofEpochMilli(ms), JST));

function ms(at: unknown, label = 'at', orDate = false): number | undefined {
  if (at === undefined) return undefined;
  if (at instanceof Instant) return at.toEpochMilli();
  if (at instanceof ZonedDateTime || at instanceof OffsetDateTime) return at.toInstant().toEpochMilli();
  throw jodaInstantInvalid(label, at, orDate);
}
const required = (at: unknown, label: string): number => {
  const t = ms(at, label);
  if (t === undefined) throw jodaInstantInvalid(label, at);
  return t;
};

// Anything but an object reaches the desk as it is, to be rejected there.
const routeRequest = (request: JodaRouteRequest): RouteRequest =>
  typeof request === 'object' && request !== null ? ({ ...request, at: ms(request.at, 'request.at') } as RouteRequest) : (request as RouteRequest);

/**
 * Wraps any desk for js-joda users. `@js-joda/core` is an optional peer dependency used only by
 * this entry point; the core never imports it.
 *
 * @param desk - a desk from `createDesk`, or the preset `desk`
 * @returns a frozen `JodaDesk` answering the same questions with js-joda types
 * @throws `MadoguchiError` `INVALID_ARGUMENT` when `desk` is not a desk; `INVALID_INSTANT` (from its methods) for a value that is not a js-joda
 *   instant; the desk's own errors otherwise
 * @example
 * ```ts
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * import { withJsJoda } from 'madoguchi/js-joda';
 * import { LocalDate, ZonedDateTime } from '@js-joda/core';
 *
 * const jj = withJsJoda(createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }));
 * jj.isOpen(ZonedDateTime.parse('2026-11-25T17:29:59.999+09:00')); //=> true
 * jj.nextOpening(ZonedDateTime.parse('2026-11-25T17:30+09:00'))?.opensAt.toString(); //=> '2026-11-25T18:00+09:00'
 * jj.day(LocalDate.parse('2026-12-30')).closed?.reason; //=> 'company-holiday'
 * ```
 */
export function withJsJoda(desk: Desk): JodaDesk {
  checkDesk(desk, 'withJsJoda');
  return Object.freeze({
    status: (at?: JodaInstant) => out(desk.status(ms(at))),
    isOpen: (at?: JodaInstant, lineId?: string) => desk.isOpen(ms(at), lineId),
    nextOpening: (at?: JodaInstant, lineId?: string) => out(desk.nextOpening(ms(at), lineId)),
    windows: (from: JodaInstant, to: JodaInstant, lineId?: string) => out(windows(desk, required(from, 'from'), required(to, 'to'), lineId)) as JodaOpening[],
    // LocalDate prints as YYYY-MM-DD (the range ends in 2099); an undefined date reaches the desk, which rejects it with INVALID_DATE.
    day: (date: LocalDate | JodaInstant) => out(day(desk, date instanceof LocalDate ? date.toString() : (ms(date, 'date', true) as number))),
    lines: (at?: JodaInstant) => lines(desk, ms(at)),
    route: (request: JodaRouteRequest = {}) => out(route(desk, routeRequest(request))),
  });
}

/**
 * The preset desk (desknet's cloud under the terms as published, no company holidays) speaking js-joda.
 *
 * @example
 * ```ts
 * import { jsJodaDesk } from 'madoguchi/js-joda';
 * import { Instant, LocalDate } from '@js-joda/core';
 *
 * jsJodaDesk.status(Instant.parse('2026-11-25T08:29:59.999Z')).closesAt?.toString(); //=> '2026-11-25T17:30+09:00'
 * jsJodaDesk.day(LocalDate.parse('2026-11-23')).closed?.name; //=> '勤労感謝の日'
 * ```
 */
export const jsJodaDesk: JodaDesk = /* @__PURE__ */ withJsJoda(presetDesk);
