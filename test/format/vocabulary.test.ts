import { expect, describe as group, it } from 'vitest';
import { closedLabel, dateTimeWords, dayLabel, statusLabel, transferSpeech, VOCABULARY } from '../../src/format/index.js';
import { createDesk, day, desk, desknetsCloud, route } from '../../src/index.js';

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
  companyHolidays: [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: { ja: '棚卸し', en: 'stocktaking' } }],
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
  ])('for %s: %s / %s', (_, status, ja, en) => {
    expect(statusLabel(status(), 'ja')).toBe(ja);
    expect(statusLabel(status(), 'en')).toBe(en);
  });

  it('names a Saturday and a Sunday apart, never 土日', () => {
    expect(closedLabel({ reason: 'weekend' }, 6, 'ja')).toBe('休業日（土曜日）');
    expect(closedLabel({ reason: 'weekend' }, 7, 'ja')).toBe('休業日（日曜日）');
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
