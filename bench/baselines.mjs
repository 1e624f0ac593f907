// What a user would otherwise write, measured in the same process as madoguchi. Each baseline
// answers the regular line only (Mo–Fr 9:00–17:30 JST, national holidays off): strictly less than
// madoguchi, which also knows editions, the night line, reasons, company holidays and overrides.
import JapaneseHolidays from 'japanese-holidays';
import { DateTime } from 'luxon';
import openingHours from 'opening_hours';

const OFFSET = 9 * 3_600_000;
const DAY = 86_400_000;
const OPENS = 9 * 3_600_000;
const CLOSES = 17.5 * 3_600_000;

/** Day numbers (days since 1970-01-01 JST) of every national holiday 2020–2099, from japanese-holidays. */
export function holidayDays() {
  const days = new Set();
  for (let y = 2020; y <= 2099; y++) for (const h of JapaneseHolidays.getHolidaysOf(y)) days.add(Date.UTC(y, h.month - 1, h.date) / DAY);
  return days;
}

/** Day numbers of `--12-29/--01-03` in every year 2020–2099. */
export function yearEndDays() {
  const days = new Set();
  for (let y = 2020; y <= 2099; y++)
    for (const [m, d] of [
      [12, 29],
      [12, 30],
      [12, 31],
      [1, 1],
      [1, 2],
      [1, 3],
    ])
      days.add(Date.UTC(y, m - 1, d) / DAY);
  return days;
}

/**
 * (a) The practical floor: epoch ms plus 9 h, day number, weekday, a precomputed holiday set, one
 * window comparison. It knows nothing of editions, lines, overrides or reasons.
 */
export function floorIsOpen(holidays) {
  return (t) => {
    const local = t + OFFSET;
    const day = Math.floor(local / DAY);
    if ((day + 3) % 7 >= 5 || holidays.has(day)) return false;
    const ms = local - day * DAY;
    return ms >= OPENS && ms < CLOSES;
  };
}

/**
 * The arithmetic day scan a nextOpening would be without madoguchi: today's 9:00 if still ahead on
 * a working day, else the next working day's 9:00, as the two Dates an answer carries.
 */
export function floorNextOpening(holidays, companyDays = new Set()) {
  const closedOn = (day) => (day + 3) % 7 >= 5 || holidays.has(day) || companyDays.has(day);
  return (t) => {
    const local = t + OFFSET;
    let day = Math.floor(local / DAY);
    if (local - day * DAY >= OPENS || closedOn(day)) {
      do day++;
      while (closedOn(day));
    }
    const opens = day * DAY - OFFSET + OPENS;
    return { opensAt: new Date(opens), closesAt: new Date(opens + CLOSES - OPENS) };
  };
}

/** (b) A straightforward luxon implementation: zoned DateTime, weekday, japanese-holidays, minute of day. */
export function luxonIsOpen(zone = 'Asia/Tokyo') {
  return (t) => {
    const dt = DateTime.fromMillis(t, { zone });
    if (dt.weekday > 5) return false;
    // isHolidayAt reads the Date in JST whatever the host's zone.
    if (JapaneseHolidays.isHolidayAt(new Date(t))) return false;
    const minute = dt.hour * 60 + dt.minute;
    return minute >= 540 && minute < 1050;
  };
}

/**
 * (c) opening_hours. It reads the host's local time zone: run.mjs sets TZ=Asia/Tokyo. `plain` is
 * `Mo-Fr 09:00-17:30` as the issue states it; `holidays` adds `PH off` with a Japanese address, the
 * same rule madoguchi applies, which makes opening_hours compute the year's holidays per call.
 */
export function openingHoursBaselines() {
  const plain = new openingHours('Mo-Fr 09:00-17:30');
  const holidays = new openingHours('Mo-Fr 09:00-17:30; PH off', { lat: 35.68, lon: 139.76, address: { country_code: 'jp', state: '東京都' } });
  return { plain, holidays };
}
