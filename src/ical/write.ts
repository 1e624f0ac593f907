import { MadoguchiError } from '../errors/madoguchi-error.js';
import { day as dayOf } from '../faces/day.js';
import type { Desk } from '../faces/desk-type.js';
import { windows } from '../faces/windows.js';
import { languageWords } from '../format/words.js';
import type { Closed, Opening } from '../model/types.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { MS_PER_DAY } from '../time/constants.js';
import { type InstantInput, toEpochMs } from '../time/instant.js';
import { dayStart } from '../time/jst.js';
import type { IcalModule } from './read.js';

/**
 * Options of `toICal`.
 *
 * @example
 * ```ts
 * const options: ICalExportOptions = { stamp: '2026-11-01T00:00:00Z' };
 * ```
 */
export interface ICalExportOptions {
  /** DTSTAMP of every event (when the calendar was made); defaults to now. */
  readonly stamp?: InstantInput;
}

type WholeDayReason = 'weekend' | 'national-holiday' | 'company-holiday' | 'override';

/** SUMMARY of a closed day that has no name of its own (a weekend, an unnamed company holiday). */
const UNNAMED_CLOSURE: Readonly<Record<WholeDayReason, string>> = {
  weekend: '土日',
  'national-holiday': '祝日',
  'company-holiday': '当社休業日',
  override: '臨時休業',
};

type Time = InstanceType<IcalModule['Time']>;
type Component = InstanceType<IcalModule['Component']>;

const utc = (ical: IcalModule, at: Date): Time => ical.Time.fromJSDate(at, true);
const allDay = (ical: IcalModule, day: number): Time => ical.Time.fromDateString(formatDate(day));
const compact = (at: Date): string => at.toISOString().replace(/[-:]|\.\d{3}/g, '');

function windowEvent(ical: IcalModule, w: Opening, stamp: Time): Component {
  const event = new ical.Component('vevent');
  event.updatePropertyWithValue('uid', `${w.line.id}-${compact(w.opensAt)}@madoguchi`);
  event.updatePropertyWithValue('dtstamp', stamp);
  event.updatePropertyWithValue('dtstart', utc(ical, w.opensAt));
  event.updatePropertyWithValue('dtend', utc(ical, w.closesAt));
  event.updatePropertyWithValue('summary', `${w.line.name.ja} TEL ${w.line.tel}`);
  const fax = w.line.fax === undefined ? '' : `\nFAX ${w.line.fax}`;
  event.updatePropertyWithValue(
    'description',
    `${w.line.name.ja} (${w.line.name.en})\nTEL ${w.line.tel}${fax}\n対応言語: ${languageWords(w.line.languages, 'ja')}のみ`,
  );
  event.updatePropertyWithValue('categories', w.line.id);
  // Open hours should not make the subscriber look busy.
  event.updatePropertyWithValue('transp', 'TRANSPARENT');
  return event;
}

function closureEvent(ical: IcalModule, first: number, days: number, summary: string, reason: string, stamp: Time): Component {
  const event = new ical.Component('vevent');
  event.updatePropertyWithValue('uid', `closed-${formatDate(first)}@madoguchi`);
  event.updatePropertyWithValue('dtstamp', stamp);
  event.updatePropertyWithValue('dtstart', allDay(ical, first));
  // DTEND of an all-day event is exclusive: the day after the last closed day.
  event.updatePropertyWithValue('dtend', allDay(ical, first + days));
  event.updatePropertyWithValue('summary', summary);
  event.updatePropertyWithValue('categories', reason);
  event.updatePropertyWithValue('transp', 'TRANSPARENT');
  return event;
}

interface PartialClosure {
  readonly start: number;
  readonly end: number;
  readonly summary: string;
}

/**
 * The timed company closures of a day not closed as a whole for a company holiday: the segments
 * (`nextChange`) whose status is closed for a company holiday, joined where they touch under one name.
 */
function partialClosures(desk: Desk, day: number): PartialClosure[] {
  const parts: { start: number; end: number; summary: string }[] = [];
  const end = dayStart(day + 1);
  for (let at = dayStart(day); at < end; ) {
    const closed = desk.status(at).closed;
    const until = Math.min(desk.nextChange(at)?.getTime() ?? end, end);
    if (closed?.reason === 'company-holiday') {
      const summary = summaryOf(closed);
      const last = parts.at(-1);
      if (last !== undefined && last.end === at && last.summary === summary) last.end = until;
      else parts.push({ start: at, end: until, summary });
    }
    // nextChange is strictly later; the guard keeps a misbehaving desk from looping.
    at = Math.max(until, at + 1);
  }
  return parts;
}

function timedClosureEvent(ical: IcalModule, part: PartialClosure, stamp: Time): Component {
  const event = new ical.Component('vevent');
  event.updatePropertyWithValue('uid', `closed-${compact(new Date(part.start))}@madoguchi`);
  event.updatePropertyWithValue('dtstamp', stamp);
  event.updatePropertyWithValue('dtstart', utc(ical, new Date(part.start)));
  event.updatePropertyWithValue('dtend', utc(ical, new Date(part.end)));
  event.updatePropertyWithValue('summary', part.summary);
  event.updatePropertyWithValue('categories', 'company-holiday');
  return event;
}

const summaryOf = (closed: Closed): string => closed.name ?? UNNAMED_CLOSURE[closed.reason as WholeDayReason];

/**
 * `toICal` with the ical.js module passed in (the CLI loads it only for `--ics`).
 *
 * @example
 * ```ts
 * writeICal((await import('ical.js')).default, desk, '2026-12-01', '2026-12-31', {}); //=> 'BEGIN:VCALENDAR\r\n…'
 * ```
 */
export function writeICal(ical: IcalModule, desk: Desk, from: string, to: string, options: ICalExportOptions): string {
  const first = parseDate(from, 'from');
  const last = parseDate(to, 'to');
  if (last < first) throw new MadoguchiError('INVALID_RANGE', `Invalid range: to (${to}) is before from (${from}); expected from <= to.`, { from, to });
  const stamp = utc(ical, new Date(options.stamp === undefined ? Date.now() : toEpochMs(options.stamp, 'stamp')));
  const cal = new ical.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//madoguchi//contact windows//JA');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('method', 'PUBLISH');
  for (const w of windows(desk, dayStart(first), dayStart(last + 1))) cal.addSubcomponent(windowEvent(ical, w, stamp));
  let run: { first: number; days: number; summary: string; reason: string } | null = null;
  const flush = (): void => {
    if (run !== null) cal.addSubcomponent(closureEvent(ical, run.first, run.days, run.summary, run.reason, stamp));
    run = null;
  };
  for (let day = first; day <= last; day++) {
    let closed = dayOf(desk, formatDate(day)).closed;
    // Timed closures: on open days, on days closed for another reason (a weekend), and on days they
    // close by covering every window (day() then says company-holiday, but the minutes between differ).
    const parts = partialClosures(desk, day);
    const start = dayStart(day);
    const whole = parts.length === 1 && parts[0]?.start === start && parts[0].end === start + MS_PER_DAY;
    if (closed?.reason === 'company-holiday' && !(whole && parts[0]?.summary === summaryOf(closed))) closed = null;
    if (closed?.reason !== 'company-holiday') for (const part of parts) cal.addSubcomponent(timedClosureEvent(ical, part, stamp));
    const summary = closed === null ? null : summaryOf(closed);
    if (run !== null && closed !== null && run.summary === summary && run.reason === closed.reason) run.days++;
    else {
      flush();
      if (closed !== null && summary !== null) run = { first: day, days: 1, summary, reason: closed.reason };
    }
  }
  flush();
  // RFC 5545 ends every content line, the last included, with CRLF.
  return `${cal.toString()}\r\n`;
}
