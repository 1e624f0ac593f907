import type { IcalModule } from '../ical/read.js';
import { UsageError } from './usage-error.js';

/**
 * ical.js, loaded only when a command reads or writes iCalendar: it is an optional peer dependency,
 * so the CLI must answer `status`, `next` and `calendar` without it.
 *
 * @throws `UsageError` naming the package to install when it is missing
 * @example
 * ```ts
 * const ical = await loadIcal('--ics');
 * ```
 */
export async function loadIcal(purpose: string): Promise<IcalModule> {
  try {
    return (await import('ical.js')).default;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new UsageError(`${purpose} needs the optional package ical.js; install it with: npm install ical.js`);
  }
}
