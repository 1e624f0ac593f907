import { describe, expect, it } from 'vitest';
import { day, desk, type InstantInput, type Status } from '../../src/index.js';
import { jstMs, msOf } from './jst.js';

// One instant, many spellings: JST is UTC+9, so 17:30 JST is 08:30Z, 03:30-05:00, 14:15+05:45.
// The expected answers come from 第15版 第6条1項 (通常窓口 9:00～17:30, 夜間延長窓口 18:00～20:00)
// on Wednesday 2026-11-25; the offsets were converted by hand.
type Case = [label: string, jst: string, reason: string | null, line: string | null, spellings: [string, InstantInput][]];

const cases: Case[] = [
  [
    '17:30 JST, the regular line just closed',
    '17:30:00.000',
    'between-windows',
    null,
    [
      ['Date', new Date(Date.UTC(2026, 10, 25, 8, 30))],
      ['epoch ms', Date.UTC(2026, 10, 25, 8, 30)],
      ['Z', '2026-11-25T08:30:00Z'],
      ['+09:00', '2026-11-25T17:30:00+09:00'],
      ['-05:00', '2026-11-25T03:30:00-05:00'],
      ['+05:45', '2026-11-25T14:15:00+05:45'],
      ['+0900', '2026-11-25T17:30:00+0900'],
    ],
  ],
  [
    '10:00 JST, regular open (the previous evening in New York)',
    '10:00:00.000',
    null,
    'regular',
    [
      ['Date', new Date(Date.UTC(2026, 10, 25, 1, 0))],
      ['epoch ms', Date.UTC(2026, 10, 25, 1, 0)],
      ['Z', '2026-11-25T01:00:00Z'],
      ['+09:00', '2026-11-25T10:00:00+09:00'],
      ['-05:00', '2026-11-24T20:00:00-05:00'],
      ['+05:45', '2026-11-25T06:45:00+05:45'],
      ['+0900', '2026-11-25T10:00:00+0900'],
    ],
  ],
  [
    '18:00 JST, the night line opens',
    '18:00:00.000',
    null,
    'night',
    [
      ['Date', new Date(Date.UTC(2026, 10, 25, 9, 0))],
      ['epoch ms', Date.UTC(2026, 10, 25, 9, 0)],
      ['Z', '2026-11-25T09:00:00.000Z'],
      ['+09:00', '2026-11-25T18:00:00.000+09:00'],
      ['-05:00', '2026-11-25T04:00:00.000-05:00'],
      ['+05:45', '2026-11-25T14:45:00.000+05:45'],
      ['+0900', '2026-11-25T18:00:00.000+0900'],
    ],
  ],
  [
    '8:59:59.999 JST, one millisecond before opening (the previous UTC day)',
    '08:59:59.999',
    'before-hours',
    null,
    [
      ['Date', new Date(Date.UTC(2026, 10, 24, 23, 59, 59, 999))],
      ['epoch ms', Date.UTC(2026, 10, 24, 23, 59, 59, 999)],
      ['Z', '2026-11-24T23:59:59.999Z'],
      ['+09:00', '2026-11-25T08:59:59.999+09:00'],
      ['-05:00', '2026-11-24T18:59:59.999-05:00'],
      ['+05:45', '2026-11-25T05:44:59.999+05:45'],
      ['+0900', '2026-11-25T08:59:59.999+0900'],
    ],
  ],
];

const rows = cases.flatMap(([label, jst, reason, line, spellings]) => spellings.map(([form, input]) => [label, form, input, jst, reason, line] as const));

const summary = (s: Status) => ({
  at: s.at.getTime(),
  jst: s.jst,
  open: s.open,
  line: s.line?.id ?? null,
  closesAt: msOf(s.closesAt),
  reason: s.closed?.reason ?? null,
  next: msOf(s.next?.opensAt),
});

describe('the same instant in every accepted spelling gives the same answer', () => {
  it.each(rows)('%s, given as %s (%s)', (_label, _form, input, jst, reason, line) => {
    const s = desk.status(input);
    expect(s.at.getTime()).toBe(jstMs('2026-11-25', jst));
    expect(s.jst).toBe(`2026-11-25T${jst}+09:00`);
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(s.line?.id ?? null).toBe(line);
    expect(desk.isOpen(input)).toBe(line !== null);
    expect(summary(s)).toEqual(summary(desk.status(`2026-11-25T${jst}+09:00`)));
    expect(msOf(desk.nextOpening(input)?.opensAt)).toBe(msOf(s.next?.opensAt));
    expect(day(desk, input).date).toBe('2026-11-25');
  });
});
