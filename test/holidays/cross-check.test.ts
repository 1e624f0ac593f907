import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, type EditionInput, type PolicyInput } from '../../src/index.js';
import { datesOf, yearsBetween } from './calendar-days.js';
import { differenceOn, type HolidayDifference, type KnownDifference, listedIn } from './holiday-differences.js';
import knownJson from './known-differences.json' with { type: 'json' };

// @holiday-jp/holiday_jp carries the Cabinet Office's list of 国民の祝日・休日 (1970-01-01 ..
// 2050-11-23): a source independent of the desk's japanese-holidays. Each JST day of 2020–2050 is
// compared: presence of a holiday, and names through the two obvious mappings below.
const known = knownJson as KnownDifference[];
const theirs = holidayJp.holidays as Record<string, { readonly name: string }>;
const theirDates = Object.keys(theirs).sort();

// holiday_jp calls a 国民の休日 "休日" and a 振替休日 "<holiday> 振替休日"; japanese-holidays uses the
// law's words, "国民の休日" and "振替休日". Every other name is the law's in both.
const asDeskName = (name: string): string => (name === '休日' ? '国民の休日' : name.endsWith(' 振替休日') ? '振替休日' : name);

// The preset starts on 2020-07-01; a policy whose only edition (the ed.15 lines) takes effect on
// 2020-01-01 lets the first half of 2020, with its own holidays, be checked as well.
const ed15 = desknetsCloud.editions.find((e) => e.edition === 15) as EditionInput;
const from2020: PolicyInput = { ...desknetsCloud, editions: [{ edition: 15, effective: '2020-01-01', lines: ed15.lines }] };
const early = createDesk(from2020);
const deskFor = (date: string) => (date < '2020-07-01' ? early : desk);

function differencesIn(year: number): { found: HolidayDifference[]; holidays: number } {
  const found: HolidayDifference[] = [];
  let holidays = 0;
  for (const date of datesOf(year)) {
    const ours = day(deskFor(date), date).holiday?.name ?? null;
    const other = holidayJp.isHoliday(date) ? (theirs[date] as { name: string }).name : null;
    if (other !== null) holidays++;
    const difference = differenceOn(date, ours, other, other === null ? null : asDeskName(other));
    if (difference !== null) found.push(difference);
  }
  return { found, holidays };
}

describe('the source itself', () => {
  it('covers every day of 2020–2050: its data runs from 1970 to 勤労感謝の日 2050, the last holiday of 2050', () => {
    // A day missing from the list means "no holiday" only within the years the list covers.
    expect(theirDates[0]).toBe('1970-01-01');
    expect(theirDates.at(-1)).toBe('2050-11-23');
    expect(theirs['2050-11-23']?.name).toBe('勤労感謝の日');
  });

  it('lists every known difference with a date in 2020–2050, a kind and a reason', () => {
    for (const k of known) {
      expect(k.date >= '2020-01-01' && k.date <= '2050-12-31', k.date).toBe(true);
      expect(['presence', 'name']).toContain(k.kind);
      expect(k.reason.length, `reason for ${k.date}`).toBeGreaterThan(10);
    }
  });
});

describe('the desk against the Cabinet Office list (@holiday-jp/holiday_jp), day by day', () => {
  it.each(yearsBetween(2020, 2050))('in %i, differs from it only on the listed days', (year) => {
    const { found, holidays } = differencesIn(year);
    // 15–21 holidays a year (16 国民の祝日, plus 振替休日/国民の休日, minus the 2020/2021 moves' overlaps).
    expect(holidays).toBeGreaterThanOrEqual(15);
    expect(holidays).toBeLessThanOrEqual(21);
    expect(found).toEqual(listedIn(known, year));
  });
});
