import { readFileSync } from 'node:fs';
import { readCompanyHolidays } from '../ical/read.js';
import { createDesk, type Desk, type DeskOptions, desknetsCloud, MadoguchiError } from '../index.js';
import { loadIcal } from './load-ical.js';
import { fileError, UsageError } from './usage-error.js';

const FILE_KEYS = ['companyHolidays', 'overrides', 'nationalHolidays'];

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw fileError('read', path, error);
  }
}

/**
 * Desk options from a file: iCalendar (`.ics`, or text starting `BEGIN:VCALENDAR`), whose all-day
 * events become company holidays; or JSON, either `{ companyHolidays, overrides, nationalHolidays }`
 * as `createDesk` takes them or a bare array of company holidays. `createDesk` checks the contents.
 *
 * @throws `UsageError` for an unreadable file, malformed JSON or iCalendar, or an unknown key
 * @example
 * ```ts
 * await loadOptions('holidays.ics'); //=> { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] }
 * ```
 */
export async function loadOptions(path: string): Promise<DeskOptions> {
  const text = read(path);
  if (/\.ics$/i.test(path) || /^\s*BEGIN:VCALENDAR/i.test(text)) {
    try {
      return { companyHolidays: readCompanyHolidays(await loadIcal(`reading ${path}`), text) };
    } catch (error) {
      throw error instanceof MadoguchiError ? new UsageError(`${path}: ${error.message}`) : error;
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is neither iCalendar nor valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return { companyHolidays: data };
  if (typeof data !== 'object' || data === null)
    throw new UsageError(`${path}: expected a JSON object with ${FILE_KEYS.join(', ')} or an array of company holidays`);
  const unknown = Object.keys(data).find((key) => !FILE_KEYS.includes(key));
  if (unknown !== undefined) throw new UsageError(`${path}: unknown key "${unknown}"; the keys are ${FILE_KEYS.join(', ')}`);
  return data as DeskOptions;
}

/**
 * The desk the CLI answers from: the terms, plus the company holidays and overrides of `path`.
 *
 * @throws `UsageError` naming the file when its contents are not valid options
 * @example
 * ```ts
 * (await loadDesk(undefined)).isOpen('2026-11-25T10:00:00+09:00'); //=> true
 * ```
 */
export async function loadDesk(path: string | undefined): Promise<Desk> {
  if (path === undefined) return createDesk(desknetsCloud);
  const options = await loadOptions(path);
  try {
    return createDesk(desknetsCloud, options);
  } catch (error) {
    throw error instanceof MadoguchiError ? new UsageError(`${path}: ${error.message}`) : error;
  }
}
