import { expect, describe as group, it } from 'vitest';
import { languageWords, phoneWords, timeWords, weekdayName, weekdayShort, zoneWords } from '../../src/format/index.js';

// The small word builders of the vocabulary, from their contracts (the words issue, design.md):
// Japanese sentences name no time zone (a Japanese desk's hours are Japan time), English screens say
// JST and English speech "Japan time"; languages are listed with 「・」 in Japanese and "A, B and C"
// in English; a phone number is printed as the terms print it on screen and read digit by digit aloud
// (ゼロ イチ ニー ゼロ、…, the operator's readings).

group('zoneWords', () => {
  it.each([
    ['ja', 'text', ''],
    ['ja', 'speech', ''],
    ['en', 'text', 'JST'],
    ['en', 'speech', 'Japan time'],
  ] as const)('in %s %s: %j', (locale, style, words) => {
    expect(zoneWords(locale, style)).toBe(words);
  });
});

group('weekday names', () => {
  // ISO 8601 weekdays, 1 = Monday … 7 = Sunday; Japanese dates on screen show 月…日 in brackets,
  // English ones Mon…Sun.
  it.each([
    [1, '月', '月曜日', 'Mon', 'Monday'],
    [2, '火', '火曜日', 'Tue', 'Tuesday'],
    [3, '水', '水曜日', 'Wed', 'Wednesday'],
    [4, '木', '木曜日', 'Thu', 'Thursday'],
    [5, '金', '金曜日', 'Fri', 'Friday'],
    [6, '土', '土曜日', 'Sat', 'Saturday'],
    [7, '日', '日曜日', 'Sun', 'Sunday'],
  ])('%i: %s, %s, %s, %s', (weekday, jaShort, jaName, enShort, enName) => {
    expect(weekdayShort(weekday, 'ja')).toBe(jaShort);
    expect(weekdayName(weekday, 'ja')).toBe(jaName);
    expect(weekdayShort(weekday, 'en')).toBe(enShort);
    expect(weekdayName(weekday, 'en')).toBe(enName);
  });
});

group('timeWords at midnight', () => {
  // 2026-11-25T15:00Z is 2026-11-26 0:00 JST. As an instant it is 0:00 (午前0時 / midnight); only as
  // a window's end (`end`) is it 24:00 / 24時, so that a close at midnight does not read as past.
  const midnight = new Date('2026-11-25T15:00:00Z');
  it.each([
    ['ja', 'text', '0:00', '24:00'],
    ['en', 'text', '0:00', '24:00'],
    ['ja', 'speech', '午前0時', '24時'],
    ['en', 'speech', 'midnight', 'midnight'],
  ] as const)('in %s %s: %s as an instant, %s as an end', (locale, style, instant, end) => {
    expect(timeWords(midnight, locale, style)).toBe(instant);
    expect(timeWords(midnight, locale, style, true)).toBe(end);
  });
});

group('languageWords', () => {
  it.each([
    [['ja'], 'ja', '日本語'],
    [['ja', 'en'], 'ja', '日本語・英語'],
    [['ja', 'en', 'zh', 'ko'], 'ja', '日本語・英語・中国語・韓国語'],
    [['ja'], 'en', 'Japanese'],
    [['ja', 'en'], 'en', 'Japanese and English'],
    [['ja', 'en', 'zh'], 'en', 'Japanese, English and Chinese'],
    // Tags are case-insensitive (BCP 47); a tag without a known name is shown as the tag.
    [['JA', 'En'], 'en', 'Japanese and English'],
    [['fr'], 'en', 'fr'],
    [['ja', 'pt-BR'], 'ja', '日本語・pt-BR'],
    // No languages: nothing to list, in either language.
    [[], 'en', ''],
    [[], 'ja', ''],
  ] as const)('%j in %s: %j', (tags, locale, words) => {
    expect(languageWords(tags, locale)).toBe(words);
  });
});

group('phoneWords', () => {
  // 第6条: 通常窓口 0120-365-800, 夜間延長窓口 0800-777-9984.
  it.each([
    ['0120-365-800', 'ja', 'text', '0120-365-800'],
    ['0120-365-800', 'en', 'text', '0120-365-800'],
    ['0120-365-800', 'ja', 'speech', 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ'],
    ['0800-777-9984', 'ja', 'speech', 'ゼロ ハチ ゼロ ゼロ、ナナ ナナ ナナ、キュウ キュウ ハチ ヨン'],
    ['0800-777-9984', 'en', 'speech', 'zero eight zero zero, seven seven seven, nine nine eight four'],
  ] as const)('%s in %s %s: %s', (tel, locale, style, words) => {
    expect(phoneWords(tel, locale, style)).toBe(words);
  });
});
