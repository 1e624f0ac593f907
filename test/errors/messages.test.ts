import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as messages from '../../src/errors/messages.js';
import { MadoguchiError } from '../../src/index.js';
import { ERROR_CODES } from '../helpers/error-codes.js';

// Issue 11, item 7: every message text of the core is built in src/errors/messages.ts, one plain
// exported function per message, so that a bundle keeps only the messages of the code it keeps.

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders whose messages live in the one module (the words, calendar, CLI and platform entries follow later). */
const CORE_FOLDERS = ['errors', 'time', 'phone', 'calendar', 'policy', 'presets', 'schedule', 'faces', 'adapters'];
/** Where a MadoguchiError may be constructed: the class itself and the messages. */
const ALLOWED = ['src/errors/madoguchi-error.ts', 'src/errors/messages.ts'];
/** Files that still build their own messages (none in the core folders now). */
const NOT_YET: string[] = [];

function sourcesUnder(folder: string): string[] {
  const dir = join(root, 'src', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => relative(root, join(dir, name)).split('\\').join('/'));
}

const coreSources = CORE_FOLDERS.flatMap(sourcesUnder).filter((file) => !NOT_YET.includes(file));

describe('every message of the core is built in src/errors/messages.ts', () => {
  it('reads the core folders (so that the checks below have something to check)', () => {
    expect(coreSources).toContain('src/errors/messages.ts');
    expect(coreSources).toContain('src/time/instant.ts');
    expect(coreSources).toContain('src/policy/options.ts');
    expect(coreSources).toContain('src/adapters/luxon.ts');
    expect(coreSources.length).toBeGreaterThan(30);
  });

  it.each(coreSources.filter((file) => !ALLOWED.includes(file)))('%s constructs no MadoguchiError of its own', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/new\s+MadoguchiError\s*\(/);
    // describeValue shows an offending value in a message: a file using it is writing one.
    if (file !== 'src/errors/describe-value.ts') expect(text).not.toMatch(/\bdescribeValue\b/);
  });
});

type Messages = typeof messages;
type Row = [make: () => MadoguchiError, code: string, mentions: string[]];

// One row per exported message (the type makes a new message without a row a compile error). The
// code is the one the README's error table gives for that case; each message names the offending
// value as describeValue shows it and says what is accepted.
const rows: { [K in keyof Messages]: Row } = {
  instantNotFinite: [() => messages.instantNotFinite('at', Number.NaN), 'INVALID_INSTANT', ['Invalid at', 'NaN', 'epoch milliseconds']],
  instantInvalidDate: [() => messages.instantInvalidDate('at', new Date(Number.NaN)), 'INVALID_INSTANT', ['Invalid at', 'NaN', 'a valid Date']],
  instantNotAccepted: [() => messages.instantNotAccepted('from', { when: 1 }), 'INVALID_INSTANT', ['Invalid from', 'an object', 'ISO 8601']],
  instantNotIso: [() => messages.instantNotIso('at', 'tomorrow'), 'INVALID_INSTANT', ['"tomorrow"', 'ISO 8601']],
  instantFieldInvalid: [
    () => messages.instantFieldInvalid('at', '2026-11-25T24:00+09:00', 'hour', '24'),
    'INVALID_INSTANT',
    ['"2026-11-25T24:00+09:00"', 'hour 24', '00:00 of the next day'],
  ],
  instantDateOnly: [() => messages.instantDateOnly('at', '2026-11-25'), 'AMBIGUOUS_INSTANT', ['"2026-11-25"', '2026-11-25T09:00:00+09:00']],
  instantWithoutOffset: [() => messages.instantWithoutOffset('at', '2026-11-25T10:00'), 'AMBIGUOUS_INSTANT', ['"2026-11-25T10:00"', '+09:00']],
  noTermsInForce: [
    () => messages.noTermsInForce(Date.UTC(2020, 5, 30, 14, 59, 59, 999), 15, '2020-07-01', '2099-12-31'),
    'NO_TERMS_IN_FORCE',
    ['at 2020-06-30T14:59:59.999Z', '(15)', '2020-07-01 to 2099-12-31'],
  ],
  outOfRange: [() => messages.outOfRange('2100-01-01', '2020-07-01', '2099-12-31'), 'OUT_OF_RANGE', ['"2100-01-01"', '2099-12-31']],
  rangeInverted: [
    () => messages.rangeInverted('2026-11-25T10:00:00.000+09:00', '2026-11-24T10:00:00.000+09:00', {}),
    'INVALID_RANGE',
    ['to (2026-11-24T10:00:00.000+09:00)', 'from (2026-11-25T10:00:00.000+09:00)'],
  ],
  dateMalformed: [() => messages.dateMalformed('date', '2026/11/25', 'INVALID_DATE'), 'INVALID_DATE', ['"2026/11/25"', 'YYYY-MM-DD']],
  dateNotOnCalendar: [() => messages.dateNotOnCalendar('policy.until', '2026-02-30', 'INVALID_POLICY'), 'INVALID_POLICY', ['"2026-02-30"', 'real date']],
  monthDayMalformed: [() => messages.monthDayMalformed('options.companyHolidays[0]', '--13-01', 'INVALID_DATE'), 'INVALID_DATE', ['"--13-01"', '--MM-DD']],
  dateMissing: [() => messages.dateMissing(), 'INVALID_DATE', ['undefined', 'YYYY-MM-DD']],
  deskInvalid: [() => messages.deskInvalid({}), 'INVALID_ARGUMENT', ['an object', 'createDesk()']],
  lineUnknown: [() => messages.lineUnknown('evening', ['regular', 'night']), 'UNKNOWN_LINE', ['"evening"', '"regular", "night"']],
  languageInvalid: [() => messages.languageInvalid('japanese!'), 'INVALID_LANGUAGE', ['"japanese!"', 'BCP 47']],
  routeRequestInvalid: [
    () => messages.routeRequestInvalid({ when: 1 }, 'when', ['at', 'language']),
    'INVALID_ARGUMENT',
    ['unknown key "when"', 'at, language'],
  ],
  dialedNotNumber: [() => messages.dialedNotNumber('call me'), 'INVALID_ARGUMENT', ['"call me"', '0120-365-800']],
  dialedUnknown: [
    () => messages.dialedUnknown('0120-000-000', [{ id: 'regular', tel: '0120-365-800' }]),
    'UNKNOWN_LINE',
    ['"0120-000-000"', '0120-365-800 (regular)'],
  ],
  dialedOtherLine: [
    () => messages.dialedOtherLine({ dialed: '0120-365-800', lineId: 'night' }, 'regular'),
    'INVALID_ARGUMENT',
    ['"0120-365-800"', 'line "regular"', 'lineId "night"'],
  ],
  watchArgumentsInvalid: [() => messages.watchArgumentsInvalid('render', undefined), 'INVALID_ARGUMENT', ['"render"', 'undefined', 'AbortSignal']],
  adapterDeskInvalid: [() => messages.adapterDeskInvalid('withLuxon', null), 'INVALID_ARGUMENT', ['withLuxon', 'null', 'createDesk()']],
  luxonInstantInvalid: [() => messages.luxonInstantInvalid('at', {}, 'no input'), 'INVALID_INSTANT', ['invalid DateTime (no input)', 'luxon DateTime']],
  luxonIntervalInvalid: [
    () => messages.luxonIntervalInvalid({}, 'invalid endpoints'),
    'INVALID_INSTANT',
    ['invalid Interval (invalid endpoints)', 'luxon Interval'],
  ],
  luxonNotInterval: [() => messages.luxonNotInterval(42), 'INVALID_ARGUMENT', ['42', 'luxon Interval']],
  luxonIntervalInverted: [() => messages.luxonIntervalInverted('end before start', {}), 'INVALID_RANGE', ['end before start', 'start <= end']],
  jodaInstantInvalid: [() => messages.jodaInstantInvalid('date', 42, true), 'INVALID_INSTANT', ['42', 'LocalDate', 'Instant']],
  policyNotObject: [() => messages.policyNotObject('options', ['clock'], 42), 'INVALID_POLICY', ['at options', '42', 'keys clock']],
  policyUnknownKey: [() => messages.policyUnknownKey('options', 'holidays', ['companyHolidays'], {}), 'INVALID_POLICY', ['"holidays"', 'companyHolidays']],
  policyNotArray: [() => messages.policyNotArray('policy.editions', {}), 'INVALID_POLICY', ['an object', 'an array']],
  policyNotText: [() => messages.policyNotText('policy.id', ''), 'INVALID_POLICY', ['""', 'non-empty string']],
  policyNotOneOf: [() => messages.policyNotOneOf('x.kind', ['planned', 'emergency'], 'urgent'), 'INVALID_POLICY', ['"urgent"', '"planned" or "emergency"']],
  policyListedTwice: [() => messages.policyListedTwice('x.closedOn[1]', 'national-holiday'), 'INVALID_POLICY', ['"national-holiday"', 'once']],
  policyNoWindows: [() => messages.policyNoWindows('x.windows', []), 'INVALID_POLICY', ['at x.windows', '["9:00", "17:30"]']],
  policyWindowNotPair: [() => messages.policyWindowNotPair('x.windows[0]', '9:00-17:30'), 'INVALID_POLICY', ['"9:00-17:30"', '["H:MM", "H:MM"]']],
  policyWindowTimes: [() => messages.policyWindowTimes('x.windows[0]', ['9', '17:30']), 'INVALID_POLICY', ['"9", "17:30"', '"H:MM"']],
  policyWindowInverted: [() => messages.policyWindowInverted('x.windows[0]', '17:30', '9:00', []), 'INVALID_POLICY', ['closes at 9:00', 'opens at 17:30']],
  policyWindowsMeet: [
    () => messages.policyWindowsMeet('x.windows', '12:00–17:30', '9:00–12:00', true, []),
    'INVALID_POLICY',
    ['12:00–17:30 touches 9:00–12:00'],
  ],
  policyAcrossMidnight: [() => messages.policyAcrossMidnight('x.windows', []), 'INVALID_POLICY', ['0:00', '24:00', 'midnight']],
  policyLineId: [() => messages.policyLineId('x.id', 'Regular'), 'INVALID_POLICY', ['"Regular"', 'lowercase']],
  policyTel: [() => messages.policyTel('x.tel', 'call us'), 'INVALID_POLICY', ['"call us"', '0120-365-800']],
  policyNoLanguages: [() => messages.policyNoLanguages('x.languages', []), 'INVALID_POLICY', ['at x.languages', '"ja"']],
  policyLanguageTag: [() => messages.policyLanguageTag('x.languages[0]', 'japanese!'), 'INVALID_POLICY', ['"japanese!"', 'BCP 47']],
  policyWeekday: [() => messages.policyWeekday('x.weekdays[0]', 0), 'INVALID_POLICY', ['0 is not', '1 (Monday) to 7 (Sunday)']],
  policyWeekdayTwice: [() => messages.policyWeekdayTwice('x.weekdays[3]', 1), 'INVALID_POLICY', ['weekday 1', 'once']],
  policyEditionNumber: [() => messages.policyEditionNumber('x.edition', 0), 'INVALID_POLICY', ['got 0', 'positive whole number']],
  policyEffectiveTooEarly: [() => messages.policyEffectiveTooEarly('x.effective', '1948-12-31'), 'INVALID_POLICY', ['"1948-12-31"', '1949-01-01']],
  policyNoLines: [() => messages.policyNoLines('x.lines', []), 'INVALID_POLICY', ['at x.lines', 'at least one line']],
  policyDuplicateLine: [() => messages.policyDuplicateLine('x.lines', 'regular'), 'INVALID_POLICY', ['"regular"', 'duplicate']],
  policyNoEditions: [() => messages.policyNoEditions('policy.editions', []), 'INVALID_POLICY', ['at policy.editions', 'at least one edition']],
  policyEditionsSameDay: [() => messages.policyEditionsSameDay('policy.editions', 14, 15, []), 'INVALID_POLICY', ['14 and 15', 'same day']],
  policyEditionTwice: [() => messages.policyEditionTwice('policy.editions', 15, []), 'INVALID_POLICY', ['edition 15', 'twice']],
  policyEditionsOutOfOrder: [
    () => messages.policyEditionsOutOfOrder('policy.editions', { edition: 14, date: '2021-01-01' }, { edition: 15, date: '2020-07-01' }, []),
    'INVALID_POLICY',
    ['edition 14 takes effect 2021-01-01', 'edition 15 (2020-07-01)'],
  ],
  policyUntil: [() => messages.policyUntil('policy.until', '2100-01-01'), 'INVALID_POLICY', ['"2100-01-01"', '2099-12-31']],
  policyClock: [() => messages.policyClock('options.clock', 1764032400000), 'INVALID_POLICY', ['1764032400000', 'a function']],
  policyCompanyHoliday: [
    () => messages.policyCompanyHoliday('options.companyHolidays[0]', 20261229),
    'INVALID_POLICY',
    ['20261229', '"--MM-DD"', '{ start, end, name }'],
  ],
  companyHolidayDate: [
    () => messages.companyHolidayDate('options.companyHolidays[0]', '2026-12-29/--01-03'),
    'INVALID_DATE',
    ['"2026-12-29/--01-03"', '"YYYY-MM-DD"'],
  ],
  policyClosureNotIso: [() => messages.policyClosureNotIso('options.companyHolidays[0]', {}, 1764032400000), 'INVALID_POLICY', ['1764032400000', 'ISO 8601']],
  policyClosureInverted: [
    () => messages.policyClosureInverted('options.companyHolidays[0]', '2026-12-17T18:00+09:00', '2026-12-17T13:00+09:00', {}),
    'INVALID_POLICY',
    ['ends (2026-12-17T13:00+09:00)', 'starts (2026-12-17T18:00+09:00)'],
  ],
  policyIntervalInverted: [
    () => messages.policyIntervalInverted('options.companyHolidays[0]', '2027-01-03/2026-12-29'),
    'INVALID_POLICY',
    ['"2027-01-03/2026-12-29"', 'ends before'],
  ],
  policyOverrideOutOfRange: [
    () => messages.policyOverrideOutOfRange('options.overrides[0].date', '2019-01-01'),
    'INVALID_POLICY',
    ['"2019-01-01"', 'supported range'],
  ],
  policyOverrideLine: [
    () => messages.policyOverrideLine('options.overrides[0].lineId', 'evening', 15, '2026-12-28', ['regular', 'night']),
    'INVALID_POLICY',
    ['"evening"', 'edition 15', '2026-12-28', 'regular, night'],
  ],
  policyOverrideNeedsLine: [
    () => messages.policyOverrideNeedsLine('options.overrides[0]', '2026-12-28', 15, ['regular', 'night'], {}),
    'INVALID_POLICY',
    ['lineId on 2026-12-28', '"regular", "night"'],
  ],
  policyOverrideClosedOrWindows: [() => messages.policyOverrideClosedOrWindows('options.overrides[0]', {}), 'INVALID_POLICY', ['closed: true', 'windows']],
  policyOverrideClosed: [() => messages.policyOverrideClosed('options.overrides[0].closed', false), 'INVALID_POLICY', ['got false', 'true']],
  policyOverrideTwice: [
    () => messages.policyOverrideTwice('options.overrides[1]', '2026-12-28', 'night', {}),
    'INVALID_POLICY',
    ['2026-12-28', 'line "night"'],
  ],
  policyPeriodNotInterval: [
    () => messages.policyPeriodNotInterval('options.maintenance[0].period', '2026-12-01T01:00+09:00'),
    'INVALID_POLICY',
    ['"2026-12-01T01:00+09:00"', '"start/end"'],
  ],
  policyPeriodInverted: [
    () => messages.policyPeriodInverted('options.maintenance[0].period', '2026-12-01T06:00+09:00/2026-12-01T01:00+09:00'),
    'INVALID_POLICY',
    ['"2026-12-01T06:00+09:00/2026-12-01T01:00+09:00"', 'ends before'],
  ],
};

describe('src/errors/messages.ts: one plain function per message', () => {
  it('exports functions only (no object of functions, which a bundler could not split)', () => {
    for (const [name, value] of Object.entries(messages)) expect(typeof value, name).toBe('function');
    expect(Object.keys(rows).sort()).toEqual(Object.keys(messages).sort());
  });

  it.each(Object.entries(rows) as [string, Row][])('%s returns (not throws) a MadoguchiError with its documented code, naming the value', (name, [
    make,
    code,
    mentions,
  ]) => {
    const error = make();
    expect(error).toBeInstanceOf(MadoguchiError);
    expect(ERROR_CODES).toContain(error.code);
    expect(error.code, name).toBe(code);
    for (const mention of mentions) expect(error.message).toContain(mention);
    // One sentence (or two), closed by a full stop: messages are shown as they are.
    expect(error.message).toMatch(/\.$/);
  });

  it('frames every policy problem with where it is', () => {
    const error = messages.policyNotText('policy.editions[0].lines[1].name.ja', 42);
    expect(error.message).toBe('Invalid policy at policy.editions[0].lines[1].name.ja: expected a non-empty string, got 42.');
    expect(error.value).toBe(42);
  });
});

describe('the wording that depends on the case', () => {
  it.each<[string, () => MadoguchiError, string]>([
    [
      'a leap second says why',
      () => messages.instantFieldInvalid('at', '2016-12-31T23:59:60Z', 'second', '60'),
      'has second 60 (leap seconds are not representable); ',
    ],
    [
      'hour 24 says what to write instead',
      () => messages.instantFieldInvalid('at', '2026-11-25T24:00+09:00', 'hour', '24'),
      'has hour 24 (use 00:00 of the next day instead of 24:00); ',
    ],
    [
      'day 30 names the month without it',
      () => messages.instantFieldInvalid('at', '2026-02-30T10:00+09:00', 'day', '30'),
      'has day 30, which 2026-02 does not have; ',
    ],
    ['another field adds nothing', () => messages.instantFieldInvalid('at', '2026-11-25T10:60+09:00', 'minute', '60'), 'has minute 60; '],
    ['a day is "on" it, as written', () => messages.noTermsInForce('2020-06-30', 14, '2020-07-01', '2099-12-31'), 'is in force on "2020-06-30": '],
    [
      'an instant is "at" it, in UTC',
      () => messages.noTermsInForce(Date.UTC(2020, 5, 30, 14, 59, 59, 999), 14, '2020-07-01', '2099-12-31'),
      'is in force at 2020-06-30T14:59:59.999Z: ',
    ],
    [
      '8.64e15 ms is still a Date (ECMAScript §21.4.1.1)',
      () => messages.outOfRange(8.64e15, '2020-07-01', '2099-12-31'),
      'Out of range: +275760-09-13T00:00:00.000Z is after',
    ],
    [
      'one ms more is shown as a number',
      () => messages.outOfRange(8.64e15 + 1, '2020-07-01', '2099-12-31'),
      'Out of range: 8640000000000001 ms since 1970-01-01T00:00Z is after',
    ],
    [
      'a request that is no object is shown as it is',
      () => messages.routeRequestInvalid('x', undefined, ['at', 'language']),
      'Invalid route request: "x"; expected an object with the keys at, language (all optional).',
    ],
    [
      'every line’s number is listed, comma-separated',
      () =>
        messages.dialedUnknown('0120-000-000', [
          { id: 'regular', tel: '0120-365-800' },
          { id: 'night', tel: '0800-777-9984' },
        ]),
      "the lines' numbers are 0120-365-800 (regular), 0800-777-9984 (night).",
    ],
    [
      'js-joda offers a LocalDate only when asked to',
      () => messages.jodaInstantInvalid('at', {}),
      'Invalid at: an object; expected a js-joda Instant, ZonedDateTime or OffsetDateTime.',
    ],
  ])('%s', (_, make, text) => {
    expect(make().message).toContain(text);
  });

  it('carries both arguments of a bad watch call as its value', () => {
    const listener = 'render';
    const options = { signal: 1 };
    const error = messages.watchArgumentsInvalid(listener, options);
    expect(error.value).toStrictEqual({ listener, options });
    expect((error.value as { options: unknown }).options).toBe(options);
  });
});
