import type { CompanyHolidayEntry } from '../../src/ical/index.js';
import { createDesk, type DeskOptions, desknetsCloud } from '../../src/index.js';

/**
 * Whether the core takes timed company closures (`{ start, end }` in `companyHolidays`): detected by
 * trying, so that the tests needing them run as soon as the core has them.
 */
export const coreSupportsTimedClosures: boolean = (() => {
  try {
    createDesk(desknetsCloud, { companyHolidays: asOption([{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00' }]) });
    return true;
  } catch {
    return false;
  }
})();

/** Imported entries as the `companyHolidays` option (whose type takes timed entries once the core does). */
export function asOption(entries: readonly CompanyHolidayEntry[]): NonNullable<DeskOptions['companyHolidays']> {
  return entries as NonNullable<DeskOptions['companyHolidays']>;
}
