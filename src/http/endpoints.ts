import { toICal } from '../ical/index.js';
import { type Desk, day, describe, MadoguchiError, type RouteRequest, route } from '../index.js';
import { type Json, jstText, plain } from './json.js';
import { BadRequest } from './problem.js';
import { oneOf, quote } from './query.js';

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
/**
 * The longest range /v1/days and /v1/calendar.ics answer: a leap year.
 *
 * @example
 * ```ts
 * daysAnswer({ from: '2028-01-01', to: '2028-12-31' }, ctx); // 366 days: answered
 * ```
 */
export const MAX_DAYS = 366;

/**
 * The part of an answer that stays the same for every instant until the answer can change, with
 * its media type and entity tag: computed once per segment of the day and kept (see `memo`).
 *
 * @example
 * ```ts
 * const s: Stable = { text: '{"open":true,…}', type: 'application/json', tag: 'W/"…"' };
 * ```
 */
export interface Stable {
  readonly text: string;
  readonly type: string;
  readonly tag: string;
}

/**
 * What one endpoint answers before the HTTP envelope (headers, HEAD, 304) is put around it.
 *
 * @example
 * ```ts
 * const a: Answer = { lead: { at: '2026-11-25T10:00:00.000+09:00' }, stable, changesAt: Date.parse('2026-11-25T17:30:00+09:00') };
 * ```
 */
export interface Answer {
  /** JSON fields that differ for every instant asked (`at`, `jst`): written first, outside the entity tag. */
  readonly lead?: Readonly<Record<string, Json>>;
  readonly stable: Stable;
  /** Epoch ms at which the answer can change (it speaks of "now"), `null` if never; absent if only with the data. */
  readonly changesAt?: number | null;
}

/**
 * What every endpoint reads: the desk of the current copy, the instant of the request, how fresh
 * the copy is, and the memo of stable parts.
 *
 * @example
 * ```ts
 * const c: Context = { desk, now: Date.now(), loadedAt: null, stale: false, age: null, memo: (key, build) => build() };
 * ```
 */
export interface Context {
  readonly desk: Desk;
  readonly now: number;
  /** Epoch ms the company-holiday copy was read, `null` without a source. */
  readonly loadedAt: number | null;
  readonly stale: boolean;
  readonly age: number | null;
  /**
   * The stable part for `key` (which must name everything it depends on but the copy of the
   * data, which the handler adds), built by `build` the first time.
   */
  readonly memo: (key: string, build: () => { text: string; type: string }) => Stable;
}

/**
 * The media type of JSON answers (JSON is UTF-8 by definition: no charset parameter).
 *
 * @example
 * ```ts
 * response.headers.get('content-type') === JSON_TYPE; //=> true for /v1/status
 * ```
 */
export const JSON_TYPE = 'application/json';

type Query = Readonly<Record<string, string>>;

const STYLES = ['text', 'speech'] as const;
// ja or en, alone or as the language of a locale tag (ja-JP, en-US, EN-gb), as Accept-Language and
// platforms write them.
const LANG = /^(ja|en)(?:-[a-z\d]{1,8})*$/i;

function sentenceLanguage(query: Query): 'ja' | 'en' {
  const value = query.lang;
  if (value === undefined) return 'ja';
  const match = LANG.exec(value);
  if (match === null)
    throw new BadRequest('INVALID_ARGUMENT', `Query parameter lang takes ja or en (or a locale tag of either, such as en-US), not ${quote(value)}.`, 'lang');
  return (match[1] as string).toLowerCase() as 'ja' | 'en';
}

const words = (query: Query) => ({ locale: sentenceLanguage(query), style: oneOf(query, 'style', STYLES, 'text') });
const json = (value: Json) => ({ text: JSON.stringify(value), type: JSON_TYPE });
const jstOrNull = (at: Date | null): string | null => (at === null ? null : jstText(at.getTime()));

/**
 * `GET /v1/status`: the status, its sentence and until when it holds.
 *
 * @example
 * ```ts
 * statusAnswer({ at: '2026-11-25T10:00+09:00' }, ctx).stable.text; //=> '{"edition":15,"open":true,"line":{"id":"regular",…'
 * ```
 */
export function statusAnswer(query: Query, ctx: Context): Answer {
  const { locale, style } = words(query);
  const at = query.at ?? ctx.now;
  const status = ctx.desk.status(at);
  const nextChange = ctx.desk.nextChange(at);
  // Every instant before nextChange has the same status but for its instant (the desk's promise):
  // the segment, named by its end, is the key.
  const stable = ctx.memo(`status ${locale} ${style} ${nextChange?.getTime() ?? 'end'}`, () => {
    const { at: _at, jst: _jst, ...rest } = plain(status) as Record<string, Json>;
    return json({ ...rest, sentence: describe(status, { locale, style }), lang: locale, nextChange: jstOrNull(nextChange), stale: ctx.stale });
  });
  const lead = { at: jstText(status.at.getTime()), jst: status.jst };
  return query.at === undefined ? { lead, stable, changesAt: nextChange?.getTime() ?? null } : { lead, stable };
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
 * routeAnswer({ at: '2026-11-25T18:30+09:00', dialed: '0120-365-800' }, ctx).stable.text; //=> '{"kind":"redirect",…'
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
  const { at: _, ...asked } = query;
  const stable = ctx.memo(`route ${JSON.stringify(asked)} ${nextChange?.getTime() ?? 'end'}`, () => {
    const { at: _at, ...rest } = plain(decision) as Record<string, Json>;
    return json({ ...rest, sentence: describe(decision, { locale, style }), lang: locale, nextChange: jstOrNull(nextChange), stale: ctx.stale });
  });
  const lead = { at: jstText(decision.at.getTime()) };
  return query.at === undefined ? { lead, stable, changesAt: nextChange?.getTime() ?? null } : { lead, stable };
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
 * daysAnswer({ from: '2026-11-23', to: '2026-11-24' }, ctx).stable.text; //=> '{"from":"2026-11-23","to":"2026-11-24","days":[…'
 * ```
 */
export function daysAnswer(query: Query, ctx: Context): Answer {
  const { from, to, days } = dayRange(query, ctx);
  return { stable: ctx.memo(`days ${from} ${to}`, () => json({ from, to, days: days.map((date) => plain(day(ctx.desk, date))), stale: ctx.stale })) };
}

/**
 * `GET /v1/calendar.ics`: the windows and closed days as iCalendar. DTSTAMP is when the data was
 * read, or the JST day's start without a source: the same request gives the same bytes all day,
 * in every runtime, so its ETag holds.
 *
 * @example
 * ```ts
 * calendarAnswer({ from: '2026-11-23', to: '2026-11-24' }, ctx).stable.type; //=> 'text/calendar; charset=utf-8'
 * ```
 */
export function calendarAnswer(query: Query, ctx: Context): Answer {
  const { from, to } = dayRange(query, ctx);
  const dayStart = Math.floor((ctx.now + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS;
  const stamp = ctx.loadedAt ?? dayStart;
  const stable = ctx.memo(`ics ${from} ${to} ${stamp}`, () => ({ text: toICal(ctx.desk, from, to, { stamp }), type: 'text/calendar; charset=utf-8' }));
  return ctx.loadedAt === null ? { stable, changesAt: dayStart + DAY_MS } : { stable };
}
