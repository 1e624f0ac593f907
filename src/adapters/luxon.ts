import { type DateTime, FixedOffsetZone, Interval, DateTime as LuxonDateTime } from 'luxon';
import type { DayInfo, Opening, Status } from '../engine/types.js';
import { type Converted, converters, type Desk } from './convert.js';

const JST = FixedOffsetZone.instance(9 * 60);
/** An invalid DateTime becomes an invalid Date, which the desk rejects with `INVALID_INSTANT`. */
// Anything that is not a DateTime goes to the desk as it is, to be rejected there.
const ms = (dt: DateTime | undefined): number | Date | undefined =>
  !LuxonDateTime.isDateTime(dt) ? (dt as undefined) : dt.isValid ? dt.toMillis() : new Date(Number.NaN);
const convert = converters((t) => LuxonDateTime.fromMillis(t, { zone: JST }));

/** A desk speaking luxon: `DateTime` in, `DateTime` in zone `UTC+9` out (`.setZone()` shows it locally). */
export interface LuxonDesk {
  status(at?: DateTime): Converted<Status, DateTime>;
  isOpen(at?: DateTime, lineId?: string): boolean;
  nextOpening(at?: DateTime, lineId?: string): Converted<Opening, DateTime> | null;
  /** Windows overlapping the interval `[start, end)`. */
  windows(range: Interval, lineId?: string): Converted<Opening, DateTime>[];
  /** The JST calendar day of a `DateTime` (its instant, not its local date) or of `YYYY-MM-DD`. */
  day(date: DateTime | string): Converted<DayInfo, DateTime>;
}

/**
 * Wraps a desk for luxon users. luxon is an optional peer dependency used only here.
 *
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * import { withLuxon } from 'madoguchi/luxon';
 * import { DateTime } from 'luxon';
 * const lx = withLuxon(desk);
 * lx.nextOpening(DateTime.fromISO('2026-11-21T10:00', { zone: 'Asia/Tokyo' }))?.opensAt.toISO();
 * //=> '2026-11-24T09:00:00.000+09:00'
 * ```
 */
export function withLuxon(desk: Desk): LuxonDesk {
  return Object.freeze({
    status: (at?: DateTime) => convert.status(desk.status(ms(at))),
    isOpen: (at?: DateTime, lineId?: string) => desk.isOpen(ms(at), lineId),
    nextOpening: (at?: DateTime, lineId?: string) => convert.opening(desk.nextOpening(ms(at), lineId)),
    windows: (range: Interval, lineId?: string) => {
      const valid = Interval.isInterval(range) && range.isValid;
      const from = valid ? (range.start as DateTime).toMillis() : new Date(Number.NaN);
      return desk.windows(from, valid ? (range.end as DateTime).toMillis() : from, lineId).map((o) => convert.opening(o) as Converted<Opening, DateTime>);
    },
    day: (date: DateTime | string) => convert.day(desk.day(typeof date === 'string' ? date : (ms(date) as number | Date))),
  });
}
