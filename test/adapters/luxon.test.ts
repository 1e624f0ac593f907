import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { luxonDesk, withLuxon } from '../../src/adapters/luxon.js';
import { coreOf, registerDesk } from '../../src/faces/registry.js';
import { createDesk, type Desk, desk, desknetsCloud, lines } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// madoguchi/luxon case by case. Expected values come from:
// - the terms, 第6条: edition 15 (from 2023-02-06) 通常窓口 9:00–17:30 (TEL 0120-365-800, FAX
//   045-640-5918) and 夜間延長窓口 18:00–20:00 (TEL 0800-777-9984, no FAX); edition 14 問い合わせ窓口
//   9:00–12:00 and 13:00–17:30; 対応可能言語：日本語のみ; closed on 土日祝日・当社休業日; all in UTC+9;
// - the National Holidays Act (2026-11-23 勤労感謝の日 is a Monday);
// - design.md (half-open windows, error codes, `MadoguchiError.value` carries the offending input,
//   messages name the offending value and what is accepted) and the adapter's documentation
//   (answers in zone UTC+9, Line objects kept as they are);
// - luxon itself, used as an independent reference.

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
  // Converted inside each test: Stryker counts a test as covering only the code it runs itself.
  const convert = () =>
    withLuxon(answering(answer)).status() as unknown as {
      at: DateTime;
      nested: { list: [DateTime, unknown]; none: unknown; words: unknown; same: unknown };
      count: number;
      text: string;
      nothing: null;
      missing: undefined;
    };

  it('turns a top-level and a nested Date into DateTimes at the same instant, in zone UTC+9', () => {
    const converted = convert();
    expect(DateTime.isDateTime(converted.at)).toBe(true);
    expect(converted.at.toMillis()).toBe(Date.UTC(2026, 10, 25, 1));
    expect(converted.at.zoneName).toBe('UTC+9');
    expect(converted.at.offset).toBe(9 * 60);
    expect(DateTime.isDateTime(converted.nested.list[0])).toBe(true);
    expect(converted.nested.list[0].toMillis()).toBe(0);
  });

  it('keeps the objects and arrays that hold no Date as the very same objects, even inside a converted array', () => {
    const converted = convert();
    expect(converted.nested.list[1]).toBe(shared);
    expect(converted.nested.same).toBe(shared);
    expect(converted.nested.none).toBe(empty);
    expect(converted.nested.words).toBe(noDates);
  });

  it('keeps numbers, strings, null and undefined as they are', () => {
    const converted = convert();
    expect(converted.count).toBe(1);
    expect(converted.text).toBe('x');
    expect(converted.nothing).toBeNull();
    expect('missing' in converted).toBe(true);
    expect(converted.missing).toBeUndefined();
  });

  it('returns new, frozen objects where a Date was converted and leaves the input untouched', () => {
    const converted = convert();
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

  it('reads an object through its toJSON even when that holds no Date', () => {
    const record = { hidden: 1, toJSON: () => ({ label: 'shown' }) };
    const out = withLuxon(answering(record)).status() as unknown as Record<string, unknown>;
    expect(out).toEqual({ label: 'shown' });
    expect(Object.isFrozen(out)).toBe(true);
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

describe('madoguchi/luxon defaults `at` to the wrapped desk clock (Wednesday 2026-11-25 18:30 JST)', () => {
  // The wrapper is made inside each test (not when the file loads), so that the test runs its making.
  const lx = () => withLuxon(createDesk(desknetsCloud, { clock: () => jstMs(`${WEDNESDAY}T18:30`) }));
  it.each<[string, () => unknown, unknown]>([
    ['luxon status().line', () => lx().status().line?.id, 'night'],
    ['luxon status().at', () => lx().status().at.toMillis(), jstMs(`${WEDNESDAY}T18:30`)],
    ['luxon isOpen()', () => lx().isOpen(), true],
    ['luxon isOpen(undefined, "regular")', () => lx().isOpen(undefined, 'regular'), false],
    ['luxon nextOpening()', () => lx().nextOpening()?.opensAt.toMillis(), jstMs('2026-11-26T09:00')],
    ['luxon lines()', () => lx().lines().length, 2],
    ['luxon route()', () => lx().route().kind, 'connect'],
    ['luxon route({ lineId: "regular" })', () => lx().route({ lineId: 'regular' }).kind, 'redirect'],
    // 第6条 edition 15: Wednesday's windows 9:00–17:30 and 18:00–20:00.
    [
      'luxon windows(an Interval of Wednesday)',
      () =>
        lx()
          .windows(Interval.fromDateTimes(tokyo(`${WEDNESDAY}T00:00`), tokyo('2026-11-26T00:00')))
          .map((w) => w.opensAt.toMillis()),
      [jstMs(`${WEDNESDAY}T09:00`), jstMs(`${WEDNESDAY}T18:00`)],
    ],
    ['luxon day(a DateTime)', () => lx().day(tokyo(`${WEDNESDAY}T12:00`)).date, WEDNESDAY],
  ])('%s', (_, call, expected) => {
    expect(call()).toEqual(expected);
  });

  it('names withLuxon when given what is no desk', () => {
    expect(expectMadoguchiError(() => withLuxon({} as Desk), 'INVALID_ARGUMENT').message).toContain('withLuxon');
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

  // null is no DateTime: it must be refused as such, not read as one (a TypeError on null.isValid).
  it.each<[string, () => unknown, RegExp]>([
    ['status(null)', () => luxonDesk.status(null as unknown as DateTime), /^Invalid at: null; expected a valid luxon DateTime\.$/],
    ['isOpen(null)', () => luxonDesk.isOpen(null as unknown as DateTime), /^Invalid at: null; /],
    ['nextOpening(null)', () => luxonDesk.nextOpening(null as unknown as DateTime), /^Invalid at: null; /],
    ['lines(null)', () => luxonDesk.lines(null as unknown as DateTime), /^Invalid at: null; /],
    ['day(null)', () => luxonDesk.day(null as unknown as DateTime), /^Invalid date: null; /],
    ['route({ at: null })', () => luxonDesk.route({ at: null as unknown as DateTime }), /^Invalid request\.at: null; /],
  ])('%s throws INVALID_INSTANT for a value that is no DateTime', (_, call, message) => {
    const error = expectMadoguchiError(call, 'INVALID_INSTANT');
    expect(error.message).toMatch(message);
    expect(error.value).toBeNull();
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
