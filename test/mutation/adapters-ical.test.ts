import { Instant, LocalDate, OffsetDateTime, ZonedDateTime, ZoneId, ZoneOffset } from '@js-joda/core';
import ICAL from 'ical.js';
import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { jsJodaDesk, withJsJoda } from '../../src/adapters/js-joda.js';
import { luxonDesk, withLuxon } from '../../src/adapters/luxon.js';
import { coreOf, registerDesk } from '../../src/faces/registry.js';
import { companyHolidaysFromICal, toICal } from '../../src/ical/index.js';
import { createDesk, type Desk, desk, desknetsCloud, lines } from '../../src/index.js';
import { everyDay } from '../helpers/every-day-policy.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Tests written to kill mutants of src/adapters (madoguchi/luxon, madoguchi/js-joda) and src/ical
// (madoguchi/ical) that survived `npm run mutation`. Expected values come from:
// - the terms, 第6条: edition 15 (from 2023-02-06) 通常窓口 9:00–17:30 (TEL 0120-365-800, FAX
//   045-640-5918) and 夜間延長窓口 18:00–20:00 (TEL 0800-777-9984, no FAX); edition 14 問い合わせ窓口
//   9:00–12:00 and 13:00–17:30; 対応可能言語：日本語のみ; closed on 土日祝日・当社休業日; all in UTC+9;
// - the National Holidays Act (2026-05-03 憲法記念日 falls on a Sunday, so 05-06 is a 振替休日;
//   2026-11-23 勤労感謝の日 is a Monday);
// - design.md (half-open windows, error codes, `MadoguchiError.value` carries the offending input,
//   messages name the offending value and what is accepted) and the adapters' documentation
//   (luxon answers in zone UTC+9, js-joda answers at ZoneOffset +09:00, Line objects kept as they are);
// - RFC 5545 (VCALENDAR needs VERSION:2.0 and PRODID; DATE values are YYYYMMDD; DTEND of an all-day
//   event is exclusive; UID unique; TRANSP:TRANSPARENT does not block time) and RFC 5546 (METHOD:PUBLISH);
// - luxon, @js-joda/core and ical.js themselves, used as independent references.

const JST = 'Asia/Tokyo';
/** A luxon DateTime at a JST wall-clock time, built by luxon itself. */
const tokyo = (iso: string): DateTime => DateTime.fromISO(iso, { zone: JST });
/** Epoch milliseconds of a JST wall-clock time, computed by luxon. */
const jstMs = (iso: string): number => tokyo(iso).toMillis();
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';

/** A fake desk whose `status` answers `value` whatever it is asked: the converters see only that answer. */
const answering = (value: unknown): Desk => {
  const fake = { ...desk, status: () => value } as unknown as Desk;
  registerDesk(fake, coreOf(desk));
  return fake;
};

describe('madoguchi/luxon converts every Date of an answer and keeps everything else', () => {
  const shared = Object.freeze({ id: 'shared' });
  const empty = Object.freeze([]) as readonly never[];
  const noDates = Object.freeze(['ja', 'en']);
  const answer = {
    at: new Date(Date.UTC(2026, 10, 25, 1)),
    nested: { list: [new Date(0), shared], none: empty, words: noDates, same: shared },
    count: 1,
    text: 'x',
    nothing: null,
    missing: undefined,
  };
  const converted = withLuxon(answering(answer)).status() as unknown as {
    at: DateTime;
    nested: { list: [DateTime, unknown]; none: unknown; words: unknown; same: unknown };
    count: number;
    text: string;
    nothing: null;
    missing: undefined;
  };

  it('turns a top-level and a nested Date into DateTimes at the same instant, in zone UTC+9', () => {
    expect(DateTime.isDateTime(converted.at)).toBe(true);
    expect(converted.at.toMillis()).toBe(Date.UTC(2026, 10, 25, 1));
    expect(converted.at.zoneName).toBe('UTC+9');
    expect(converted.at.offset).toBe(9 * 60);
    expect(DateTime.isDateTime(converted.nested.list[0])).toBe(true);
    expect(converted.nested.list[0].toMillis()).toBe(0);
  });

  it('keeps the objects and arrays that hold no Date as the very same objects, even inside a converted array', () => {
    expect(converted.nested.list[1]).toBe(shared);
    expect(converted.nested.same).toBe(shared);
    expect(converted.nested.none).toBe(empty);
    expect(converted.nested.words).toBe(noDates);
  });

  it('keeps numbers, strings, null and undefined as they are', () => {
    expect(converted.count).toBe(1);
    expect(converted.text).toBe('x');
    expect(converted.nothing).toBeNull();
    expect('missing' in converted).toBe(true);
    expect(converted.missing).toBeUndefined();
  });

  it('returns new, frozen objects where a Date was converted and leaves the input untouched', () => {
    expect(converted).not.toBe(answer);
    expect(Object.isFrozen(converted)).toBe(true);
    expect(Object.isFrozen(converted.nested)).toBe(true);
    expect(answer.at).toBeInstanceOf(Date);
    expect(answer.nested.list[0]).toBeInstanceOf(Date);
  });

  it('returns an answer holding no Date as the very same object', () => {
    const plain = { reason: 'weekend', list: ['ja'] };
    expect(withLuxon(answering(plain)).status()).toBe(plain);
  });

  it.each([null, 42, 'text', true])('returns %s as it is', (value) => {
    expect(withLuxon(answering(value)).status()).toBe(value);
  });

  it('reads an object through its toJSON when it has one', () => {
    const record = { hidden: 1, toJSON: () => ({ at: new Date(0), label: 'shown' }) };
    const out = withLuxon(answering(record)).status() as unknown as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['at', 'label']);
    expect((out.at as DateTime).toMillis()).toBe(0);
  });
});

describe('madoguchi/luxon at the edges of the windows of 第6条 (edition 15)', () => {
  // Each instant is given in New York time too: the adapter must judge the instant, not the zone.
  it.each<[string, boolean, boolean, boolean]>([
    // [JST wall clock, any line open, regular open, night open]
    [`${WEDNESDAY}T08:59:59.999`, false, false, false],
    [`${WEDNESDAY}T09:00:00.000`, true, true, false],
    [`${WEDNESDAY}T17:29:59.999`, true, true, false],
    [`${WEDNESDAY}T17:30:00.000`, false, false, false],
    [`${WEDNESDAY}T17:59:59.999`, false, false, false],
    [`${WEDNESDAY}T18:00:00.000`, true, false, true],
    [`${WEDNESDAY}T19:59:59.999`, true, false, true],
    [`${WEDNESDAY}T20:00:00.000`, false, false, false],
    ['2026-11-23T10:00:00.000', false, false, false],
    ['2026-11-28T10:00:00.000', false, false, false],
  ])('at %s JST: open %s, regular %s, night %s', (iso, any, regular, night) => {
    const at = tokyo(iso).setZone('America/New_York');
    expect(luxonDesk.isOpen(at)).toBe(any);
    expect(luxonDesk.isOpen(at, 'regular')).toBe(regular);
    expect(luxonDesk.isOpen(at, 'night')).toBe(night);
  });

  it('answers status with DateTimes in UTC+9 for the instant asked, its closing time and the next opening', () => {
    const asked = tokyo(`${WEDNESDAY}T17:00`).setZone('Europe/London');
    const s = luxonDesk.status(asked);
    expect(DateTime.isDateTime(s.at)).toBe(true);
    expect(s.at.toMillis()).toBe(asked.toMillis());
    expect(s.at.zoneName).toBe('UTC+9');
    expect(s.jst).toBe(`${WEDNESDAY}T17:00:00.000+09:00`);
    expect(s.open).toBe(true);
    expect(s.edition).toBe(15);
    expect(s.line?.tel).toBe('0120-365-800');
    expect(s.closesAt?.toMillis()).toBe(jstMs(`${WEDNESDAY}T17:30`));
    expect(s.closesAt?.offset).toBe(540);
    expect(s.next?.line.tel).toBe('0800-777-9984');
    expect(s.next?.opensAt.toMillis()).toBe(jstMs(`${WEDNESDAY}T18:00`));
    expect(s.next?.closesAt.toMillis()).toBe(jstMs(`${WEDNESDAY}T20:00`));
    expect(s.next?.opensAt.zoneName).toBe('UTC+9');
  });

  it('keeps the shared Line objects and their languages in status, nextOpening and route', () => {
    const at = tokyo(`${WEDNESDAY}T10:00`);
    const [regular, night] = lines(desk, at.toMillis());
    const s = luxonDesk.status(at);
    expect(s.line).toBe(regular);
    expect(s.languages).toBe(regular?.languages);
    expect(s.languages).toEqual(['ja']);
    expect(s.next?.line).toBe(night);
    expect(luxonDesk.nextOpening(at)?.line).toBe(night);
    const r = luxonDesk.route({ at, language: 'ja' });
    expect(r.kind === 'connect' && r.line).toBe(regular);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('answers a closed status (a Saturday) with no line, no closing time, the reason and Monday’s opening', () => {
    const s = luxonDesk.status(tokyo('2026-11-28T10:00'));
    expect(s.open).toBe(false);
    expect(s.line).toBeNull();
    expect(s.closesAt).toBeNull();
    expect(s.closed).toEqual({ reason: 'weekend' });
    expect(s.next?.opensAt.toMillis()).toBe(jstMs('2026-11-30T09:00'));
    expect(s.next?.line.id).toBe('regular');
  });

  it('finds the next opening of one line: the night line after 17:30, the regular line the next morning', () => {
    const at = tokyo(`${WEDNESDAY}T17:30`).setZone('UTC');
    expect(luxonDesk.nextOpening(at, 'night')?.opensAt.toMillis()).toBe(jstMs(`${WEDNESDAY}T18:00`));
    expect(luxonDesk.nextOpening(at, 'regular')?.opensAt.toMillis()).toBe(jstMs('2026-11-26T09:00'));
    expect(luxonDesk.nextOpening(at, 'regular')?.opensAt.offset).toBe(540);
  });

  it('lists the windows of the week of 勤労感謝の日 (Monday 2026-11-23) from Tuesday to Friday', () => {
    const week = Interval.fromDateTimes(tokyo('2026-11-23T00:00'), tokyo('2026-11-30T00:00'));
    const expected = ['24', '25', '26', '27'].flatMap((d) => [
      ['regular', jstMs(`2026-11-${d}T09:00`), jstMs(`2026-11-${d}T17:30`)],
      ['night', jstMs(`2026-11-${d}T18:00`), jstMs(`2026-11-${d}T20:00`)],
    ]);
    const got = luxonDesk.windows(week);
    expect(got.map((w) => [w.line.id, w.opensAt.toMillis(), w.closesAt.toMillis()])).toEqual(expected);
    expect(got.every((w) => w.opensAt.zoneName === 'UTC+9' && w.closesAt.zoneName === 'UTC+9')).toBe(true);
    expect(luxonDesk.windows(week, 'night').map((w) => w.opensAt.toMillis())).toEqual(expected.filter((e) => e[0] === 'night').map((e) => e[1]));
  });

  it('reads day() of a DateTime by its JST day and of a YYYY-MM-DD string, windows as DateTimes', () => {
    // 2026-11-24 00:30 JST is still 2026-11-23 in UTC.
    const byInstant = luxonDesk.day(tokyo(`${TUESDAY}T00:30`).setZone('UTC'));
    const byString = luxonDesk.day(TUESDAY);
    for (const day of [byInstant, byString]) {
      expect(day.date).toBe(TUESDAY);
      expect(day.weekday).toBe(2);
      expect(day.closed).toBeNull();
      expect(day.windows.map((w) => [w.opensAt.toMillis(), w.closesAt.toMillis()])).toEqual([
        [jstMs(`${TUESDAY}T09:00`), jstMs(`${TUESDAY}T17:30`)],
        [jstMs(`${TUESDAY}T18:00`), jstMs(`${TUESDAY}T20:00`)],
      ]);
      expect(DateTime.isDateTime(day.windows[0]?.opensAt)).toBe(true);
    }
  });

  it('gives the lines of the edition in force: one 問い合わせ窓口 in 2021 (edition 14), two lines in 2026 (edition 15)', () => {
    expect(luxonDesk.lines(tokyo('2021-06-01T10:00')).map((l) => [l.id, l.name.ja, l.tel])).toEqual([['regular', '問い合わせ窓口', '0120-365-800']]);
    expect(luxonDesk.lines(tokyo(`${WEDNESDAY}T10:00`)).map((l) => [l.id, l.name.ja, l.tel])).toEqual([
      ['regular', '通常窓口', '0120-365-800'],
      ['night', '夜間延長窓口', '0800-777-9984'],
    ]);
  });

  it('routes a call to the closed regular line at 18:30 to the night line, with DateTimes', () => {
    const r = luxonDesk.route({ at: tokyo(`${WEDNESDAY}T18:30`), lineId: 'regular', language: 'ja' });
    expect(r.kind).toBe('redirect');
    if (r.kind !== 'redirect') return;
    expect(r.dialed?.id).toBe('regular');
    expect(r.line.tel).toBe('0800-777-9984');
    expect(r.at.toMillis()).toBe(jstMs(`${WEDNESDAY}T18:30`));
    expect(r.closesAt.toMillis()).toBe(jstMs(`${WEDNESDAY}T20:00`));
    expect(r.closesAt.zoneName).toBe('UTC+9');
  });

  it('routes a Saturday call to closed, with Monday 9:00 as the next opening', () => {
    const r = luxonDesk.route({ at: tokyo('2026-11-28T10:00') });
    expect(r.kind).toBe('closed');
    if (r.kind !== 'closed') return;
    expect(r.reason).toBe('weekend');
    expect(r.next?.opensAt.toMillis()).toBe(jstMs('2026-11-30T09:00'));
  });
});

describe('the adapters default `at` to the wrapped desk clock (Wednesday 2026-11-25 18:30 JST)', () => {
  const clock = createDesk(desknetsCloud, { clock: () => jstMs(`${WEDNESDAY}T18:30`) });
  const lx = withLuxon(clock);
  const jj = withJsJoda(clock);
  it.each<[string, () => unknown, unknown]>([
    ['luxon status().line', () => lx.status().line?.id, 'night'],
    ['luxon status().at', () => lx.status().at.toMillis(), jstMs(`${WEDNESDAY}T18:30`)],
    ['luxon isOpen()', () => lx.isOpen(), true],
    ['luxon isOpen(undefined, "regular")', () => lx.isOpen(undefined, 'regular'), false],
    ['luxon nextOpening()', () => lx.nextOpening()?.opensAt.toMillis(), jstMs('2026-11-26T09:00')],
    ['luxon lines()', () => lx.lines().length, 2],
    ['luxon route()', () => lx.route().kind, 'connect'],
    ['luxon route({ lineId: "regular" })', () => lx.route({ lineId: 'regular' }).kind, 'redirect'],
    ['js-joda status().line', () => jj.status().line?.id, 'night'],
    ['js-joda isOpen()', () => jj.isOpen(), true],
    ['js-joda nextOpening()', () => jj.nextOpening()?.opensAt.toInstant().toEpochMilli(), jstMs('2026-11-26T09:00')],
    ['js-joda lines()', () => jj.lines().length, 2],
    ['js-joda route()', () => jj.route().kind, 'connect'],
    ['js-joda route({ lineId: "regular" })', () => jj.route({ lineId: 'regular' }).kind, 'redirect'],
  ])('%s', (_, call, expected) => {
    expect(call()).toEqual(expected);
  });
});

describe('madoguchi/luxon names what it rejects', () => {
  const invalid = DateTime.invalid('no input');
  it.each<[string, () => unknown, RegExp, unknown]>([
    ['status(invalid)', () => luxonDesk.status(invalid), /^Invalid at: .*no input.*luxon DateTime/, invalid],
    ['isOpen(42)', () => luxonDesk.isOpen(42 as unknown as DateTime), /^Invalid at: 42\b.*luxon DateTime/, 42],
    ['nextOpening(invalid)', () => luxonDesk.nextOpening(invalid), /^Invalid at: .*no input/, invalid],
    ['lines(invalid)', () => luxonDesk.lines(invalid), /^Invalid at: .*no input/, invalid],
    ['day(invalid)', () => luxonDesk.day(invalid), /^Invalid date: .*no input.*luxon DateTime/, invalid],
    ['route({ at: invalid })', () => luxonDesk.route({ at: invalid }), /^Invalid request\.at: .*no input/, invalid],
    ['route({ at: a JS Date })', () => luxonDesk.route({ at: new Date(0) as unknown as DateTime }), /^Invalid request\.at: .*1970-01-01/, undefined],
  ])('%s throws INVALID_INSTANT naming the argument and the reason', (_, call, message, value) => {
    const error = expectMadoguchiError(call, 'INVALID_INSTANT');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('invalid DateTime (undefined)');
    if (value !== undefined) expect(error.value).toBe(value);
  });

  it('says a DateTime-less value is not an invalid DateTime: a JS Date is shown as a Date', () => {
    const error = expectMadoguchiError(() => luxonDesk.status(new Date(0) as unknown as DateTime), 'INVALID_INSTANT');
    expect(error.message).toContain('1970-01-01T00:00:00.000Z');
    expect(error.message).not.toMatch(/invalid DateTime/i);
  });

  it('rejects an invalid Interval with its reason, as INVALID_INSTANT for the range', () => {
    const broken = Interval.invalid('made up for the test');
    const error = expectMadoguchiError(() => luxonDesk.windows(broken), 'INVALID_INSTANT');
    expect(error.message).toMatch(/^Invalid range: .*made up for the test.*luxon Interval/);
    expect(error.value).toBe(broken);
  });

  it.each<[string, unknown]>([
    ['a plain object', { start: 0, end: 1 }],
    ['an object that claims to be valid', { isValid: true, start: tokyo(`${WEDNESDAY}T09:00`), end: tokyo(`${WEDNESDAY}T20:00`) }],
    ['an object that claims its end is before its start', { isValid: false, invalidReason: 'end before start', start: null, end: null }],
    ['null', null],
  ])('rejects %s in windows() as INVALID_ARGUMENT (a range of the wrong shape), not as an Interval', (_, range) => {
    const error = expectMadoguchiError(() => luxonDesk.windows(range as Interval), 'INVALID_ARGUMENT');
    expect(error.message).toMatch(/^Invalid range: /);
    expect(error.message).toContain('luxon Interval');
    expect(error.message).not.toContain('invalid Interval');
    expect(error.value).toBe(range);
  });

  it('rejects an Interval whose end is before its start with INVALID_RANGE, naming both ends', () => {
    const start = tokyo(`${WEDNESDAY}T10:00`).toUTC();
    const end = tokyo(`${TUESDAY}T10:00`).toUTC();
    const error = expectMadoguchiError(() => luxonDesk.windows(Interval.fromDateTimes(start, end)), 'INVALID_RANGE');
    expect(error.message).toContain(start.toISO() as string);
    expect(error.message).toContain(end.toISO() as string);
  });

  it('accepts an empty Interval (start = end) and finds no window in it', () => {
    const at = tokyo(`${WEDNESDAY}T10:00`);
    expect(luxonDesk.windows(Interval.fromDateTimes(at, at))).toEqual([]);
  });

  it.each([null, 'regular'])('passes route(%s) to the desk, which rejects a request that is not an object', (request) => {
    const error = expectMadoguchiError(() => luxonDesk.route(request as never), 'INVALID_ARGUMENT');
    expect(error.value).toBe(request);
  });

  it('passes day(undefined) to the desk, which rejects it with INVALID_DATE', () => {
    expectMadoguchiError(() => luxonDesk.day(undefined as unknown as string), 'INVALID_DATE');
  });
});

describe('madoguchi/js-joda at the edges of the windows of 第6条 (edition 15)', () => {
  const OFFSET_9 = ZoneOffset.ofHours(9);
  const instant = (iso: string): Instant => Instant.ofEpochMilli(jstMs(iso));

  it.each<[string, string, boolean]>([
    ['an Instant', 'Instant', true],
    ['a ZonedDateTime in UTC', 'ZonedDateTime', true],
    ['an OffsetDateTime at -05:00', 'OffsetDateTime', true],
  ])('takes %s', (_, kind) => {
    const t = instant(`${WEDNESDAY}T17:29:59.999`);
    const at = kind === 'Instant' ? t : kind === 'ZonedDateTime' ? ZonedDateTime.ofInstant(t, ZoneId.UTC) : OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(-5));
    expect(jsJodaDesk.isOpen(at)).toBe(true);
    expect(jsJodaDesk.isOpen(at, 'night')).toBe(false);
    const s = jsJodaDesk.status(at);
    expect(s.at.toInstant().toEpochMilli()).toBe(t.toEpochMilli());
    expect(s.closesAt?.toInstant().toEpochMilli()).toBe(jstMs(`${WEDNESDAY}T17:30`));
    expect(s.closesAt?.zone().equals(OFFSET_9)).toBe(true);
    expect(s.closesAt?.toLocalTime().toString()).toBe('17:30');
  });

  it.each<[string, boolean]>([
    [`${WEDNESDAY}T08:59:59.999`, false],
    [`${WEDNESDAY}T09:00`, true],
    [`${WEDNESDAY}T17:30`, false],
    [`${WEDNESDAY}T18:00`, true],
    [`${WEDNESDAY}T19:59:59.999`, true],
    [`${WEDNESDAY}T20:00`, false],
  ])('at %s JST (an Instant) the desk is open: %s', (iso, open) => {
    expect(jsJodaDesk.isOpen(instant(iso))).toBe(open);
  });

  it('answers nextOpening with a ZonedDateTime at +09:00 and keeps the shared Line', () => {
    const at = instant(`${WEDNESDAY}T17:30`);
    const next = jsJodaDesk.nextOpening(at);
    expect(next?.line).toBe(lines(desk, at.toEpochMilli())[1]);
    expect(next?.opensAt.toInstant().toEpochMilli()).toBe(jstMs(`${WEDNESDAY}T18:00`));
    expect(next?.opensAt.zone().equals(OFFSET_9)).toBe(true);
    expect(jsJodaDesk.nextOpening(at, 'regular')?.opensAt.toLocalDateTime().toString()).toBe('2026-11-26T09:00');
  });

  it('lists the windows between two instants, half-open at the end', () => {
    const got = jsJodaDesk.windows(instant(`${TUESDAY}T00:00`), instant(`${WEDNESDAY}T09:00`));
    expect(got.map((w) => [w.line.id, w.opensAt.toInstant().toEpochMilli(), w.closesAt.toInstant().toEpochMilli()])).toEqual([
      ['regular', jstMs(`${TUESDAY}T09:00`), jstMs(`${TUESDAY}T17:30`)],
      ['night', jstMs(`${TUESDAY}T18:00`), jstMs(`${TUESDAY}T20:00`)],
    ]);
    expect(jsJodaDesk.windows(instant(`${TUESDAY}T00:00`), instant(`${WEDNESDAY}T00:00`), 'regular')).toHaveLength(1);
  });

  it('reads day() of a LocalDate and of an instant by its JST day', () => {
    expect(jsJodaDesk.day(LocalDate.of(2026, 11, 23)).closed).toEqual({
      reason: 'national-holiday',
      name: '勤労感謝の日',
      holiday: { name: '勤労感謝の日', provisional: false },
    });
    // 2026-11-24 00:30 JST is 2026-11-23 in UTC.
    const day = jsJodaDesk.day(ZonedDateTime.ofInstant(instant(`${TUESDAY}T00:30`), ZoneId.UTC));
    expect(day.date).toBe(TUESDAY);
    expect(day.windows.map((w) => w.opensAt.toLocalDateTime().toString())).toEqual([`${TUESDAY}T09:00`, `${TUESDAY}T18:00`]);
  });

  it('gives the lines of the edition in force: 問い合わせ窓口 alone in 2021', () => {
    expect(jsJodaDesk.lines(instant('2021-06-01T10:00')).map((l) => l.name.ja)).toEqual(['問い合わせ窓口']);
  });

  it('routes a call with an Instant and answers in ZonedDateTimes', () => {
    const r = jsJodaDesk.route({ at: instant(`${WEDNESDAY}T10:00`), lineId: 'night', language: 'ja' });
    expect(r.kind).toBe('redirect');
    if (r.kind !== 'redirect') return;
    expect(r.line.id).toBe('regular');
    expect(r.closesAt.toInstant().toEpochMilli()).toBe(jstMs(`${WEDNESDAY}T17:30`));
    expect(r.at.zone().equals(OFFSET_9)).toBe(true);
  });
});

describe('madoguchi/js-joda names what it rejects', () => {
  const now = Instant.parse('2026-11-25T01:00:00Z');
  it.each<[string, () => unknown, RegExp, unknown]>([
    ['status({})', () => jsJodaDesk.status({} as Instant), /^Invalid at: .*js-joda Instant/, 'object'],
    ['windows(undefined, an Instant)', () => jsJodaDesk.windows(undefined as unknown as Instant, now), /^Invalid from: undefined/, undefined],
    ['windows(an Instant, undefined)', () => jsJodaDesk.windows(now, undefined as unknown as Instant), /^Invalid to: undefined/, undefined],
    ['windows(an Instant, a LocalDate)', () => jsJodaDesk.windows(now, LocalDate.of(2026, 11, 26) as unknown as Instant), /^Invalid to: /, 'object'],
    ['day(42)', () => jsJodaDesk.day(42 as unknown as LocalDate), /^Invalid date: 42\b/, 42],
    ['route({ at: "x" })', () => jsJodaDesk.route({ at: 'x' as unknown as Instant }), /^Invalid request\.at: "x"/, 'x'],
  ])('%s throws INVALID_INSTANT naming the argument', (_, call, message, value) => {
    const error = expectMadoguchiError(call, 'INVALID_INSTANT');
    expect(error.message).toMatch(message);
    expect(error.message).toContain('js-joda Instant, ZonedDateTime or OffsetDateTime');
    if (value === 'object') expect(typeof error.value).toBe('object');
    else expect(error.value).toBe(value);
  });

  it.each([null, 'regular'])('passes route(%s) to the desk, which rejects a request that is not an object', (request) => {
    const error = expectMadoguchiError(() => jsJodaDesk.route(request as never), 'INVALID_ARGUMENT');
    expect(error.value).toBe(request);
  });
});

/** A VCALENDAR around the given VEVENT lines, CRLF-terminated as RFC 5545 wants. */
const calendar = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//JA', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

/** The JST calendar day `n` days after `date` (both YYYY-MM-DD), by luxon. */
const plusDays = (date: string, n: number): string => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: n }).toISODate() as string;

describe('companyHolidaysFromICal reads DATE values exactly (RFC 5545 §3.3.4: YYYYMMDD)', () => {
  it.each([
    ['20270105', '2027-01-05'],
    ['20260101', '2026-01-01'],
    ['20261201', '2026-12-01'],
    ['20261231', '2026-12-31'],
    ['20260131', '2026-01-31'],
    ['20260430', '2026-04-30'],
    ['20280229', '2028-02-29'],
  ])('reads DTSTART %s as %s', (value, date) => {
    expect(companyHolidaysFromICal(calendar([`DTSTART;VALUE=DATE:${value}`]))).toEqual([date]);
  });

  it.each([
    ['DTSTART', '20260015'],
    ['DTSTART', '20261301'],
    ['DTSTART', '20260100'],
    ['DTSTART', '20260132'],
    ['DTSTART', '20260229'],
    ['DTSTART', '20260431'],
  ])('rejects %s %s in strict mode, a day no calendar has, naming it as written', (_, value) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(calendar([`DTSTART;VALUE=DATE:${value}`]), { strict: true }), 'INVALID_POLICY');
    expect(error.message).toContain(`line 5, DTSTART;VALUE=DATE:${value}: "${value}" is not an RFC 5545 DATE`);
    expect(error.value).toMatchObject({ line: 4, reason: 'invalid-value' });
  });

  it.each([
    ['DTEND', ['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261332'], 'line 6, DTEND;VALUE=DATE:20261332'],
    ['RECURRENCE-ID', ['UID:a', 'RECURRENCE-ID;VALUE=DATE:20260230', 'DTSTART;VALUE=DATE:20261229'], 'line 6, RECURRENCE-ID;VALUE=DATE:20260230'],
  ])('rejects an impossible %s in strict mode, naming the property in capitals and the value', (_, lines, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(calendar(lines), { strict: true }), 'INVALID_POLICY');
    expect(error.message).toContain(named);
  });

  it('skips such an event without strict mode, and keeps the others', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261332'], ['DTSTART;VALUE=DATE:20261229']))).toEqual(['2026-12-29']);
  });
});

describe('companyHolidaysFromICal reads the events a calendar app writes', () => {
  it.each<[string, string[][], unknown[]]>([
    [
      'a two-day DTEND range ending in another month',
      [['DTSTART;VALUE=DATE:20270130', 'DTEND;VALUE=DATE:20270202', 'SUMMARY:棚卸し']],
      [{ date: '2027-01-30/2027-02-01', name: '棚卸し' }],
    ],
    ['a two-day DURATION', [['DTSTART;VALUE=DATE:20270930', 'DURATION:P2D']], ['2027-09-30/2027-10-01']],
    [
      'a DTEND the day after (one day)',
      [['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270106', 'SUMMARY:仕事始め前']],
      [{ date: '2027-01-05', name: '仕事始め前' }],
    ],
    ['a SUMMARY padded with spaces', [['DTSTART;VALUE=DATE:20261229', 'SUMMARY:  年末 年始  ']], [{ date: '2026-12-29', name: '年末 年始' }]],
    ['a SUMMARY holding a U+FEFF inside', [['DTSTART;VALUE=DATE:20261229', 'SUMMARY:年末\uFEFF年始']], [{ date: '2026-12-29', name: '年末\uFEFF年始' }]],
    ['STATUS:Cancelled in mixed case (RFC 5545 values are case-insensitive)', [['DTSTART;VALUE=DATE:20261229', 'STATUS:Cancelled']], []],
    ['STATUS:CONFIRMED', [['DTSTART;VALUE=DATE:20261229', 'STATUS:CONFIRMED']], ['2026-12-29']],
    [
      'a one-off day in 2100 (only recurrences stop at 2099)',
      [['UID:y', 'DTSTART;VALUE=DATE:21000104', 'SUMMARY:遠い先']],
      [{ date: '2100-01-04', name: '遠い先' }],
    ],
    [
      'a yearly rule starting in 2098 (expanded through 2099 only)',
      [['UID:z', 'DTSTART;VALUE=DATE:20981001', 'RRULE:FREQ=YEARLY']],
      ['2098-10-01', '2099-10-01'],
    ],
    [
      'a weekly two-day rule with COUNT',
      [['UID:w', 'DTSTART;VALUE=DATE:20270102', 'DTEND;VALUE=DATE:20270104', 'RRULE:FREQ=WEEKLY;COUNT=2']],
      ['2027-01-02/2027-01-03', '2027-01-09/2027-01-10'],
    ],
    [
      'a rule with an occurrence moved by RECURRENCE-ID (the original day is left out)',
      [
        ['UID:m', 'DTSTART;VALUE=DATE:20270301', 'RRULE:FREQ=MONTHLY;COUNT=3'],
        ['UID:m', 'RECURRENCE-ID;VALUE=DATE:20270401', 'DTSTART;VALUE=DATE:20270402'],
      ],
      ['2027-03-01', '2027-05-01', '2027-04-02'],
    ],
  ])('reads %s', (_, events, expected) => {
    expect(companyHolidaysFromICal(calendar(...events))).toEqual(expected);
  });

  it.each([
    ['LF line ends', (text: string) => text.replaceAll('\r\n', '\n')],
    ['a blank line before BEGIN:VCALENDAR', (text: string) => `\r\n${text}`],
    ['lower-case BEGIN:VCALENDAR', (text: string) => text.replace('BEGIN:VCALENDAR', 'begin:vcalendar').replace('END:VCALENDAR', 'end:vcalendar')],
  ])('accepts %s', (_, change) => {
    expect(companyHolidaysFromICal(change(calendar(['DTSTART;VALUE=DATE:20261229'])))).toEqual(['2026-12-29']);
  });

  it('reads one calendar and two calendars in one text alike', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229']))).toEqual(['2026-12-29']);
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229']) + calendar(['DTSTART;VALUE=DATE:20261230']))).toEqual([
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('expands a daily rule of 10,000 days in full (the limit is on more than 40,000)', () => {
    const days = companyHolidaysFromICal(calendar(['UID:d', 'DTSTART;VALUE=DATE:20300101', 'RRULE:FREQ=DAILY;COUNT=10000']));
    expect(days).toHaveLength(10_000);
    expect(days[0]).toBe('2030-01-01');
    expect(days.at(-1)).toBe(plusDays('2030-01-01', 9_999));
  });
});

describe('companyHolidaysFromICal rejects what is not a list of days off', () => {
  it.each<[string, string, RegExp]>([
    ['a line before BEGIN:VCALENDAR', `X-NOTE:hello\r\n${calendar(['DTSTART;VALUE=DATE:20261229'])}`, /BEGIN:VCALENDAR/],
    [
      'BEGIN:VCALENDAR followed by more on its line',
      calendar(['DTSTART;VALUE=DATE:20261229']).replace('BEGIN:VCALENDAR', 'BEGIN:VCALENDAR X'),
      /BEGIN:VCALENDAR/,
    ],
    ['a line ical.js cannot read', calendar(['DTSTART;VALUE=DATE:20261229', 'SUMMARY 年末']), /line 6: "SUMMARY 年末"/],
    [
      'a VEVENT after the VCALENDAR',
      `${calendar(['DTSTART;VALUE=DATE:20261229'])}BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261230\r\nEND:VEVENT\r\n`,
      /line 8: BEGIN:VEVENT stands outside/,
    ],
  ])('%s', (_, text, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(text), 'INVALID_POLICY');
    expect(error.message).toMatch(named);
    expect(error.message).not.toContain('\n');
    expect(error.message.match(/Invalid iCalendar/g) ?? []).toHaveLength(1);
  });

  it.each<[string, string, RegExp]>([
    ['a DURATION that is not one', calendar(['DTSTART;VALUE=DATE:20261229', 'DURATION:XYZ']), /line 6, DURATION:XYZ: /],
    ['a VEVENT without DTSTART, named by its SUMMARY', calendar(['SUMMARY:年末年始休業']), /no DTSTART \(event "年末年始休業"\)/],
    ['a timed DTEND a whole number of days later', calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND:20261231T000000Z']), /line 6, DTEND:20261231T000000Z: /],
    ['a DURATION of a day and a half on an all-day event', calendar(['DTSTART;VALUE=DATE:20261229', 'DURATION:P1DT12H']), /line 6, DURATION:P1DT12H: /],
  ])('in strict mode: %s', (_, text, named) => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(text, { strict: true }), 'INVALID_POLICY');
    expect(error.message).toMatch(named);
    expect(error.message).not.toContain('\n');
    expect(error.message.match(/Invalid iCalendar/g) ?? []).toHaveLength(1);
  });

  it('reads DTEND equal to DTSTART as that one day, as older tools mean it', () => {
    expect(companyHolidaysFromICal(calendar(['DTSTART;VALUE=DATE:20261229', 'DTEND;VALUE=DATE:20261229']), { strict: true })).toEqual(['2026-12-29']);
  });

  it('names the value given instead of text', () => {
    const error = expectMadoguchiError(() => companyHolidaysFromICal(null as unknown as string), 'INVALID_POLICY');
    expect(error.message).toContain('null');
    expect(error.value).toBeNull();
  });
});

interface ParsedEvent {
  uid: string;
  start: InstanceType<typeof ICAL.Time>;
  end: InstanceType<typeof ICAL.Time>;
  stamp: InstanceType<typeof ICAL.Time>;
  summary: string;
  description: string | null;
  categories: string;
  transp: string;
}

/** The VCALENDAR and its VEVENTs as ical.js reads them. */
function parse(text: string): { cal: InstanceType<typeof ICAL.Component>; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    start: v.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>,
    end: v.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>,
    stamp: v.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>,
    summary: String(v.getFirstPropertyValue('summary')),
    description: v.getFirstPropertyValue('description') as string | null,
    categories: String(v.getFirstPropertyValue('categories')),
    transp: String(v.getFirstPropertyValue('transp')),
  }));
  return { cal, events };
}

const ms = (t: InstanceType<typeof ICAL.Time>): number => t.toJSDate().getTime();

describe('toICal writes an iCalendar object RFC 5545 readers accept', () => {
  // Written inside each test, not once for the block: Stryker counts a test as covering only the code
  // it runs itself, so an export computed at collection time would leave toICal's mutants untested.
  const written = () => {
    const text = toICal(desk, '2026-11-27', '2026-11-30', { stamp: '2026-11-01T00:00:00Z' });
    return { text, ...parse(text) };
  };

  it('declares VERSION:2.0, a PRODID, the Gregorian calendar and METHOD:PUBLISH', () => {
    const { cal } = written();
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid') ?? '').length).toBeGreaterThan(0);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('gives each event a UID of its own, a DTSTAMP, and TRANSP:TRANSPARENT', () => {
    const { events } = written();
    // Friday 27: two windows; Saturday–Sunday: one closure; Monday 30: two windows.
    expect(events).toHaveLength(5);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const e of events) {
      expect(e.uid.length).toBeGreaterThan(0);
      expect(ms(e.stamp)).toBe(Date.parse('2026-11-01T00:00:00Z'));
      expect(e.transp).toBe('TRANSPARENT');
    }
  });

  it('writes window times in UTC (with Z) and names the line in the UID with the opening time', () => {
    const { text, events } = written();
    const windows = events.filter((e) => !e.start.isDate);
    expect(windows.map((e) => [e.categories, ms(e.start), ms(e.end)])).toEqual([
      ['regular', jstMs('2026-11-27T09:00'), jstMs('2026-11-27T17:30')],
      ['night', jstMs('2026-11-27T18:00'), jstMs('2026-11-27T20:00')],
      ['regular', jstMs('2026-11-30T09:00'), jstMs('2026-11-30T17:30')],
      ['night', jstMs('2026-11-30T18:00'), jstMs('2026-11-30T20:00')],
    ]);
    for (const e of windows) {
      expect(e.start.zone?.tzid).toBe('UTC');
      expect(e.end.zone?.tzid).toBe('UTC');
      expect(text).toContain(`DTSTART:${e.start.toICALString()}`);
      expect(e.start.toICALString()).toMatch(/^\d{8}T\d{6}Z$/);
      // RFC 5545 §3.8.4.7 suggests a UID built from a date-time and something unique: the line.
      expect(e.uid).toContain(e.start.toICALString());
      expect(e.uid).toContain(e.categories);
    }
  });

  it('describes each line by its names, numbers and language: FAX only where the terms list one', () => {
    const { events } = written();
    const [regular, night] = events;
    expect(regular?.description).toContain('通常窓口');
    expect(regular?.description).toContain('Regular line');
    expect(regular?.description?.split('\n')).toContain('TEL 0120-365-800');
    expect(regular?.description?.split('\n')).toContain('FAX 045-640-5918');
    expect(regular?.description).toContain('日本語');
    expect(night?.description).toContain('夜間延長窓口');
    expect(night?.description?.split('\n')).toContain('TEL 0800-777-9984');
    expect(night?.description).not.toContain('FAX');
    expect(night?.description).toContain('日本語');
    expect(night?.summary).toContain('0800-777-9984');
  });

  it('writes the weekend as one all-day event with the day it starts in its UID and no DESCRIPTION', () => {
    const { events } = written();
    const closures = events.filter((e) => e.start.isDate);
    expect(closures.map((e) => [e.start.toString(), e.end.toString(), e.categories])).toEqual([['2026-11-28', '2026-11-30', 'weekend']]);
    expect(closures[0]?.uid).toMatch(/2026-?11-?28/);
    expect(closures[0]?.description).toBeNull();
  });
});

describe('toICal takes whole JST days', () => {
  it('writes the windows opening on the days asked and no others, even at 0:00 and 23:00 JST', () => {
    const early = createDesk(
      everyDay(
        [
          ['0:00', '1:00'],
          ['23:00', '23:30'],
        ],
        '2026-01-01',
      ),
    );
    const { events } = parse(toICal(early, '2026-03-10', '2026-03-11', { stamp: 0 }));
    expect(events.map((e) => [ms(e.start), ms(e.end)])).toEqual([
      [jstMs('2026-03-10T00:00'), jstMs('2026-03-10T01:00')],
      [jstMs('2026-03-10T23:00'), jstMs('2026-03-10T23:30')],
      [jstMs('2026-03-11T00:00'), jstMs('2026-03-11T01:00')],
      [jstMs('2026-03-11T23:00'), jstMs('2026-03-11T23:30')],
    ]);
  });

  it('writes one day asked alone: its 0:00 window, not the next day’s', () => {
    const early = createDesk(everyDay([['0:00', '1:00']], '2026-01-01'));
    expect(parse(toICal(early, '2026-03-10', '2026-03-10', { stamp: 0 })).events.map((e) => ms(e.start))).toEqual([jstMs('2026-03-10T00:00')]);
  });

  it('stamps the events with the time of the call when no stamp is given', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const { events } = parse(toICal(desk, WEDNESDAY, WEDNESDAY));
    const after = Date.now();
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(ms(e.stamp)).toBeGreaterThanOrEqual(before);
      expect(ms(e.stamp)).toBeLessThanOrEqual(after);
    }
  });

  it('rejects a stamp that is not an instant, naming the stamp', () => {
    const error = expectMadoguchiError(() => toICal(desk, WEDNESDAY, WEDNESDAY, { stamp: 'garbage' }), 'INVALID_INSTANT');
    expect(error.message).toMatch(/\bstamp\b/);
    expect(error.message).toContain('garbage');
  });

  it('rejects to before from naming both days', () => {
    const error = expectMadoguchiError(() => toICal(desk, WEDNESDAY, TUESDAY, { stamp: 0 }), 'INVALID_RANGE');
    expect(error.message).toContain(WEDNESDAY);
    expect(error.message).toContain(TUESDAY);
  });
});

describe('toICal joins consecutive closed days only when both name and reason agree', () => {
  const closures = (d: Desk, from: string, to: string) =>
    parse(toICal(d, from, to, { stamp: 0 }))
      .events.filter((e) => e.start.isDate)
      .map((e) => [e.summary, e.start.toString(), e.end.toString(), e.categories]);

  it('writes Golden Week 2026 as one event per holiday: 土日, 憲法記念日 (a Sunday), みどりの日, こどもの日, 振替休日', () => {
    expect(closures(desk, '2026-05-02', '2026-05-06')).toEqual([
      ['土日', '2026-05-02', '2026-05-03', 'weekend'],
      ['憲法記念日', '2026-05-03', '2026-05-04', 'national-holiday'],
      ['みどりの日', '2026-05-04', '2026-05-05', 'national-holiday'],
      ['こどもの日', '2026-05-05', '2026-05-06', 'national-holiday'],
      ['振替休日', '2026-05-06', '2026-05-07', 'national-holiday'],
    ]);
  });

  it('keeps a company holiday that borrows the name of the national holiday before it as its own event (CATEGORIES differ)', () => {
    const d = createDesk(desknetsCloud, { companyHolidays: [{ date: TUESDAY, name: '勤労感謝の日' }] });
    expect(closures(d, '2026-11-23', TUESDAY)).toEqual([
      ['勤労感謝の日', '2026-11-23', TUESDAY, 'national-holiday'],
      ['勤労感謝の日', TUESDAY, WEDNESDAY, 'company-holiday'],
    ]);
  });

  it('joins three unnamed company holidays in a row and ends the run at an open day', () => {
    const d = createDesk(desknetsCloud, { companyHolidays: ['2027-03-02/2027-03-04'] });
    expect(closures(d, '2027-03-01', '2027-03-08')).toEqual([
      ['当社休業日', '2027-03-02', '2027-03-05', 'company-holiday'],
      ['土日', '2027-03-06', '2027-03-08', 'weekend'],
    ]);
  });

  it('writes a closure that runs to the last day asked', () => {
    expect(closures(desk, '2026-11-27', '2026-11-28')).toEqual([['土日', '2026-11-28', '2026-11-29', 'weekend']]);
  });
});
