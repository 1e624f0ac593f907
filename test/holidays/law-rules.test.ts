import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { day, desk } from '../../src/index.js';
import { datesOf, yearsBetween } from './calendar-days.js';
import { differenceOn, type HolidayDifference, type KnownDifference, listedIn } from './holiday-differences.js';
import knownJson from './law-known-differences.json' with { type: 'json' };
import { holidaysUnderTheAct } from './national-holidays-act.js';

// Beyond the Cabinet Office list (2051–2099) the only independent source is the law itself,
// written out in national-holidays-act.ts. Before trusting it there, it must reproduce the Cabinet
// Office list for every year its rules cover (2022–2050).
const known = knownJson as KnownDifference[];
const theirs = holidayJp.holidays as Record<string, { readonly name: string }>;
const asLawName = (name: string): string => (name === '休日' ? '国民の休日' : name.endsWith(' 振替休日') ? '振替休日' : name);

describe('the law written out here', () => {
  it.each(yearsBetween(2022, 2050))('reproduces the Cabinet Office list (@holiday-jp/holiday_jp) for %i, names included', (year) => {
    const ours = holidaysUnderTheAct(year);
    const published = datesOf(year).filter((date) => holidayJp.isHoliday(date));
    expect([...ours.keys()]).toEqual(published);
    expect([...ours.values()]).toEqual(published.map((date) => asLawName((theirs[date] as { name: string }).name)));
  });

  it.each([
    // 2032: 敬老の日 Mon 9/20, 秋分の日 Wed 9/22 → 9/21 is a 国民の休日.
    ['2032-09-21', '国民の休日'],
    // 2051: 元日 on Sunday → Monday 1/2 is a 振替休日.
    ['2051-01-02', '振替休日'],
    // 2054: 憲法記念日 on Sunday 5/3; 5/4 and 5/5 are 国民の祝日 themselves, so the 振替休日 is 5/6.
    ['2054-05-06', '振替休日'],
  ])('gives %s as %s', (date, name) => {
    expect(holidaysUnderTheAct(Number(date.slice(0, 4))).get(date)).toBe(name);
  });

  it('lists every known difference with a date in 2051–2099, a kind and a reason', () => {
    for (const k of known) {
      expect(k.date >= '2051-01-01' && k.date <= '2099-12-31', k.date).toBe(true);
      expect(['presence', 'name']).toContain(k.kind);
      expect(k.reason.length, `reason for ${k.date}`).toBeGreaterThan(10);
    }
  });
});

function differencesIn(year: number): { found: HolidayDifference[]; holidays: number } {
  const law = holidaysUnderTheAct(year);
  const found: HolidayDifference[] = [];
  for (const date of datesOf(year)) {
    const ours = day(desk, date).holiday?.name ?? null;
    const other = law.get(date) ?? null;
    const difference = differenceOn(date, ours, other, other);
    if (difference !== null) found.push(difference);
  }
  return { found, holidays: law.size };
}

describe('the desk against the law, 2051–2099, day by day', () => {
  it.each(yearsBetween(2051, 2099))('in %i, differs from the law only on the listed days', (year) => {
    const { found, holidays } = differencesIn(year);
    expect(holidays).toBeGreaterThanOrEqual(16);
    expect(found).toEqual(listedIn(known, year));
  });
});

describe('provisional holidays', () => {
  // The Cabinet Office publishes a year's equinox days in February of the year before; as of late
  // 2026 its list runs through 2027 (design notes). Later years are computed, hence provisional.
  const published2027 = datesOf(2027).filter((date) => holidayJp.isHoliday(date));

  it.each(published2027)('%s (2027, published) is not provisional', (date) => {
    expect(day(desk, date).holiday).toMatchObject({ provisional: false });
  });

  it.each(yearsBetween(2028, 2099))('every holiday of %i is provisional', (year) => {
    const dates = year <= 2050 ? datesOf(year).filter((date) => holidayJp.isHoliday(date)) : [...holidaysUnderTheAct(year).keys()];
    expect(dates.length).toBeGreaterThanOrEqual(16);
    for (const date of dates) expect(day(desk, date).holiday, date).toMatchObject({ provisional: true });
  });
});
