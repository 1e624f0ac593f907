import type { DayInfo, Opening, Status } from '../index.js';
import { formatJst } from '../time/format-jst.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Plain data with every `Date` as its JST wall-clock (`…+09:00`), the form the terms speak in. */
function plain(value: unknown): Json {
  if (value instanceof Date) return formatJst(value.getTime());
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = plain(v);
    return out;
  }
  return value as Json;
}

/**
 * A `Status` as JSON, field by field from the interface (not from `toJSON`, which keeps UTC).
 *
 * @example
 * ```ts
 * JSON.parse(statusJson(desk.status('2026-11-25T10:00:00+09:00'))).closesAt; //=> '2026-11-25T17:30:00.000+09:00'
 * ```
 */
export function statusJson(s: Status): string {
  const fields = {
    at: s.at,
    jst: s.jst,
    edition: s.edition,
    open: s.open,
    line: s.line,
    closesAt: s.closesAt,
    next: s.next,
    closed: s.closed,
    languages: s.languages,
    suspended: s.suspended,
  };
  return JSON.stringify(plain(fields), null, 2);
}

/**
 * An opening (or `null`), or the days of a month, as JSON with JST instants.
 *
 * @example
 * ```ts
 * JSON.parse(dataJson(desk.nextOpening('2026-11-25T10:00:00+09:00'))).opensAt; //=> '2026-11-25T18:00:00.000+09:00'
 * ```
 */
export function dataJson(value: Opening | null | readonly DayInfo[]): string {
  return JSON.stringify(plain(value), null, 2);
}
