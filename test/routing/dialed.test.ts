import { describe, expect, it } from 'vitest';
import { desk, route } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { expectKind } from '../helpers/route-fixtures.js';

// route(desk, { dialed }): the line is found by the number the caller dialed, as an IVR receives it.
// Numbers from 第6条 of the terms: ed.15 通常窓口 (regular) TEL 0120-365-800 = +81120365800 and
// 夜間延長窓口 (night) TEL 0800-777-9984 = +818007779984 (E.164, ITU-T E.164 with Japan's country code
// 81 and the trunk 0 dropped); FAX 045-640-5918, a number of no line; ed.14 (2020-07-01..2023-02-05)
// has only 問い合わせ窓口 on 0120-365-800. Hours: regular 9:00～17:30, night 18:00～20:00, weekdays.
// tel: URIs as RFC 3966 writes them. Codes from src/errors/messages.ts: dialedNotNumber and
// dialedOtherLine are INVALID_ARGUMENT, dialedUnknown is UNKNOWN_LINE. 2026-11-25 is a Wednesday
// and 2022-11-16 a Wednesday, neither a holiday.

const jst = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(jst(text));
const DAY = '2026-11-25';

const REGULAR_FORMS = ['+81120365800', '0120-365-800', '0120365800', 'tel:+81-120-365-800', 'tel:0120-365-800', '+81 (0)120 365 800'];
const NIGHT_FORMS = ['+818007779984', '0800-777-9984', '08007779984', 'tel:+81-800-777-9984', 'TEL:+818007779984;ext=1'];

describe('a dialed number names the line it belongs to', () => {
  it.each(REGULAR_FORMS)('%s at 10:00 connects to the regular line, which is open', (dialed) => {
    const d = expectKind(route(desk, { at: jst(`${DAY}T10:00`), dialed }), 'connect');
    expect(d.line.id).toBe('regular');
    expect(d.line.tel).toBe('0120-365-800');
    expect(d.closesAt.getTime()).toBe(ms(`${DAY}T17:30`));
  });

  it.each(NIGHT_FORMS)('%s at 18:30 connects to the night line, which is open', (dialed) => {
    const d = expectKind(route(desk, { at: jst(`${DAY}T18:30`), dialed }), 'connect');
    expect(d.line.id).toBe('night');
    expect(d.line.tel).toBe('0800-777-9984');
    expect(d.closesAt.getTime()).toBe(ms(`${DAY}T20:00`));
  });

  // The dialed line is closed while the other is open: redirect, naming the line dialed (design.md).
  it.each(REGULAR_FORMS)('%s at 18:30 is redirected from the regular line to the night line', (dialed) => {
    const d = expectKind(route(desk, { at: jst(`${DAY}T18:30`), dialed }), 'redirect');
    expect(d.dialed?.id).toBe('regular');
    expect(d.line.id).toBe('night');
    expect(d.closesAt.getTime()).toBe(ms(`${DAY}T20:00`));
  });

  it.each(NIGHT_FORMS)('%s at 10:00 is redirected from the night line to the regular line', (dialed) => {
    const d = expectKind(route(desk, { at: jst(`${DAY}T10:00`), dialed }), 'redirect');
    expect(d.dialed?.id).toBe('night');
    expect(d.line.id).toBe('regular');
    expect(d.closesAt.getTime()).toBe(ms(`${DAY}T17:30`));
  });

  it.each([
    ['+81120365800', '2026-11-28T10:00', 'weekend'],
    ['0800-777-9984', `${DAY}T20:30`, 'after-hours'],
  ] as const)('%s at %s, when no line is open, is told closed (%s)', (dialed, at, reason) => {
    expect(expectKind(route(desk, { at: jst(at), dialed }), 'closed').reason).toBe(reason);
  });

  it('answers as the same request with lineId would', () => {
    for (const [dialed, lineId] of [
      ['+81120365800', 'regular'],
      ['+818007779984', 'night'],
    ] as const) {
      for (const at of ['08:00', '10:00', '17:45', '18:30', '20:30'].map((hm) => jst(`${DAY}T${hm}`))) {
        expect(route(desk, { at, dialed })).toEqual(route(desk, { at, lineId }));
      }
    }
  });

  it.each([
    ['+81120365800', 'regular'],
    ['0800-777-9984', 'night'],
  ] as const)('%s with the lineId of its own line (%s) is accepted', (dialed, lineId) => {
    const d = expectKind(route(desk, { at: jst(`${DAY}T10:00`), dialed, lineId }), lineId === 'regular' ? 'connect' : 'redirect');
    expect(d.kind === 'redirect' ? d.dialed?.id : d.line.id).toBe(lineId);
  });

  it('finds the one line of edition 14 by the number it shares with the regular line of edition 15', () => {
    const d = expectKind(route(desk, { at: jst('2022-11-16T10:00'), dialed: '0120-365-800' }), 'connect');
    expect(d.line.id).toBe('regular');
    expect(d.line.name.ja).toBe('問い合わせ窓口');
  });
});

describe('a dialed number that names no line, or is no number', () => {
  it.each([
    ['the FAX number of 第6条', '045-640-5918'],
    ['a free-dial number the terms do not list', '0120-000-000'],
    ['the regular number with a digit missing', '+8112036580'],
    ['the regular number in another country', '+1 120 365 800'],
  ])('%s (%s) throws UNKNOWN_LINE, listing the numbers of the lines', (_, dialed) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst(`${DAY}T10:00`), dialed }), 'UNKNOWN_LINE');
    expect(error.value).toBe(dialed);
    expect(error.message).toContain(dialed);
    expect(error.message).toContain('0120-365-800');
    expect(error.message).toContain('0800-777-9984');
  });

  it('throws UNKNOWN_LINE for the night number under edition 14, which has no night line', () => {
    const error = expectMadoguchiError(() => route(desk, { at: jst('2022-11-16T18:30'), dialed: '0800-777-9984' }), 'UNKNOWN_LINE');
    expect(error.message).toContain('0120-365-800');
    expect(error.message).not.toContain('(night)');
  });

  it.each([
    ['words', 'call me'],
    ['an empty string', ''],
    ['letters in place of digits', '0120-ABC-800'],
    ['a number type', 81120365800],
    ['null', null],
    ['an object', { tel: '0120-365-800' }],
  ] as const)('%s throws INVALID_ARGUMENT, naming the value', (_, dialed) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst(`${DAY}T10:00`), dialed: dialed as never }), 'INVALID_ARGUMENT');
    expect(error.value).toBe(dialed);
    expect(error.message).toContain('dialed');
  });

  it.each([
    ['0120-365-800', 'night', 'regular'],
    ['+818007779984', 'regular', 'night'],
  ] as const)('%s with lineId %s, the number of the %s line, throws INVALID_ARGUMENT naming both', (dialed, lineId, owner) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst(`${DAY}T10:00`), dialed, lineId }), 'INVALID_ARGUMENT');
    expect(error.message).toContain(dialed);
    expect(error.message).toContain(`"${lineId}"`);
    expect(error.message).toContain(`"${owner}"`);
  });
});
