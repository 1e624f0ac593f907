/**
 * Every message madoguchi's core throws, one function per message (the way temporal-polyfill keeps
 * its own). Each returns the error for its caller to throw, names the offending value and says what
 * is accepted. They are plain functions with no module state, so a bundle carries only the messages
 * of the code it keeps: a page showing the number has no policy messages.
 *
 * This module imports nothing but its own folder: every folder above may use it, and values it
 * shows that need formatting (dates, clock times) arrive formatted.
 */
import { describeValue } from './describe-value.js';
import { MadoguchiError, type MadoguchiErrorCode } from './madoguchi-error.js';

// ── Instants ──────────────────────────────────────────────────────────────────────────────────

const INSTANT_FORMS = 'a valid Date, finite epoch milliseconds, or an ISO 8601 string with Z or an offset such as "2026-11-25T14:03:00+09:00"';

/**
 * `INVALID_INSTANT` for a number that is `NaN` or infinite.
 *
 * @example
 * ```ts
 * throw instantNotFinite('at', Number.NaN); // Invalid at: NaN is not a finite number; expected …
 * ```
 */
export const instantNotFinite = (label: string, value: number): MadoguchiError =>
  new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(value)} is not a finite number; expected ${INSTANT_FORMS}.`, value);

/**
 * `INVALID_INSTANT` for an invalid `Date`.
 *
 * @example
 * ```ts
 * throw instantInvalidDate('at', new Date(Number.NaN)); // Invalid at: the Date is invalid (NaN); expected …
 * ```
 */
export const instantInvalidDate = (label: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: the Date is invalid (NaN); expected ${INSTANT_FORMS}.`, value);

/**
 * `INVALID_INSTANT` for a value of a type no instant has (an object, a boolean, null).
 *
 * @example
 * ```ts
 * throw instantNotAccepted('at', {}); // Invalid at: an object; expected …
 * ```
 */
export const instantNotAccepted = (label: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(value)}; expected ${INSTANT_FORMS}.`, value);

/**
 * `INVALID_INSTANT` for a string that is not ISO 8601.
 *
 * @example
 * ```ts
 * throw instantNotIso('at', 'tomorrow'); // Invalid at: "tomorrow" is not an ISO 8601 instant; expected …
 * ```
 */
export const instantNotIso = (label: string, text: string): MadoguchiError =>
  new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} is not an ISO 8601 instant; expected ${INSTANT_FORMS}.`, text);

/**
 * A field of an ISO 8601 instant that can be out of its bounds.
 *
 * @example
 * ```ts
 * const field: InstantField = 'second'; // "…:60" is a leap second, which no instant here can be
 * ```
 */
export type InstantField = 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset';

/**
 * `INVALID_INSTANT` for an ISO 8601 string with a field out of bounds (`digits` as written).
 *
 * @example
 * ```ts
 * throw instantFieldInvalid('at', '2026-11-25T24:00+09:00', 'hour', '24');
 * // Invalid at: "2026-11-25T24:00+09:00" has hour 24 (use 00:00 of the next day instead of 24:00); expected …
 * ```
 */
export function instantFieldInvalid(label: string, text: string, field: InstantField, digits: string): MadoguchiError {
  const why =
    field === 'day'
      ? `, which ${text.slice(0, 7)} does not have`
      : field === 'hour'
        ? ' (use 00:00 of the next day instead of 24:00)'
        : field === 'second'
          ? ' (leap seconds are not representable)'
          : '';
  return new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${describeValue(text)} has ${field} ${digits}${why}; expected ${INSTANT_FORMS}.`, text);
}

/**
 * `AMBIGUOUS_INSTANT` for a calendar date given where an instant is needed.
 *
 * @example
 * ```ts
 * throw instantDateOnly('at', '2026-11-25'); // Ambiguous at: "2026-11-25" is a calendar date, not an instant; …
 * ```
 */
export const instantDateOnly = (label: string, text: string): MadoguchiError =>
  new MadoguchiError(
    'AMBIGUOUS_INSTANT',
    `Ambiguous ${label}: ${describeValue(text)} is a calendar date, not an instant; give a time and an offset, e.g. "${text}T09:00:00+09:00".`,
    text,
  );

/**
 * `AMBIGUOUS_INSTANT` for a timestamp without `Z` or an offset.
 *
 * @example
 * ```ts
 * throw instantWithoutOffset('at', '2026-11-25T10:00'); // Ambiguous at: "2026-11-25T10:00" has no offset, …
 * ```
 */
export const instantWithoutOffset = (label: string, text: string): MadoguchiError =>
  new MadoguchiError(
    'AMBIGUOUS_INSTANT',
    `Ambiguous ${label}: ${describeValue(text)} has no offset, so it names no single instant; add "Z" or an offset such as "+09:00".`,
    text,
  );

// ── The supported range ───────────────────────────────────────────────────────────────────────

/** An instant (epoch milliseconds, shown in UTC) or a day as the caller wrote it (`"2020-06-30"`). */
const shownWhen = (when: number | string): string =>
  typeof when === 'string' ? JSON.stringify(when) : Math.abs(when) <= 8.64e15 ? new Date(when).toISOString() : `${when} ms since 1970-01-01T00:00Z`;

/**
 * `NO_TERMS_IN_FORCE` for an instant (epoch milliseconds) or a day (`YYYY-MM-DD` as written)
 * before the first edition; `from` and `last` are the range's first and last days as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * throw noTermsInForce(Date.parse('2020-06-30T14:59:59.999Z'), 15, '2020-07-01', '2099-12-31');
 * // No edition of the terms is in force at 2020-06-30T14:59:59.999Z: the earliest known edition (15) takes effect 2020-07-01T00:00+09:00; …
 * ```
 */
export const noTermsInForce = (when: number | string, edition: number, from: string, last: string): MadoguchiError =>
  new MadoguchiError(
    'NO_TERMS_IN_FORCE',
    `No edition of the terms is in force ${typeof when === 'string' ? 'on' : 'at'} ${shownWhen(when)}: the earliest known edition (${edition}) takes effect ${from}T00:00+09:00; ask about ${from} to ${last} JST.`,
    when,
  );

/**
 * `OUT_OF_RANGE` for an instant (epoch milliseconds) or a day (`YYYY-MM-DD` as written) after the desk's last day.
 *
 * @example
 * ```ts
 * throw outOfRange('2100-01-01', '2020-07-01', '2099-12-31');
 * // Out of range: "2100-01-01" is after 2099-12-31 JST, the last day this desk answers for; ask about 2020-07-01 to 2099-12-31 JST.
 * ```
 */
export const outOfRange = (when: number | string, from: string, last: string): MadoguchiError =>
  new MadoguchiError(
    'OUT_OF_RANGE',
    `Out of range: ${shownWhen(when)} is after ${last} JST, the last day this desk answers for; ask about ${from} to ${last} JST.`,
    when,
  );

/**
 * `INVALID_RANGE` for a range whose end (`to`, shown in JST) is before its start.
 *
 * @example
 * ```ts
 * throw rangeInverted('2026-11-25 10:00 JST', '2026-11-24 10:00 JST', { from, to });
 * ```
 */
export const rangeInverted = (from: string, to: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_RANGE', `Invalid range: to (${to}) is before from (${from}); expected from <= to.`, value);

// ── Calendar dates ────────────────────────────────────────────────────────────────────────────

/**
 * The codes a malformed date is thrown with: `INVALID_DATE`, or `INVALID_POLICY` inside a policy.
 *
 * @example
 * ```ts
 * parseDate(edition.effective, 'policy.editions[0].effective', 'INVALID_POLICY' satisfies DateErrorCode);
 * ```
 */
export type DateErrorCode = Extract<MadoguchiErrorCode, 'INVALID_DATE' | 'INVALID_POLICY'>;

/**
 * A date that is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * throw dateMalformed('date', '2026/11/25', 'INVALID_DATE'); // Invalid date: "2026/11/25"; expected a calendar date "YYYY-MM-DD".
 * ```
 */
export const dateMalformed = (label: string, text: unknown, code: DateErrorCode): MadoguchiError =>
  new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)}; expected a calendar date "YYYY-MM-DD".`, text);

/**
 * A `YYYY-MM-DD` no calendar has (`2026-02-30`).
 *
 * @example
 * ```ts
 * throw dateNotOnCalendar('date', '2026-02-30', 'INVALID_DATE');
 * ```
 */
export const dateNotOnCalendar = (label: string, text: string, code: DateErrorCode): MadoguchiError =>
  new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)} is not a day of the calendar; expected a real date "YYYY-MM-DD".`, text);

/**
 * A month-day that is not `--MM-DD` or names no day.
 *
 * @example
 * ```ts
 * throw monthDayMalformed('options.companyHolidays[0]', '--13-01', 'INVALID_DATE');
 * ```
 */
export const monthDayMalformed = (label: string, text: string, code: DateErrorCode): MadoguchiError =>
  new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)}; expected a month-day "--MM-DD" such as "--12-29".`, text);

/**
 * `INVALID_DATE` for `day()` asked without a date.
 *
 * @example
 * ```ts
 * throw dateMissing(); // Invalid date: undefined; expected "YYYY-MM-DD" or an instant.
 * ```
 */
export const dateMissing = (): MadoguchiError => new MadoguchiError('INVALID_DATE', 'Invalid date: undefined; expected "YYYY-MM-DD" or an instant.', undefined);

// ── Desks, lines, languages, route requests ───────────────────────────────────────────────────

/**
 * `INVALID_ARGUMENT` for something given to a face that is not a desk.
 *
 * @example
 * ```ts
 * throw deskInvalid({}); // Invalid desk: an object; expected a desk from createDesk() or the desk export.
 * ```
 */
export const deskInvalid = (value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_ARGUMENT', `Invalid desk: ${describeValue(value)}; expected a desk from createDesk() or the desk export.`, value);

/**
 * `UNKNOWN_LINE` for a line id no edition defines.
 *
 * @example
 * ```ts
 * throw lineUnknown('evening', ['regular', 'night']); // Unknown line "evening"; the lines are "regular", "night".
 * ```
 */
export const lineUnknown = (lineId: unknown, ids: Iterable<string>): MadoguchiError =>
  new MadoguchiError('UNKNOWN_LINE', `Unknown line ${describeValue(lineId)}; the lines are ${[...ids].map((id) => `"${id}"`).join(', ')}.`, lineId);

/**
 * `INVALID_LANGUAGE` for a caller's language that is not a BCP 47 tag.
 *
 * @example
 * ```ts
 * throw languageInvalid('japanese!');
 * ```
 */
export const languageInvalid = (value: unknown): MadoguchiError =>
  new MadoguchiError(
    'INVALID_LANGUAGE',
    `Invalid language: ${describeValue(value)} is not a BCP 47 language tag; expected a tag such as "ja", "ja-JP", "en-US" or "zh-Hant".`,
    value,
  );

const routeRequestError = (what: string, value: unknown): MadoguchiError => new MadoguchiError('INVALID_ARGUMENT', `Invalid route request: ${what}.`, value);

/**
 * `INVALID_ARGUMENT` for a route request that is not an object, or has a key not in `keys`.
 *
 * @example
 * ```ts
 * throw routeRequestInvalid(request, 'when', ['at', 'language', 'lineId', 'dialed']);
 * // Invalid route request: unknown key "when"; expected an object with the keys at, language, lineId, dialed (all optional).
 * ```
 */
export const routeRequestInvalid = (request: unknown, unknownKey: string | symbol | undefined, keys: readonly string[]): MadoguchiError =>
  routeRequestError(
    `${unknownKey === undefined ? describeValue(request) : `unknown key ${describeValue(String(unknownKey))}`}; expected an object with the keys ${keys.join(', ')} (all optional)`,
    request,
  );

/**
 * `INVALID_ARGUMENT` for a `dialed` that is not a phone number.
 *
 * @example
 * ```ts
 * throw dialedNotNumber('call me');
 * ```
 */
export const dialedNotNumber = (dialed: unknown): MadoguchiError =>
  routeRequestError(
    `dialed ${describeValue(dialed)} is not a phone number; expected one such as "0120-365-800", "+81120365800" or "tel:+81-120-365-800"`,
    dialed,
  );

/**
 * `UNKNOWN_LINE` for a dialed number no line of the edition in force has.
 *
 * @example
 * ```ts
 * throw dialedUnknown('0120-000-000', lines); // Unknown number "0120-000-000"; the lines' numbers are 0120-365-800 (regular), …
 * ```
 */
export const dialedUnknown = (dialed: unknown, lines: readonly { readonly id: string; readonly tel: string }[]): MadoguchiError =>
  new MadoguchiError(
    'UNKNOWN_LINE',
    `Unknown number ${describeValue(dialed)}; the lines' numbers are ${lines.map((l) => `${l.tel} (${l.id})`).join(', ')}.`,
    dialed,
  );

/**
 * `INVALID_ARGUMENT` for a request whose `dialed` number and `lineId` name different lines.
 *
 * @example
 * ```ts
 * throw dialedOtherLine(request, 'night'); // Invalid route request: dialed "…" is the number of line "night", not of lineId "regular"; …
 * ```
 */
export const dialedOtherLine = (request: { readonly dialed?: unknown; readonly lineId?: unknown }, lineOfNumber: string): MadoguchiError =>
  routeRequestError(
    `dialed ${describeValue(request.dialed)} is the number of line "${lineOfNumber}", not of lineId "${String(request.lineId)}"; give one of them`,
    request,
  );

// ── Adapters ──────────────────────────────────────────────────────────────────────────────────

/**
 * `INVALID_ARGUMENT` for `watch` called with a listener that is not a function, options that are not
 * an object, or a `signal` that is not an `AbortSignal`.
 *
 * @example
 * ```ts
 * watchArgumentsInvalid('render', undefined).message; //=> 'Invalid arguments to watch: listener "render", …'
 * ```
 */
export const watchArgumentsInvalid = (listener: unknown, options: unknown): MadoguchiError =>
  new MadoguchiError(
    'INVALID_ARGUMENT',
    `Invalid arguments to watch: listener ${describeValue(listener)}, options ${describeValue(options)}; expected watch(desk, function, { signal?: AbortSignal }).`,
    { listener, options },
  );

/**
 * `INVALID_ARGUMENT` for an adapter given something that is not a desk.
 *
 * @example
 * ```ts
 * throw adapterDeskInvalid('withLuxon', null); // withLuxon takes a desk from createDesk() (or the preset desk); got null.
 * ```
 */
export const adapterDeskInvalid = (adapter: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_ARGUMENT', `${adapter} takes a desk from createDesk() (or the preset desk); got ${describeValue(value)}.`, value);

const adapterInstant = (label: string, value: unknown, accepted: string, shown = describeValue(value)): MadoguchiError =>
  new MadoguchiError('INVALID_INSTANT', `Invalid ${label}: ${shown}; expected ${accepted}.`, value);

/**
 * `INVALID_INSTANT` for what the luxon adapter cannot read as an instant; `reason` is luxon's
 * `invalidReason` of an invalid `DateTime`.
 *
 * @example
 * ```ts
 * throw luxonInstantInvalid('at', dt, dt.invalidReason); // Invalid at: an invalid DateTime (no input); expected a valid luxon DateTime.
 * ```
 */
export const luxonInstantInvalid = (label: string, value: unknown, reason?: string | null): MadoguchiError =>
  adapterInstant(label, value, 'a valid luxon DateTime', reason === undefined ? undefined : `an invalid DateTime (${reason})`);

/**
 * `INVALID_INSTANT` for an invalid luxon `Interval` (an end that is no valid `DateTime`); `reason`
 * is luxon's `invalidReason`.
 *
 * @example
 * ```ts
 * throw luxonIntervalInvalid(range, range.invalidReason); // Invalid range: an invalid Interval (invalid endpoints); expected a valid luxon Interval.
 * ```
 */
export const luxonIntervalInvalid = (value: unknown, reason: string | null): MadoguchiError =>
  adapterInstant('range', value, 'a valid luxon Interval', `an invalid Interval (${reason})`);

/**
 * `INVALID_ARGUMENT` for a range that is no luxon `Interval` at all.
 *
 * @example
 * ```ts
 * throw luxonNotInterval({ start, end }); // Invalid range: an object; expected a luxon Interval such as Interval.fromDateTimes(start, end).
 * ```
 */
export const luxonNotInterval = (value: unknown): MadoguchiError =>
  new MadoguchiError(
    'INVALID_ARGUMENT',
    `Invalid range: ${describeValue(value)}; expected a luxon Interval such as Interval.fromDateTimes(start, end).`,
    value,
  );

/**
 * `INVALID_RANGE` for a luxon `Interval` whose end is before its start (`explanation` is luxon's).
 *
 * @example
 * ```ts
 * throw luxonIntervalInverted(range.invalidExplanation, range);
 * ```
 */
export const luxonIntervalInverted = (explanation: string | null, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_RANGE', `Invalid range: ${explanation}; expected start <= end.`, value);

const JODA_INSTANTS = 'a js-joda Instant, ZonedDateTime or OffsetDateTime';

/**
 * `INVALID_INSTANT` for what the js-joda adapter cannot read as an instant (`orDate`: a `LocalDate` is taken too).
 *
 * @example
 * ```ts
 * throw jodaInstantInvalid('at', {}); // Invalid at: an object; expected a js-joda Instant, ZonedDateTime or OffsetDateTime.
 * ```
 */
export const jodaInstantInvalid = (label: string, value: unknown, orDate = false): MadoguchiError =>
  adapterInstant(label, value, orDate ? `a js-joda LocalDate, or ${JODA_INSTANTS}` : JODA_INSTANTS);

// ── Policies and createDesk options (INVALID_POLICY, framed with where the problem is) ────────

const policyError = (path: string, problem: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_POLICY', `Invalid policy at ${path}: ${problem}.`, value);

/**
 * A value that should be a record with the keys `allowed`.
 *
 * @example
 * ```ts
 * throw policyNotObject('options', ['clock'], 42); // Invalid policy at options: expected an object with keys clock, got 42.
 * ```
 */
export const policyNotObject = (path: string, allowed: readonly string[], value: unknown): MadoguchiError =>
  policyError(path, `expected an object with keys ${allowed.join(', ')}, got ${describeValue(value)}`, value);

/**
 * A record with a key not in `allowed` (`__proto__` included).
 *
 * @example
 * ```ts
 * throw policyUnknownKey('options', 'holidays', ['companyHolidays'], options);
 * // Invalid policy at options: unknown key "holidays"; accepted keys are companyHolidays.
 * ```
 */
export const policyUnknownKey = (path: string, key: string | symbol, allowed: readonly string[], value: unknown): MadoguchiError =>
  policyError(path, `unknown key ${describeValue(String(key))}; accepted keys are ${allowed.join(', ')}`, value);

/**
 * A value that should be an array.
 *
 * @example
 * ```ts
 * throw policyNotArray('policy.editions', {}); // Invalid policy at policy.editions: expected an array, got an object.
 * ```
 */
export const policyNotArray = (path: string, value: unknown): MadoguchiError => policyError(path, `expected an array, got ${describeValue(value)}`, value);

/**
 * A value that should be a non-empty string.
 *
 * @example
 * ```ts
 * throw policyNotText('policy.id', ''); // Invalid policy at policy.id: expected a non-empty string, got "".
 * ```
 */
export const policyNotText = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `expected a non-empty string, got ${describeValue(value)}`, value);

/**
 * A value that should be one of a few strings.
 *
 * @example
 * ```ts
 * throw policyNotOneOf('options.maintenance[0].kind', ['planned', 'emergency'], 'urgent');
 * // Invalid policy at options.maintenance[0].kind: expected "planned" or "emergency", got "urgent".
 * ```
 */
export const policyNotOneOf = (path: string, choices: readonly string[], value: unknown): MadoguchiError =>
  policyError(path, `expected ${choices.map((c) => `"${c}"`).join(' or ')}, got ${describeValue(value)}`, value);

/**
 * An item of a list given twice.
 *
 * @example
 * ```ts
 * throw policyListedTwice('policy.editions[0].lines[0].closedOn[1]', 'national-holiday');
 * ```
 */
export const policyListedTwice = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `${describeValue(value)} is listed twice; list each once`, value);

/**
 * A list of windows that is empty.
 *
 * @example
 * ```ts
 * throw policyNoWindows('policy.editions[0].lines[0].windows', []);
 * ```
 */
export const policyNoWindows = (path: string, value: unknown): MadoguchiError =>
  policyError(path, 'expected at least one window such as ["9:00", "17:30"]', value);

/**
 * A window that is not a pair.
 *
 * @example
 * ```ts
 * throw policyWindowNotPair('….windows[0]', '9:00-17:30');
 * ```
 */
export const policyWindowNotPair = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `expected a window ["H:MM", "H:MM"], got ${describeValue(value)}`, value);

/**
 * A window whose ends are not wall-clock times.
 *
 * @example
 * ```ts
 * throw policyWindowTimes('….windows[0]', ['9', '17:30']);
 * ```
 */
export const policyWindowTimes = (path: string, value: readonly unknown[]): MadoguchiError =>
  policyError(path, `expected wall-clock times "H:MM" from 0:00 to 24:00, got ${describeValue(value[0])}, ${describeValue(value[1])}`, value);

/**
 * A window that closes when or before it opens (both as `H:MM`).
 *
 * @example
 * ```ts
 * throw policyWindowInverted('….windows[0]', '17:30', '9:00', ['17:30', '9:00']);
 * ```
 */
export const policyWindowInverted = (path: string, opens: string, closes: string, value: unknown): MadoguchiError =>
  policyError(path, `the window closes at ${closes}, not after it opens at ${opens}; a window lies within one JST day`, value);

/**
 * Two windows of a line that overlap or touch (each as `H:MM–H:MM`).
 *
 * @example
 * ```ts
 * throw policyWindowsMeet('….windows', '12:00–17:30', '9:00–12:00', true, windows);
 * ```
 */
export const policyWindowsMeet = (path: string, window: string, previous: string, touching: boolean, value: unknown): MadoguchiError =>
  policyError(path, `window ${window} ${touching ? 'touches' : 'overlaps'} ${previous}; windows of a line must be apart (merge touching ones)`, value);

/**
 * A line's daily windows running from 0:00 and to 24:00.
 *
 * @example
 * ```ts
 * throw policyAcrossMidnight('….windows', [['0:00', '24:00']]);
 * ```
 */
export const policyAcrossMidnight = (path: string, value: unknown): MadoguchiError =>
  policyError(path, 'the windows run from 0:00 and to 24:00, so the line would stay open across midnight; a line must close within each JST day', value);

/**
 * A line id that is not lowercase letters, digits and `-`.
 *
 * @example
 * ```ts
 * throw policyLineId('policy.editions[0].lines[0].id', 'Regular');
 * ```
 */
export const policyLineId = (path: string, id: string): MadoguchiError =>
  policyError(path, `${describeValue(id)} is not a line id; expected lowercase letters, digits and "-", such as "regular"`, id);

/**
 * A line's `tel` that is not a phone number.
 *
 * @example
 * ```ts
 * throw policyTel('policy.editions[0].lines[0].tel', 'call us');
 * ```
 */
export const policyTel = (path: string, tel: string): MadoguchiError =>
  policyError(path, `${describeValue(tel)} is not a phone number; expected one such as "0120-365-800" or "+81120365800"`, tel);

/**
 * A line without languages.
 *
 * @example
 * ```ts
 * throw policyNoLanguages('policy.editions[0].lines[0].languages', []);
 * ```
 */
export const policyNoLanguages = (path: string, value: unknown): MadoguchiError => policyError(path, 'expected at least one language tag such as "ja"', value);

/**
 * A line's language that is not a BCP 47 tag.
 *
 * @example
 * ```ts
 * throw policyLanguageTag('policy.editions[0].lines[0].languages[0]', 'japanese!');
 * ```
 */
export const policyLanguageTag = (path: string, tag: unknown): MadoguchiError =>
  policyError(path, `${describeValue(tag)} is not a BCP 47 language tag such as "ja"`, tag);

/**
 * A weekday that is not 1 to 7.
 *
 * @example
 * ```ts
 * throw policyWeekday('policy.editions[0].lines[0].weekdays[0]', 0);
 * ```
 */
export const policyWeekday = (path: string, day: unknown): MadoguchiError =>
  policyError(path, `${describeValue(day)} is not an ISO weekday; expected 1 (Monday) to 7 (Sunday)`, day);

/**
 * A weekday listed twice.
 *
 * @example
 * ```ts
 * throw policyWeekdayTwice('policy.editions[0].lines[0].weekdays[3]', 1);
 * ```
 */
export const policyWeekdayTwice = (path: string, day: unknown): MadoguchiError =>
  policyError(path, `weekday ${String(day)} is listed twice; list each once`, day);

/**
 * An edition number that is not a positive whole number.
 *
 * @example
 * ```ts
 * throw policyEditionNumber('policy.editions[0].edition', 0);
 * ```
 */
export const policyEditionNumber = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `expected a positive whole number, got ${describeValue(value)}`, value);

/**
 * An edition taking effect before holidays are known.
 *
 * @example
 * ```ts
 * throw policyEffectiveTooEarly('policy.editions[0].effective', '1948-12-31');
 * ```
 */
export const policyEffectiveTooEarly = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `${describeValue(value)} is before 1949-01-01; holidays under the National Holidays Act are known from 1949 on`, value);

/**
 * An edition without lines.
 *
 * @example
 * ```ts
 * throw policyNoLines('policy.editions[0].lines', []);
 * ```
 */
export const policyNoLines = (path: string, value: unknown): MadoguchiError => policyError(path, 'expected at least one line', value);

/**
 * Two lines of an edition with one id.
 *
 * @example
 * ```ts
 * throw policyDuplicateLine('policy.editions[0].lines', 'regular');
 * ```
 */
export const policyDuplicateLine = (path: string, id: string): MadoguchiError => policyError(path, `duplicate line id ${describeValue(id)}`, id);

/**
 * A policy without editions.
 *
 * @example
 * ```ts
 * throw policyNoEditions('policy.editions', []);
 * ```
 */
export const policyNoEditions = (path: string, value: unknown): MadoguchiError => policyError(path, 'expected at least one edition', value);

/**
 * Two editions taking effect on one day.
 *
 * @example
 * ```ts
 * throw policyEditionsSameDay('policy.editions', 14, 15, editions);
 * ```
 */
export const policyEditionsSameDay = (path: string, first: number, second: number, value: unknown): MadoguchiError =>
  policyError(path, `editions ${first} and ${second} take effect on the same day`, value);

/**
 * An edition number listed twice.
 *
 * @example
 * ```ts
 * throw policyEditionTwice('policy.editions', 15, editions);
 * ```
 */
export const policyEditionTwice = (path: string, edition: number, value: unknown): MadoguchiError =>
  policyError(path, `edition ${edition} is listed twice`, value);

/**
 * Edition numbers that do not rise with their effective dates (`YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * throw policyEditionsOutOfOrder('policy.editions', { edition: 14, date: '2021-01-01' }, { edition: 15, date: '2020-07-01' }, editions);
 * ```
 */
export const policyEditionsOutOfOrder = (
  path: string,
  later: { readonly edition: number; readonly date: string },
  earlier: { readonly edition: number; readonly date: string },
  value: unknown,
): MadoguchiError =>
  policyError(
    path,
    `edition ${later.edition} takes effect ${later.date}, after edition ${earlier.edition} (${earlier.date}); edition numbers must increase with their effective dates`,
    value,
  );

/**
 * A policy's `until` outside its editions' days.
 *
 * @example
 * ```ts
 * throw policyUntil('policy.until', '2100-01-01');
 * ```
 */
export const policyUntil = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `${describeValue(value)} is not between the first edition's effective date and 2099-12-31 (the last day holidays are known)`, value);

/**
 * A `clock` option that is not a function.
 *
 * @example
 * ```ts
 * throw policyClock('options.clock', 1764032400000);
 * ```
 */
export const policyClock = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `expected a function returning epoch milliseconds, got ${describeValue(value)}`, value);

const COMPANY_FORMS =
  '"YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD", "--MM-DD" or "--MM-DD/--MM-DD", alone or as { date, name }, or { start, end, name } with instants';

/**
 * A company-holiday entry of none of the accepted forms.
 *
 * @example
 * ```ts
 * throw policyCompanyHoliday('options.companyHolidays[0]', 20261229);
 * ```
 */
export const policyCompanyHoliday = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `expected ${COMPANY_FORMS}, got ${describeValue(value)}`, value);

/**
 * `INVALID_DATE` for a company-holiday date string of none of the accepted forms.
 *
 * @example
 * ```ts
 * throw companyHolidayDate('options.companyHolidays[0]', '2026-12-29/--01-03');
 * ```
 */
export const companyHolidayDate = (path: string, value: unknown): MadoguchiError =>
  new MadoguchiError('INVALID_DATE', `Invalid date at ${path}: ${describeValue(value)}; expected ${COMPANY_FORMS}.`, value);

/**
 * A timed closure whose start or end is not an ISO 8601 string.
 *
 * @example
 * ```ts
 * throw policyClosureNotIso('options.companyHolidays[0]', closure, 1764032400000);
 * ```
 */
export const policyClosureNotIso = (path: string, value: unknown, shown: unknown): MadoguchiError =>
  policyError(path, `expected start and end as ISO 8601 instants with an offset, got ${describeValue(shown)}`, value);

/**
 * A timed closure that ends before or when it starts.
 *
 * @example
 * ```ts
 * throw policyClosureInverted('options.companyHolidays[0]', closure.start, closure.end, closure);
 * ```
 */
export const policyClosureInverted = (path: string, start: unknown, end: unknown, value: unknown): MadoguchiError =>
  policyError(path, `the closure ends (${String(end)}) before or when it starts (${String(start)})`, value);

/**
 * A date interval whose last day is before its first.
 *
 * @example
 * ```ts
 * throw policyIntervalInverted('options.companyHolidays[0]', '2027-01-03/2026-12-29');
 * ```
 */
export const policyIntervalInverted = (path: string, value: unknown): MadoguchiError =>
  policyError(path, `the interval ${describeValue(value)} ends before it starts`, value);

/**
 * An override on a day no edition covers.
 *
 * @example
 * ```ts
 * throw policyOverrideOutOfRange('options.overrides[0].date', '2019-01-01');
 * ```
 */
export const policyOverrideOutOfRange = (path: string, date: unknown): MadoguchiError =>
  policyError(path, `${describeValue(date)} lies outside the supported range (no edition of the terms is in force then)`, date);

/**
 * An override naming a line the edition in force that day does not have.
 *
 * @example
 * ```ts
 * throw policyOverrideLine('options.overrides[0].lineId', 'evening', 15, '2026-12-28', ['regular', 'night']);
 * ```
 */
export const policyOverrideLine = (path: string, lineId: unknown, edition: number, date: unknown, ids: readonly string[]): MadoguchiError =>
  policyError(path, `${describeValue(lineId)} is not a line of edition ${edition} in force on ${String(date)}; lines are ${ids.join(', ')}`, lineId);

/**
 * An override giving hours without naming its line when the edition has several.
 *
 * @example
 * ```ts
 * throw policyOverrideNeedsLine('options.overrides[0]', '2026-12-28', 15, ['regular', 'night'], override);
 * ```
 */
export const policyOverrideNeedsLine = (path: string, date: unknown, edition: number, ids: readonly string[], value: unknown): MadoguchiError =>
  policyError(
    path,
    `windows need a lineId on ${String(date)}: edition ${edition} has the lines ${ids.map((id) => `"${id}"`).join(', ')}; give one override per line`,
    value,
  );

/**
 * An override with both or neither of `closed` and `windows`.
 *
 * @example
 * ```ts
 * throw policyOverrideClosedOrWindows('options.overrides[0]', override);
 * ```
 */
export const policyOverrideClosedOrWindows = (path: string, value: unknown): MadoguchiError =>
  policyError(path, 'give exactly one of closed: true or windows: [["H:MM", "H:MM"], …]', value);

/**
 * An override's `closed` that is not `true`.
 *
 * @example
 * ```ts
 * throw policyOverrideClosed('options.overrides[0].closed', false);
 * ```
 */
export const policyOverrideClosed = (path: string, value: unknown): MadoguchiError => policyError(path, `expected true, got ${describeValue(value)}`, value);

/**
 * A second override for one line (or for every line) on one day; `lineId` `null` is every line.
 *
 * @example
 * ```ts
 * throw policyOverrideTwice('options.overrides[1]', '2026-12-28', 'night', override);
 * ```
 */
export const policyOverrideTwice = (path: string, date: unknown, lineId: string | null, value: unknown): MadoguchiError =>
  policyError(path, `${String(date)} already has an override for ${lineId === null ? 'a line' : `line "${lineId}"`}; give one per line and day`, value);

/**
 * A maintenance period that is not `start/end`.
 *
 * @example
 * ```ts
 * throw policyPeriodNotInterval('options.maintenance[0].period', '2026-12-01T01:00+09:00');
 * ```
 */
export const policyPeriodNotInterval = (path: string, period: string): MadoguchiError =>
  policyError(path, `${describeValue(period)} is not an ISO interval "start/end" of instants with offsets`, period);

/**
 * A maintenance period that ends before or when it starts.
 *
 * @example
 * ```ts
 * throw policyPeriodInverted('options.maintenance[0].period', '2026-12-01T06:00+09:00/2026-12-01T01:00+09:00');
 * ```
 */
export const policyPeriodInverted = (path: string, period: string): MadoguchiError =>
  policyError(path, `${describeValue(period)} ends before it starts`, period);
