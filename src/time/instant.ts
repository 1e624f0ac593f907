import {
  type InstantField,
  instantDateOnly,
  instantFieldInvalid,
  instantInvalidDate,
  instantNotAccepted,
  instantNotFinite,
  instantNotIso,
  instantWithoutOffset,
} from '../errors/messages.js';
import type { InstantInput } from '../model/types.js';
import { daysFromCivil } from './civil.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './constants.js';

export type { InstantInput };

// A calendar date alone is the commonest mistake: its error says how to make it an instant.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a real Date, from this realm or another (an iframe, a vm context): its
 * internal tag, not `instanceof`, which a Date from elsewhere fails and `Object.create(Date.prototype)`
 * passes. A value whose tag cannot even be read (a revoked Proxy) is no Date.
 */
export function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return Object.prototype.toString.call(value) === '[object Date]';
  } catch {
    return false;
  }
}

/**
 * Epoch milliseconds of an instant input; throws `INVALID_INSTANT` or `AMBIGUOUS_INSTANT`.
 * Fractional milliseconds are floored, which is exact for half-open windows on whole milliseconds.
 */
export function toEpochMs(input: unknown, label = 'instant'): number {
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return Math.floor(input);
    throw instantNotFinite(label, input);
  }
  if (isDate(input)) {
    const ms = Date.prototype.getTime.call(input);
    if (!Number.isNaN(ms)) return ms;
    throw instantInvalidDate(label, input);
  }
  if (typeof input === 'string') return parseIsoInstant(input, label);
  throw instantNotAccepted(label, input);
}

// YYYY-MM-DD[T t space]HH:MM[:SS[.,fraction]](Z|z|±HH[[:]MM]): one expression, so that the parser is
// small enough for a page that only shows the number (its captures cost about what Date.parse does).
const ISO = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?([Zz]|([+-])(\d\d)(?::?(\d\d))?)?$/;

/** Epoch milliseconds of an ISO 8601 / RFC 3339 instant; each failure says what was wrong. */
function parseIsoInstant(text: string, label: string): number {
  const m = ISO.exec(text);
  if (m === null) {
    throw DATE_ONLY.test(text) ? instantDateOnly(label, text) : instantNotIso(label, text);
  }
  if (m[8] === undefined) throw instantWithoutOffset(label, text);
  // `+` on a captured digit string reads it as a number; an absent optional part (undefined) reads as 0.
  const year = +(m[1] as string);
  const month = +(m[2] as string);
  const day = +(m[3] as string);
  const hour = +(m[4] as string);
  const minute = +(m[5] as string);
  const second = m[6] === undefined ? 0 : +m[6];
  const offsetHours = m[10] === undefined ? 0 : +m[10];
  const offsetMinutes = m[11] === undefined ? 0 : +m[11];
  const invalid = (field: InstantField, digits: string): never => {
    throw instantFieldInvalid(label, text, field, digits);
  };
  if (month < 1 || month > 12) invalid('month', m[2] as string);
  // The month's length as the distance to the next month's first day (daysFromCivil reads month 13
  // as January of the next year), which keeps leap-year rules out of a page that only shows the number.
  if (day < 1 || day > daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1)) invalid('day', m[3] as string);
  if (hour > 23) invalid('hour', m[4] as string);
  if (minute > 59) invalid('minute', m[5] as string);
  if (second > 59) invalid('second', m[6] as string);
  if (offsetHours > 23 || offsetMinutes > 59) invalid('offset', `${m[9]}${m[10]}:${m[11] ?? '00'}`);
  // The first three digits of the fraction, padded: fractions of a millisecond are cut, never
  // rounded up, which keeps every half-open comparison against whole-millisecond boundaries exact.
  const ms = m[7] === undefined ? 0 : +`${m[7]}00`.slice(0, 3);
  const offsetMs = (m[9] === '-' ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms - offsetMs;
}
