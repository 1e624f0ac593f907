import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, lines, type MadoguchiErrorCode, route, windows } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Every query's own path for epoch milliseconds (range checks, fractions), and the per-day answer
// table with overrides (first written against survivors of `npm run mutation`). Expected values
// come from 第6条 (ed.15 通常窓口 9:00～17:30, 夜間延長窓口 18:00～20:00; ed.14 from 2020-07-01; closed on
// 土日祝日), the supported range (2020-07-01 00:00 JST up to 2100-01-01 00:00 JST, design.md) and a calendar:
// 2026-11-25 Wed, 2026-11-27 Fri, 2026-11-28 Sat, 2026-11-30 Mon, 2026-11-23 Mon (勤労感謝の日).

const ms = (local: string): number => Date.parse(`${local}+09:00`);
const FIRST = ms('2020-07-01T00:00:00.000');
const END = ms('2100-01-01T00:00:00.000');

const queries: readonly (readonly [string, (t: number) => unknown])[] = [
  ['status', (t) => desk.status(t).open],
  ['isOpen', (t) => desk.isOpen(t)],
  ["isOpen(t, 'night')", (t) => desk.isOpen(t, 'night')],
  ['nextOpening', (t) => desk.nextOpening(t)],
  ["nextOpening(t, 'regular')", (t) => desk.nextOpening(t, 'regular')],
  ['nextChange', (t) => desk.nextChange(t)],
  ['lines', (t) => lines(desk, t)],
  ['route', (t) => route(desk, { at: t })],
];

describe('every query checks the range of epoch milliseconds itself', () => {
  it.each(queries)('%s refuses the millisecond before 2020-07-01 00:00 JST and 2100-01-01 00:00 JST', (_, query) => {
    const before: MadoguchiErrorCode = 'NO_TERMS_IN_FORCE';
    const after: MadoguchiErrorCode = 'OUT_OF_RANGE';
    expect(expectMadoguchiError(() => query(FIRST - 1), before).message).toContain('2020-07-01T00:00+09:00');
    expect(expectMadoguchiError(() => query(FIRST - 0.5), before).message).toContain('2020-07-01');
    expect(expectMadoguchiError(() => query(END), after).message).toContain('2099-12-31');
    expect(expectMadoguchiError(() => query(END + 86_400_000 * 400), after).message).toContain('2099-12-31');
  });

  it.each(queries)('%s answers at the first and the last supported millisecond', (_, query) => {
    expect(() => query(FIRST)).not.toThrow();
    expect(() => query(END - 1)).not.toThrow();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('every query refuses %s as INVALID_INSTANT', (t) => {
    for (const [, query] of queries) expectMadoguchiError(() => query(t), 'INVALID_INSTANT');
  });

  // design.md: an instant is a Date, epoch milliseconds or an ISO 8601 string with an offset; anything
  // else is refused. Relational operators would read each of these as a number in the range (a digit
  // string by Number(), the objects by valueOf), so the fast path for numbers must ask for a number.
  it.each([
    ['a string of epoch milliseconds', String(ms('2026-11-25T10:00'))],
    ['an object whose valueOf is epoch milliseconds', { valueOf: () => ms('2026-11-25T10:00') }],
    ['an array of one epoch millisecond', [ms('2026-11-25T10:00')]],
  ])('every query refuses %s as INVALID_INSTANT', (_, t) => {
    for (const [, query] of queries) expectMadoguchiError(() => query(t as never), 'INVALID_INSTANT');
  });
});

describe('fractions of a millisecond are cut, never rounded up', () => {
  // 9:00:00.000 − 0.25 ms is 8:59:59.99975: before the opening, so closed; 17:30 − 0.5 ms is still open.
  it.each([
    ['2026-11-25T09:00:00.000', -0.25, false, 'regular', '2026-11-25T09:00'],
    ['2026-11-25T17:30:00.000', -0.5, true, 'regular', '2026-11-25T18:00'],
    ['2026-11-25T18:00:00.000', -0.001, false, 'night', '2026-11-25T18:00'],
    ['2026-11-25T20:00:00.000', -0.999, true, 'night', '2026-11-26T09:00'],
  ] as const)('at %s %s ms: open %s (%s), next opening %s', (at, delta, open, line, next) => {
    const t = ms(at) + delta;
    expect(desk.isOpen(t)).toBe(open);
    expect(desk.isOpen(t, line)).toBe(open);
    expect(desk.status(t).open).toBe(open);
    expect(desk.status(t).at.getTime()).toBe(Math.floor(t));
    expect(desk.nextOpening(t)?.opensAt.getTime()).toBe(ms(next));
  });
});

describe('overrides and the per-day answers', () => {
  const wednesday = '2026-11-25';

  it('splits the regular line by an override: before-hours, open, override, open, between-windows, night, after-hours', () => {
    const d = createDesk(desknetsCloud, {
      overrides: [
        {
          date: wednesday,
          lineId: 'regular',
          windows: [
            ['9:00', '12:00'],
            ['15:00', '17:00'],
          ],
          name: '社内研修',
        },
      ],
    });
    const rows = [
      ['08:59:59.999', null, null, 'before-hours'],
      ['09:00:00.000', 'regular', '12:00', null],
      ['11:59:59.999', 'regular', '12:00', null],
      ['12:00:00.000', null, null, 'override'],
      ['14:59:59.999', null, null, 'override'],
      ['15:00:00.000', 'regular', '17:00', null],
      ['17:00:00.000', null, null, 'override'],
      ['17:29:59.999', null, null, 'override'],
      ['17:30:00.000', null, null, 'between-windows'],
      ['18:00:00.000', 'night', '20:00', null],
      ['20:00:00.000', null, null, 'after-hours'],
      ['23:59:59.999', null, null, 'after-hours'],
    ] as const;
    for (const [time, line, closes, reason] of rows) {
      const s = d.status(ms(`${wednesday}T${time}`));
      expect([time, s.line?.id ?? null, s.closesAt?.getTime() ?? null, s.closed?.reason ?? null]).toEqual([
        time,
        line,
        closes === null ? null : ms(`${wednesday}T${closes}`),
        reason,
      ]);
      if (reason === 'override') expect(s.closed?.name).toBe('社内研修');
      expect(d.isOpen(ms(`${wednesday}T${time}`))).toBe(line !== null);
    }
  });

  it('opens a line on a Saturday by override, with the weekend reasons around it', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-11-28', lineId: 'regular', windows: [['10:00', '12:00']] }] });
    expect(d.status(ms('2026-11-28T09:59:59.999')).closed?.reason).toBe('before-hours');
    expect(d.status(ms('2026-11-28T10:00:00.000')).closesAt?.getTime()).toBe(ms('2026-11-28T12:00'));
    expect(d.status(ms('2026-11-28T12:00:00.000')).closed?.reason).toBe('after-hours');
    expect(d.isOpen(ms('2026-11-28T11:00'), 'night')).toBe(false);
    expect(d.nextOpening(ms('2026-11-27T20:00'))?.opensAt.getTime()).toBe(ms('2026-11-28T10:00'));
    expect(day(d, '2026-11-28').closed).toBeNull();
    expect(day(d, '2026-11-29').closed?.reason).toBe('weekend');
  });

  it('keeps the holiday mark on a national holiday opened by override', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-11-23', lineId: 'regular', windows: [['9:00', '12:00']] }] });
    const s = d.status(ms('2026-11-23T13:00'));
    expect(s.closed?.reason).toBe('after-hours');
    expect(s.closed?.holiday?.name).toBe('勤労感謝の日');
    expect(d.status(ms('2026-11-23T08:00')).closed?.holiday?.provisional).toBe(false);
    expect(d.isOpen(ms('2026-11-23T11:59:59.999'))).toBe(true);
  });

  it('reports the line listed first when two lines are open at once, and each line keeps its own hours', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: wednesday, lineId: 'night', windows: [['9:00', '10:00']] }] });
    const s = d.status(ms(`${wednesday}T09:30`));
    expect(s.line?.id).toBe('regular');
    expect(s.closesAt?.getTime()).toBe(ms(`${wednesday}T17:30`));
    expect(d.isOpen(ms(`${wednesday}T09:30`), 'night')).toBe(true);
    expect(d.isOpen(ms(`${wednesday}T10:00`), 'night')).toBe(false);
    // The override gives the night line other hours that day: 9:00～10:00 instead of 18:00～20:00.
    expect(windows(d, ms(`${wednesday}T00:00`), ms(`${wednesday}T23:59`), 'night').map((w) => w.opensAt.getTime())).toEqual([ms(`${wednesday}T09:00`)]);
    expect(d.status(ms(`${wednesday}T18:30`)).closed?.reason).toBe('override');
  });

  it('answers after-hours once the line that closes last has closed, whatever the order of the lines', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: wednesday, lineId: 'regular', windows: [['9:00', '21:00']] }] });
    expect(d.status(ms(`${wednesday}T20:30`)).line?.id).toBe('regular');
    expect(d.status(ms(`${wednesday}T20:59:59.999`)).closesAt?.getTime()).toBe(ms(`${wednesday}T21:00`));
    expect(d.status(ms(`${wednesday}T21:00`)).closed?.reason).toBe('after-hours');
  });

  it('closes the whole day by an override without windows, whatever line', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: wednesday, closed: true, name: '臨時休業' }] });
    for (const time of ['08:00', '10:00', '17:45', '19:00', '21:00']) {
      expect(d.status(ms(`${wednesday}T${time}`)).closed).toMatchObject({ reason: 'override', name: '臨時休業' });
    }
    expect(d.nextOpening(ms(`${wednesday}T08:00`))?.opensAt.getTime()).toBe(ms('2026-11-26T09:00'));
  });
});

describe('next opening of one line', () => {
  it.each([
    ['2026-11-27T20:00', 'night', '2026-11-30T18:00'],
    ['2026-11-27T20:00', 'regular', '2026-11-30T09:00'],
    ['2026-11-25T10:00', 'night', '2026-11-25T18:00'],
    ['2026-11-25T18:30', 'regular', '2026-11-26T09:00'],
    ['2026-11-22T10:00', 'regular', '2026-11-24T09:00'],
  ] as const)('from %s the %s line opens next at %s', (from, line, next) => {
    const found = desk.nextOpening(ms(from), line);
    expect(found?.line.id).toBe(line);
    expect(found?.opensAt.getTime()).toBe(ms(next));
  });
});

describe('the end of the supported range', () => {
  // A line open every day of the year, national holidays included (closedOn without them): the first
  // day after the range, 2100-01-01, would have a window, but no answer reaches past 2099-12-31.
  const always = createDesk({
    id: 'always',
    name: { ja: '年中無休', en: 'Every day' },
    editions: [
      {
        edition: 1,
        effective: '2024-01-01',
        lines: [
          {
            id: 'main',
            name: { ja: '窓口', en: 'Desk' },
            tel: '03-0000-0000',
            languages: ['ja'],
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            windows: [['9:00', '17:00']],
            closedOn: ['company-holiday'],
          },
        ],
      },
    ],
  });

  it('opens on 元日 2099-01-01 (the line answers on national holidays)', () => {
    expect(always.isOpen(ms('2099-01-01T10:00'))).toBe(true);
  });

  it.each([
    ['any line', undefined],
    ['the line by id', 'main'],
  ] as const)('has no next opening after 17:00 on 2099-12-31, for %s', (_, lineId) => {
    expect(always.nextOpening(ms('2099-12-31T17:00'), lineId)).toBeNull();
    expect(always.status(ms('2099-12-31T17:00')).next).toBeNull();
    expect(always.nextOpening(ms('2099-12-31T08:00'), lineId)?.opensAt.getTime()).toBe(ms('2099-12-31T09:00'));
  });
});

describe('day() reads a calendar date or an instant', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026-11-25T23:59:59.999+09:00', '2026-11-25'],
    ['2026-11-25T15:00:00Z', '2026-11-26'],
    ['2026-11-25T14:59:59.999Z', '2026-11-25'],
  ])('%s is the JST day %s', (input, date) => {
    expect(day(desk, input).date).toBe(date);
  });

  it('reads a Date and epoch milliseconds as instants in JST', () => {
    expect(day(desk, new Date(ms('2026-11-26T00:00'))).date).toBe('2026-11-26');
    expect(day(desk, ms('2026-11-25T23:59:59.999')).date).toBe('2026-11-25');
  });

  it.each([
    ['tomorrow', 'INVALID_DATE'],
    // A string is an instant only when it holds a clock time HH:MM (day.ts); without one it is a
    // malformed date, so named as a date.
    ['2026-11-25T9:00Z', 'INVALID_DATE'],
    ['2026-11-25T09:0Z', 'INVALID_DATE'],
    ['2026-11-25T09:00Z/x', 'INVALID_INSTANT'],
    ['2026-11-25T10:00', 'AMBIGUOUS_INSTANT'],
    ['2020-06-30', 'NO_TERMS_IN_FORCE'],
    ['2100-01-01', 'OUT_OF_RANGE'],
  ] as const)('refuses %s with %s', (input, code) => {
    expectMadoguchiError(() => day(desk, input), code);
  });
});
