import { dateMissing } from '../errors/messages.js';
import type { DayInfo, InstantInput } from '../model/types.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { isoWeekday } from '../time/civil.js';
import { jstDay } from '../time/jst.js';
import { checkDayRange } from '../time/range.js';
import { instantIn, openingOn } from './checks.js';
import type { Desk } from './desk-type.js';
import { coreOf } from './registry.js';

// A string without a time of day is read as a date (and so named in its error), anything else as an instant.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One JST calendar day of a desk: its weekday, edition, why it is closed, its national holiday
 * and its windows (shortened where a timed closure takes part of the day).
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param date - `'YYYY-MM-DD'` (a JST date), or an instant whose JST day is meant
 * @throws `MadoguchiError` `INVALID_DATE` for an impossible or malformed date (`'2026-02-30'`)
 * @example
 * ```ts
 * import { day, desk } from 'madoguchi';
 * day(desk, '2026-11-23').closed;
 * //=> { reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } }
 * day(desk, '2026-11-24').windows.length; //=> 2
 * ```
 */
export function day(desk: Desk, date: string | InstantInput): DayInfo {
  const { schedule: s } = coreOf(desk);
  if (date === undefined) throw dateMissing();
  const d =
    typeof date === 'string' && (DATE_ONLY.test(date) || !/\d{2}:\d{2}/.test(date))
      ? checkDayRange(parseDate(date), s.range, date)
      : jstDay(instantIn(s, date, 'date'));
  const plan = s.planOf(d);
  return Object.freeze({
    date: formatDate(d),
    weekday: isoWeekday(d),
    edition: plan.edition.edition,
    closed: plan.closed,
    holiday: plan.holiday,
    windows: plan.slots.map((slot) => openingOn(d, slot)),
  });
}
