/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with UTC date arithmetic so that the host's
 * time zone never enters (a JST calendar date is just a civil date here).
 */
const MS_PER_DAY = 86_400_000;

/** Every date from `from` to `to`, both included. */
export function* datesBetween(from: string, to: string): Generator<string> {
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= last; t += MS_PER_DAY) yield new Date(t).toISOString().slice(0, 10);
}

/** Every date of `year`. */
export const datesOf = (year: number): string[] => [...datesBetween(`${year}-01-01`, `${year}-12-31`)];

/** `YYYY-MM-DD` of a civil date (month 1–12). */
export const isoDate = (year: number, month: number, day: number): string => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday, as the law counts (日曜日). */
export const sundayBasedWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The date `days` after (or before, when negative) `date`. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** Years `from`..`to`, both included. */
export const yearsBetween = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
