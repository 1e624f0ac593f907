import { Instant, type LocalDate, ZonedDateTime, ZoneOffset } from '@js-joda/core';
import type { DayInfo, Opening, Status } from '../engine/types.js';
import { type Converted, converters, type Desk } from './convert.js';

const JST = ZoneOffset.ofHours(9);
// Anything else goes to the desk as it is, to be rejected there with INVALID_INSTANT.
const ms = (at: Instant | ZonedDateTime | undefined): number | undefined =>
  at instanceof ZonedDateTime ? at.toInstant().toEpochMilli() : at instanceof Instant ? at.toEpochMilli() : (at as undefined);
const convert = converters((t) => ZonedDateTime.ofInstant(Instant.ofEpochMilli(t), JST));

/** A desk speaking js-joda: `Instant` or `ZonedDateTime` in, `ZonedDateTime` at +09:00 out. */
export interface JsJodaDesk {
  status(at?: Instant | ZonedDateTime): Converted<Status, ZonedDateTime>;
  isOpen(at?: Instant | ZonedDateTime, lineId?: string): boolean;
  nextOpening(at?: Instant | ZonedDateTime, lineId?: string): Converted<Opening, ZonedDateTime> | null;
  windows(from: Instant | ZonedDateTime, to: Instant | ZonedDateTime, lineId?: string): Converted<Opening, ZonedDateTime>[];
  /** A JST calendar day given as a `LocalDate`. */
  day(date: LocalDate): Converted<DayInfo, ZonedDateTime>;
}

/**
 * Wraps a desk for js-joda users. `@js-joda/core` is an optional peer dependency used only here.
 *
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * import { withJsJoda } from 'madoguchi/js-joda';
 * import { LocalDate, ZonedDateTime } from '@js-joda/core';
 * const jj = withJsJoda(desk);
 * jj.isOpen(ZonedDateTime.parse('2026-11-25T17:29:59.999+09:00')); //=> true
 * jj.day(LocalDate.parse('2026-11-23')).closed?.reason; //=> 'national-holiday'
 * ```
 */
export function withJsJoda(desk: Desk): JsJodaDesk {
  return Object.freeze({
    status: (at?: Instant | ZonedDateTime) => convert.status(desk.status(ms(at))),
    isOpen: (at?: Instant | ZonedDateTime, lineId?: string) => desk.isOpen(ms(at), lineId),
    nextOpening: (at?: Instant | ZonedDateTime, lineId?: string) => convert.opening(desk.nextOpening(ms(at), lineId)),
    windows: (from: Instant | ZonedDateTime, to: Instant | ZonedDateTime, lineId?: string) =>
      desk.windows(ms(from) as number, ms(to) as number, lineId).map((o) => convert.opening(o) as Converted<Opening, ZonedDateTime>),
    day: (date: LocalDate) => convert.day(desk.day(String(date))),
  });
}
