import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError, type MadoguchiErrorCode } from '../errors/madoguchi-error.js';
import { civilFromDays, daysFromCivil, daysInMonth } from './civil.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^--(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` JST calendar date; throws `INVALID_DATE` for anything else. */
export function parseDate(text: unknown, label = 'date', code: MadoguchiErrorCode = 'INVALID_DATE'): number {
  const m = typeof text === 'string' ? DATE.exec(text) : null;
  if (!m) throw new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)}; expected a calendar date "YYYY-MM-DD".`, text);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)} is not a day of the calendar; expected a real date "YYYY-MM-DD".`, text);
  }
  return daysFromCivil(year, month, day);
}

/** Month and day of an ISO 8601 `--MM-DD`; `--02-29` is allowed (it falls in leap years only). */
export function parseMonthDay(text: string, label: string, code: MadoguchiErrorCode): { month: number; day: number } {
  const m = MONTH_DAY.exec(text);
  const month = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
    throw new MadoguchiError(code, `Invalid ${label}: ${describeValue(text)}; expected a month-day "--MM-DD" such as "--12-29".`, text);
  }
  return { month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of a day number. */
export function formatDate(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
