import { MadoguchiError } from '../index.js';

/**
 * The error of an iCalendar text madoguchi cannot read, or (strict mode) an event it would skip.
 *
 * @example
 * ```ts
 * icalError('line 4, DTSTART:2026-12-29 is not an RFC 5545 DATE or DATE-TIME').code; //=> 'INVALID_POLICY'
 * ```
 */
export function icalError(problem: string, value?: unknown): MadoguchiError {
  return new MadoguchiError('INVALID_POLICY', `Invalid iCalendar company holidays: ${problem}.`, value);
}
