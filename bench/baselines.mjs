// What a user would otherwise write, measured in the same process as madoguchi.
import JapaneseHolidays from 'japanese-holidays';
import { DateTime } from 'luxon';
import openingHours from 'opening_hours';

const OFFSET = 9 * 3_600_000;
const DAY = 86_400_000;
const OPENS = 9 * 3_600_000;
const CLOSES = 17.5 * 3_600_000;

/** Day numbers (days since 1970-01-01 JST) of every national holiday 2020–2099. */
export function holidayDays() {
  const days = new Set();
  for (let y = 2020; y <= 2099; y++) for (const h of JapaneseHolidays.getHolidaysOf(y)) days.add(Date.UTC(y, h.month - 1, h.date) / DAY);
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

/** The arithmetic day scan a nextOpening would be without madoguchi: the next working day at 9:00. */
export function floorNextOpening(holidays, companyDays = new Set()) {
  return (t) => {
    const local = t + OFFSET;
    let day = Math.floor(local / DAY);
    if (local - day * DAY >= OPENS || (day + 3) % 7 >= 5 || holidays.has(day) || companyDays.has(day)) {
      do day++;
      while ((day + 3) % 7 >= 5 || holidays.has(day) || companyDays.has(day));
    }
    const opens = day * DAY - OFFSET + OPENS;
    return { opensAt: new Date(opens), closesAt: new Date(opens + CLOSES - OPENS) };
  };
}

/** (b) A straightforward luxon implementation of the regular line. */
export function luxonIsOpen(zone = 'Asia/Tokyo') {
  return (t) => {
    const dt = DateTime.fromMillis(t, { zone });
    if (dt.weekday > 5) return false;
    if (JapaneseHolidays.isHolidayAt(new Date(t))) return false;
    const minute = dt.hour * 60 + dt.minute;
    return minute >= 540 && minute < 1050;
  };
}

/** (c) opening_hours evaluating `Mo-Fr 09:00-17:30` (it reads the host's local time zone). */
export function openingHoursBaseline() {
  const oh = new openingHours('Mo-Fr 09:00-17:30');
  return { getState: (t) => oh.getState(new Date(t)), getNextChange: (t) => oh.getNextChange(new Date(t)) };
}
