import { type Desk, MadoguchiError, desk as termsDesk } from '../index.js';
import { entityTag, matchesNoneMatch, maxAgeSeconds } from './cache.js';
import { type Answer, type Context, calendarAnswer, daysAnswer, JSON_TYPE, routeAnswer, type Stable, statusAnswer } from './endpoints.js';
import { type Json, jstText } from './json.js';
import { openApiDocument } from './openapi.js';
import { BadRequest, type Problem, problem } from './problem.js';
import { readQuery } from './query.js';
import { type CalendarSource, publicLocation } from './source.js';

/**
 * Options of `createHandler`.
 *
 * @example
 * ```ts
 * const options: HandlerOptions = { desk: createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }), cors: true };
 * ```
 */
export interface HandlerOptions {
  /** The desk to answer from (default `desk`, the terms as published). Ignored when `source` is given. */
  readonly desk?: Desk;
  /** A company-holiday source (`createCalendarSource`), already started: its last good copy answers. */
  readonly source?: CalendarSource<Desk>;
  /** CORS: off by default; `true` allows any origin, a list allows those origins. */
  readonly cors?: boolean | readonly string[];
  /** The clock for answers about "now" (default `Date.now`). */
  readonly clock?: () => number;
}

/**
 * A Web-standard request handler: the signature of a Cloudflare Worker's `fetch`, Deno.serve,
 * Bun.serve and every Fetch-API adapter.
 *
 * @example
 * ```ts
 * const handler: Handler = createHandler();
 * ```
 */
export type Handler = (request: Request) => Promise<Response>;

/**
 * What the handler reads of a request, whatever the runtime: its method, the path and query of
 * its URL, and two headers. A Node server builds it from `IncomingMessage` without a `Request`.
 *
 * @example
 * ```ts
 * const r: PlainRequest = { method: 'GET', path: '/v1/status', search: '?lang=en', header: () => null };
 * ```
 */
export interface PlainRequest {
  readonly method: string;
  readonly path: string;
  /** The query with its `?`, or `''`. */
  readonly search: string;
  header(name: 'if-none-match' | 'origin'): string | null;
}

/**
 * A response as plain data: what both a `Response` and Node's `ServerResponse` are made from.
 *
 * @example
 * ```ts
 * const r: PlainResponse = { status: 404, headers: { 'content-type': 'application/problem+json' }, body: '{…}' };
 * ```
 */
export interface PlainResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** `null` for 204, 304 and HEAD. */
  readonly body: string | null;
}

/** The query parameters an endpoint takes, and its answer (none for the two the handler writes itself). */
type Endpoint = { readonly params: readonly string[]; readonly answer?: (query: Readonly<Record<string, string>>, ctx: Context) => Answer };

const ENDPOINTS: ReadonlyMap<string, Endpoint> = new Map([
  ['/v1/status', { params: ['at', 'lang', 'style'], answer: statusAnswer }],
  ['/v1/route', { params: ['at', 'dialed', 'line', 'language', 'lang', 'style'], answer: routeAnswer }],
  ['/v1/days', { params: ['from', 'to'], answer: daysAnswer }],
  ['/v1/calendar.ics', { params: ['from', 'to'], answer: calendarAnswer }],
  ['/healthz', { params: [] }],
  ['/openapi.json', { params: [] }],
]);

const ALLOW = 'GET, HEAD, OPTIONS';
/** How long a fixed answer may be cached without a source: it changes only with a new release. */
const FIXED_MAX_AGE = 86_400;
/** Stable parts kept per handler (the least recently used go first), and the largest one kept. */
const MEMO_ENTRIES = 512;
const MEMO_MAX_CHARS = 32_768;

/**
 * The HTTP face of a desk: `GET /v1/status`, `/v1/route`, `/v1/days`, `/v1/calendar.ics`,
 * `/healthz` and `/openapi.json` (see that document for every parameter and field). Bad input is
 * a `400 application/problem+json` (RFC 9457) with the library's error `code`; an unknown path a
 * `404`, another method a `405`. Answers about "now" may be cached until the status can next
 * change (never longer than the source's refresh interval), with an ETag for `304`s. It keeps no
 * state between requests but the source's copy, so any number of copies can run side by side.
 *
 * @param options - the desk or company-holiday source, CORS, the clock
 * @returns `(request: Request) => Promise<Response>`
 * @example
 * ```ts
 * import { createHandler } from 'madoguchi/http';
 * const handler = createHandler();
 * const res = await handler(new Request('http://localhost/v1/status?at=2026-11-25T10:00%2B09:00&lang=en'));
 * (await res.json()).line.tel; //=> '0120-365-800'
 * // Cloudflare Workers: export default { fetch: handler };
 * ```
 */
export function createHandler(options: HandlerOptions = {}): Handler {
  const respondTo = createResponder(options);
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const { status, headers, body } = respondTo({
      method: request.method,
      path: url.pathname,
      search: url.search,
      header: (name) => request.headers.get(name),
    });
    return new Response(body, { status, headers });
  };
}

/**
 * The handler without the Web's `Request` and `Response`: plain data in and out, for a server
 * that has neither (Node's `http`, where building them costs more than the answer). Internal to
 * the package: `madoguchi serve` uses it; users take `createHandler`.
 *
 * @example
 * ```ts
 * createResponder()({ method: 'GET', path: '/healthz', search: '', header: () => null }).status; //=> 200
 * ```
 */
export function createResponder(options: HandlerOptions = {}): (request: PlainRequest) => PlainResponse {
  const { source, cors = false } = options;
  const fixedDesk = options.desk ?? termsDesk;
  const clock = options.clock ?? Date.now;
  const cap = source?.refreshSeconds ?? FIXED_MAX_AGE;
  const openApiText = JSON.stringify(openApiDocument);
  const openApiTag = `W/${entityTag(openApiText)}`;

  // A pure memo: the same request in the same segment of the day gives the same stable part in
  // every copy of the service, so keeping it changes no answer; it saves describe() and
  // JSON.stringify on each request (the difference between a third and most of bare node:http).
  const memoized = new Map<string, Stable>();
  function memo(key: string, build: () => { text: string; type: string }): Stable {
    const found = memoized.get(key);
    if (found !== undefined) {
      memoized.delete(key);
      memoized.set(key, found);
      return found;
    }
    const { text, type } = build();
    const stable = { text, type, tag: `W/${entityTag(text)}` };
    if (text.length <= MEMO_MAX_CHARS) {
      memoized.set(key, stable);
      if (memoized.size > MEMO_ENTRIES) memoized.delete(memoized.keys().next().value as string);
    }
    return stable;
  }

  function context(): Context {
    const now = clock();
    if (source === undefined) return { desk: fixedDesk, now, loadedAt: null, stale: false, age: null, memo };
    const copy = source.current();
    // The copy and its staleness are part of every key: a new copy is a new answer.
    const version = `${copy.loadedAt} ${copy.stale} `;
    return {
      desk: copy.value,
      now,
      loadedAt: copy.loadedAt,
      stale: copy.stale,
      age: copy.ageSeconds,
      memo: (key, build) => memo(version + key, build),
    };
  }

  function corsHeaders(request: PlainRequest, headers: Record<string, string>): void {
    if (cors === false) return;
    if (cors === true) headers['access-control-allow-origin'] = '*';
    else {
      headers.vary = 'Origin';
      const origin = request.header('origin');
      if (origin !== null && cors.includes(origin)) headers['access-control-allow-origin'] = origin;
    }
    headers['access-control-expose-headers'] = 'ETag';
  }

  function respond(request: PlainRequest, status: number, body: string | null, headers: Record<string, string>): PlainResponse {
    corsHeaders(request, headers);
    headers['x-content-type-options'] = 'nosniff';
    return { status, headers, body: request.method === 'HEAD' ? null : body };
  }

  function problemResponse(request: PlainRequest, p: Problem, extra: Record<string, string> = {}): PlainResponse {
    const headers = { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...extra };
    return respond(request, p.status, JSON.stringify(p), headers);
  }

  function health(ctx: Context): Json {
    const h = source?.health();
    const time = (t: number | null) => (t === null ? null : jstText(t));
    return {
      status: 'ok',
      now: jstText(ctx.now),
      source:
        h === undefined
          ? null
          : {
              location: publicLocation(h.location),
              refreshSeconds: h.refreshSeconds,
              maxAgeSeconds: h.maxAgeSeconds,
              lastAttempt: time(h.lastAttempt),
              lastSuccess: time(h.lastSuccess),
              lastChange: time(h.lastChange),
              lastError: h.lastError === null ? null : { at: jstText(h.lastError.at), message: h.lastError.message },
              stale: h.stale,
              ageSeconds: h.ageSeconds,
              tooOld: h.tooOld,
            },
    };
  }

  function answer(request: PlainRequest, endpoint: Endpoint): PlainResponse {
    const { path, search } = request;
    const query = readQuery(search, endpoint.params);
    const ctx = context();
    if (path === '/healthz') {
      return respond(request, 200, JSON.stringify(health(ctx)), { 'content-type': JSON_TYPE, 'cache-control': 'no-store' });
    }
    let text: string;
    let type: string;
    let tag: string;
    let maxAge: number;
    if (endpoint.answer === undefined) {
      [text, type, tag, maxAge] = [openApiText, JSON_TYPE, openApiTag, Math.min(cap, 3600)];
    } else {
      const result = endpoint.answer(query, ctx);
      ({ type, tag } = result.stable);
      text = type === JSON_TYPE ? jsonText(result, ctx.age) : result.stable.text;
      maxAge = result.changesAt === undefined ? cap : maxAgeSeconds(ctx.now, result.changesAt, cap);
    }
    const cacheControl = `public, max-age=${maxAge}`;
    if (matchesNoneMatch(request.header('if-none-match'), tag)) return respond(request, 304, null, { 'cache-control': cacheControl, etag: tag });
    return respond(request, 200, text, { 'content-type': type, 'cache-control': cacheControl, etag: tag });
  }

  return function respondTo(request: PlainRequest): PlainResponse {
    const endpoint = ENDPOINTS.get(request.path);
    if (endpoint === undefined)
      return problemResponse(request, problem(404, 'NOT_FOUND', `No endpoint at ${JSON.stringify(request.path.slice(0, 64))}; see /openapi.json.`));
    if (request.method === 'OPTIONS') {
      const headers: Record<string, string> = { allow: ALLOW, 'cache-control': 'no-store' };
      if (cors !== false) {
        headers['access-control-allow-methods'] = 'GET, HEAD';
        headers['access-control-allow-headers'] = 'If-None-Match';
        headers['access-control-max-age'] = '86400';
      }
      return respond(request, 204, null, headers);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return problemResponse(request, problem(405, 'METHOD_NOT_ALLOWED', `${request.path} answers GET and HEAD, not ${request.method.slice(0, 32)}.`), {
        allow: ALLOW,
      });
    }
    try {
      return answer(request, endpoint);
    } catch (error) {
      if (error instanceof MadoguchiError || error instanceof BadRequest) {
        return problemResponse(request, problem(400, error.code, error.message, error instanceof BadRequest ? error.parameter : undefined));
      }
      throw error;
    }
  };
}

/**
 * The JSON text of an answer: its lead (the instant asked), its stable part, and the copy's age,
 * joined without parsing the stable part again.
 */
function jsonText(answer: Answer, age: number | null): string {
  const stable = answer.stable.text;
  let head = '{';
  if (answer.lead !== undefined) for (const [key, value] of Object.entries(answer.lead)) head += `${JSON.stringify(key)}:${JSON.stringify(value)},`;
  return `${head}${stable.slice(1, -1)},"age":${age === null ? 'null' : age}}`;
}
