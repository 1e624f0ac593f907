import type ICAL from 'ical.js';
import { yearOfDay } from '../time/civil.js';
import { jstDay } from '../time/jst.js';
import { dateEntry, timedEntries } from './entries.js';
import { icalError, quote, skipMessages } from './messages.js';
import { property, type SourceEvent, type SourceProperty, scanSource } from './source.js';
import type { ICalClosure, ICalImport, ICalImportOptions, ICalSkipped, ICalSkipReason } from './types.js';
import { ianaZone, instantInZone, JST_OFFSET_MS } from './zone.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/**
 * The ical.js module, passed in so that only the callers that need it load it.
 *
 * @example
 * ```ts
 * const ical: IcalModule = (await import('ical.js')).default;
 * ```
 */
export type IcalModule = typeof ICAL;

/** Recurrences are expanded through the last year madoguchi answers for (JST). */
const LAST_YEAR = 2099;
/** A daily closure from 2020 through 2099 is about 29,000; a rule yielding more is a mistake, not a list of closures. */
const MAX_OCCURRENCES = 40_000;
const MS_PER_DAY = 86_400_000;
/** CATEGORIES madoguchi's export writes on days the desk closes by itself. */
const OWN_DAYS: Readonly<Record<string, ICalSkipReason>> = { weekend: 'madoguchi-weekend', 'national-holiday': 'madoguchi-national-holiday' };
const OWN_CLOSURES = new Set(['company-holiday', 'override']);

/** An event that becomes no closure: caught per event, reported (or thrown in strict mode). */
class Skip extends Error {
  constructor(
    readonly reason: ICalSkipReason,
    message: string,
  ) {
    super(message);
  }
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Checks a date property's values as written (RFC 5545 §3.3.4, §3.3.5): ical.js rolls 2026-13-45
 * over into another real day and cuts 202612299 to eight digits, which would move a closure without a word.
 */
function checkDates(p: SourceProperty): void {
  const period = /VALUE=PERIOD/i.test(p.params);
  for (const item of p.value.split(',')) {
    const value = period ? (item.split('/')[0] as string) : item;
    const m = DATE_TIME.exec(value) ?? DATE.exec(value);
    const ok =
      m !== null &&
      isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) &&
      (m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) <= 60));
    if (!ok) throw new Skip('invalid-value', skipMessages.notADate(p, item));
  }
}

/** The wall-clock reading of a Time as if it were UTC, in ms. */
const wallMs = (t: Time): number => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/**
 * The instant of a DATE-TIME: UTC (`Z`), a VTIMEZONE of the file, an IANA or Windows zone named by
 * TZID alone, or floating, read as JST (the terms speak only JST).
 */
function instantOf(t: Time, p: SourceProperty): number {
  const zone = t.zone?.tzid;
  if (zone === 'UTC' || (zone !== undefined && zone !== 'floating')) return t.toUnixTime() * 1000;
  const tzid = /;TZID=("[^"]*"|[^;:]*)/i.exec(p.params)?.[1];
  if (tzid === undefined) return wallMs(t) - JST_OFFSET_MS;
  const iana = ianaZone(tzid);
  if (iana === undefined) throw new Skip('unknown-time-zone', skipMessages.unknownZone(p, tzid));
  return instantInZone(iana, wallMs(t));
}

const isoDate = (t: Time): string => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

const isTrue = (p: SourceProperty | undefined): boolean => p !== undefined && p.value.trim().toUpperCase() === 'TRUE';

interface Shape {
  /** Whole days: the length in days; timed: the length in ms. */
  readonly allDay: boolean;
  readonly length: number;
  readonly start: SourceProperty;
}

/** Whether the event covers whole days, and how long it lasts (DTEND is exclusive, RFC 5545 §3.6.1). */
function shapeOf(vevent: Component, source: SourceEvent): Shape {
  const startProp = property(source, 'DTSTART');
  if (startProp === undefined) throw new Skip('no-start', skipMessages.noStart(source.line));
  const endProp = property(source, 'DTEND');
  const start = vevent.getFirstPropertyValue('dtstart') as Time;
  const end = endProp === undefined ? null : (vevent.getFirstPropertyValue('dtend') as Time);
  const durationProp = property(source, 'DURATION');
  let duration: InstanceType<typeof ICAL.Duration> | null = null;
  if (durationProp !== undefined) {
    if (!/^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/.test(durationProp.value.trim()) || /T$/.test(durationProp.value.trim())) {
      throw new Skip('invalid-value', skipMessages.notADuration(durationProp));
    }
    duration = vevent.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration>;
  }
  if (end !== null && endProp !== undefined && end.isDate !== start.isDate) {
    throw new Skip('invalid-value', skipMessages.mixedEnd(endProp, end.isDate, startProp.line));
  }
  // Outlook may write a whole-day event as midnight-to-midnight times with this flag.
  const outlookAllDay =
    isTrue(property(source, 'X-MICROSOFT-CDO-ALLDAYEVENT')) &&
    !start.isDate &&
    wallMs(start) % MS_PER_DAY === 0 &&
    (end === null || wallMs(end) % MS_PER_DAY === 0);
  if (start.isDate || outlookAllDay) {
    const seconds =
      end !== null ? (wallMs(end) - Math.floor(wallMs(start) / MS_PER_DAY) * MS_PER_DAY) / 1000 : duration !== null ? duration.toSeconds() : 86_400;
    if (end === null && duration !== null && seconds % 86_400 !== 0) throw new Skip('invalid-value', skipMessages.partDay(durationProp as SourceProperty));
    // DTEND equal to DTSTART is how some older tools write a one-day event: read as that day.
    const days = end !== null && seconds === 0 ? 1 : Math.ceil(seconds / 86_400);
    if (days <= 0) throw new Skip('empty', skipMessages.endsBeforeStart(endProp ?? (durationProp as SourceProperty)));
    return { allDay: true, length: days, start: startProp };
  }
  const startMs = instantOf(start, startProp);
  const length = end !== null ? instantOf(end, endProp as SourceProperty) - startMs : duration !== null ? duration.toSeconds() * 1000 : 0;
  if (length <= 0) throw new Skip('empty', skipMessages.noLength(endProp ?? durationProp ?? startProp, end === null && duration === null));
  return { allDay: false, length, start: startProp };
}

/** The SUMMARY madoguchi's export gives a company holiday or an override without a name of its own. */
const OWN_PLACEHOLDERS = new Set(['当社休業日', '臨時休業']);

const isOwn = (vevent: Component, fromMadoguchi: boolean): boolean => fromMadoguchi || String(vevent.getFirstPropertyValue('uid') ?? '').endsWith('@madoguchi');

/** Where an event's SUMMARY and UID say it came from madoguchi's own export, the days and windows the desk knows by itself. */
function ownExport(vevent: Component, source: SourceEvent, fromMadoguchi: boolean): Skip | null {
  const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
  if (!isOwn(vevent, fromMadoguchi)) return null;
  const categoriesProp = property(source, 'CATEGORIES');
  const categories = vevent
    .getAllProperties('categories')
    .flatMap((p) => p.getValues() as string[])
    .map((c) => String(c).trim().toLowerCase());
  for (const c of categories) {
    const reason = OWN_DAYS[c];
    if (reason !== undefined) return new Skip(reason, skipMessages.ownDay(categoriesProp as SourceProperty, c));
  }
  const start = vevent.getFirstPropertyValue('dtstart') as Time | null;
  if (start !== null && !start.isDate && !categories.some((c) => OWN_CLOSURES.has(c))) {
    const where = categoriesProp === undefined ? `line ${source.line}, UID:${uid}` : quote(categoriesProp);
    return new Skip('madoguchi-open-window', skipMessages.ownWindow(where));
  }
  return null;
}

/**
 * The months and days of the month an RRULE allows, as written or, where the rule leaves them to
 * DTSTART (RFC 5545 §3.3.10: a yearly rule without BYxxx repeats DTSTART's month and day), from it.
 */
function ruleParts(p: SourceProperty | undefined, dtstart: Time): { months: number[]; monthDays: number[] } {
  const value = p?.value ?? '';
  const part = (name: string): number[] =>
    (new RegExp(`(?:^|;)${name}=([^;]*)`, 'i').exec(value)?.[1] ?? '')
      .split(',')
      .filter((x) => x !== '')
      .map(Number);
  let months = part('BYMONTH');
  let monthDays = part('BYMONTHDAY');
  const freq = /(?:^|;)FREQ=([A-Z]+)/i.exec(value)?.[1]?.toUpperCase();
  const byOther = /(?:^|;)(?:BYDAY|BYYEARDAY|BYWEEKNO|BYSETPOS)=/i.test(value);
  if (!byOther && monthDays.length === 0 && (freq === 'YEARLY' || freq === 'MONTHLY')) monthDays = [dtstart.day];
  if (!byOther && months.length === 0 && freq === 'YEARLY' && part('BYMONTHDAY').length === 0) months = [dtstart.month];
  return { months, monthDays };
}

/**
 * Whether an occurrence is one the rule names. RFC 5545 §3.3.10: an instance on an invalid date
 * (30 February) MUST be ignored, but ical.js rolls it over into March.
 */
function fitsRule(t: Time, rule: { months: number[]; monthDays: number[] }): boolean {
  if (rule.months.length > 0 && !rule.months.includes(t.month)) return false;
  if (rule.monthDays.length === 0) return true;
  const length = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
  return rule.monthDays.some((d) => (d > 0 ? d : length + 1 + d) === t.day);
}

/** The key of an occurrence, so that a RECURRENCE-ID override can replace it. */
const occurrenceKey = (uid: string, t: Time, p: SourceProperty): string => `${uid} ${t.isDate ? isoDate(t) : instantOf(t, p)}`;

/** Whether an EXDATE names this instance. */
function excluded(vevent: Component, t: Time): boolean {
  return vevent.getAllProperties('exdate').some((p) => (p.getValues() as Time[]).some((x) => x.compare(t) === 0));
}

interface Pair {
  readonly vevent: Component;
  readonly source: SourceEvent;
}

function closuresOf(ical: IcalModule, { vevent, source }: Pair, shape: Shape, replaced: ReadonlySet<string>, name: string | undefined): ICalClosure['entry'][] {
  const entriesAt = (t: Time): ICalClosure['entry'][] => {
    if (shape.allDay) return [dateEntry(isoDate(t), shape.length, name)];
    const start = instantOf(t, shape.start);
    return timedEntries(start, start + shape.length, name);
  };
  const event = new ical.Event(vevent);
  if (!event.isRecurring() || property(source, 'RECURRENCE-ID') !== undefined) return entriesAt(vevent.getFirstPropertyValue('dtstart') as Time);
  const entries: ICalClosure['entry'][] = [];
  const dtstart = vevent.getFirstPropertyValue('dtstart') as Time;
  // DTSTART is the first instance of the set (RFC 5545 §3.8.5.2), but ical.js yields only the RDATEs when there is no RRULE.
  if (property(source, 'RRULE') === undefined && !excluded(vevent, dtstart)) entries.push(...entriesAt(dtstart));
  const iterator = event.iterator();
  const rule = ruleParts(property(source, 'RRULE'), dtstart);
  let count = 0;
  for (let t = iterator.next(); t !== undefined && t !== null; t = iterator.next()) {
    // Occurrences are in time order: the first to start after 2099 in JST ends the set (a DATE by its
    // own year; a DATE-TIME by its instant, as one written in 2100 in its zone may still be 2099 in JST).
    if (t.isDate ? t.year > LAST_YEAR : t.year > LAST_YEAR + 1 || yearOfDay(jstDay(instantOf(t, shape.start))) > LAST_YEAR) break;
    if (++count > MAX_OCCURRENCES) {
      throw new Skip('too-many-occurrences', skipMessages.tooMany(property(source, 'RRULE') ?? shape.start, MAX_OCCURRENCES, LAST_YEAR));
    }
    const isStart = t.compare(dtstart) === 0;
    // Without an RRULE, DTSTART was added above; with one, DTSTART counts even where the rule would not name it (RFC 5545 §3.8.5.3).
    if (isStart ? property(source, 'RRULE') === undefined : !fitsRule(t, rule)) continue;
    if (!replaced.has(occurrenceKey(event.uid, t, shape.start))) entries.push(...entriesAt(t));
  }
  return entries;
}

function readEvent(ical: IcalModule, pair: Pair, fromMadoguchi: boolean, replaced: ReadonlySet<string>): ICalClosure['entry'][] {
  const { vevent, source } = pair;
  if (source.unreadable !== undefined) throw new Skip('invalid-value', skipMessages.notARule(source.unreadable));
  for (const p of source.properties) if (['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE'].includes(p.name)) checkDates(p);
  const status = property(source, 'STATUS');
  if (status !== undefined && status.value.trim().toUpperCase() === 'CANCELLED') throw new Skip('cancelled', skipMessages.cancelled(status));
  const own = ownExport(vevent, source, fromMadoguchi);
  if (own !== null) throw own;
  const shape = shapeOf(vevent, source);
  // Clients mark all-day events TRANSPARENT by default (Google, Apple), so only a timed event marked free says "not busy".
  const transp = property(source, 'TRANSP');
  if (!shape.allDay && transp !== undefined && transp.value.trim().toUpperCase() === 'TRANSPARENT') {
    throw new Skip('transparent', skipMessages.transparent(transp));
  }
  const summary = vevent.getFirstPropertyValue('summary');
  const written = typeof summary === 'string' && summary.trim() !== '' ? summary.trim() : undefined;
  // madoguchi's export writes an unnamed closure under the word for its kind: that is no name.
  const name = written !== undefined && isOwn(vevent, fromMadoguchi) && OWN_PLACEHOLDERS.has(written) ? undefined : written;
  return closuresOf(ical, pair, shape, replaced, name);
}

/** The top-level VCALENDARs' VEVENTs, in file order, beside what the scan found of each. */
function pairsOf(ical: IcalModule, text: string): { pairs: Pair[]; fromMadoguchi: boolean } {
  const scanned = scanSource(text);
  let parsed: unknown;
  try {
    parsed = ical.parse(scanned.normalized);
  } catch (error) {
    throw icalError(`the text does not parse (${(error as Error).message.split('\n')[0]})`);
  }
  const roots = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  const vevents = roots.flatMap((jcal) => {
    const root = new ical.Component(jcal as unknown[]);
    if (root.name !== 'vcalendar') throw icalError(`a top-level ${String(root.name).toUpperCase()} is not a VCALENDAR`);
    return root.getAllSubcomponents('vevent');
  });
  if (vevents.length !== scanned.events.length) throw icalError(`ical.js found ${vevents.length} VEVENTs where the text has ${scanned.events.length}`);
  return { pairs: vevents.map((vevent, i) => ({ vevent, source: scanned.events[i] as SourceEvent })), fromMadoguchi: scanned.fromMadoguchi };
}

const textOf = (vevent: Component, name: string): string | undefined => {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * `importICal` with the ical.js module passed in (the CLI bundles it; the library entry imports it).
 *
 * @throws `MadoguchiError` `INVALID_POLICY` for text that is not iCalendar, naming the line; in
 *   strict mode, also for the first event it would skip
 * @example
 * ```ts
 * readICal((await import('ical.js')).default, text, {}).closures[0].entry; //=> { date: '2026-12-29/2027-01-03', name: '年末年始休業' }
 * ```
 */
export function readICal(ical: IcalModule, text: string, options: ICalImportOptions = {}): ICalImport {
  if (typeof text !== 'string') throw icalError(`got ${text === null ? 'null' : typeof text} instead of text`, text);
  const { pairs, fromMadoguchi } = pairsOf(ical, text);
  const replaced = new Set<string>();
  const closures: ICalClosure[] = [];
  const skipped: ICalSkipped[] = [];
  for (const { vevent, source } of pairs) {
    const id = property(source, 'RECURRENCE-ID');
    if (id === undefined) continue;
    try {
      checkDates(id);
      replaced.add(occurrenceKey(String(vevent.getFirstPropertyValue('uid')), vevent.getFirstPropertyValue('recurrence-id') as Time, id));
    } catch {
      // Reported when the override itself is read.
    }
  }
  for (const pair of pairs) {
    const uid = textOf(pair.vevent, 'uid');
    const summary = textOf(pair.vevent, 'summary');
    const about = { ...(uid === undefined ? {} : { uid }), ...(summary === undefined ? {} : { summary }), line: pair.source.line };
    try {
      for (const entry of readEvent(ical, pair, fromMadoguchi, replaced)) closures.push(Object.freeze({ entry, ...about }));
    } catch (error) {
      // ical.js reads values lazily and throws its own errors (a DATE-TIME with no time, …): this event's problem, not the file's.
      const problem =
        error instanceof Skip
          ? error
          : new Skip('invalid-value', skipMessages.unreadable(pair.source.line, String((error as Error)?.message).split('\n')[0] as string));
      const skip = Object.freeze({ ...about, reason: problem.reason, message: problem.message });
      if (options.strict === true) {
        throw icalError(skipMessages.strict(skip.message, summary, uid), skip);
      }
      skipped.push(skip);
    }
  }
  return Object.freeze({
    closures: Object.freeze(closures),
    skipped: Object.freeze(skipped),
    companyHolidays: Object.freeze(closures.map((c) => c.entry)),
  });
}
