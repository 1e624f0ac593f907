import { type DateErrorCode, dateMalformed, dateNotOnCalendar, monthDayMalformed } from '../errors/messages.js';
import { daysFromCivil, daysInMonth } from './civil.js';
import { MS_PER_DAY } from './constants.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^--(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` JST calendar date; throws `INVALID_DATE` for anything else. */
export function parseDate(text: unknown, label = 'date', code: DateErrorCode = 'INVALID_DATE'): number {
  const m = typeof text === 'string' ? DATE.exec(text) : null;
  if (!m) throw dateMalformed(label, text, code);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw dateNotOnCalendar(label, text as string, code);
  }
  return daysFromCivil(year, month, day);
}

/** Month and day of an ISO 8601 `--MM-DD`; `--02-29` is allowed (it falls in leap years only). */
export function parseMonthDay(text: string, label: string, code: DateErrorCode): { month: number; day: number } {
  const m = MONTH_DAY.exec(text);
  const month = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    throw monthDayMalformed(label, text, code);
  }
  return { month, day };
}

/**
 * `YYYY-MM-DD` of a day number (days since 1970-01-01): the date of that day's UTC midnight, exact
 * for the years 0000 to 9999.
 */
export const formatDate = (dayNumber: number): string => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
