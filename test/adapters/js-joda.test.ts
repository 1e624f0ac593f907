import { Instant, LocalDate, OffsetDateTime, ZonedDateTime, ZoneId, ZoneOffset } from '@js-joda/core';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { jsJodaDesk, withJsJoda } from '../../src/adapters/js-joda.js';
import { createDesk, desk, desknetsCloud, lines } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// madoguchi/js-joda case by case. Expected values come from the terms, 第6条 (edition 15: 通常窓口
// 9:00–17:30 and 夜間延長窓口 18:00–20:00; edition 14: 問い合わせ窓口 alone; all in UTC+9), the National
// Holidays Act (2026-11-23 勤労感謝の日), design.md (half-open windows, error codes, messages name the
// offending value and what is accepted) and the adapter's documentation (answers at ZoneOffset +09:00,
// Line objects kept as they are). luxon computes the JST wall-clock instants, independently of src/.

/** Epoch milliseconds of a JST wall-clock time, computed by luxon. */
const jstMs = (iso: string): number => DateTime.fromISO(iso, { zone: 'Asia/Tokyo' }).toMillis();
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';

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

  // Only day() takes a LocalDate (its signature: LocalDate | instant); the others must not offer one.
  it.each<[string, () => unknown, string]>([
    ['status({})', () => jsJodaDesk.status({} as Instant), 'a js-joda Instant, ZonedDateTime or OffsetDateTime'],
    ['isOpen("x")', () => jsJodaDesk.isOpen('x' as unknown as Instant), 'a js-joda Instant, ZonedDateTime or OffsetDateTime'],
    [
      'nextOpening(a LocalDate)',
      () => jsJodaDesk.nextOpening(LocalDate.of(2026, 11, 26) as unknown as Instant),
      'a js-joda Instant, ZonedDateTime or OffsetDateTime',
    ],
    ['lines(42)', () => jsJodaDesk.lines(42 as unknown as Instant), 'a js-joda Instant, ZonedDateTime or OffsetDateTime'],
    [
      'windows(undefined, an Instant)',
      () => jsJodaDesk.windows(undefined as unknown as Instant, Instant.parse('2026-11-25T01:00:00Z')),
      'a js-joda Instant, ZonedDateTime or OffsetDateTime',
    ],
    ['route({ at: 42 })', () => jsJodaDesk.route({ at: 42 as unknown as Instant }), 'a js-joda Instant, ZonedDateTime or OffsetDateTime'],
    ['day(42)', () => jsJodaDesk.day(42 as unknown as LocalDate), 'a js-joda LocalDate, or a js-joda Instant, ZonedDateTime or OffsetDateTime'],
  ])('%s names what it accepts, a LocalDate only where one is taken', (_, call, accepted) => {
    const error = expectMadoguchiError(call, 'INVALID_INSTANT');
    expect(error.message.endsWith(`; expected ${accepted}.`)).toBe(true);
  });

  it.each([null, 'regular'])('passes route(%s) to the desk, which rejects a request that is not an object', (request) => {
    const error = expectMadoguchiError(() => jsJodaDesk.route(request as never), 'INVALID_ARGUMENT');
    expect(error.value).toBe(request);
  });
});

describe('madoguchi/js-joda defaults `at` to the wrapped desk clock (Wednesday 2026-11-25 18:30 JST)', () => {
  // The wrapper is made inside each test (not when the file loads), so that the test runs its making.
  const jj = () => withJsJoda(createDesk(desknetsCloud, { clock: () => jstMs(`${WEDNESDAY}T18:30`) }));
  it.each<[string, () => unknown, unknown]>([
    ['js-joda status().line', () => jj().status().line?.id, 'night'],
    ['js-joda isOpen()', () => jj().isOpen(), true],
    ['js-joda nextOpening()', () => jj().nextOpening()?.opensAt.toInstant().toEpochMilli(), jstMs('2026-11-26T09:00')],
    ['js-joda lines()', () => jj().lines().length, 2],
    ['js-joda route()', () => jj().route().kind, 'connect'],
    ['js-joda route({ lineId: "regular" })', () => jj().route({ lineId: 'regular' }).kind, 'redirect'],
    ['js-joda isOpen(undefined, "regular")', () => jj().isOpen(undefined, 'regular'), false],
    // 第6条 edition 15: Wednesday's windows 9:00–17:30 and 18:00–20:00.
    [
      'js-joda windows(two Instants)',
      () =>
        jj()
          .windows(Instant.ofEpochMilli(jstMs(`${WEDNESDAY}T00:00`)), Instant.ofEpochMilli(jstMs('2026-11-26T00:00')))
          .map((w) => w.opensAt.toInstant().toEpochMilli()),
      [jstMs(`${WEDNESDAY}T09:00`), jstMs(`${WEDNESDAY}T18:00`)],
    ],
    ['js-joda day(a LocalDate)', () => jj().day(LocalDate.parse(WEDNESDAY)).date, WEDNESDAY],
  ])('%s', (_, call, expected) => {
    expect(call()).toEqual(expected);
  });

  it('names withJsJoda when given what is no desk', () => {
    expect(expectMadoguchiError(() => withJsJoda({} as never), 'INVALID_ARGUMENT').message).toContain('withJsJoda');
  });
});
