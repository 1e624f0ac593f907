import { describe, expect, it } from 'vitest';
import { desk, lines } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Expected values are read off 第6条1項 of each edition: ed.15 通常窓口 9:00～17:30 and 夜間延長窓口
// 18:00～20:00; ed.14 one line 9:00～12:00 及び 13:00～17:30. Wednesdays without holidays are used.
const ED15_DAY = '2026-11-25';
const ED14_DAY = '2022-11-16';

const at = (day: string, time: string) => `${day}T${time}+09:00`;

describe('edition 15 on an ordinary weekday (2026-11-25)', () => {
  it.each([
    ['08:59:59.999', null, 'before-hours'],
    ['09:00:00.000', 'regular', null],
    ['11:59:59.999', 'regular', null],
    ['12:00:00.000', 'regular', null],
    ['12:59:59.999', 'regular', null],
    ['13:00:00.000', 'regular', null],
    ['17:29:59.999', 'regular', null],
    ['17:30:00.000', null, 'between-windows'],
    ['17:59:59.999', null, 'between-windows'],
    ['18:00:00.000', 'night', null],
    ['19:59:59.999', 'night', null],
    ['20:00:00.000', null, 'after-hours'],
    ['23:59:59.999', null, 'after-hours'],
    ['00:00:00.000', null, 'before-hours'],
  ] as const)('at %s the open line is %s (closed reason %s)', (time, line, reason) => {
    const s = desk.status(at(ED15_DAY, time));
    expect(s.edition).toBe(15);
    expect(s.open).toBe(line !== null);
    expect(s.line?.id ?? null).toBe(line);
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(desk.isOpen(at(ED15_DAY, time))).toBe(line !== null);
    expect(s.languages).toEqual(['ja']);
  });

  it.each([
    ['10:00', 'regular', '0120-365-800', '045-640-5918', '17:30'],
    ['18:30', 'night', '0800-777-9984', undefined, '20:00'],
  ] as const)('at %s the %s line answers on %s (FAX %s) until %s', (time, id, tel, fax, closes) => {
    const s = desk.status(at(ED15_DAY, time));
    expect(s.line?.id).toBe(id);
    expect(s.line?.tel).toBe(tel);
    expect(s.line?.fax).toBe(fax);
    expect(s.closesAt?.getTime()).toBe(Date.parse(at(ED15_DAY, `${closes}:00`)));
  });

  it.each([
    ['08:00', 'regular', `${ED15_DAY}T09:00`],
    ['10:00', 'night', `${ED15_DAY}T18:00`],
    ['17:45', 'night', `${ED15_DAY}T18:00`],
    ['18:00', 'regular', '2026-11-26T09:00'],
    ['20:00', 'regular', '2026-11-26T09:00'],
  ] as const)('at %s the next opening is the %s line at %s', (time, id, opens) => {
    const s = desk.status(at(ED15_DAY, time));
    expect(s.next?.line.id).toBe(id);
    expect(s.next?.opensAt.getTime()).toBe(Date.parse(`${opens}:00+09:00`));
    expect(desk.nextOpening(at(ED15_DAY, time))?.opensAt.getTime()).toBe(Date.parse(`${opens}:00+09:00`));
  });

  it.each([
    ['regular', '10:00', '2026-11-26T09:00'],
    ['night', '18:00', '2026-11-26T18:00'],
    ['night', '17:59:59.999', `${ED15_DAY}T18:00`],
  ] as const)('the next opening of the %s line after %s is %s', (id, time, opens) => {
    expect(desk.nextOpening(at(ED15_DAY, time.length === 5 ? `${time}:00` : time), id)?.opensAt.getTime()).toBe(Date.parse(`${opens}:00+09:00`));
  });

  it.each([
    ['09:30', 'regular', true],
    ['09:30', 'night', false],
    ['18:30', 'regular', false],
    ['18:30', 'night', true],
  ] as const)('at %s isOpen for the %s line is %s', (time, id, open) => {
    expect(desk.isOpen(at(ED15_DAY, `${time}:00`), id)).toBe(open);
  });
});

describe('edition 14 on an ordinary weekday (2022-11-16)', () => {
  it.each([
    ['08:59:59.999', false, 'before-hours'],
    ['09:00:00.000', true, null],
    ['11:59:59.999', true, null],
    ['12:00:00.000', false, 'between-windows'],
    ['12:59:59.999', false, 'between-windows'],
    ['13:00:00.000', true, null],
    ['17:29:59.999', true, null],
    ['17:30:00.000', false, 'after-hours'],
    ['18:00:00.000', false, 'after-hours'],
    ['19:00:00.000', false, 'after-hours'],
  ] as const)('at %s open is %s (closed reason %s)', (time, open, reason) => {
    const s = desk.status(at(ED14_DAY, time));
    expect(s.edition).toBe(14);
    expect(s.open).toBe(open);
    expect(s.line?.id ?? null).toBe(open ? 'regular' : null);
    expect(s.closed?.reason ?? null).toBe(reason);
  });

  it('closes for lunch at 12:00 and reopens at 13:00', () => {
    const s = desk.status(at(ED14_DAY, '10:00:00'));
    expect(s.closesAt?.getTime()).toBe(Date.parse(at(ED14_DAY, '12:00:00')));
    expect(s.next?.opensAt.getTime()).toBe(Date.parse(at(ED14_DAY, '13:00:00')));
    expect(s.line?.name.ja).toBe('問い合わせ窓口');
  });

  it('has no night line', () => {
    expect(desk.isOpen(at(ED14_DAY, '18:30:00'), 'night')).toBe(false);
    expect(lines(desk, at(ED14_DAY, '10:00:00')).map((l) => l.id)).toEqual(['regular']);
  });
});

describe('the edition switch at 2023-02-06 00:00 JST', () => {
  it.each([
    ['2023-02-05T23:59:59.999+09:00', 14],
    ['2023-02-06T00:00:00.000+09:00', 15],
    ['2023-02-05T15:00:00.000Z', 15],
    ['2023-02-05T14:59:59.999Z', 14],
  ] as const)('%s falls under edition %i', (instant, edition) => {
    expect(desk.status(instant).edition).toBe(edition);
  });

  it('opens the night line for the first time on 2023-02-06 at 18:00 JST', () => {
    expect(desk.nextOpening('2022-06-01T10:00:00+09:00', 'night')?.opensAt.getTime()).toBe(Date.parse('2023-02-06T18:00:00+09:00'));
  });

  it('keeps the lunch gap on the Friday before and drops it on the Monday after', () => {
    expect(desk.isOpen('2023-02-03T12:30:00+09:00')).toBe(false);
    expect(desk.isOpen('2023-02-06T12:30:00+09:00')).toBe(true);
  });
});

describe('the same instant in any notation', () => {
  const expected = Date.parse('2026-11-25T17:30:00+09:00');
  it.each([
    ['Date', new Date(expected)],
    ['epoch ms', expected],
    ['UTC string', '2026-11-25T08:30:00Z'],
    ['lowercase z', '2026-11-25t08:30:00z'],
    ['+09:00', '2026-11-25T17:30:00+09:00'],
    ['+0900', '2026-11-25T17:30:00+0900'],
    ['-05:00', '2026-11-25T03:30:00-05:00'],
    ['+05:45', '2026-11-25T14:15:00+05:45'],
    ['fraction', '2026-11-25T08:30:00.000Z'],
  ])('as %s is 17:30 JST, when the regular line has just closed', (_, input) => {
    const s = desk.status(input);
    expect(s.at.getTime()).toBe(expected);
    expect(s.open).toBe(false);
    expect(s.jst).toBe('2026-11-25T17:30:00.000+09:00');
  });

  it('treats the last millisecond before 17:30 JST as open in every notation', () => {
    expect(desk.isOpen('2026-11-25T08:29:59.999Z')).toBe(true);
    expect(desk.isOpen('2026-11-25T08:29:59.9999999Z')).toBe(true);
    expect(desk.isOpen(expected - 1)).toBe(true);
    expect(desk.isOpen(expected - 0.5)).toBe(true);
  });
});

describe('the supported range', () => {
  it.each([
    ['2020-06-30T23:59:59.999+09:00', 'NO_TERMS_IN_FORCE'],
    ['2100-01-01T00:00:00.000+09:00', 'OUT_OF_RANGE'],
    ['1969-12-31T00:00:00Z', 'NO_TERMS_IN_FORCE'],
  ] as const)('rejects %s with %s', (instant, code) => {
    expectMadoguchiError(() => desk.status(instant), code);
  });

  it.each(['2020-07-01T00:00:00.000+09:00', '2099-12-31T23:59:59.999+09:00'])('accepts %s', (instant) => {
    expect(typeof desk.status(instant).open).toBe('boolean');
  });

  it('answers that nothing opens after the last window of 2099', () => {
    // 2099-12-31 is a Thursday: its night window 18:00–20:00 is the last one.
    expect(desk.nextOpening('2099-12-31T17:00:00+09:00')?.opensAt.getTime()).toBe(Date.parse('2099-12-31T18:00:00+09:00'));
    expect(desk.nextOpening('2099-12-31T18:00:00+09:00')).toBeNull();
    expect(desk.status('2099-12-31T21:00:00+09:00').next).toBeNull();
  });
});
