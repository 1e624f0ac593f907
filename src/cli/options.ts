import { type Desk, desknetsCloud, lines, MadoguchiError } from '../index.js';
import { parseDate } from '../time/calendar-date.js';
import { toEpochMs } from '../time/instant.js';
import type { OptionSpec } from './command.js';
import { whenText } from './jst-text.js';
import { messages } from './messages.js';
import { UsageError } from './usage-error.js';

/**
 * Options several commands share, declared once.
 *
 * @example
 * ```ts
 * const options = { at: COMMON.at, json: COMMON.json };
 * ```
 */
export const COMMON: Readonly<Record<'at' | 'lang' | 'json' | 'company-holidays' | 'strict', OptionSpec>> = {
  at: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  'company-holidays': { type: 'string' },
  strict: { type: 'boolean' },
};

/**
 * The first day an edition of the built-in terms is in force.
 *
 * @example
 * ```ts
 * FIRST_DAY; //=> '2020-07-01'
 * ```
 */
export const FIRST_DAY: string = desknetsCloud.editions.map((e) => e.effective).sort()[0] as string;

const INSTANT = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * The instant of an option as the user typed it, checked against the forms the CLI lists.
 *
 * @throws `UsageError` quoting the value and the accepted forms
 * @example
 * ```ts
 * instantOption('--at', '2026-11-25T10:00+09:00'); //=> 1795568400000
 * ```
 */
export function instantOption(option: string, value: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UsageError(messages.badInstant(option, value, { ja: '日付だけで時刻とオフセットがありません', en: 'a date without a time and an offset' }));
  if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/.test(value)) {
    throw new UsageError(
      messages.badInstant(option, value, { ja: 'オフセットがないので日時が一つに決まりません', en: 'it has no offset, so it names no single instant' }),
    );
  }
  if (!INSTANT.test(value)) throw new UsageError(messages.badInstant(option, value, { ja: '書式が違います', en: 'not in ISO 8601 form' }));
  try {
    return toEpochMs(value, option);
  } catch (error) {
    if (!(error instanceof MadoguchiError)) throw error;
    // The core names the field (month 13, day 30 of February…): keep its words after ours.
    const detail = error.message.replace(/^[^:]*: /, '').replace(/; expected .*$/, '');
    throw new UsageError(messages.badInstant(option, value, { ja: detail, en: detail }));
  }
}

/**
 * Runs a desk question about an instant the user typed, turning a range error into a message that
 * quotes the value as typed and in JST.
 *
 * @example
 * ```ts
 * aboutInstant('--at', '2026-11-25T10:00+09:00', at, () => desk.status(at));
 * ```
 */
export function aboutInstant<T>(option: string, typed: string | undefined, at: number, ask: () => T): T {
  try {
    return ask();
  } catch (error) {
    if (!(error instanceof MadoguchiError) || typed === undefined) throw error;
    const jst = { ja: whenText(new Date(at), 'ja'), en: whenText(new Date(at), 'en') };
    if (error.code === 'NO_TERMS_IN_FORCE') throw new UsageError(messages.beforeTerms(option, typed, jst, FIRST_DAY));
    if (error.code === 'OUT_OF_RANGE') throw new UsageError(messages.afterRange(option, typed, jst));
    throw error;
  }
}

/**
 * A `YYYY-MM-DD` option, checked to be a real day the desk answers for.
 *
 * @example
 * ```ts
 * dateOption('--from', '2026-12-01'); //=> '2026-12-01'
 * ```
 */
export function dateOption(option: string, value: string): string {
  try {
    parseDate(value, option);
  } catch (error) {
    if (error instanceof MadoguchiError) throw new UsageError(messages.badDate(option, value));
    throw error;
  }
  if (value < FIRST_DAY || value > '2099-12-31') throw new UsageError(messages.dateOutOfRange(option, value, FIRST_DAY));
  return value;
}

/**
 * The ids of the lines a desk has at an instant, for a message that lists them.
 *
 * @example
 * ```ts
 * lineIds(desk, Date.now()); //=> ['regular', 'night']
 * ```
 */
export function lineIds(desk: Desk, at: number): string[] {
  return lines(desk, at).map((l) => l.id);
}
