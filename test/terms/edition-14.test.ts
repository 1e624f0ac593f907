import { describe, expect, it } from 'vitest';
import { day, desk, lines } from '../../src/index.js';
import { jstIso, jstMs, msOf } from './jst.js';

// Expectations read off 第14版 第6条1項: one 問い合わせ窓口, TEL 0120-365-800 FAX 045-640-5918,
// 受付時間 9:00～12:00 及び 13:00～17:30 (UTC+9, 土日祝日及び当社休業日を除く), 対応可能言語：日本語のみ.
// There is no 夜間延長窓口 yet, so 17:30 on ends the day. Wednesday 2022-11-16 and Thursday
// 2022-11-17 are no holidays (勤労感謝の日 is 11-23).
const DAY = '2022-11-16';
const NEXT_DAY = '2022-11-17';

type Row = [time: string, open: boolean, closesAt: string | null, reason: string | null, nextDay: string, nextTime: string];

const rows: Row[] = [
  ['00:00:00.000', false, null, 'before-hours', DAY, '09:00'],
  ['08:59:59.999', false, null, 'before-hours', DAY, '09:00'],
  ['09:00:00.000', true, '12:00', null, DAY, '13:00'],
  ['11:59:59.999', true, '12:00', null, DAY, '13:00'],
  ['12:00:00.000', false, null, 'between-windows', DAY, '13:00'],
  ['12:59:59.999', false, null, 'between-windows', DAY, '13:00'],
  ['13:00:00.000', true, '17:30', null, NEXT_DAY, '09:00'],
  ['17:29:59.999', true, '17:30', null, NEXT_DAY, '09:00'],
  ['17:30:00.000', false, null, 'after-hours', NEXT_DAY, '09:00'],
  ['17:59:59.999', false, null, 'after-hours', NEXT_DAY, '09:00'],
  ['18:00:00.000', false, null, 'after-hours', NEXT_DAY, '09:00'],
  ['19:59:59.999', false, null, 'after-hours', NEXT_DAY, '09:00'],
  ['20:00:00.000', false, null, 'after-hours', NEXT_DAY, '09:00'],
  ['23:59:59.999', false, null, 'after-hours', NEXT_DAY, '09:00'],
];

const sentence = ([time, open, closesAt, reason, nextDay, nextTime]: Row): string =>
  `at ${time} JST ${open ? `the line is open until ${closesAt}` : `the line is closed (${reason})`}, and next opens ${nextDay} ${nextTime}`;

describe(`edition 14 on an ordinary Wednesday (${DAY})`, () => {
  it.each(rows.map((r) => [sentence(r), ...r] as const))('%s', (_sentence, time, open, closesAt, reason, nextDay, nextTime) => {
    const at = jstIso(DAY, time);
    const s = desk.status(at);
    expect(s.at.getTime()).toBe(jstMs(DAY, time));
    expect(s.jst).toBe(`${DAY}T${time}+09:00`);
    expect(s.edition).toBe(14);
    expect(s.open).toBe(open);
    expect(s.line?.id ?? null).toBe(open ? 'regular' : null);
    expect(msOf(s.closesAt)).toBe(closesAt === null ? null : jstMs(DAY, closesAt));
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(s.closed?.holiday).toBeUndefined();
    expect(s.next?.line.id).toBe('regular');
    expect(s.next?.line.name.ja).toBe('問い合わせ窓口');
    expect(msOf(s.next?.opensAt)).toBe(jstMs(nextDay, nextTime));
    expect(s.languages).toEqual(['ja']);
    expect(desk.isOpen(at)).toBe(open);
    expect(desk.isOpen(at, 'regular')).toBe(open);
    // 'night' is a line of the policy (edition 15), so asking is no error; in 2022 it never opens.
    expect(desk.isOpen(at, 'night')).toBe(false);
    expect(msOf(desk.nextOpening(at)?.opensAt)).toBe(jstMs(nextDay, nextTime));
    expect(msOf(desk.nextOpening(at, 'regular')?.opensAt)).toBe(jstMs(nextDay, nextTime));
  });

  it.each(rows.filter((r) => r[1]))('at %s JST the open line is the 問い合わせ窓口 with the TEL and FAX of 第6条1項', (time) => {
    const line = desk.status(jstIso(DAY, time)).line;
    expect(line?.id).toBe('regular');
    expect(line?.name.ja).toBe('問い合わせ窓口');
    expect(line?.tel).toBe('0120-365-800');
    expect(line?.fax).toBe('045-640-5918');
    expect(line?.languages).toEqual(['ja']);
    expect(line?.hours).toMatch(/^9:00～12:00.+13:00～17:30$/);
  });

  // Each next opening also carries its own closing: 12:00 for the morning, 17:30 for the afternoon.
  it.each([
    ['08:59:59.999', DAY, '09:00', '12:00'],
    ['09:00:00.000', DAY, '13:00', '17:30'],
    ['12:59:59.999', DAY, '13:00', '17:30'],
    ['13:00:00.000', NEXT_DAY, '09:00', '12:00'],
  ] as const)('after %s JST the regular line next opens %s %s until %s', (time, day, opens, closes) => {
    const next = desk.nextOpening(jstIso(DAY, time), 'regular');
    expect(msOf(next?.opensAt)).toBe(jstMs(day, opens));
    expect(msOf(next?.closesAt)).toBe(jstMs(day, closes));
  });

  it('lists only the one line of 第14版', () => {
    expect(lines(desk, jstIso(DAY, '12:00')).map((l) => [l.id, l.name.ja])).toEqual([['regular', '問い合わせ窓口']]);
  });

  it('gives the day its two windows, 9:00–12:00 and 13:00–17:30', () => {
    const info = day(desk, DAY);
    expect(info.edition).toBe(14);
    expect(info.weekday).toBe(3);
    expect(info.closed).toBeNull();
    expect(info.windows.map((w) => [w.line.id, w.opensAt.getTime(), w.closesAt.getTime()])).toEqual([
      ['regular', jstMs(DAY, '09:00'), jstMs(DAY, '12:00')],
      ['regular', jstMs(DAY, '13:00'), jstMs(DAY, '17:30')],
    ]);
  });
});
