/**
 * iCalendar import and export of company holidays and open windows.
 *
 * @module madoguchi/ical
 */
// madoguchi/ical: iCalendar import and export, kept apart so the core carries no ical.js
// (an optional peer dependency, needed only by this entry point).
export { toICal } from './export.js';
export { companyHolidaysFromICal, importICal } from './import.js';
export type {
  CompanyHolidayEntry,
  ICalClosure,
  ICalImport,
  ICalImportOptions,
  ICalSkipped,
  ICalSkipReason,
  TimedClosureEntry,
} from './types.js';
export type { ICalExportOptions } from './write.js';
