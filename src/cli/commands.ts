import { writeICal } from '../ical/write.js';
import { type DayInfo, type Desk, day, describe, lines } from '../index.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import type { Invocation } from './args.js';
import { HELP, VERSION } from './help.js';
import { dateText } from './jst-text.js';
import { LABELS } from './labels.js';
import { loadIcal } from './load-ical.js';
import { loadDesk } from './load-options.js';
import type { Paint } from './paint.js';
import { renderCalendar } from './render-calendar.js';
import { openingText, renderStatus } from './render-status.js';
import { dataJson, statusJson } from './to-json.js';

/**
 * What a command prints, and where: stdout unless `file` is set.
 *
 * @example
 * ```ts
 * const output: Output = { text: 'BEGIN:VCALENDAR…', file: 'holidays.ics' };
 * ```
 */
export interface Output {
  readonly text: string;
  readonly file?: string;
}

const NO_OPENING = { ja: LABELS.ja.noOpening, en: LABELS.en.noOpening } as const;

/** The JST days of a month `YYYY-MM`. */
function daysOf(month: string): string[] {
  const days: string[] = [];
  for (let day = parseDate(`${month}-01`); formatDate(day).startsWith(month); day++) days.push(formatDate(day));
  return days;
}

/**
 * Runs a parsed command against the desk. `now` is read once, so every part of one answer speaks
 * of the same instant.
 *
 * @throws `UsageError` or `MadoguchiError` for user mistakes (shown in one line, exit code 2)
 * @example
 * ```ts
 * await execute(parseInvocation(['--at', '2026-11-25T10:00+09:00', '--json'], {}), Date.now, plain);
 * //=> '{\n  "at": "2026-11-25T10:00:00.000+09:00", …'
 * ```
 */
export async function execute(inv: Invocation, now: () => number, paint: Paint): Promise<Output> {
  if (inv.command === 'help') return { text: HELP };
  if (inv.command === 'version') return { text: VERSION };
  const desk: Desk = await loadDesk(inv.companyHolidays);
  const at = inv.at ?? now();
  switch (inv.command) {
    case 'status': {
      const status = desk.status(at);
      return { text: inv.json ? statusJson(status) : renderStatus(status, describe(status, { locale: inv.lang }), inv.lang, paint) };
    }
    case 'next': {
      const next = desk.nextOpening(at, inv.line);
      return { text: inv.json ? dataJson(next) : next === null ? NO_OPENING[inv.lang] : openingText(next, inv.lang) };
    }
    case 'calendar': {
      if (inv.ics !== undefined) {
        const text = writeICal(await loadIcal('--ics'), desk, inv.ics.from, inv.ics.to, { stamp: at });
        return inv.out === undefined ? { text } : { text, file: inv.out };
      }
      const month = inv.month ?? dateText(new Date(at)).slice(0, 7);
      const days = daysOf(month).map((date) => day(desk, date));
      if (inv.json) return { text: dataJson(days) };
      const linesOf = (info: DayInfo) => lines(desk, `${info.date}T00:00:00+09:00`);
      return { text: renderCalendar(month, days, linesOf, inv.lang, paint) };
    }
  }
}
