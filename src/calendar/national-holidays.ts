import JapaneseHolidays from 'japanese-holidays';
import { daysFromCivil } from '../time/civil.js';

/**
 * The last year whose holidays the Cabinet Office has published (it announces each year's
 * equinox days in February of the year before). Later years are computed, hence provisional.
 */
export const OFFICIAL_THROUGH_YEAR = 2027;

const byYear = new Map<number, ReadonlyMap<number, string>>();

/**
 * The national holidays of a JST year (国民の祝日, 振替休日, 国民の休日 and one-off days) keyed by day
 * number. Built from `getHolidaysOf`, whose answer depends on no host time zone, and cached:
 * the package re-sorts its list on every call.
 */
export function nationalHolidaysOf(year: number): ReadonlyMap<number, string> {
  let table = byYear.get(year);
  if (table === undefined) {
    table = new Map(JapaneseHolidays.getHolidaysOf(year).map((h) => [daysFromCivil(year, h.month, h.date), h.name] as const));
    byYear.set(year, table);
  }
  return table;
}
