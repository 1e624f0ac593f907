import holidayJp from '@holiday-jp/holiday_jp';
import JapaneseHolidays from 'japanese-holidays';
import { expect, describe as group, it } from 'vitest';
import { holidayName } from '../../src/format/holiday-names.js';
import { createDesk, describe, desk, desknetsCloud } from '../../src/index.js';

// The English names come from @holiday-jp/holiday_jp (the Cabinet Office's list with an English name
// per day), not from the table under test. Its data runs to 2050-11-23; for later years, a name
// japanese-holidays gives must simply have an English entry.
const theirs = holidayJp.holidays as Record<string, { readonly name: string; readonly name_en: string }>;

// Reviewed differences, each with its reason.
const DIFFERENT: Readonly<Record<string, { ours: string; reason: string }>> = {
  スポーツの日: {
    ours: 'Sports Day',
    reason: 'the 2020 amendment of the Act renamed 体育の日 to スポーツの日; holiday_jp still gives the old English name, Health and Sports Day',
  },
};

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function holidaysOf(year: number): { date: string; name: string }[] {
  return JapaneseHolidays.getHolidaysOf(year).map((h) => ({ date: iso(year, h.month, h.date), name: h.name }));
}

group('English names of national holidays, against @holiday-jp/holiday_jp', () => {
  const years = Array.from({ length: 31 }, (_, i) => 2020 + i);
  it.each(years)('match its name_en on every holiday of %i, but for the reviewed differences', (year) => {
    const mismatches: string[] = [];
    for (const { date, name } of holidaysOf(year)) {
      const theirsOn = theirs[date];
      if (theirsOn === undefined) continue; // presence is checked in test/holidays
      const expected = DIFFERENT[name]?.ours ?? theirsOn.name_en;
      if (holidayName(name, 'en') !== expected) mismatches.push(`${date} ${name}: ${holidayName(name, 'en')} ≠ ${expected}`);
      if (DIFFERENT[name]) expect(theirsOn.name_en, `${date}: the listed difference still holds`).not.toBe(DIFFERENT[name]?.ours);
    }
    expect(mismatches).toEqual([]);
  });

  it('has an English name for every name japanese-holidays gives in 2020–2099, so English text carries no untranslated name', () => {
    const untranslated = new Set<string>();
    for (let year = 2020; year <= 2099; year++) for (const { name } of holidaysOf(year)) if (holidayName(name, 'en') === name) untranslated.add(name);
    expect([...untranslated]).toEqual([]);
  });

  it('keeps a name it has no entry for (one added through nationalHolidays.add) as given', () => {
    expect(holidayName('即位礼正殿の儀の行われる日', 'en')).toBe('即位礼正殿の儀の行われる日');
    expect(holidayName('constructor', 'en')).toBe('constructor');
  });

  it('gives the Japanese name unchanged in Japanese', () => {
    expect(holidayName('勤労感謝の日', 'ja')).toBe('勤労感謝の日');
  });
});

group('describe names a national holiday in English in English sentences', () => {
  it.each([
    // 2026-05-06 (Wed): 振替休日 for 憲法記念日 falling on Sunday 2026-05-03 (祝日法 第3条2項): the
    // day a holiday moves to, said as "a substitute holiday" (the Cabinet Office's English).
    ['2026-05-06T10:00:00+09:00', 'We are closed today for a substitute holiday.'],
    // 2026-09-22 (Tue): between 敬老の日 (9/21) and 秋分の日 (9/23), a 国民の休日 (第3条3項).
    ['2026-09-22T10:00:00+09:00', "We are closed today for Citizen's Holiday, a national holiday."],
    ['2026-10-12T10:00:00+09:00', 'We are closed today for Sports Day, a national holiday.'],
  ])('at %s: %s', (at, sentence) => {
    const s = desk.status(at);
    expect(describe(s, { locale: 'en' }).startsWith(sentence)).toBe(true);
    expect(describe(s, { locale: 'en', style: 'speech' }).startsWith(sentence)).toBe(true);
  });

  it('says "a national holiday" for a holiday added without an English name, never its Japanese name', () => {
    const d = createDesk(desknetsCloud, { nationalHolidays: { add: [{ date: '2031-05-07', name: '特例の休日' }] } });
    const sentence = describe(d.status('2031-05-07T10:00:00+09:00'), { locale: 'en' });
    expect(sentence.startsWith('We are closed today for a national holiday.')).toBe(true);
    expect(sentence).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
