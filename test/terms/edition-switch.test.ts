import { describe, expect, it } from 'vitest';
import { day, desk, lines, MadoguchiError, windows } from '../../src/index.js';
import { jstIso, jstMs, msOf } from './jst.js';

// 第15版 付則 第1条: 「改訂された約款は、2023年2月6日から実施します。」 So edition 14 rules through
// Sunday 2023-02-05 and edition 15 from Monday 2023-02-06 00:00 JST; the 夜間延長窓口 exists only
// from then. 第14版 is dated 2020年7月1日, the earliest edition known; holiday rules run through 2099.

describe('the switch from edition 14 to edition 15 at 2023-02-06 00:00 JST', () => {
  it.each([
    ['2023-02-03', '12:30:00.000', 14, false, 'between-windows'],
    ['2023-02-03', '17:45:00.000', 14, false, 'after-hours'],
    ['2023-02-05', '23:59:59.999', 14, false, 'weekend'],
    ['2023-02-06', '00:00:00.000', 15, false, 'before-hours'],
    ['2023-02-06', '12:30:00.000', 15, true, null],
    ['2023-02-06', '17:45:00.000', 15, false, 'between-windows'],
    ['2023-02-06', '18:00:00.000', 15, true, null],
  ] as const)('on %s at %s JST edition %i is in force (open %s, closed: %s)', (date, time, edition, open, reason) => {
    const s = desk.status(jstIso(date, time));
    expect(s.edition).toBe(edition);
    expect(s.open).toBe(open);
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(day(desk, date).edition).toBe(edition);
  });

  it.each([
    ['2023-02-05', '23:59:59.999', [['regular', '問い合わせ窓口']]],
    [
      '2023-02-06',
      '00:00:00.000',
      [
        ['regular', '通常窓口'],
        ['night', '夜間延長窓口'],
      ],
    ],
  ] as const)('on %s at %s JST the lines are %j', (date, time, expected) => {
    expect(lines(desk, jstIso(date, time)).map((l) => [l.id, l.name.ja])).toEqual(expected);
  });

  it('on Friday 2023-02-03 after hours the next opening is the edition-15 regular line on Monday 2023-02-06 9:00', () => {
    const next = desk.status(jstIso('2023-02-03', '17:45')).next;
    expect(next?.line.id).toBe('regular');
    expect(next?.line.name.ja).toBe('通常窓口');
    expect(msOf(next?.opensAt)).toBe(jstMs('2023-02-06', '09:00'));
    expect(msOf(next?.closesAt)).toBe(jstMs('2023-02-06', '17:30'));
  });

  it.each([
    ['2022-11-16', '10:00'],
    ['2023-02-05', '23:59:59.999'],
    ['2023-02-06', '00:00'],
  ] as const)('asked on %s at %s JST, the night line first opens 2023-02-06 18:00–20:00 JST', (date, time) => {
    const next = desk.nextOpening(jstIso(date, time), 'night');
    expect(next?.line.id).toBe('night');
    expect(next?.line.tel).toBe('0800-777-9984');
    expect(msOf(next?.opensAt)).toBe(jstMs('2023-02-06', '18:00'));
    expect(msOf(next?.closesAt)).toBe(jstMs('2023-02-06', '20:00'));
  });

  it('lists no night window before the switch and one on 2023-02-06', () => {
    const found = windows(desk, jstIso('2023-02-03', '00:00'), jstIso('2023-02-07', '00:00'));
    expect(found.map((w) => [w.line.id, w.opensAt.getTime()])).toEqual([
      ['regular', jstMs('2023-02-03', '09:00')],
      ['regular', jstMs('2023-02-03', '13:00')],
      ['regular', jstMs('2023-02-06', '09:00')],
      ['night', jstMs('2023-02-06', '18:00')],
    ]);
  });
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof MadoguchiError ? error.code : `not a MadoguchiError: ${String(error)}`;
  }
  return undefined;
};

describe('the first instant with terms in force, 2020-07-01 00:00 JST', () => {
  const before = '2020-06-30T23:59:59.999+09:00';
  it.each([
    ['status', () => desk.status(before)],
    ['isOpen', () => desk.isOpen(before)],
    ['nextOpening', () => desk.nextOpening(before)],
    ['lines', () => lines(desk, before)],
    ['day of the instant', () => day(desk, before)],
    ['day by date', () => day(desk, '2020-06-30')],
    ['windows', () => windows(desk, before, '2020-07-02T00:00+09:00')],
    ['status (as Z)', () => desk.status('2020-06-30T14:59:59.999Z')],
    ['status (as epoch ms)', () => desk.status(Date.parse(before))],
  ] as const)('%s one millisecond earlier throws NO_TERMS_IN_FORCE', (_what, fn) => {
    expect(codeOf(fn)).toBe('NO_TERMS_IN_FORCE');
  });

  it.each([
    ['+09:00', '2020-07-01T00:00:00.000+09:00'],
    ['Z', '2020-06-30T15:00:00.000Z'],
  ] as const)('given with %s it is accepted under edition 14, before the 9:00 opening', (_form, at) => {
    const s = desk.status(at);
    expect(s.edition).toBe(14);
    expect(s.closed?.reason).toBe('before-hours');
    expect(msOf(s.next?.opensAt)).toBe(jstMs('2020-07-01', '09:00'));
    expect(day(desk, '2020-07-01').edition).toBe(14);
  });
});

describe('the last supported instant, 2099-12-31 23:59:59.999 JST', () => {
  it('is accepted: Thursday 2099-12-31 is after hours, with no opening left before 2100', () => {
    const s = desk.status('2099-12-31T23:59:59.999+09:00');
    expect(s.edition).toBe(15);
    expect(s.closed?.reason).toBe('after-hours');
    expect(s.next).toBeNull();
    expect(desk.nextOpening('2099-12-31T23:59:59.999+09:00')).toBeNull();
    expect(desk.isOpen('2099-12-31T23:59:59.999+09:00')).toBe(false);
  });

  it('its last day still opens 9:00–17:30 and 18:00–20:00', () => {
    expect(day(desk, '2099-12-31').windows.map((w) => w.opensAt.getTime())).toEqual([jstMs('2099-12-31', '09:00'), jstMs('2099-12-31', '18:00')]);
    expect(desk.isOpen('2099-12-31T19:59:59.999+09:00', 'night')).toBe(true);
  });

  it('may end a half-open range of windows at 2100-01-01 00:00 JST', () => {
    expect(windows(desk, '2099-12-31T00:00+09:00', '2100-01-01T00:00+09:00')).toHaveLength(2);
  });

  it.each([
    ['status', () => desk.status('2100-01-01T00:00+09:00')],
    ['status (as Z)', () => desk.status('2099-12-31T15:00:00.000Z')],
    ['isOpen', () => desk.isOpen('2100-01-01T00:00+09:00')],
    ['nextOpening', () => desk.nextOpening('2100-01-01T00:00+09:00')],
    ['day by date', () => day(desk, '2100-01-01')],
    ['windows starting there', () => windows(desk, '2100-01-01T00:00+09:00', '2100-01-02T00:00+09:00')],
  ] as const)('%s at 2100-01-01 00:00 JST throws OUT_OF_RANGE', (_what, fn) => {
    expect(codeOf(fn)).toBe('OUT_OF_RANGE');
  });
});
