import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { readICal } from '../ical/read.js';
import type { ICalImport } from '../ical/types.js';
import { createDesk, type Desk, type DeskOptions, desknetsCloud, MadoguchiError } from '../index.js';
import { messages } from './messages.js';
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
 * What a `--company-holidays` file gave: the desk options, and for iCalendar what became of each event.
 *
 * @example
 * ```ts
 * const loaded: LoadedOptions = { options: { companyHolidays: ['2026-12-29'] } };
 * ```
 */
export interface LoadedOptions {
  readonly options: DeskOptions;
  readonly ical?: ICalImport;
}

const isICal = (path: string, text: string): boolean => /\.ics$/i.test(path) || /^\s*BEGIN:VCALENDAR/i.test(text);

/**
 * Desk options from a file: iCalendar (`.ics`, or text starting `BEGIN:VCALENDAR`) read with the
 * bundled ical.js; or JSON, either `{ companyHolidays, overrides, nationalHolidays }` as
 * `createDesk` takes them or a bare array of company holidays. `createDesk` checks the contents.
 *
 * @throws `UsageError` for an unreadable file, malformed JSON or iCalendar, an unknown key, or
 *   (`strict`) an iCalendar event it would skip, or `strict` with a JSON file
 * @example
 * ```ts
 * loadOptions('holidays.ics', false).options; //=> { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] }
 * ```
 */
export function loadOptions(path: string, strict: boolean): LoadedOptions {
  const text = read(path);
  if (isICal(path, text)) {
    try {
      const ical = readICal(ICAL, text, { strict });
      // Timed entries: the core takes them beside dated ones (CompanyHolidayInput widens with them).
      return { options: { companyHolidays: ical.companyHolidays as NonNullable<DeskOptions['companyHolidays']> }, ical };
    } catch (error) {
      if (error instanceof MadoguchiError) throw new UsageError(messages.fileContent(path, error.message));
      throw error;
    }
  }
  if (strict) throw new UsageError(messages.strictWithJson(path));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(messages.neitherIcalNorJson(path, (error as Error).message));
  }
  if (Array.isArray(data)) return { options: { companyHolidays: data } };
  if (typeof data !== 'object' || data === null) throw new UsageError(messages.jsonShape(path, FILE_KEYS));
  const unknown = Object.keys(data).find((key) => !FILE_KEYS.includes(key));
  if (unknown !== undefined) throw new UsageError(messages.unknownKey(path, unknown, FILE_KEYS));
  return { options: data as DeskOptions };
}

/**
 * The desk the CLI answers from: the terms, plus the company holidays and overrides of `path`.
 *
 * @throws `UsageError` naming the file when its contents are not valid options
 * @example
 * ```ts
 * loadDesk(undefined, false).desk.isOpen('2026-11-25T10:00:00+09:00'); //=> true
 * ```
 */
export function loadDesk(path: string | undefined, strict: boolean): { desk: Desk; ical?: ICalImport } {
  if (path === undefined) return { desk: createDesk(desknetsCloud) };
  const loaded = loadOptions(path, strict);
  try {
    return { desk: createDesk(desknetsCloud, loaded.options), ...(loaded.ical === undefined ? {} : { ical: loaded.ical }) };
  } catch (error) {
    if (error instanceof MadoguchiError) throw new UsageError(messages.fileContent(path, error.message));
    throw error;
  }
}
