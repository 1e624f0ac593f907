import { MadoguchiError } from '../index.js';
import type { SourceProperty } from './source-property.js';

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

/**
 * A property as a message quotes it: `line 12, DTSTART;TZID=Asia/Tokyo:20261299T000000`.
 *
 * @example
 * ```ts
 * quote({ name: 'DTSTART', params: '', value: '19960101', line: 4 }); //=> 'line 4, DTSTART:19960101'
 * ```
 */
export function quote(p: SourceProperty): string {
  return `line ${p.line}, ${p.name}${p.params}:${p.value.length > 60 ? `${p.value.slice(0, 60)}…` : p.value}`;
}

/**
 * Why an event is skipped, each naming the line, the property and the value as written (the
 * `message` of an `ICalSkipped`).
 *
 * @example
 * ```ts
 * skipMessages.cancelled({ name: 'STATUS', params: '', value: 'CANCELLED', line: 12 }); //=> 'line 12, STATUS:CANCELLED: the event is cancelled'
 * ```
 */
export const skipMessages = {
  notADate: (p: SourceProperty, item: string): string =>
    `${quote(p)}: ${JSON.stringify(item)} is not an RFC 5545 DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z])`,
  unknownZone: (p: SourceProperty, tzid: string): string => `${quote(p)}: TZID ${tzid} has no VTIMEZONE in the file and is no IANA time zone name`,
  noStart: (line: number): string => `line ${line}, BEGIN:VEVENT: the event has no DTSTART`,
  notADuration: (p: SourceProperty): string => `${quote(p)}: not an RFC 5545 DURATION (e.g. P1D, PT4H30M)`,
  partDay: (p: SourceProperty): string => `${quote(p)}: an all-day event lasts whole days (P1D, P2W), not part of one`,
  mixedEnd: (end: SourceProperty, endIsDate: boolean, startLine: number): string =>
    `${quote(end)}: DTEND is a ${endIsDate ? 'DATE' : 'DATE-TIME'} but DTSTART (line ${startLine}) is not`,
  endsBeforeStart: (p: SourceProperty): string => `${quote(p)}: the event ends before it starts`,
  noLength: (p: SourceProperty, open: boolean): string =>
    `${quote(p)}: ${open ? 'a timed event without DTEND or DURATION lasts no time' : 'the event ends before or when it starts'}`,
  ownDay: (p: SourceProperty, category: string): string => `${quote(p)}: a ${category} day of madoguchi's own export, which the desk knows by itself`,
  ownWindow: (where: string): string => `${where}: an open window of madoguchi's own export, not a closure`,
  tooMany: (p: SourceProperty, max: number, lastYear: number): string => `${quote(p)}: the rule yields more than ${max} closures through ${lastYear}`,
  notARule: (p: SourceProperty): string => `${quote(p)}: not an RFC 5545 recurrence rule (FREQ=DAILY|WEEKLY|MONTHLY|YEARLY…;NAME=value…)`,
  cancelled: (p: SourceProperty): string => `${quote(p)}: the event is cancelled`,
  transparent: (p: SourceProperty): string => `${quote(p)}: a timed event shown as free is no closure`,
  unreadable: (line: number, detail: string): string => `line ${line}, BEGIN:VEVENT: a value does not parse (${detail})`,
  strict: (message: string, summary: string | undefined, uid: string | undefined): string => {
    const event = [summary === undefined ? '' : `"${summary}"`, uid === undefined ? '' : `UID ${uid}`].filter((x) => x !== '').join(', ');
    return `${message}${event === '' ? '' : ` (event ${event})`}; strict mode rejects every event it would skip (without it, the event is listed in skipped)`;
  },
} as const;
