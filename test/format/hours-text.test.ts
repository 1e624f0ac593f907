import { describe, expect, it } from 'vitest';
import { createDesk, desk, hoursText, type Line, lines, type PolicyInput } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// 第6条1項: ed.15 通常窓口 「受付時間：9:00～17:30（UTC+9、土日祝日及び当社休業日を除く）」, 夜間延長窓口
// 「18:00～20:00」; ed.14 問い合わせ窓口 「9:00～12:00 及び 13:00～17:30」. A support page prints them as
// 平日 … （土日祝日・当社休業日を除く）.
const lineOf = (at: string, id: string): Line => {
  const line = lines(desk, at).find((l) => l.id === id);
  if (line === undefined) throw new Error(`no ${id} line at ${at}`);
  return line;
};
const ED15 = '2026-11-25T10:00:00+09:00';
const ED14 = '2022-11-16T10:00:00+09:00';

describe('published hours of the desknet’s cloud lines', () => {
  it.each([
    ['the edition 15 regular line', ED15, 'regular', 'ja', '平日 9:00～17:30（土日祝日・当社休業日を除く）'],
    ['the edition 15 night line', ED15, 'night', 'ja', '平日 18:00～20:00（土日祝日・当社休業日を除く）'],
    ['the edition 14 line', ED14, 'regular', 'ja', '平日 9:00～12:00、13:00～17:30（土日祝日・当社休業日を除く）'],
    ['the edition 15 regular line', ED15, 'regular', 'en', 'Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)'],
    ['the edition 15 night line', ED15, 'night', 'en', 'Weekdays 18:00–20:00 JST (closed on weekends, national holidays and company holidays)'],
    ['the edition 14 line', ED14, 'regular', 'en', 'Weekdays 9:00–12:00 and 13:00–17:30 JST (closed on weekends, national holidays and company holidays)'],
  ] as const)('%s reads, in %s: %s', (_, at, id, locale, expected) => {
    expect(hoursText(lineOf(at, id), locale as 'ja' | 'en')).toBe(expected);
  });

  it('changes with the edition in force on the day asked about', () => {
    expect(hoursText(lineOf('2023-02-05T23:59:59.999+09:00', 'regular'), 'ja')).toBe('平日 9:00～12:00、13:00～17:30（土日祝日・当社休業日を除く）');
    expect(hoursText(lineOf('2023-02-06T00:00:00.000+09:00', 'regular'), 'ja')).toBe('平日 9:00～17:30（土日祝日・当社休業日を除く）');
  });
});

describe('a custom line open on Saturdays too', () => {
  const policy: PolicyInput = {
    id: 'example',
    name: { ja: '例', en: 'Example' },
    editions: [
      {
        edition: 1,
        effective: '2024-01-01',
        lines: [
          {
            id: 'desk',
            name: { ja: '窓口', en: 'Desk' },
            tel: '03-0000-0000',
            languages: ['ja'],
            weekdays: [1, 2, 3, 4, 5, 6],
            windows: [['10:00', '16:00']],
          },
        ],
      },
    ],
  };
  const line = lines(createDesk(policy), '2026-11-25T10:00:00+09:00')[0] as Line;

  // With Saturday open, 土日 no longer describes the closed days: only the holidays are excepted.
  it.each([
    ['ja', '月・火・水・木・金・土 10:00～16:00（祝日・当社休業日を除く）'],
    ['en', 'Mon, Tue, Wed, Thu, Fri, Sat 10:00–16:00 JST (closed on national holidays and company holidays)'],
  ] as const)('lists its days in %s', (locale, expected) => {
    expect(hoursText(line, locale)).toBe(expected);
  });
});

describe('locales', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['EN-us', 'en'],
  ] as const)('reads the tag %s by its language, %s', (tag, language) => {
    expect(hoursText(lineOf(ED15, 'regular'), tag as 'ja')).toBe(hoursText(lineOf(ED15, 'regular'), language));
  });

  it.each([['fr'], ['jp'], [''], [undefined]] as [unknown][])('%j throws INVALID_LANGUAGE', (locale) => {
    const error = expectMadoguchiError(() => hoursText(lineOf(ED15, 'regular'), locale as 'ja'), 'INVALID_LANGUAGE');
    // The message names the function that was called, so a page author finds the call to fix.
    expect(error.message).toContain('hoursText speaks');
  });
});

describe('something other than a line', () => {
  // status.line is null while every line is closed: a page that passes it on learns why, not a TypeError.
  it.each<[string, () => unknown]>([
    ['the line of a closed status', () => desk.status('2026-11-28T10:00:00+09:00').line],
    ['an object without hours', () => ({ id: 'regular' })],
    // A Line has both its weekdays (a list) and its hours (text): one of them is not enough.
    ['weekdays without hours', () => ({ id: 'regular', weekdays: [1, 2, 3, 4, 5] })],
    ['hours without weekdays', () => ({ id: 'regular', hours: '9:00～17:30' })],
    ['hours that are not text', () => ({ id: 'regular', weekdays: [1, 2, 3, 4, 5], hours: 930 })],
    ['weekdays that are not a list', () => ({ id: 'regular', weekdays: '1,2,3,4,5', hours: '9:00～17:30' })],
    ['undefined', () => undefined],
  ])('%s throws INVALID_ARGUMENT', (_, line) => {
    const error = expectMadoguchiError(() => hoursText(line() as never, 'ja'), 'INVALID_ARGUMENT');
    expect(error.message).toContain('lines(desk)');
  });
});
