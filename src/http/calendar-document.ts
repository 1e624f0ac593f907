import { companyHolidaysFromICal } from '../ical/index.js';
import { createDesk, type Desk, type DeskOptions, desknetsCloud, type PolicyInput } from '../index.js';
import type { SourceDocument } from './source.js';

const OPTION_KEYS = ['companyHolidays', 'overrides', 'nationalHolidays'];

/**
 * Desk options from a company-holiday document: iCalendar (declared `text/calendar`, or text that
 * starts `BEGIN:VCALENDAR`), whose all-day events become company holidays; or JSON, a bare array
 * of company holidays or `{ companyHolidays, overrides, nationalHolidays }` as `createDesk` takes them.
 *
 * @throws `Error` or `MadoguchiError` for a document that is neither, or has unknown keys
 * @example
 * ```ts
 * optionsFromDocument({ text: '["2026-12-29/2027-01-03"]', contentType: 'application/json' });
 * //=> { companyHolidays: ['2026-12-29/2027-01-03'] }
 * ```
 */
export function optionsFromDocument(document: SourceDocument): DeskOptions {
  const text = document.text.replace(/^\uFEFF/, '');
  if (/^text\/calendar\b/i.test(document.contentType ?? '') || /^\s*BEGIN:VCALENDAR/i.test(text)) {
    return { companyHolidays: companyHolidaysFromICal(text) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`the document is neither iCalendar nor JSON (${(error as Error).message})`);
  }
  if (Array.isArray(data)) return { companyHolidays: data };
  if (typeof data !== 'object' || data === null) throw new Error(`expected a JSON object with ${OPTION_KEYS.join(', ')} or an array of company holidays`);
  const unknown = Object.keys(data).find((key) => !OPTION_KEYS.includes(key));
  if (unknown !== undefined) throw new Error(`unknown key "${unknown}"; the keys are ${OPTION_KEYS.join(', ')}`);
  return data as DeskOptions;
}

/**
 * A desk from a company-holiday document: the terms (or `policy`) plus what the document adds.
 * `createDesk` checks every entry, so a document with one bad date is refused whole.
 *
 * @throws for a document `optionsFromDocument` refuses, or options `createDesk` refuses
 * @example
 * ```ts
 * deskFromDocument({ text: '["2026-12-30"]', contentType: null }).isOpen('2026-12-30T10:00+09:00'); //=> false
 * ```
 */
export function deskFromDocument(document: SourceDocument, policy: PolicyInput = desknetsCloud): Desk {
  return createDesk(policy, optionsFromDocument(document));
}
