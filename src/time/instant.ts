import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { daysFromCivil, daysInMonth } from './civil.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './constants.js';

/**
 * What madoguchi accepts as an instant: a valid `Date`, epoch milliseconds, or an ISO 8601 /
 * RFC 3339 string that carries `Z` or a UTC offset (`2026-11-25T14:03:00+09:00`).
 */
export type InstantInput = Date | number | string;

const ACCEPTED = 'a valid Date, finite epoch milliseconds, or an ISO 8601 string with Z or an offset such as "2026-11-25T14:03:00+09:00"';

// Fractions beyond milliseconds are cut (never rounded up), which keeps every half-open
// comparison against whole-millisecond boundaries exact.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
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

/** The decimal digit at `i`, or NaN when there is none (NaN then fails every range check below). */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

const twoAt = (text: string, i: number): number => digitAt(text, i) * 10 + digitAt(text, i + 1);

/**
 * ISO_INSTANT's grammar read character by character, for valid instants only: NaN for anything the
 * full parser would reject, which then says why. A page or an API hands over strings on every
 * call; the regular expression and its eleven captured substrings cost several times Date.parse.
 */
function quickIsoInstant(text: string): number {
  // Character codes: 45 '-', 58 ':', 84 'T', 116 't', 32 ' ', 46 '.', 44 ',', 43 '+', 90 'Z', 122 'z'.
  const n = text.length;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + twoAt(text, 2);
  const month = twoAt(text, 5);
  const day = twoAt(text, 8);
  const hour = twoAt(text, 11);
  const minute = twoAt(text, 14);
  const t = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (t !== 84 && t !== 116 && t !== 32) || text.charCodeAt(13) !== 58) return Number.NaN;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(i) === 58) {
    second = twoAt(text, 17);
    i = 19;
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) {
      const start = ++i;
      while (digitAt(text, i) >= 0) i++;
      if (i === start) return Number.NaN;
      // The first three digits, padded: fractions of a millisecond are cut.
      for (let k = 0; k < 3; k++) ms = ms * 10 + (start + k < i ? digitAt(text, start + k) : 0);
    }
  }
  let offsetMs = 0;
  const z = text.charCodeAt(i);
  if (z === 43 || z === 45) {
    const oh = twoAt(text, i + 1);
    let om = 0;
    let j = i + 3;
    if (j < n) {
      if (text.charCodeAt(j) === 58) j++;
      om = twoAt(text, j);
      j += 2;
    }
    if (j !== n || !(oh <= 23 && om <= 59)) return Number.NaN;
    offsetMs = (z === 45 ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  } else if (!((z === 90 || z === 122) && i + 1 === n)) {
    return Number.NaN;
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59)) return Number.NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms - offsetMs;
}

function parseIsoInstant(text: string, label: string): number {
  const quick = quickIsoInstant(text);
  if (!Number.isNaN(quick)) return quick;
  const m = ISO_INSTANT.exec(text);
  if (!m) {
    if (DATE_ONLY.test(text)) {
      throw new MadoguchiError(
        'AMBIGUOUS_INSTANT',
        `Ambiguous ${label}: ${describeValue(text)} is a calendar date, not an instant; give a time and an offset, e.g. "${text}T09:00:00+09:00".`,
        text,
      );
    }
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} is not an ISO 8601 instant; expected ${ACCEPTED}.`, text);
  }
  const [, ys, mos, ds, hs, mis, ss, frac, zulu, sign, ohs, oms] = m as unknown as string[];
  if (!zulu && !sign) {
    throw new MadoguchiError(
      'AMBIGUOUS_INSTANT',
      `Ambiguous ${label}: ${describeValue(text)} has no offset, so it names no single instant; add "Z" or an offset such as "+09:00".`,
      text,
    );
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const invalid = (what: string): never => {
    throw new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} has ${what}; expected ${ACCEPTED}.`, text);
  };
  if (month < 1 || month > 12) invalid(`month ${mos}`);
  if (day < 1 || day > daysInMonth(year, month)) invalid(`day ${ds}, which ${year}-${mos} does not have`);
  if (hour > 23) invalid(`hour ${hs} (use 00:00 of the next day instead of 24:00)`);
  if (minute > 59) invalid(`minute ${mis}`);
  if (second > 59) invalid(`second ${ss} (leap seconds are not representable)`);
  let offsetMs = 0;
  if (sign) {
    const oh = Number(ohs);
    const om = oms === undefined ? 0 : Number(oms);
    if (oh > 23 || om > 59) invalid(`offset ${sign}${ohs}:${oms ?? '00'}`);
    offsetMs = (sign === '-' ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  }
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms - offsetMs;
}
