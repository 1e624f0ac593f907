import ICAL from 'ical.js';
import type { ICalImport } from '../ical/types.js';
import { writeICal } from '../ical/write.js';
import { type DayInfo, day, describe, lines, MadoguchiError } from '../index.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import type { Command, CommandArgs } from './command.js';
import { holidayList } from './holidays.js';
import { holidaysJson, holidaysText } from './holidays-text.js';
import { dateText } from './jst-text.js';
import { LABELS } from './labels.js';
import { loadDesk, loadOptions } from './load-options.js';
import { messages } from './messages.js';
import { aboutInstant, COMMON, dateOption, FIRST_DAY, instantOption, lineIds } from './options.js';
import { renderCalendar } from './render-calendar.js';
import { openingText, renderStatus } from './render-status.js';
import { dataJson, statusJson } from './to-json.js';
import { type Text, UsageError } from './usage-error.js';

const NO_OPENING = { ja: LABELS.ja.noOpening, en: LABELS.en.noOpening } as const;

const text = (args: CommandArgs, name: string): string | undefined => args.values[name] as string | undefined;
const flag = (args: CommandArgs, name: string): boolean => args.values[name] === true;

/** `--at` as typed and as epoch ms (now when absent, read once so every part of an answer speaks of one instant). */
function atOf(args: CommandArgs, now: () => number): { typed: string | undefined; at: number } {
  const typed = text(args, 'at');
  return { typed, at: typed === undefined ? now() : instantOption('--at', typed) };
}

const deskOf = (args: CommandArgs) => loadDesk(text(args, 'company-holidays'), flag(args, 'strict'));

/**
 * Skips the import decided (cancelled, shown as free, madoguchi's own days) are listed by
 * `holidays`; events it could not understand are also said on stderr, so none goes unnoticed.
 */
const UNDERSTOOD = new Set(['cancelled', 'transparent', 'madoguchi-open-window', 'madoguchi-weekend', 'madoguchi-national-holiday']);

function warningsOf(args: CommandArgs, ical: ICalImport | undefined): { warnings?: Text[] } {
  if (ical !== undefined && ical.closures.length === 0 && ical.skipped.length === 0)
    return { warnings: [messages.noEvents(text(args, 'company-holidays') as string)] };
  const doubts = ical?.skipped.filter((s) => !UNDERSTOOD.has(s.reason)) ?? [];
  const first = doubts[0];
  if (first === undefined) return {};
  return { warnings: [messages.notImported(text(args, 'company-holidays') as string, doubts.length, first.message)] };
}

/** `--strict` speaks of the file's events: without a file it is a slip, not a no-op. */
function checkStrict(args: CommandArgs): void {
  if (flag(args, 'strict') && text(args, 'company-holidays') === undefined) throw new UsageError(messages.strictWithout());
}

/**
 * `madoguchi [status]`: the line open now (name, TEL, FAX, until when), or why none is and the next opening.
 *
 * @example
 * ```ts
 * await statusCommand.run({ values: { at: '2026-11-25T10:00+09:00' }, positionals: [], lang: 'en' }, context); //=> { text: '2026-11-25 (Wed) 10:00 JST …' }
 * ```
 */
export const statusCommand: Command = {
  name: 'status',
  options: { at: COMMON.at, lang: COMMON.lang, json: COMMON.json, 'company-holidays': COMMON['company-holidays'], strict: COMMON.strict },
  maxPositionals: 0,
  check: checkStrict,
  async run(args, { now, paint }) {
    const { typed, at } = atOf(args, now);
    const { desk, ical } = deskOf(args);
    const status = aboutInstant('--at', typed, at, () => desk.status(at));
    const body = flag(args, 'json') ? statusJson(status) : renderStatus(status, describe(status, { locale: args.lang }), args.lang, paint);
    return { text: body, ...warningsOf(args, ical) };
  },
};

/**
 * `madoguchi next [--line id]`: the next opening, of any line or of one.
 *
 * @example
 * ```ts
 * await nextCommand.run({ values: { line: 'night', at: '2026-11-25T10:00+09:00' }, positionals: [], lang: 'ja' }, context); //=> { text: '2026-11-25 (水) 18:00–20:00 JST …' }
 * ```
 */
export const nextCommand: Command = {
  name: 'next',
  options: { ...statusCommand.options, line: { type: 'string' } },
  maxPositionals: 0,
  check: checkStrict,
  async run(args, { now }) {
    const { typed, at } = atOf(args, now);
    const { desk, ical } = deskOf(args);
    const line = text(args, 'line');
    const next = aboutInstant('--at', typed, at, () => {
      try {
        return desk.nextOpening(at, line);
      } catch (error) {
        if (error instanceof MadoguchiError && error.code === 'UNKNOWN_LINE') throw new UsageError(messages.unknownLine(line as string, lineIds(desk, at)));
        throw error;
      }
    });
    return { text: flag(args, 'json') ? dataJson(next) : next === null ? NO_OPENING[args.lang] : openingText(next, args.lang), ...warningsOf(args, ical) };
  },
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The JST days of a month `YYYY-MM`. */
function daysOf(month: string): string[] {
  const days: string[] = [];
  for (let day = parseDate(`${month}-01`); formatDate(day).startsWith(month); day++) days.push(formatDate(day));
  return days;
}

function icsRange(value: string): { from: string; to: string } {
  const [from, to, more] = value.split('/');
  if (from === undefined || to === undefined || more !== undefined || !DAY.test(from) || !DAY.test(to)) throw new UsageError(messages.badIcsRange(value));
  for (const day of [from, to]) {
    try {
      parseDate(day, '--ics');
    } catch {
      throw new UsageError(messages.badDate('--ics', day));
    }
  }
  if (to < from) throw new UsageError(messages.icsReversed(from, to));
  return { from, to };
}

/**
 * `madoguchi calendar [YYYY-MM]`: a month, one row per day; with `--ics from/to`, the open windows
 * and closed days of a date range as iCalendar.
 *
 * @example
 * ```ts
 * await calendarCommand.run({ values: {}, positionals: ['2026-12'], lang: 'ja' }, context); //=> { text: '2026年12月（日本時間）\n…' }
 * ```
 */
export const calendarCommand: Command = {
  name: 'calendar',
  options: { ...statusCommand.options, ics: { type: 'string' }, out: { type: 'string' } },
  maxPositionals: 1,
  check(args) {
    checkStrict(args);
    const month = args.positionals[0];
    if (text(args, 'ics') !== undefined) {
      // iCalendar has its own range and no language: a month, --json or --lang would be ignored.
      if (month !== undefined) throw new UsageError(messages.icsWith(month));
      for (const option of ['json', 'lang']) if (args.values[option] !== undefined) throw new UsageError(messages.icsWith(`--${option}`));
      icsRange(text(args, 'ics') as string);
    } else if (text(args, 'out') !== undefined) throw new UsageError(messages.outWithoutIcs());
    if (month !== undefined && !MONTH.test(month)) throw new UsageError(messages.badMonth(month));
  },
  async run(args, { now, paint }) {
    const { typed, at } = atOf(args, now);
    const { desk, ical } = deskOf(args);
    const warnings = warningsOf(args, ical);
    const ics = text(args, 'ics');
    if (ics !== undefined) {
      const range = icsRange(ics);
      let body: string;
      try {
        body = writeICal(ICAL, desk, range.from, range.to, { stamp: at });
      } catch (error) {
        if (error instanceof MadoguchiError && (error.code === 'NO_TERMS_IN_FORCE' || error.code === 'OUT_OF_RANGE')) {
          throw new UsageError(messages.dateOutOfRange('--ics', ics, FIRST_DAY));
        }
        throw error;
      }
      const out = text(args, 'out');
      return out === undefined ? { text: body, ...warnings } : { text: body, file: out, ...warnings };
    }
    const month = args.positionals[0] ?? dateText(new Date(at)).slice(0, 7);
    const days = aboutInstant('--at', typed, at, () => daysOf(month).map((date) => day(desk, date)));
    if (flag(args, 'json')) return { text: dataJson(days), ...warnings };
    const linesOf = (info: DayInfo) => lines(desk, `${info.date}T00:00:00+09:00`);
    return { text: renderCalendar(month, days, linesOf, args.lang, paint), ...warnings };
  },
};

/** `YYYY-MM-DD` a number of days after another. */
const addDays = (date: string, days: number): string => formatDate(parseDate(date) + days);

/**
 * `madoguchi holidays [--from D] [--to D]`: what the desk will close and why, so an operator sees
 * what was understood before trusting it: national holidays, company closures with the event they
 * came from, whole-day overrides, and the events of an .ics file that were not imported, with the
 * reason. The range defaults to a year from today (JST).
 *
 * @example
 * ```ts
 * await holidaysCommand.run({ values: { from: '2027-01-01', to: '2027-01-31' }, positionals: [], lang: 'en' }, context);
 * //=> { text: 'Closures from 2027-01-01 to 2027-01-31 (JST)\n\nNational holidays:\n  2027-01-01 (Fri)  New Year’s Day, 元日\n…' }
 * ```
 */
export const holidaysCommand: Command = {
  name: 'holidays',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    lang: COMMON.lang,
    json: COMMON.json,
    'company-holidays': COMMON['company-holidays'],
    strict: COMMON.strict,
  },
  maxPositionals: 0,
  check(args) {
    checkStrict(args);
    const from = text(args, 'from');
    const to = text(args, 'to');
    if (from !== undefined) dateOption('--from', from);
    if (to !== undefined) dateOption('--to', to);
    if (from !== undefined && to !== undefined && to < from) throw new UsageError(messages.reversed(from, to));
  },
  async run(args, { now, paint }) {
    const file = text(args, 'company-holidays');
    const from =
      text(args, 'from') ?? (text(args, 'to') === undefined ? dateText(new Date(now())) : laterOf(FIRST_DAY, addDays(text(args, 'to') as string, -364)));
    const to = text(args, 'to') ?? earlierOf('2099-12-31', addDays(from, 364));
    if (to < from) throw new UsageError(messages.reversed(from, to));
    const { desk, ical } = deskOf(args);
    let source: Parameters<typeof holidayList>[3];
    if (file !== undefined && ical !== undefined) source = { file, closures: ical.closures, skipped: ical.skipped };
    else if (file !== undefined) source = { file, entries: loadOptions(file, false).options.companyHolidays ?? [] };
    const list = holidayList(desk, from, to, source);
    return { text: flag(args, 'json') ? holidaysJson(list) : holidaysText(list, args.lang, paint) };
  },
};

const laterOf = (a: string, b: string): string => (a > b ? a : b);
const earlierOf = (a: string, b: string): string => (a < b ? a : b);
