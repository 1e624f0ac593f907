import { describe, expect, it } from 'vitest';
import { desk } from '../../src/index.js';

// The National Holidays Act (国民の祝日に関する法律) as it stands, written out here for 2051–2099,
// past the Cabinet Office list that @holiday-jp/holiday_jp carries: fixed days (第2条), Happy
// Monday days, the equinoxes by the usual approximation valid 1980–2099, 振替休日 (第3条2項) and
// 国民の休日 (第3条3項).
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const nthMonday = (y: number, m: number, n: number) => {
  const first = new Date(utc(y, m, 1)).getUTCDay(); // 0 = Sunday
  return utc(y, m, 1 + ((8 - first) % 7) + (n - 1) * 7);
};
const shunbun = (y: number) => Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));
const shubun = (y: number) => Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));

function holidaysByLaw(y: number): Set<string> {
  const days = new Set(
    [
      utc(y, 1, 1),
      nthMonday(y, 1, 2),
      utc(y, 2, 11),
      utc(y, 2, 23),
      utc(y, 3, shunbun(y)),
      utc(y, 4, 29),
      utc(y, 5, 3),
      utc(y, 5, 4),
      utc(y, 5, 5),
      nthMonday(y, 7, 3),
      utc(y, 8, 11),
      nthMonday(y, 9, 3),
      utc(y, 9, shubun(y)),
      nthMonday(y, 10, 2),
      utc(y, 11, 3),
      utc(y, 11, 23),
    ].map(iso),
  );
  const holiday = new Set(days);
  // 国民の休日: a day between two holidays that is not one itself.
  for (let t = utc(y, 1, 2); t < utc(y, 12, 31); t += DAY) {
    if (!days.has(iso(t)) && days.has(iso(t - DAY)) && days.has(iso(t + DAY))) holiday.add(iso(t));
  }
  // 振替休日: a holiday on a Sunday moves to the nearest following day that is no holiday.
  for (const d of days) {
    const t = Date.parse(`${d}T00:00:00Z`);
    if (new Date(t).getUTCDay() !== 0) continue;
    let u = t + DAY;
    while (holiday.has(iso(u))) u += DAY;
    holiday.add(iso(u));
  }
  return holiday;
}

describe('the holiday calendar 2051–2099 against the rules of the Act', () => {
  const differences: string[] = [];
  let holidays = 0;
  for (let y = 2051; y <= 2099; y++) {
    const law = holidaysByLaw(y);
    for (let t = utc(y, 1, 1); t <= utc(y, 12, 31); t += DAY) {
      const date = iso(t);
      const ours = desk.day(date).holiday;
      if (law.has(date)) holidays++;
      if ((ours !== null) !== law.has(date)) differences.push(`${date}: desk ${ours?.name ?? 'none'}, law ${law.has(date) ? 'holiday' : 'none'}`);
    }
  }

  it('finds every holiday the Act gives and no other', () => {
    expect(differences).toEqual([]);
  });

  it('compared a plausible number of holidays (about 16–18 a year)', () => {
    expect(holidays).toBeGreaterThan(49 * 15);
    expect(holidays).toBeLessThan(49 * 19);
  });

  it('flags every one of them provisional', () => {
    expect(desk.day('2075-11-23').holiday).toEqual({ name: '勤労感謝の日', provisional: true });
  });
});
