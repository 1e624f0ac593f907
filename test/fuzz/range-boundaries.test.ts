import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesk, type Desk, day, desk, desknetsCloud, lines, type PolicyInput, route, windows } from '../../src/index.js';
import { DAY, END, FROM, plain } from '../properties/instants.js';
import { outcome } from './well-formed.js';

// The ends of the supported range: 2020-07-01 00:00 JST (edition 14, 付則) to 2100-01-01 00:00
// JST exclusive (holiday rules known through 2099), and desks that never open again.

const jst = (text: string): number => Date.parse(`${text}+09:00`);
// 2099-12-31 is a Thursday (Date#getUTCDay of that date is 4) and no holiday under the Act, so both
// lines of edition 15 open: 通常窓口 9:00～17:30 and 夜間延長窓口 18:00～20:00 (第6条1項).
const LAST_REGULAR = { line: 'regular', opensAt: jst('2099-12-31T09:00:00'), closesAt: jst('2099-12-31T17:30:00') };
const LAST_NIGHT = { line: 'night', opensAt: jst('2099-12-31T18:00:00'), closesAt: jst('2099-12-31T20:00:00') };
/** `t` as an ISO text; ISO texts have 4-digit years, so `t` is first kept within 0000 … 9999. */
const isoText = (t: number): string =>
  new Date(Math.min(Math.max(t, Date.parse('0000-01-01T00:00:00Z')), Date.parse('9999-12-31T23:59:59.999Z'))).toISOString();

describe('the last day of the range, 2099-12-31', () => {
  it('is an ordinary Thursday of edition 15', () => {
    expect(new Date(Date.UTC(2099, 11, 31)).getUTCDay()).toBe(4);
    expect(day(desk, '2099-12-31').windows.map(plain)).toEqual([LAST_REGULAR, LAST_NIGHT]);
  });

  it.each([
    ['the evening before', '2099-12-30T20:00:00', undefined, LAST_REGULAR],
    ['its morning', '2099-12-31T08:00:00', undefined, LAST_REGULAR],
    ['its noon', '2099-12-31T12:00:00', undefined, LAST_NIGHT],
    ['its noon, regular line', '2099-12-31T12:00:00', 'regular', null],
    ['the last opening itself', '2099-12-31T18:00:00', undefined, null],
    ['its last millisecond', '2099-12-31T23:59:59.999', undefined, null],
  ])('gives as next opening after %s (%s JST, line %s) the last window or null', (_, at, line, expected) => {
    expect(plain(desk.nextOpening(jst(at), line))).toEqual(expected);
  });

  it('reports its last millisecond closed after hours, with no next opening and no language', () => {
    const s = desk.status(END - 1);
    expect([s.open, s.closed?.reason, s.next, [...s.languages]]).toEqual([false, 'after-hours', null, []]);
  });

  it('finds the last opening strictly after any instant of the last week before 18:00 on 12-31, and null after', () => {
    fc.assert(
      fc.property(fc.integer({ min: END - 7 * DAY, max: END - 1 }), (t) => {
        const next = desk.nextOpening(t);
        if (t >= LAST_NIGHT.opensAt) expect(next).toBeNull();
        else expect(next?.opensAt.getTime()).toBeGreaterThan(t);
      }),
      { numRuns: 200 },
    );
  });

  it('lists the windows up to the exclusive end of the range', () => {
    expect(windows(desk, jst('2099-12-31T00:00:00'), END).map(plain)).toEqual([LAST_REGULAR, LAST_NIGHT]);
  });
});

describe('instants outside the range', () => {
  const calls: [string, (t: number) => unknown][] = [
    ['status', (t) => desk.status(t)],
    ['isOpen', (t) => desk.isOpen(t)],
    ['isOpen on a line', (t) => desk.isOpen(t, 'night')],
    ['nextOpening', (t) => desk.nextOpening(t)],
    ['day', (t) => day(desk, t)],
    ['lines', (t) => lines(desk, t)],
    ['windows from it', (t) => windows(desk, t, t)],
    ['route', (t) => route(desk, { at: t })],
    ['status of its ISO text', (t) => desk.status(isoText(t))],
    ['day of its ISO text', (t) => day(desk, isoText(t))],
  ];

  it.each(calls)('%s throws OUT_OF_RANGE from 2100-01-01 00:00 JST on', (_, call) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(END, END + 1, END + 0.5), fc.integer({ min: END, max: 8.64e15 })), (t) => {
        expect(outcome(() => call(t))).toBe('OUT_OF_RANGE');
      }),
      { numRuns: 50 },
    );
  });

  it.each(calls)('%s throws NO_TERMS_IN_FORCE before 2020-07-01 00:00 JST', (_, call) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(FROM - 1, FROM - 0.5, 0, -0), fc.integer({ min: -8.64e15, max: FROM - 1 })), (t) => {
        expect(outcome(() => call(t))).toBe('NO_TERMS_IN_FORCE');
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['the first millisecond, 2020-07-01 00:00 JST', () => desk.status(FROM), 'answered'],
    ['windows ending at the exclusive end', () => windows(desk, END - DAY, END), 'answered'],
    ['windows ending 1 ms past the end', () => windows(desk, END - DAY, END + 1), 'OUT_OF_RANGE'],
    ['windows starting 1 ms before the first day', () => windows(desk, FROM - 1, FROM + DAY), 'NO_TERMS_IN_FORCE'],
    ['day 2100-01-01', () => day(desk, '2100-01-01'), 'OUT_OF_RANGE'],
    ['day 2099-12-31', () => day(desk, '2099-12-31'), 'answered'],
    ['day 2020-06-30', () => day(desk, '2020-06-30'), 'NO_TERMS_IN_FORCE'],
    ['day 2020-07-01', () => day(desk, '2020-07-01'), 'answered'],
    ['status at 2100-01-01T00:00:00+09:00', () => desk.status('2100-01-01T00:00:00+09:00'), 'OUT_OF_RANGE'],
    ['status at 2099-12-31T23:59:59.999+09:00', () => desk.status('2099-12-31T23:59:59.999+09:00'), 'answered'],
    ['status at 2020-06-30T23:59:59.999+09:00', () => desk.status('2020-06-30T23:59:59.999+09:00'), 'NO_TERMS_IN_FORCE'],
    ['status at 2020-06-30T15:00:00Z (00:00 JST)', () => desk.status('2020-06-30T15:00:00Z'), 'answered'],
  ])('%s: %s', (_, call, expected) => {
    expect(outcome(call)).toBe(expected);
  });

  it('answers the first instant of edition 14: before hours of Wednesday 2020-07-01, next 9:00', () => {
    expect(new Date(Date.UTC(2020, 6, 1)).getUTCDay()).toBe(3);
    const s = desk.status(FROM);
    expect([s.edition, s.closed?.reason, plain(s.next)]).toEqual([
      14,
      'before-hours',
      { line: 'regular', opensAt: jst('2020-07-01T09:00:00'), closesAt: jst('2020-07-01T12:00:00') },
    ]);
  });
});

/** One line opening on Wednesdays only, from the earliest day a custom policy may start. */
const WEDNESDAYS: PolicyInput = {
  id: 'wednesdays',
  name: { ja: '水曜窓口', en: 'Wednesday desk' },
  editions: [
    {
      edition: 1,
      effective: '1949-01-01',
      lines: [
        { id: 'wed', name: { ja: '水曜窓口', en: 'Wednesday line' }, tel: '0120-000-003', languages: ['ja'], weekdays: [3], windows: [['9:00', '17:00']] },
      ],
    },
  ],
};
const EARLIEST = jst('1949-01-01T00:00:00');

describe('desks that never open again', () => {
  // A yearly company holiday from 01-01 to 12-31 covers every Wednesday of every year.
  const never: [string, Desk, number][] = [
    ['a Wednesday-only line closed all year by a company holiday, from 1949', createDesk(WEDNESDAYS, { companyHolidays: ['--01-01/--12-31'] }), EARLIEST],
    ['the preset closed all year by a company holiday', createDesk(desknetsCloud, { companyHolidays: ['--01-01/--12-31'] }), FROM],
  ];

  it.each(never)('%s: nextOpening and status.next are null from the first day', (_, d, first) => {
    expect(d.nextOpening(first)).toBeNull();
    expect(d.status(first).next).toBeNull();
    expect([...d.status(first).languages]).toEqual([]);
    expect(d.status(first).closed?.reason).toBe('company-holiday');
  });

  it.each(never)('%s: windows over the whole range are empty', (_, d, first) => {
    expect(windows(d, first, END)).toEqual([]);
  });

  it('answers null for a line of no weekday at all', () => {
    const policy = JSON.parse(JSON.stringify(WEDNESDAYS));
    policy.editions[0].lines[0].weekdays = [];
    const d = createDesk(policy);
    expect(d.nextOpening(EARLIEST)).toBeNull();
    expect(d.nextOpening(EARLIEST, 'wed')).toBeNull();
  });

  it('rejects the day before a policy starting 1949-01-01 with NO_TERMS_IN_FORCE, and answers its first day (元日, a national holiday)', () => {
    const d = createDesk(WEDNESDAYS);
    expect(outcome(() => d.status(EARLIEST - 1))).toBe('NO_TERMS_IN_FORCE');
    expect(d.status(EARLIEST).closed?.reason).toBe('national-holiday');
  });
});

describe('the whole range at once', () => {
  it('lists every window from 2020-07-01 to 2099-12-31, in order, as day() lists them', () => {
    const all = windows(desk, FROM, END);
    // Edition 14 opens first: 2020-07-01 (Wednesday) 9:00–12:00; the last is 2099-12-31's night line.
    expect(plain(all[0])).toEqual({ line: 'regular', opensAt: jst('2020-07-01T09:00:00'), closesAt: jst('2020-07-01T12:00:00') });
    expect(plain(all.at(-1))).toEqual(LAST_NIGHT);
    const outOfOrder = all.findIndex((w, i) => i > 0 && w.opensAt.getTime() <= (all[i - 1]?.opensAt.getTime() ?? 0));
    expect(outOfOrder).toBe(-1);
    let perDay = 0;
    for (let t = FROM; t < END; t += DAY) perDay += day(desk, t).windows.length;
    expect(all.length).toBe(perDay);
  });

  it('opens the night line first on 2023-02-06 18:00, when edition 15 takes effect (a Monday)', () => {
    expect(plain(windows(desk, FROM, END, 'night')[0])).toEqual({ line: 'night', opensAt: jst('2023-02-06T18:00:00'), closesAt: jst('2023-02-06T20:00:00') });
  });
});
