import { icalError } from './messages.js';
import type { SourceProperty } from './source-property.js';

export type { SourceProperty };

/**
 * A VEVENT as written: where it begins and its own properties (not those of a nested VALARM).
 */
export interface SourceEvent {
  readonly line: number;
  readonly properties: readonly SourceProperty[];
  /** A property ical.js cannot take (it would fail the whole file), left out of the text it reads. */
  readonly unreadable?: SourceProperty;
}

/**
 * The file scanned before ical.js reads it: the VEVENTs with their line numbers, and the text
 * ical.js is given, in which dates written without `VALUE=DATE` are marked as dates.
 */
export interface ScannedSource {
  readonly events: readonly SourceEvent[];
  /** Whether the PRODID says madoguchi wrote the file (its own windows and days are then recognised). */
  readonly fromMadoguchi: boolean;
  readonly normalized: string;
}

const CONTENT_LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/;
/** Properties whose value is a DATE or DATE-TIME (or a list of them, for EXDATE and RDATE). */
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE', 'DUE']);
const EIGHT_DIGITS = /^\d{8}(?:,\d{8})*$/;
/** RFC 5545 §3.3.10: FREQ from the list, then NAME=value parts. ical.js throws on anything else, for the whole file. */
const RECUR = /^(?=(?:.*;)?FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;|$))[A-Z-]+=[^;=]+(?:;[A-Z-]+=[^;=]+)*$/i;

/** Logical lines with the physical line each starts on: CRLF, LF or CR breaks, folds joined (RFC 5545 §3.1). */
function unfold(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: { text: string; line: number }[] = [];
  physical.forEach((raw, i) => {
    const last = logical.at(-1);
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last !== undefined) last.text += raw.slice(1);
    else if (raw.trim() !== '') logical.push({ text: raw, line: i + 1 });
  });
  return logical;
}

/**
 * Reads the structure of an iCalendar text line by line (a BOM and blank lines allowed).
 *
 * @throws `MadoguchiError` `INVALID_POLICY` naming the line for text that is not iCalendar: no
 *   BEGIN:VCALENDAR first, a line that is no `NAME[;PARAM=…]:value`, or unbalanced BEGIN/END
 * @example
 * ```ts
 * scanSource('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261229\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n').events[0].line; //=> 2
 * ```
 */
export function scanSource(text: string): ScannedSource {
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  const first = lines[0];
  if (first === undefined || first.text.toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw icalError(`line ${first?.line ?? 1}: the text does not begin with BEGIN:VCALENDAR (found ${JSON.stringify((first?.text ?? '').slice(0, 40))})`);
  }
  const stack: string[] = [];
  const events: { line: number; properties: SourceProperty[]; unreadable?: SourceProperty }[] = [];
  const out: string[] = [];
  let fromMadoguchi = false;
  for (const { text: content, line } of lines) {
    const m = CONTENT_LINE.exec(content);
    if (m === null) throw icalError(`line ${line}: ${JSON.stringify(content.slice(0, 60))} is not an iCalendar content line (NAME[;PARAM=value]:value)`);
    const name = (m[1] as string).toUpperCase();
    let params = m[2] as string;
    const value = m[3] as string;
    if (name === 'BEGIN') {
      if (stack.length === 0 && value.toUpperCase() !== 'VCALENDAR')
        throw icalError(`line ${line}: BEGIN:${value} stands outside BEGIN:VCALENDAR … END:VCALENDAR`);
      stack.push(value.toUpperCase());
      if (value.toUpperCase() === 'VEVENT' && stack.length === 2) events.push({ line, properties: [] });
    } else if (name === 'END') {
      const open = stack.pop();
      if (open !== value.toUpperCase()) throw icalError(`line ${line}: END:${value} closes ${open === undefined ? 'nothing' : `BEGIN:${open}`}`);
    } else if (stack.length === 0) {
      throw icalError(`line ${line}: ${name} stands outside BEGIN:VCALENDAR … END:VCALENDAR`);
    } else {
      if (stack.length === 1 && name === 'PRODID' && /madoguchi/i.test(value)) fromMadoguchi = true;
      // Common clients read an 8-digit DTSTART as a DATE; ical.js would read a mangled DATE-TIME.
      if (DATE_PROPERTIES.has(name) && EIGHT_DIGITS.test(value) && !/;VALUE=/i.test(params)) params += ';VALUE=DATE';
      const inEvent = stack.length === 2 && stack[1] === 'VEVENT';
      const event = inEvent ? events.at(-1) : undefined;
      const written = { name, params: m[2] as string, value, line };
      event?.properties.push(written);
      if (event !== undefined && (name === 'RRULE' || name === 'EXRULE') && !RECUR.test(value)) {
        event.unreadable ??= written;
        continue;
      }
    }
    out.push(`${name}${params}:${value}`);
  }
  if (stack.length > 0) throw icalError(`BEGIN:${stack.at(-1)} is never closed by END:${stack.at(-1)}`);
  return { events, fromMadoguchi, normalized: `${out.join('\r\n')}\r\n` };
}

/**
 * The first property of an event with that name, as written.
 *
 * @example
 * ```ts
 * property(event, 'DTSTART')?.value; //=> '20261229'
 * ```
 */
export function property(event: SourceEvent, name: string): SourceProperty | undefined {
  return event.properties.find((p) => p.name === name);
}
