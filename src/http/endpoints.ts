import { toICal } from '../ical/index.js';
import { type Desk, day, describe, MadoguchiError, type RouteRequest, route } from '../index.js';
import { type Json, jstText, plain } from './json.js';
import { BadRequest } from './problem.js';
import { oneOf, quote } from './query.js';

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
/** The longest range /v1/days and /v1/calendar.ics answer: a leap year. */
export const MAX_DAYS = 366;

/**
 * What one endpoint answers before the HTTP envelope (headers, ETag, HEAD) is put around it.
 *
 * @example
 * ```ts
 * const a: Answer = { body: { open: true }, changesAt: Date.parse('2026-11-25T08:30:00Z') };
 * ```
 */
export interface Answer {
  /** JSON data, or the text of another media type. */
  readonly body: Json | { readonly text: string; readonly type: string };
  /** Epoch ms at which the answer can change (it speaks of "now"), `null` if never, `undefined` if only with the data. */
  readonly changesAt?: number | null;
}

/**
 * What every endpoint reads: the desk of the current copy, the instant of the request, how fresh the copy is.
 *
 * @example
 * ```ts
 * const c: Context = { desk, now: Date.now(), loadedAt: null, stale: false, age: null };
 * ```
 */
export interface Context {
  readonly desk: Desk;
  readonly now: number;
  /** Epoch ms the company-holiday copy was read, `null` without a source. */
  readonly loadedAt: number | null;
  readonly stale: boolean;
  readonly age: number | null;
}

type Query = Readonly<Record<string, string>>;

const LANGS = ['ja', 'en'] as const;
const STYLES = ['text', 'speech'] as const;

const words = (query: Query) => ({ locale: oneOf(query, 'lang', LANGS, 'ja'), style: oneOf(query, 'style', STYLES, 'text') });
const freshness = (ctx: Context) => ({ stale: ctx.stale, age: ctx.age });
const jstOrNull = (at: Date | null): string | null => (at === null ? null : jstText(at.getTime()));

/**
 * `GET /v1/status`: the status, its sentence and until when it holds.
 *
 * @example
 * ```ts
 * statusAnswer({ at: '2026-11-25T10:00+09:00' }, ctx).body; //=> { open: true, line: { id: 'regular', … }, sentence: '…', … }
 * ```
 */
export function statusAnswer(query: Query, ctx: Context): Answer {
  const { locale, style } = words(query);
  const at = query.at ?? ctx.now;
  const status = ctx.desk.status(at);
  const nextChange = ctx.desk.nextChange(at);
  const body = {
    ...(plain(status) as object),
    sentence: describe(status, { locale, style }),
    lang: locale,
    nextChange: jstOrNull(nextChange),
    ...freshness(ctx),
  };
  return query.at === undefined ? { body, changesAt: nextChange?.getTime() ?? null } : { body };
}

/**
 * A '+' inside a number is a space that form encoding (Java's URLEncoder, HTML forms) wrote as
 * '+': `+81+120+365+800` is `+81 120 365 800`. Only a leading '+' (or one after `tel:`) is a plus.
 */
function formSpaces(text: string): string {
  return text.replace(/(?<!^|^tel:)\+/gi, ' ');
}

/**
 * `GET /v1/route`: what an IVR or chatbot should do with a contact, and the sentence to say.
 *
 * @example
 * ```ts
 * routeAnswer({ at: '2026-11-25T18:30+09:00', dialed: '0120-365-800' }, ctx).body; //=> { kind: 'redirect', … }
 * ```
 */
export function routeAnswer(query: Query, ctx: Context): Answer {
  const { locale, style } = words(query);
  const at = query.at ?? ctx.now;
  const request: RouteRequest = {
    at,
    ...(query.language === undefined ? {} : { language: query.language }),
    ...(query.line === undefined ? {} : { lineId: query.line }),
    ...(query.dialed === undefined ? {} : { dialed: formSpaces(query.dialed) }),
  };
  const decision = route(ctx.desk, request);
  const nextChange = ctx.desk.nextChange(at);
  const body = {
    ...(plain(decision) as object),
    sentence: describe(decision, { locale, style }),
    lang: locale,
    nextChange: jstOrNull(nextChange),
    ...freshness(ctx),
  };
  return query.at === undefined ? { body, changesAt: nextChange?.getTime() ?? null } : { body };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function required(query: Query, name: string): string {
  const value = query[name];
  if (value === undefined) throw new BadRequest('INVALID_ARGUMENT', `Query parameter ${name} (YYYY-MM-DD) is required.`, name);
  return value;
}

/** The JST days from..to (both included), checked by the desk itself and bounded. */
function dayRange(query: Query, ctx: Context): { from: string; to: string; days: string[] } {
  const from = required(query, 'from');
  const to = required(query, 'to');
  // desk.day names an impossible or malformed date with the library's own code and message.
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!DATE.test(value)) throw new MadoguchiError('INVALID_DATE', `Invalid ${name}: ${quote(value)}; expected a date YYYY-MM-DD.`, value);
    day(ctx.desk, value);
  }
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Date.parse(`${to}T00:00:00Z`);
  if (last < first) throw new MadoguchiError('INVALID_RANGE', `Invalid range: to (${to}) is before from (${from}); expected from <= to.`, { from, to });
  const count = (last - first) / DAY_MS + 1;
  if (count > MAX_DAYS)
    throw new MadoguchiError('INVALID_RANGE', `Invalid range: ${count} days from ${from} to ${to}; at most ${MAX_DAYS} are answered.`, { from, to });
  const days: string[] = [];
  for (let t = first; t <= last; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return { from, to, days };
}

/**
 * `GET /v1/days`: the day views of a range of JST days, both ends included.
 *
 * @example
 * ```ts
 * daysAnswer({ from: '2026-11-23', to: '2026-11-24' }, ctx).body; //=> { from: '2026-11-23', to: '2026-11-24', days: [ … ], … }
 * ```
 */
export function daysAnswer(query: Query, ctx: Context): Answer {
  const { from, to, days } = dayRange(query, ctx);
  return { body: { from, to, days: days.map((date) => plain(day(ctx.desk, date))), ...freshness(ctx) } };
}

/**
 * `GET /v1/calendar.ics`: the windows and closed days as iCalendar. DTSTAMP is when the data was
 * read, or the JST day's start without a source: the same request gives the same bytes all day,
 * in every runtime, so its ETag holds.
 *
 * @example
 * ```ts
 * calendarAnswer({ from: '2026-11-23', to: '2026-11-24' }, ctx).body; //=> { text: 'BEGIN:VCALENDAR…', type: 'text/calendar; charset=utf-8' }
 * ```
 */
export function calendarAnswer(query: Query, ctx: Context): Answer {
  const { from, to } = dayRange(query, ctx);
  const dayStart = Math.floor((ctx.now + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS;
  const text = toICal(ctx.desk, from, to, { stamp: ctx.loadedAt ?? dayStart });
  const body = { text, type: 'text/calendar; charset=utf-8' };
  return ctx.loadedAt === null ? { body, changesAt: dayStart + DAY_MS } : { body };
}
