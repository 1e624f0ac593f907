import { describe, expect, it } from 'vitest';
import { day, desk, lines } from '../../src/index.js';
import { jstIso, jstMs, msOf } from './jst.js';

// Expectations read off 第15版 第6条1項: (1) 通常窓口 TEL 0120-365-800 FAX 045-640-5918
// 受付時間 9:00～17:30, (2) 夜間延長窓口 TEL 0800-777-9984 受付時間 18:00～20:00, both UTC+9,
// 土日祝日及び当社休業日を除く, 対応可能言語：日本語のみ. Windows are half-open [opens, closes).
// Wednesday 2026-11-25 and Thursday 2026-11-26 are no holidays (勤労感謝の日 is Monday 11-23).
const DAY = '2026-11-25';
const NEXT_DAY = '2026-11-26';

const LINES = {
  regular: { ja: '通常窓口', tel: '0120-365-800', fax: '045-640-5918', hours: '9:00～17:30' },
  night: { ja: '夜間延長窓口', tel: '0800-777-9984', fax: undefined, hours: '18:00～20:00' },
} as const;

type LineId = keyof typeof LINES;
type Row = [time: string, line: LineId | null, closesAt: string | null, reason: string | null, nextLine: LineId, nextDay: string, nextTime: string];

const rows: Row[] = [
  ['00:00:00.000', null, null, 'before-hours', 'regular', DAY, '09:00'],
  ['08:59:59.999', null, null, 'before-hours', 'regular', DAY, '09:00'],
  ['09:00:00.000', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['11:59:59.999', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['12:00:00.000', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['12:59:59.999', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['13:00:00.000', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['17:29:59.999', 'regular', '17:30', null, 'night', DAY, '18:00'],
  ['17:30:00.000', null, null, 'between-windows', 'night', DAY, '18:00'],
  ['17:59:59.999', null, null, 'between-windows', 'night', DAY, '18:00'],
  ['18:00:00.000', 'night', '20:00', null, 'regular', NEXT_DAY, '09:00'],
  ['19:59:59.999', 'night', '20:00', null, 'regular', NEXT_DAY, '09:00'],
  ['20:00:00.000', null, null, 'after-hours', 'regular', NEXT_DAY, '09:00'],
  ['23:59:59.999', null, null, 'after-hours', 'regular', NEXT_DAY, '09:00'],
];

const sentence = ([time, line, closesAt, reason, nextLine, nextDay, nextTime]: Row): string =>
  `at ${time} JST ${line === null ? `every line is closed (${reason})` : `the ${line} line is open until ${closesAt}`}, next the ${nextLine} line opens ${nextDay} ${nextTime}`;

describe(`edition 15 on an ordinary Wednesday (${DAY})`, () => {
  it.each(rows.map((r) => [sentence(r), ...r] as const))('%s', (_sentence, time, line, closesAt, reason, nextLine, nextDay, nextTime) => {
    const at = jstIso(DAY, time);
    const s = desk.status(at);
    expect(s.at.getTime()).toBe(jstMs(DAY, time));
    expect(s.jst).toBe(`${DAY}T${time}+09:00`);
    expect(s.edition).toBe(15);
    expect(s.open).toBe(line !== null);
    expect(s.line?.id ?? null).toBe(line);
    expect(msOf(s.closesAt)).toBe(closesAt === null ? null : jstMs(DAY, closesAt));
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(s.closed?.holiday).toBeUndefined();
    expect(s.next?.line.id).toBe(nextLine);
    expect(msOf(s.next?.opensAt)).toBe(jstMs(nextDay, nextTime));
    expect(s.languages).toEqual(['ja']);
    expect(desk.isOpen(at)).toBe(line !== null);
    expect(desk.isOpen(at, 'regular')).toBe(line === 'regular');
    expect(desk.isOpen(at, 'night')).toBe(line === 'night');
    expect(msOf(desk.nextOpening(at)?.opensAt)).toBe(jstMs(nextDay, nextTime));
  });

  it.each(rows.filter((r) => r[1] !== null))('at %s JST the open %s line shows the TEL, FAX, name and hours of 第6条1項', (time, line) => {
    const s = desk.status(jstIso(DAY, time));
    const expected = LINES[line as LineId];
    expect(s.line?.name.ja).toBe(expected.ja);
    expect(s.line?.tel).toBe(expected.tel);
    expect(s.line?.fax).toBe(expected.fax);
    expect(s.line?.hours).toBe(expected.hours);
    expect(s.line?.languages).toEqual(['ja']);
  });

  // The first window of one line strictly after the instant: 9:00 and 18:00 each day.
  it.each([
    ['00:00:00.000', 'regular', DAY, '09:00', '17:30'],
    ['08:59:59.999', 'regular', DAY, '09:00', '17:30'],
    ['09:00:00.000', 'regular', NEXT_DAY, '09:00', '17:30'],
    ['17:30:00.000', 'regular', NEXT_DAY, '09:00', '17:30'],
    ['20:00:00.000', 'regular', NEXT_DAY, '09:00', '17:30'],
    ['00:00:00.000', 'night', DAY, '18:00', '20:00'],
    ['09:00:00.000', 'night', DAY, '18:00', '20:00'],
    ['17:59:59.999', 'night', DAY, '18:00', '20:00'],
    ['18:00:00.000', 'night', NEXT_DAY, '18:00', '20:00'],
    ['20:00:00.000', 'night', NEXT_DAY, '18:00', '20:00'],
  ] as const)('after %s JST the next opening of the %s line is %s %s until %s', (time, line, day, opens, closes) => {
    const next = desk.nextOpening(jstIso(DAY, time), line);
    expect(next?.line.id).toBe(line);
    expect(next?.line.tel).toBe(LINES[line].tel);
    expect(msOf(next?.opensAt)).toBe(jstMs(day, opens));
    expect(msOf(next?.closesAt)).toBe(jstMs(day, closes));
  });

  it('lists both lines of 第6条1項 in the order of the terms', () => {
    expect(lines(desk, jstIso(DAY, '12:00')).map((l) => l.id)).toEqual(['regular', 'night']);
  });

  it('gives the day its two windows, 9:00–17:30 and 18:00–20:00', () => {
    const info = day(desk, DAY);
    expect(info.edition).toBe(15);
    expect(info.weekday).toBe(3);
    expect(info.closed).toBeNull();
    expect(info.windows.map((w) => [w.line.id, w.opensAt.getTime(), w.closesAt.getTime()])).toEqual([
      ['regular', jstMs(DAY, '09:00'), jstMs(DAY, '17:30')],
      ['night', jstMs(DAY, '18:00'), jstMs(DAY, '20:00')],
    ]);
  });
});
