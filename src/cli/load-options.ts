import { readFileSync } from 'node:fs';
import { companyHolidaysFromICal } from '../ical/import.js';
import type { DeskOptions } from '../index.js';
import { UsageError } from './usage-error.js';

/**
 * Desk options from a file: iCalendar (`.ics`, all-day events become company holidays) or JSON,
 * either the options object `{ companyHolidays, overrides, nationalHolidays }` or a bare array of
 * company holidays. The library validates what is inside.
 */
export function loadOptions(path: string): DeskOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (/\.ics$/i.test(path) || text.trimStart().startsWith('BEGIN:VCALENDAR')) return { companyHolidays: companyHolidaysFromICal(text) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is neither iCalendar nor valid JSON (${(error as Error).message})`);
  }
  return (Array.isArray(data) ? { companyHolidays: data } : data) as DeskOptions;
}
