import { expect, describe as group, it } from 'vitest';
import {
  breakAt,
  closedLabel,
  closureName,
  dateTimeWords,
  dayLabel,
  ownName,
  statusLabel,
  suspensionsOf,
  transferSpeech,
  VOCABULARY,
} from '../../src/format/index.js';
import { gapKind } from '../../src/format/vocabulary.js';
import { createDesk, day, desk, desknetsCloud, route, type Status } from '../../src/index.js';
import { everyDay } from '../helpers/every-day-policy.js';

// Labels written from the vocabulary: 休業日 with its reason for a whole day, 受付時間外 /
// 本日の受付は終了 / 昼休み for the time of day, 休止 only for an override; English: closed, after hours,
// lunch break, closed for today, temporary closure. Dates from the calendar: 2026-11-22 Sun,
// 2026-11-23 Mon 勤労感謝の日, 2027-01-01 Fri 元日, 2022-11-16 Wed (edition 14).
const at = (text: string) => `${text}+09:00`;
const custom = createDesk(desknetsCloud, {
  companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, '2026-08-14'],
  overrides: [{ date: '2026-11-26', lineId: 'regular', closed: true, name: '社内研修' }],
});

const timed = createDesk(desknetsCloud, {
  companyHolidays: [
    { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: { ja: '棚卸し', en: 'stocktaking' } },
    { start: '2026-12-16T13:00+09:00', end: '2026-12-16T18:00+09:00' },
  ],
});

group('status labels', () => {
  it.each([
    ['a Sunday', () => desk.status(at('2026-11-22T10:00')), '休業日（日曜日）', 'closed (Sunday)'],
    ['勤労感謝の日', () => desk.status(at('2026-11-23T10:00')), '休業日（勤労感謝の日）', 'closed (Labor Thanksgiving Day)'],
    [
      '元日 inside a named company holiday',
      () => custom.status(at('2027-01-01T10:00')),
      '休業日（年末年始休業・元日）',
      "closed (company holiday, New Year's Day)",
    ],
    ['an unnamed company holiday', () => custom.status(at('2026-08-14T10:00')), '休業日（当社休業日）', 'closed (company holiday)'],
    ['an override with a Japanese name only', () => custom.status(at('2026-11-26T10:00')), '休止（社内研修）', 'temporary closure'],
    ['8:00, before the day opens', () => desk.status(at('2026-11-25T08:00')), '受付時間外', 'after hours'],
    ['17:45, between the lines', () => desk.status(at('2026-11-25T17:45')), '受付時間外', 'after hours'],
    ['12:30 under edition 14', () => desk.status(at('2022-11-16T12:30')), '昼休み', 'lunch break'],
    ['20:30', () => desk.status(at('2026-11-25T20:30')), '本日の受付は終了', 'closed for today'],
    ['10:00 on a Wednesday', () => desk.status(at('2026-11-25T10:00')), '受付中（通常窓口）', 'open (Regular line)'],
    ['a company closure of some hours, named in both languages', () => timed.status(at('2026-12-17T14:00')), '休業中（棚卸し）', 'closed (stocktaking)'],
    ['a company closure of some hours without a name', () => timed.status(at('2026-12-16T14:00')), '休業中', 'closed'],
    // 12:00 sharp under edition 14: the morning window has closed (half-open), the lunch break begins.
    ['12:00 sharp under edition 14', () => desk.status(at('2022-11-16T12:00')), '昼休み', 'lunch break'],
    [
      'a company holiday running to the end of the supported range, with no opening after it',
      () => createDesk(desknetsCloud, { companyHolidays: [{ date: '2099-12-28/2099-12-31', name: '年末年始休業' }] }).status(at('2099-12-28T10:00')),
      '休業日（年末年始休業）',
      'closed (company holiday)',
    ],
  ])('for %s: %s / %s', (_, status, ja, en) => {
    expect(statusLabel(status(), 'ja')).toBe(ja);
    expect(statusLabel(status(), 'en')).toBe(en);
  });

  it('names a Saturday and a Sunday apart, never 土日', () => {
    expect(closedLabel({ reason: 'weekend' }, 6, 'ja')).toBe('休業日（土曜日）');
    expect(closedLabel({ reason: 'weekend' }, 7, 'ja')).toBe('休業日（日曜日）');
  });

  it('says 祝日 / national holiday for a national holiday whose name is not given', () => {
    expect(closedLabel({ reason: 'national-holiday' }, 1, 'ja')).toBe('休業日（祝日）');
    expect(closedLabel({ reason: 'national-holiday' }, 1, 'en')).toBe('closed (national holiday)');
  });

  it('reads a gap only for between-windows: before the first window it is after hours', () => {
    expect(closedLabel({ reason: 'before-hours' }, 3, 'ja', 'lunchBreak')).toBe('受付時間外');
    expect(closedLabel({ reason: 'before-hours' }, 3, 'en', 'break')).toBe('after hours');
    expect(closedLabel({ reason: 'between-windows' }, 3, 'ja', 'lunchBreak')).toBe('昼休み');
  });

  it('labels a whole closed day for a calendar, and a working day not at all', () => {
    expect(dayLabel(day(desk, '2026-11-23'), 'ja')).toBe('休業日（勤労感謝の日）');
    expect(dayLabel(day(desk, '2026-11-24'), 'en')).toBeNull();
  });

  it('keeps one word per idea in both languages', () => {
    expect(VOCABULARY.ja.closes).toBe('受付終了');
    expect(VOCABULARY.ja.range).toBe('～');
    expect(VOCABULARY.ja.list).toBe('、');
    expect(VOCABULARY.en.range).toBe('–');
  });
});

group('breaks between two windows of a line', () => {
  // The vocabulary: 昼休み / lunch break for the gap over 12:30 (edition 14's 12:00～13:00), 休憩時間 /
  // break for another gap of up to two hours, 受付時間外 / after hours for a longer one.
  const h = (hours: number) => hours * 3_600_000;
  it.each([
    ["edition 14's 12:00～13:00", h(12), h(13), 'lunchBreak'],
    ['a gap starting at 12:30', h(12.5), h(13), 'lunchBreak'],
    ['a gap ending at 12:30, which does not span it', h(11.5), h(12.5), 'break'],
    ['10:00～10:30', h(10), h(10.5), 'break'],
    ['15:00～17:00, two hours exactly', h(15), h(17), 'break'],
    ['a morning gap of two hours and a minute', h(8), h(10) + 60_000, null],
    ['0:30～9:00', h(0.5), h(9), null],
  ] as const)('%s is %s', (_, end, start, kind) => {
    expect(gapKind(end, start)).toBe(kind);
  });

  it('labels a short mid-morning gap of one line as a break', () => {
    // Open 9:00～10:00 and 10:30～17:30 every day; at 10:15 the line is on its break.
    const d = createDesk(
      everyDay([
        ['9:00', '10:00'],
        ['10:30', '17:30'],
      ]),
    );
    const s = d.status(at('2026-11-25T10:15'));
    expect(statusLabel(s, 'ja')).toBe('休憩時間');
    expect(statusLabel(s, 'en')).toBe('break');
  });

  it('labels a gap that does not span 12:30 as a break, not the lunch break', () => {
    // Open 9:00～12:45 and 13:30～17:30: the gap 12:45～13:30 is 45 minutes after 12:30.
    const d = createDesk(
      everyDay([
        ['9:00', '12:45'],
        ['13:30', '17:30'],
      ]),
    );
    const s = d.status(at('2026-11-25T13:00'));
    expect(statusLabel(s, 'ja')).toBe('休憩時間');
    expect(statusLabel(s, 'en')).toBe('break');
  });

  it('labels a gap of more than two hours as after hours', () => {
    const d = createDesk(
      everyDay([
        ['9:00', '10:00'],
        ['12:30', '17:30'],
      ]),
    );
    const s = d.status(at('2026-11-25T11:00'));
    expect(statusLabel(s, 'ja')).toBe('受付時間外');
    expect(statusLabel(s, 'en')).toBe('after hours');
  });
});

group('names of closures', () => {
  // An integrator's name in the language asked for; none rather than an empty or non-text one, and
  // none in English when the "English" name is in Japanese script (English never shows it).
  it.each([
    [{ name: '年末年始休業', nameEn: 'Year-end holidays' }, 'ja', '年末年始休業'],
    [{ name: '年末年始休業', nameEn: 'Year-end holidays' }, 'en', 'Year-end holidays'],
    [{ name: 'Summer break' }, 'ja', 'Summer break'],
    [{ name: '年末年始休業' }, 'en', undefined],
    [{ nameEn: '年末' }, 'en', undefined],
    [{ name: '' }, 'ja', undefined],
    [{ nameEn: '' }, 'en', undefined],
    [{ name: 42 }, 'ja', undefined],
    [{ nameEn: ['Year-end'] }, 'en', undefined],
    [{}, 'ja', undefined],
  ] as const)('%j in %s: %s', (named, locale, name) => {
    expect(ownName(named as { name?: string; nameEn?: string }, locale)).toBe(name);
  });

  it('has no name for a national holiday whose name is not given', () => {
    expect(closureName({ reason: 'national-holiday' }, 'ja')).toBeUndefined();
    expect(closureName({ reason: 'national-holiday' }, 'en')).toBeUndefined();
    expect(closureName({ reason: 'national-holiday', name: '勤労感謝の日' }, 'en')).toBe('Labor Thanksgiving Day');
  });
});

group('suspensionsOf', () => {
  // A Status or decision as posted may carry anything in `suspended`: only entries naming a line are lines.
  const line = desk.status(at('2026-11-25T10:00')).line;
  const valid = { line, name: '社内研修' };
  it('keeps the entries that name a line and drops the rest', () => {
    // A function is no entry either, even one carrying a line.
    const fn = Object.assign(() => 0, { line });
    const posted = { suspended: [null, 1, 'regular', fn, {}, { line: null }, { line: {} }, { line: { name: {} } }, { line: { name: { ja: 1 } } }, valid] };
    expect(suspensionsOf(posted)).toEqual([valid]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object without suspended', {}],
    ['a suspended that is not a list', { suspended: 'regular' }],
  ])('reads %s as no suspension', (_, x) => {
    expect(suspensionsOf(x)).toEqual([]);
  });
});

group('breakAt', () => {
  // Edition 14's line is open 9:00～12:00 and 13:00～17:30 (第6条); 2022-11-16 is a Wednesday.
  const lunch = () => {
    const next = desk.nextOpening(at('2022-11-16T12:30'));
    if (next === null) throw new Error('no opening after 2022-11-16 12:30');
    return next;
  };
  it.each([
    ['12:00, the first instant of the break', '2022-11-16T12:00', 'lunchBreak'],
    ['12:59', '2022-11-16T12:59', 'lunchBreak'],
    ['11:30, before the morning window has closed', '2022-11-16T11:30', null],
    ['the day before at 20:00: the 13:00 window is not the next one after a break of that day', '2022-11-15T20:00', null],
    ['the day before at 13:00, exactly a day earlier', '2022-11-15T13:00', null],
    ['the day before at 12:30, more than a day earlier', '2022-11-15T12:30', null],
  ] as const)('at %s: %s', (_, time, gap) => {
    expect(breakAt(new Date(at(time)), lunch())).toBe(gap);
  });

  it('is null when nothing opens next', () => {
    expect(breakAt(new Date(at('2022-11-16T12:30')), null)).toBeNull();
  });
});

group('a Status that names neither a line nor a closure', () => {
  // Not what a desk gives, but statusLabel takes any Status (one a backend posted, say): it still
  // answers with a word of the vocabulary, never undefined.
  it.each(['ja', 'en'] as const)('still gets a label of the vocabulary in %s', (locale) => {
    const base = desk.status(at('2026-11-25T20:30'));
    const s: Status = { ...base, at: base.at, next: base.next, line: null, closesAt: null, closed: null };
    const label = statusLabel(s, locale);
    expect(typeof label).toBe('string');
    expect(Object.values(VOCABULARY[locale])).toContain(label);
  });
});

group('date and time forms', () => {
  // 2026-11-26 is a Thursday; 00:00Z is 9:00 JST.
  it.each([
    ['ja', 'text', '11月26日（木）9:00'],
    ['ja', 'speech', '11月26日、木曜日の午前9時'],
    ['en', 'text', 'Thu 26 Nov, 9:00 JST'],
    ['en', 'speech', 'Thursday 26 November, 9 a.m. Japan time'],
  ] as const)('in %s %s: %s', (locale, style, words) => {
    expect(dateTimeWords(new Date('2026-11-26T00:00:00Z'), locale, style)).toBe(words);
  });
});

group('transferSpeech', () => {
  it('orders a redirect: the dialed line, the recording notice, then the line it connects to, last', () => {
    const d = route(desk, { at: at('2026-11-25T19:00'), lineId: 'regular' });
    if (d.kind !== 'redirect') throw new Error(`expected a redirect, got ${d.kind}`);
    const parts = transferSpeech(d, 'ja');
    expect(parts.map((p) => p.kind)).toEqual(['dialed', 'notice', 'connecting']);
    expect(parts[0]?.text).toBe('お掛けの通常窓口は、ただいま受付時間外です。');
    expect(parts[1]?.text).toBe(d.recordingNotice?.ja);
    expect(parts[2]?.text).toBe('夜間延長窓口におつなぎいたします。');
  });

  it('rejects a decision that puts no call through with INVALID_ARGUMENT', () => {
    const d = route(desk, { at: at('2026-11-28T10:00') });
    expect(d.kind).toBe('closed');
    expect(() => transferSpeech(d as never, 'ja')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('says the language constraint before the notice in English', () => {
    const d = route(desk, { at: at('2026-11-25T10:00') });
    if (d.kind !== 'connect') throw new Error(`expected a connect, got ${d.kind}`);
    expect(transferSpeech(d, 'en-US').map((p) => p.kind)).toEqual(['languages', 'notice', 'connecting']);
    expect(transferSpeech(d, 'en').at(-1)?.text).toBe('Connecting you to the Regular line now.');
  });
});
