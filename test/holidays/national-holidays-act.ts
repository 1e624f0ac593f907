import { addDays, isoDate, sundayBasedWeekday } from './calendar-days.js';

/**
 * The National Holidays Act (国民の祝日に関する法律, as amended through 2018) written out
 * independently of the desk and of any holiday package, for years after the one-off days of
 * 2019–2021 (2022–2099). Art. 2 lists the 国民の祝日; Art. 3 ¶2 makes the first following day that is
 * not a 国民の祝日 a holiday when one falls on a Sunday (振替休日); Art. 3 ¶3 makes a day whose day
 * before and day after are both 国民の祝日 a holiday (国民の休日).
 */

/** The `nth` Monday of a month (Happy Monday system, 2000/2003 amendments). */
function nthMonday(year: number, month: number, nth: number): string {
  const first = isoDate(year, month, 1);
  const offset = (8 - sundayBasedWeekday(first)) % 7; // days from the 1st to the first Monday
  return addDays(first, offset + 7 * (nth - 1));
}

/**
 * 春分日 and 秋分日 by the approximation used by the National Astronomical Observatory's
 * calculations, valid 1980–2099: floor(c + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)).
 */
function equinoxDay(year: number, constant: number): number {
  if (year < 1980 || year > 2099) throw new RangeError(`the equinox approximation holds for 1980–2099, not ${year}`);
  const y = year - 1980;
  return Math.floor(constant + 0.242194 * y - Math.floor(y / 4));
}

/** Art. 2: the 国民の祝日 of `year`, date → name. */
function statutoryHolidays(year: number): Map<string, string> {
  const days: [string, string][] = [
    [isoDate(year, 1, 1), '元日'],
    [nthMonday(year, 1, 2), '成人の日'],
    [isoDate(year, 2, 11), '建国記念の日'],
    [isoDate(year, 2, 23), '天皇誕生日'],
    [isoDate(year, 3, equinoxDay(year, 20.8431)), '春分の日'],
    [isoDate(year, 4, 29), '昭和の日'],
    [isoDate(year, 5, 3), '憲法記念日'],
    [isoDate(year, 5, 4), 'みどりの日'],
    [isoDate(year, 5, 5), 'こどもの日'],
    [nthMonday(year, 7, 3), '海の日'],
    [isoDate(year, 8, 11), '山の日'],
    [nthMonday(year, 9, 3), '敬老の日'],
    [isoDate(year, 9, equinoxDay(year, 23.2488)), '秋分の日'],
    [nthMonday(year, 10, 2), 'スポーツの日'],
    [isoDate(year, 11, 3), '文化の日'],
    [isoDate(year, 11, 23), '勤労感謝の日'],
  ];
  return new Map(days);
}

/**
 * Every holiday of `year` under the Act (国民の祝日, 振替休日, 国民の休日), date → name, sorted.
 * Valid for 2022–2099: earlier years had other rules or one-off days.
 */
export function holidaysUnderTheAct(year: number): Map<string, string> {
  if (year < 2022 || year > 2099) throw new RangeError(`the rules written here hold for 2022–2099, not ${year}`);
  // A 振替休日 or 国民の休日 can spill into the neighbouring year only through 12-31/01-01, and
  // 12-31 is no 国民の祝日, so the year's own 国民の祝日 plus 1 Jan of the next year suffice.
  const statutory = statutoryHolidays(year);
  const isStatutory = (date: string): boolean => statutory.has(date) || date === isoDate(year + 1, 1, 1);
  const all = new Map(statutory);
  for (const date of statutory.keys()) {
    if (sundayBasedWeekday(date) !== 0) continue;
    let substitute = addDays(date, 1);
    while (isStatutory(substitute)) substitute = addDays(substitute, 1);
    all.set(substitute, '振替休日');
  }
  for (const date of statutory.keys()) {
    const between = addDays(date, 1);
    if (!isStatutory(between) && isStatutory(addDays(between, 1)) && !all.has(between)) all.set(between, '国民の休日');
  }
  return new Map([...all].filter(([date]) => date.startsWith(`${year}-`)).sort(([a], [b]) => a.localeCompare(b)));
}
