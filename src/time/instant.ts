import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { daysFromCivil, daysInMonth } from './civil.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './constants.js';

/**
 * What madoguchi accepts as an instant: a valid `Date`, epoch milliseconds, or an ISO 8601 /
 * RFC 3339 string that carries `Z` or a UTC offset (`2026-11-25T14:03:00+09:00`).
 *
 * @example
 * ```ts
 * desk.isOpen(new Date('2026-11-25T01:00:00Z')); //=> true (10:00 JST)
 * desk.isOpen(1795568400000);                    //=> true (the same instant)
 * desk.isOpen('2026-11-25T10:00:00+09:00');      //=> true
 * desk.isOpen('2026-11-25T10:00:00');            // throws AMBIGUOUS_INSTANT: no offset
 * ```
 */
export type InstantInput = Date | number | string;

const ACCEPTED = 'a valid Date, finite epoch milliseconds, or an ISO 8601 string with Z or an offset such as "2026-11-25T14:03:00+09:00"';

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
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(input)} is not a finite number; expected ${ACCEPTED}.`, input);
  }
  if (isDate(input)) {
    const ms = Date.prototype.getTime.call(input);
    if (!Number.isNaN(ms)) return ms;
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: the Date is invalid (NaN); expected ${ACCEPTED}.`, input);
  }
  if (typeof input === 'string') return parseIsoInstant(input, label);
  throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(input)}; expected ${ACCEPTED}.`, input);
}

/** The decimal digit at `i`, or NaN when there is none (NaN then fails every check below). */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

const twoAt = (text: string, i: number): number => digitAt(text, i) * 10 + digitAt(text, i + 1);

// Character codes read below.
const HYPHEN = 45;
const COLON = 58;

/**
 * The grammar of an instant, `YYYY-MM-DD[T t space]HH:MM[:SS[.,fraction]](Z|z|±HH[[:]MM])`, read character
 * by character: strings come on every call from pages and APIs, and a regular expression with its
 * captured substrings cost several times Date.parse. Each failure says what was wrong.
 */
function parseIsoInstant(text: string, label: string): number {
  const n = text.length;
  const year = twoAt(text, 0) * 100 + twoAt(text, 2);
  const month = twoAt(text, 5);
  const day = twoAt(text, 8);
  const hour = twoAt(text, 11);
  const minute = twoAt(text, 14);
  const t = text.charAt(10);
  let wellFormed = text.charCodeAt(4) === HYPHEN && text.charCodeAt(7) === HYPHEN && (t === 'T' || t === 't' || t === ' ') && text.charCodeAt(13) === COLON;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(i) === COLON) {
    second = twoAt(text, 17);
    i = 19;
    const c = text.charAt(i);
    if (c === '.' || c === ',') {
      const start = ++i;
      while (digitAt(text, i) >= 0) i++;
      wellFormed &&= i > start;
      // The first three digits, padded: fractions of a millisecond are cut, never rounded up, which
      // keeps every half-open comparison against whole-millisecond boundaries exact.
      for (let k = start; k < start + 3; k++) ms = ms * 10 + (k < i ? digitAt(text, k) : 0);
    }
  }
  const zone = text.charAt(i);
  let offsetHours = 0;
  let offsetMinutes = 0;
  let zoned = zone === 'Z' || zone === 'z';
  if (zoned) wellFormed &&= i + 1 === n;
  else if (zone === '+' || zone === '-') {
    zoned = true;
    offsetHours = twoAt(text, i + 1);
    let j = i + 3;
    if (j < n) {
      if (text.charCodeAt(j) === COLON) j++;
      offsetMinutes = twoAt(text, j);
      j += 2;
    }
    wellFormed &&= j === n;
  } else wellFormed &&= i === n;
  if (!wellFormed || Number.isNaN(year + month + day + hour + minute + second + offsetHours + offsetMinutes)) {
    if (DATE_ONLY.test(text)) {
      throw new MadoguchiError(
        'AMBIGUOUS_INSTANT',
        `Ambiguous ${label}: ${describeValue(text)} is a calendar date, not an instant; give a time and an offset, e.g. "${text}T09:00:00+09:00".`,
        text,
      );
    }
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} is not an ISO 8601 instant; expected ${ACCEPTED}.`, text);
  }
  if (!zoned) {
    throw new MadoguchiError(
      'AMBIGUOUS_INSTANT',
      `Ambiguous ${label}: ${describeValue(text)} has no offset, so it names no single instant; add "Z" or an offset such as "+09:00".`,
      text,
    );
  }
  const invalid = (what: string): never => {
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} has ${what}; expected ${ACCEPTED}.`, text);
  };
  const field = (at: number): string => text.slice(at, at + 2);
  if (month < 1 || month > 12) invalid(`month ${field(5)}`);
  if (day < 1 || day > daysInMonth(year, month)) invalid(`day ${field(8)}, which ${text.slice(0, 7)} does not have`);
  if (hour > 23) invalid(`hour ${field(11)} (use 00:00 of the next day instead of 24:00)`);
  if (minute > 59) invalid(`minute ${field(14)}`);
  if (second > 59) invalid(`second ${field(17)} (leap seconds are not representable)`);
  if (offsetHours > 23 || offsetMinutes > 59) invalid(`offset ${zone}${field(i + 1)}:${i + 3 < n ? text.slice(n - 2) : '00'}`);
  const offsetMs = (zone === '-' ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms - offsetMs;
}
