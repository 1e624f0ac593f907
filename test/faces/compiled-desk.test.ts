import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesk, type Desk, day, desk, desknetsCloud, lines, maintenanceOf, type PolicyInput, route, windows } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// A desk compiled from the preset or a custom policy, through each face: status, windows, day, the
// clock, overrides, route (first written against survivors of `npm run mutation`). Each desk is
// compiled inside the test that uses it: a desk built at import time runs the compiler outside every test, so the
// mutation run would not count those tests as covering the compiler.
//
// Expected values come from 第6条: ed.15 (from 2023-02-06) 通常窓口 (regular) 9:00～17:30 and 夜間延長窓口
// (night) 18:00～20:00; ed.14 (2020-07-01 .. 2023-02-05) 問い合わせ窓口 9:00～12:00 及び 13:00～17:30;
// 土日祝日及び当社休業日を除く; UTC+9. Weekdays read off a calendar: 2020-07-01 Wed, 2022-11-16 Wed,
// 2026-11-23 Mon (勤労感謝の日), 2026-11-25 Wed, 2026-11-26 Thu, 2026-11-27 Fri, 2026-11-28 Sat.

const ms = (local: string): number => Date.parse(`${local}+09:00`);
const iso = (local: string): string => `${local}+09:00`;
const fresh = (options = {}): Desk => createDesk(desknetsCloud, options);

type Row = readonly [when: string, open: string | null, closes: string | null, reason: string | null, next: string, nextLine: string];

describe('a freshly compiled preset desk answers as the terms say', () => {
  const rows: readonly Row[] = [
    ['2026-11-25T08:59:59.999', null, null, 'before-hours', '2026-11-25T09:00', 'regular'],
    ['2026-11-25T09:00:00.000', 'regular', '2026-11-25T17:30', null, '2026-11-25T18:00', 'night'],
    ['2026-11-25T17:29:59.999', 'regular', '2026-11-25T17:30', null, '2026-11-25T18:00', 'night'],
    ['2026-11-25T17:30:00.000', null, null, 'between-windows', '2026-11-25T18:00', 'night'],
    ['2026-11-25T18:00:00.000', 'night', '2026-11-25T20:00', null, '2026-11-26T09:00', 'regular'],
    ['2026-11-25T20:00:00.000', null, null, 'after-hours', '2026-11-26T09:00', 'regular'],
    ['2026-11-27T20:00:00.000', null, null, 'after-hours', '2026-11-30T09:00', 'regular'],
    ['2026-11-28T10:00:00.000', null, null, 'weekend', '2026-11-30T09:00', 'regular'],
    ['2026-11-23T10:00:00.000', null, null, 'national-holiday', '2026-11-24T09:00', 'regular'],
    ['2022-11-16T11:59:59.999', 'regular', '2022-11-16T12:00', null, '2022-11-16T13:00', 'regular'],
    ['2022-11-16T12:00:00.000', null, null, 'between-windows', '2022-11-16T13:00', 'regular'],
    ['2022-11-16T17:30:00.000', null, null, 'after-hours', '2022-11-17T09:00', 'regular'],
    ['2020-07-01T00:00:00.000', null, null, 'before-hours', '2020-07-01T09:00', 'regular'],
    ['2020-07-01T09:00:00.000', 'regular', '2020-07-01T12:00', null, '2020-07-01T13:00', 'regular'],
    ['2020-07-01T13:00:00.000', 'regular', '2020-07-01T17:30', null, '2020-07-02T09:00', 'regular'],
  ];

  it.each(rows)('at %s JST the open line is %s until %s (closed: %s), next %s on %s', (when, open, closes, reason, next, nextLine) => {
    const d = fresh();
    const s = d.status(iso(when));
    expect(s.open).toBe(open !== null);
    expect(s.line?.id ?? null).toBe(open);
    expect(s.closesAt?.getTime() ?? null).toBe(closes === null ? null : ms(closes));
    expect(s.closed?.reason ?? null).toBe(reason);
    expect(s.next?.opensAt.getTime()).toBe(ms(next));
    expect(s.next?.line.id).toBe(nextLine);
    expect(d.isOpen(iso(when))).toBe(open !== null);
    expect(d.nextOpening(iso(when))?.opensAt.getTime()).toBe(ms(next));
  });

  it.each([
    ['epoch milliseconds', ms('2026-11-25T10:00')],
    ['a Date', new Date(ms('2026-11-25T10:00'))],
    ['an ISO string in UTC', '2026-11-25T01:00:00Z'],
  ])('reads the same instant from %s', (_, at) => {
    expect(fresh().status(at).line?.id).toBe('regular');
    expect(desk.status(at).closesAt?.getTime()).toBe(ms('2026-11-25T17:30'));
  });

  it('answers on the first day of edition 14, 2020-07-01, and refuses the millisecond before it', () => {
    expect(desk.isOpen(iso('2020-07-01T09:00'))).toBe(true);
    expect(day(desk, '2020-07-01').windows.map((w) => w.opensAt.getTime())).toEqual([ms('2020-07-01T09:00'), ms('2020-07-01T13:00')]);
    expect(lines(fresh(), iso('2020-07-01T00:00')).map((l) => l.name.ja)).toEqual(['問い合わせ窓口']);
    expectMadoguchiError(() => fresh().status(ms('2020-07-01T00:00') - 1), 'NO_TERMS_IN_FORCE');
  });

  it('lists a fresh desk day of each edition with its windows in time order', () => {
    const d = fresh();
    expect(day(d, '2026-11-25').windows.map((w) => [w.line.id, w.opensAt.getTime(), w.closesAt.getTime()])).toEqual([
      ['regular', ms('2026-11-25T09:00'), ms('2026-11-25T17:30')],
      ['night', ms('2026-11-25T18:00'), ms('2026-11-25T20:00')],
    ]);
    expect(day(d, '2026-11-28')).toMatchObject({ weekday: 6, closed: { reason: 'weekend' }, windows: [] });
  });
});

describe('windows(from, to, lineId)', () => {
  it('leaves out a window that closes exactly at from (half-open)', () => {
    expect(windows(fresh(), iso('2026-11-25T17:30'), iso('2026-11-25T17:45'))).toEqual([]);
  });

  it('keeps a window that closes a millisecond after from', () => {
    const found = windows(fresh(), iso('2026-11-25T17:29:59.999'), iso('2026-11-25T17:45'));
    expect(found.map((w) => w.line.id)).toEqual(['regular']);
  });

  it.each([
    ['night', [['night', '2026-11-25T18:00']]],
    ['regular', [['regular', '2026-11-25T09:00']]],
  ] as const)('returns only the %s line when asked for it', (lineId, expected) => {
    const found = windows(fresh(), iso('2026-11-25T00:00'), iso('2026-11-26T00:00'), lineId);
    expect(found.map((w) => [w.line.id, w.opensAt.getTime()])).toEqual(expected.map(([id, at]) => [id, ms(at)]));
  });

  it('refuses a range starting at 2100-01-01 00:00 JST, the exclusive end of the supported range', () => {
    expectMadoguchiError(() => windows(fresh(), iso('2100-01-01T00:00'), iso('2100-01-01T00:00')), 'OUT_OF_RANGE');
  });

  it('accepts 2100-01-01 00:00 JST as the end of a range', () => {
    expect(windows(fresh(), iso('2099-12-31T00:00'), iso('2100-01-01T00:00')).map((w) => w.line.id)).toEqual(['regular', 'night']);
  });

  it('carries from and to in an INVALID_RANGE error', () => {
    const from = iso('2026-11-26T00:00');
    const to = iso('2026-11-25T00:00');
    const error = expectMadoguchiError(() => windows(fresh(), from, to), 'INVALID_RANGE');
    expect(error.value).toEqual({ from, to });
  });

  it.each([
    ['from', 'nonsense', iso('2026-11-25T00:00')],
    ['to', iso('2026-11-25T00:00'), 'nonsense'],
  ])('names %s when that bound is not an instant', (label, from, to) => {
    const error = expectMadoguchiError(() => windows(fresh(), from, to), 'INVALID_INSTANT');
    expect(error.message.startsWith(`Invalid ${label}:`)).toBe(true);
  });
});

describe('day(date)', () => {
  it('throws INVALID_DATE for undefined instead of reading the clock', () => {
    const d = fresh({ clock: () => ms('2026-11-25T10:00') });
    expectMadoguchiError(() => day(d, undefined as never), 'INVALID_DATE');
  });

  it('names the argument "date" when an instant without offset is given', () => {
    const error = expectMadoguchiError(() => day(fresh(), '2026-11-25T10:00'), 'AMBIGUOUS_INSTANT');
    expect(error.message.startsWith('Ambiguous date:')).toBe(true);
  });

  it('names the argument "at" for status', () => {
    const error = expectMadoguchiError(() => fresh().status('2026-11-25T10:00'), 'AMBIGUOUS_INSTANT');
    expect(error.message.startsWith('Ambiguous at:')).toBe(true);
  });
});

describe('the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('defaults to the host clock, read at each call', () => {
    vi.useFakeTimers();
    const d = fresh();
    vi.setSystemTime(ms('2026-11-25T18:30'));
    expect(d.status().line?.id).toBe('night');
    vi.setSystemTime(ms('2026-11-25T10:00'));
    expect(d.status().line?.id).toBe('regular');
    expect(d.isOpen()).toBe(true);
  });

  it('names clock() when the clock returns something that is not an instant (maintenance)', () => {
    const d = fresh({ clock: () => Number.NaN });
    const error = expectMadoguchiError(() => maintenanceOf(d).status(), 'INVALID_INSTANT');
    expect(error.message.startsWith('Invalid clock():')).toBe(true);
  });
});

describe('overrides that leave another line open', () => {
  it("reports 'override' inside the regular line's usual hours once it is closed, and the night line still opens", () => {
    const d = fresh({ overrides: [{ date: '2026-11-26', lineId: 'regular', closed: true, name: '社内研修' }] });
    const s = d.status(iso('2026-11-26T10:00'));
    expect(s.open).toBe(false);
    expect(s.closed).toEqual({ reason: 'override', name: '社内研修' });
    expect(s.next?.line.id).toBe('night');
    expect(s.next?.opensAt.getTime()).toBe(ms('2026-11-26T18:00'));
    expect(d.status(iso('2026-11-26T08:00')).closed?.reason).toBe('before-hours');
    expect(d.status(iso('2026-11-26T18:30')).line?.id).toBe('night');
    expect(day(d, '2026-11-26').closed).toBeNull();
  });

  it('names the day by the first override that has a name', () => {
    const d = fresh({
      overrides: [
        { date: '2026-11-26', lineId: 'regular', closed: true },
        { date: '2026-11-26', lineId: 'night', closed: true, name: '棚卸し' },
      ],
    });
    expect(day(d, '2026-11-26').closed).toEqual({ reason: 'override', name: '棚卸し' });
  });

  it('leaves an override without a name unnamed', () => {
    const d = fresh({ overrides: [{ date: '2026-11-26', closed: true }] });
    expect(day(d, '2026-11-26').closed).toEqual({ reason: 'override' });
  });
});

/** A policy whose lines are listed latest first, and whose second line speaks English. */
const bilingual = (): PolicyInput => ({
  id: 'bilingual',
  name: { ja: '二か国語窓口', en: 'Bilingual desk' },
  editions: [
    {
      edition: 1,
      effective: '2024-01-01',
      lines: [
        {
          id: 'evening',
          name: { ja: '夕方', en: 'Evening' },
          tel: '03-0000-0003',
          languages: ['ja'],
          weekdays: [1, 2, 3, 4, 5],
          windows: [['18:00', '20:00']],
        },
        {
          id: 'ja-desk',
          name: { ja: '日本語', en: 'Japanese' },
          tel: '03-0000-0001',
          languages: ['ja'],
          weekdays: [1, 2, 3, 4, 5],
          windows: [['9:00', '17:00']],
        },
        {
          id: 'en-desk',
          name: { ja: '英語', en: 'English' },
          tel: '03-0000-0002',
          languages: ['en'],
          weekdays: [1, 2, 3],
          windows: [
            ['13:00', '15:00'],
            ['10:00', '12:00'],
          ],
        },
      ],
    },
  ],
});

describe('a policy whose lines are not listed in time order', () => {
  it('lists the day in time order', () => {
    const d = createDesk(bilingual());
    expect(day(d, '2026-11-25').windows.map((w) => [w.line.id, w.opensAt.getTime()])).toEqual([
      ['ja-desk', ms('2026-11-25T09:00')],
      ['en-desk', ms('2026-11-25T10:00')],
      ['en-desk', ms('2026-11-25T13:00')],
      ['evening', ms('2026-11-25T18:00')],
    ]);
  });

  it.each([
    ['2026-11-25T08:00', 'ja-desk', '2026-11-25T09:00'],
    ['2026-11-25T09:30', 'en-desk', '2026-11-25T10:00'],
    ['2026-11-25T16:00', 'evening', '2026-11-25T18:00'],
  ])('at %s the next opening is %s at %s', (at, line, opens) => {
    const next = createDesk(bilingual()).nextOpening(iso(at));
    expect([next?.line.id, next?.opensAt.getTime()]).toEqual([line, ms(opens)]);
  });

  it.each([
    ['2026-11-25T17:30', 'between-windows'],
    ['2026-11-25T20:00', 'after-hours'],
    ['2026-11-25T08:00', 'before-hours'],
  ])('at %s every line is closed: %s', (at, reason) => {
    expect(createDesk(bilingual()).status(iso(at)).closed?.reason).toBe(reason);
  });
});

describe('route for a caller whose language only some lines speak', () => {
  it.each([
    ['2026-11-25T09:30', 'before-hours', '2026-11-25T10:00', 'today'],
    ['2026-11-25T12:30', 'between-windows', '2026-11-25T13:00', 'today'],
    ['2026-11-25T16:00', 'after-hours', '2026-11-30T10:00', 'later'],
    ['2026-11-24T16:00', 'after-hours', '2026-11-25T10:00', 'tomorrow'],
  ])('an English caller at %s, with only a Japanese line open, is told %s and sent to the English line at %s', (at, reason, next, when) => {
    const d = createDesk(bilingual());
    const r = route(d, { at: iso(at), language: 'en' });
    expect(r.kind).toBe('closed');
    if (r.kind !== 'closed') return;
    expect(r.reason).toBe(reason);
    expect(r.next?.line.id).toBe('en-desk');
    expect(r.next?.opensAt.getTime()).toBe(ms(next));
    expect(r.nextWhen).toBe(when);
    expect(r.languages).toEqual(['en']);
  });

  it('tells an English caller on a Thursday, when the English line does not open, when it opens next', () => {
    const r = route(createDesk(bilingual()), { at: iso('2026-11-26T10:00'), language: 'en' });
    expect(r.kind).toBe('closed');
    if (r.kind !== 'closed') return;
    expect(r.next?.line.id).toBe('en-desk');
    expect(r.next?.opensAt.getTime()).toBe(ms('2026-11-30T10:00'));
  });

  it('connects an English caller to the English line while it is open', () => {
    const r = route(createDesk(bilingual()), { at: iso('2026-11-25T11:00'), language: 'en' });
    expect(r.kind === 'connect' ? [r.line.id, r.closesAt.getTime()] : r.kind).toEqual(['en-desk', ms('2026-11-25T12:00')]);
  });

  it('redirects an English caller who dialed the Japanese line to the open English line', () => {
    const r = route(createDesk(bilingual()), { at: iso('2026-11-25T11:00'), language: 'en', lineId: 'ja-desk' });
    expect(r.kind).toBe('redirect');
    if (r.kind !== 'redirect') return;
    expect(r.dialed?.id).toBe('ja-desk');
    expect(r.line.id).toBe('en-desk');
    expect(r.closesAt.getTime()).toBe(ms('2026-11-25T12:00'));
  });

  it('connects a Japanese caller to the Japanese line that opened first', () => {
    const r = route(createDesk(bilingual()), { at: iso('2026-11-25T11:00'), language: 'ja-JP' });
    expect(r.kind === 'connect' ? [r.line.id, r.closesAt.getTime()] : r.kind).toEqual(['ja-desk', ms('2026-11-25T17:00')]);
  });

  it('tells an English caller on a Saturday that it is the weekend', () => {
    const r = route(createDesk(bilingual()), { at: iso('2026-11-28T11:00'), language: 'en' });
    expect(r.kind === 'closed' ? r.reason : r.kind).toBe('weekend');
  });
});

describe('line ids', () => {
  // design.md: UNKNOWN_LINE for a line id no edition of the policy has; the message names the ids
  // there are (regular and night for desknet's: 第6条). A line of any edition is known, so 'night'
  // is accepted under edition 14 too and is simply closed there.
  it.each([['evening'], ['Regular'], [''], [42], [null]] as [unknown][])('%j is refused with UNKNOWN_LINE by every query taking a line', (lineId) => {
    const d = fresh();
    const id = lineId as string;
    const at = ms('2026-11-25T10:00');
    for (const query of [() => d.isOpen(at, id), () => d.nextOpening(at, id), () => windows(d, at, at + 3_600_000, id), () => route(d, { at, lineId: id })]) {
      const error = expectMadoguchiError(query, 'UNKNOWN_LINE');
      expect(error.message).toContain('regular');
      expect(error.message).toContain('night');
    }
  });

  it('accepts the night line at a time of edition 14, which has none, and finds it closed', () => {
    const d = fresh();
    expect(d.isOpen(ms('2022-11-16T18:30'), 'night')).toBe(false);
    expect(d.nextOpening(ms('2022-11-16T18:30'), 'night')?.opensAt.getTime()).toBe(ms('2023-02-06T18:00'));
  });
});

describe('answers do not depend on the order of the questions', () => {
  // A desk fills its day table on first use; what it answers about a day must not depend on which days
  // were asked about before. Monday 2021-11-22, 勤労感謝の日 Tuesday 2021-11-23, Wednesday 2021-11-24
  // (edition 14: 9:00～12:00, 13:00～17:30).
  it('knows 2021-11-23 is 勤労感謝の日 after being asked about the day after it', () => {
    const d = fresh();
    expect(day(d, '2021-11-24').windows).toHaveLength(2);
    expect(day(d, '2021-11-23').closed).toEqual({ reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } });
    expect(day(d, '2021-11-22').windows).toHaveLength(2);
  });

  it('gives the same days asked backwards from 2022-03-31 to 2020-07-01 as forwards', () => {
    const DAY = 86_400_000;
    const first = ms('2020-07-01T12:00');
    const last = ms('2022-03-31T12:00');
    const forwards = fresh();
    const backwards = fresh();
    const seen = new Map<number, unknown>();
    for (let t = first; t <= last; t += DAY) seen.set(t, day(forwards, t));
    for (let t = last; t >= first; t -= DAY) expect(day(backwards, t)).toEqual(seen.get(t));
  });
});

describe('a status read more than once', () => {
  // StatusRecord's TSDoc: each field is built once and kept, so repeated reads return the same
  // object; the record is read-only (an assignment throws in strict code, as ES modules are).
  it.each([
    ['open, with a closing time and a next opening', '2026-11-25T10:00', true],
    ['closed, with a next opening', '2026-11-28T10:00', false],
  ] as const)('gives the same Date and Opening objects on every read when %s', (_, at, open) => {
    const s = fresh().status(ms(at));
    expect(s.open).toBe(open);
    expect(s.at).toBe(s.at);
    expect(s.closesAt).toBe(s.closesAt);
    expect(s.next).toBe(s.next);
    expect(s.next).not.toBeNull();
    expect(s.jst).toBe(`${at}:00.000+09:00`);
  });

  it('refuses assignment to its fields', () => {
    const s = fresh().status(ms('2026-11-25T10:00'));
    expect(() => Object.assign(s, { open: false })).toThrow(TypeError);
    expect(s.open).toBe(true);
  });
});

describe('a status in the console', () => {
  it('shows every field of the answer, as toJSON gives them, not the private slots', () => {
    const s = fresh().status(ms('2026-11-25T10:00'));
    const shown = inspect(s, { depth: 4 });
    expect(shown).toBe(inspect(s.toJSON(), { depth: 4 }));
    for (const field of ['at:', 'jst:', 'edition: 15', 'open: true', 'line:', 'closesAt:', 'next:', 'closed: null', 'languages:', 'suspended:']) {
      expect(shown).toContain(field);
    }
    expect(shown).toContain('通常窓口');
  });
});
