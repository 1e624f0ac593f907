/**
 * The OpenAPI 3.1 document of the HTTP face, served at `/openapi.json`. Its schemas are the
 * contract the tests validate every JSON answer against.
 */

const jst = { type: 'string', format: 'date-time', pattern: '\\+09:00$', description: 'An instant as JST wall-clock with its offset.' } as const;
const jstOrNull = { oneOf: [jst, { type: 'null' }] } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A JST calendar day, YYYY-MM-DD.' } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` }) as const;
const nullable = (name: string) => ({ oneOf: [ref(name), { type: 'null' }] }) as const;
const freshness = {
  stale: { type: 'boolean', description: 'True when the last refresh of the company-holiday source failed and this answer comes from the last good copy.' },
  age: { type: ['integer', 'null'], minimum: 0, description: 'Seconds since the source last confirmed the copy; null without a source.' },
} as const;
const sentence = {
  sentence: { type: 'string', description: 'describe() of the answer, in `lang`, for a page, a chatbot or text-to-speech.' },
  lang: { type: 'string', enum: ['ja', 'en'] },
  nextChange: { ...jstOrNull, description: 'Until when this answer holds (desk.nextChange); null past 2099.' },
} as const;
const reason = {
  type: 'string',
  enum: ['weekend', 'national-holiday', 'company-holiday', 'override', 'before-hours', 'between-windows', 'after-hours'],
} as const;

const param = (name: string, description: string, schema: object, required = false) => ({ name, in: 'query', required, description, schema });
const at = param(
  'at',
  'The instant asked about, ISO 8601 with Z or an offset (`+` may stay unencoded). Default: now, and the answer is cacheable until it changes.',
  {
    type: 'string',
    maxLength: 64,
  },
);
const lang = param('lang', 'Language of `sentence`: ja or en, or a locale tag of either (ja-JP, en-US).', {
  type: 'string',
  pattern: '^([jJ][aA]|[eE][nN])(-[A-Za-z0-9]{1,8})*$',
  default: 'ja',
});
const style = param('style', 'Words for reading (`text`) or for text-to-speech (`speech`).', { type: 'string', enum: ['text', 'speech'], default: 'text' });
const from = param('from', 'First JST day, included.', date, true);
const to = param('to', 'Last JST day, included; at most 366 days after `from`.', date, true);

const problems = {
  '400': { description: 'Bad input: the `code` is the library error code.', content: { 'application/problem+json': { schema: ref('Problem') } } },
  '404': { description: 'No such endpoint.', content: { 'application/problem+json': { schema: ref('Problem') } } },
  '405': { description: 'A method other than GET, HEAD or OPTIONS.', content: { 'application/problem+json': { schema: ref('Problem') } } },
} as const;
const cached = {
  'Cache-Control': {
    description: '`public, max-age=N`: for "now", the seconds until the answer can change, capped by the refresh interval.',
    schema: { type: 'string' },
  },
  ETag: { description: 'Weak entity tag; send it back in If-None-Match for a 304.', schema: { type: 'string' } },
} as const;
const ok = (description: string, schema: object, type = 'application/json') => ({
  '200': { description, headers: cached, content: { [type]: { schema } } },
  '304': { description: 'Not modified (If-None-Match matched the ETag).', headers: cached },
  ...problems,
});
const get = (operationId: string, summary: string, parameters: object[], responses: object) => ({
  get: { operationId, summary, tags: ['contact hours'], parameters: [...parameters, ifNoneMatch], responses },
});
const ifNoneMatch = { name: 'If-None-Match', in: 'header', required: false, description: 'An ETag from an earlier answer.', schema: { type: 'string' } };

/**
 * An OpenAPI 3.1 document, typed only as far as a reader of it needs.
 *
 * @example
 * ```ts
 * Object.keys(openApiDocument.paths); //=> ['/v1/status', '/v1/route', '/v1/days', '/v1/calendar.ics', '/healthz', '/openapi.json']
 * ```
 */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };
  readonly paths: Readonly<Record<string, unknown>>;
  readonly components: { readonly schemas: Readonly<Record<string, object>> };
  readonly [key: string]: unknown;
}

/**
 * The OpenAPI 3.1 document of `createHandler`'s endpoints, as `/openapi.json` serves it.
 *
 * @example
 * ```ts
 * import { openApiDocument } from 'madoguchi/http';
 * openApiDocument.openapi; //=> '3.1.0'
 * Object.keys(openApiDocument.components.schemas).includes('StatusAnswer'); //=> true
 * ```
 */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'madoguchi',
    version: '1',
    summary: "Which line of the desknet's cloud customer center is open (第6条), why not, until when, the next opening.",
    description:
      "Contact hours of the desknet's cloud customer center, computed from its terms and the Japanese holiday law, plus the company holidays of an optional source. Stateless: every copy answers alike. All instants are JST (+09:00); windows are half-open [opensAt, closesAt).",
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/' }],
  // Public data (the terms' hours and the holiday law): no credentials on any operation.
  security: [],
  tags: [
    { name: 'contact hours', description: 'Answers about the desk.' },
    { name: 'operations', description: 'Liveness and this document.' },
  ],
  paths: {
    '/v1/status': get(
      'getStatus',
      'The status at an instant: open line until when, or why closed and the next opening.',
      [at, lang, style],
      ok('The status.', ref('StatusAnswer')),
    ),
    '/v1/route': get(
      'getRoute',
      'What an IVR or chatbot should do with a contact: connect, redirect, closed, unsupported-language.',
      [
        at,
        param('dialed', 'The number dialed, in any common form (0120-365-800, +81120365800, tel:+81-120-365-800).', { type: 'string', maxLength: 64 }),
        param('line', 'The line id dialed or chosen (regular, night); agrees with `dialed` when both are given.', { type: 'string', maxLength: 64 }),
        param('language', "The caller's BCP 47 language tag (ja-JP, en).", { type: 'string', maxLength: 64 }),
        lang,
        style,
      ],
      ok('The routing decision.', ref('RouteAnswer')),
    ),
    '/v1/days': get('getDays', 'The day views of a range of JST days: closed or not, why, the windows.', [from, to], ok('The days.', ref('DaysAnswer'))),
    '/v1/calendar.ics': get(
      'getCalendar',
      'The open windows and closed days as iCalendar (RFC 5545), for a calendar app.',
      [from, to],
      ok('The calendar.', { type: 'string' }, 'text/calendar'),
    ),
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness and the state of the company-holiday source.',
        tags: ['operations'],
        responses: { '200': { description: 'Alive.', content: { 'application/json': { schema: ref('Health') } } }, ...problems },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document.',
        tags: ['operations'],
        responses: { '200': { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } }, ...problems },
      },
    },
  },
  components: {
    schemas: {
      LocalizedName: { type: 'object', required: ['ja', 'en'], properties: { ja: { type: 'string' }, en: { type: 'string' } } },
      Line: {
        type: 'object',
        description: 'A phone line as the edition in force defines it (fields may be added).',
        required: ['id', 'edition', 'name', 'tel', 'e164', 'languages', 'hours', 'weekdays'],
        properties: {
          id: { type: 'string' },
          edition: { type: 'integer' },
          name: ref('LocalizedName'),
          tel: { type: 'string', description: 'As the terms print it, e.g. 0120-365-800.' },
          e164: { type: 'string', pattern: '^\\+[1-9]\\d{6,14}$', description: 'The number for machines, e.g. +81120365800.' },
          fax: { type: 'string' },
          languages: { type: 'array', items: { type: 'string' } },
          hours: { type: 'string', description: "The published hours, e.g. '9:00～17:30'." },
          weekdays: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 } },
        },
      },
      Opening: {
        type: 'object',
        required: ['line', 'opensAt', 'closesAt'],
        additionalProperties: false,
        properties: { line: ref('Line'), opensAt: jst, closesAt: jst },
      },
      HolidayMark: {
        type: 'object',
        required: ['name', 'provisional'],
        properties: { name: { type: 'string' }, nameEn: { type: 'string' }, provisional: { type: 'boolean' } },
      },
      Closed: {
        type: 'object',
        required: ['reason'],
        properties: { reason, name: { type: 'string' }, nameEn: { type: 'string' }, holiday: ref('HolidayMark') },
      },
      StatusAnswer: {
        type: 'object',
        required: [
          'at',
          'jst',
          'edition',
          'open',
          'line',
          'closesAt',
          'next',
          'closed',
          'languages',
          'suspended',
          'sentence',
          'lang',
          'nextChange',
          'stale',
          'age',
        ],
        properties: {
          at: jst,
          jst,
          edition: { type: 'integer' },
          open: { type: 'boolean' },
          line: nullable('Line'),
          closesAt: jstOrNull,
          next: nullable('Opening'),
          closed: nullable('Closed'),
          languages: { type: 'array', items: { type: 'string' } },
          suspended: {
            type: 'array',
            items: { type: 'object', required: ['line'], properties: { line: ref('Line'), name: { type: 'string' }, nameEn: { type: 'string' } } },
          },
          ...sentence,
          ...freshness,
        },
      },
      RouteAnswer: {
        type: 'object',
        required: ['kind', 'at', 'sentence', 'lang', 'nextChange', 'stale', 'age'],
        properties: {
          kind: { type: 'string', enum: ['connect', 'redirect', 'closed', 'unsupported-language'] },
          at: jst,
          line: ref('Line'),
          dialed: nullable('Line'),
          closesAt: jstOrNull,
          recordingNotice: { oneOf: [ref('LocalizedName'), { type: 'null' }], description: '第6条2項: say it before connecting.' },
          languages: { type: 'array', items: { type: 'string' } },
          reason,
          closed: ref('Closed'),
          next: nullable('Opening'),
          nextWhen: { enum: ['today', 'tomorrow', 'later', null] },
          language: { type: 'string' },
          supported: { type: 'array', items: { type: 'string' } },
          open: nullable('Line'),
          ...sentence,
          ...freshness,
        },
        oneOf: [
          { properties: { kind: { const: 'connect' } }, required: ['kind', 'line', 'closesAt', 'recordingNotice', 'languages'] },
          { properties: { kind: { const: 'redirect' } }, required: ['kind', 'dialed', 'line', 'closesAt', 'recordingNotice', 'languages'] },
          { properties: { kind: { const: 'closed' } }, required: ['kind', 'reason', 'closed', 'next', 'nextWhen', 'languages'] },
          { properties: { kind: { const: 'unsupported-language' } }, required: ['kind', 'language', 'supported', 'open', 'closesAt', 'next', 'nextWhen'] },
        ],
      },
      DayInfo: {
        type: 'object',
        required: ['date', 'weekday', 'edition', 'closed', 'holiday', 'windows'],
        properties: {
          date,
          weekday: { type: 'integer', minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday.' },
          edition: { type: 'integer' },
          closed: nullable('Closed'),
          holiday: nullable('HolidayMark'),
          windows: { type: 'array', items: ref('Opening') },
        },
      },
      DaysAnswer: {
        type: 'object',
        required: ['from', 'to', 'days', 'stale', 'age'],
        additionalProperties: false,
        properties: { from: date, to: date, days: { type: 'array', items: ref('DayInfo'), maxItems: 366 }, ...freshness },
      },
      Health: {
        type: 'object',
        required: ['status', 'now', 'source'],
        additionalProperties: false,
        properties: {
          status: { const: 'ok' },
          now: jst,
          source: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: [
                  'location',
                  'refreshSeconds',
                  'maxAgeSeconds',
                  'lastAttempt',
                  'lastSuccess',
                  'lastChange',
                  'lastError',
                  'stale',
                  'ageSeconds',
                  'tooOld',
                ],
                properties: {
                  location: { type: 'string', description: 'A file path, or a URL cut to its scheme and host.' },
                  refreshSeconds: { type: 'number' },
                  maxAgeSeconds: { type: 'number' },
                  lastAttempt: jstOrNull,
                  lastSuccess: jstOrNull,
                  lastChange: { ...jstOrNull, description: 'When the copy served was read.' },
                  lastError: {
                    oneOf: [
                      { type: 'null' },
                      { type: 'object', required: ['at', 'message'], additionalProperties: false, properties: { at: jst, message: { type: 'string' } } },
                    ],
                  },
                  stale: { type: 'boolean' },
                  ageSeconds: { type: ['integer', 'null'] },
                  tooOld: { type: 'boolean', description: 'The copy is older than maxAgeSeconds.' },
                },
              },
            ],
          },
        },
      },
      Problem: {
        type: 'object',
        description: 'RFC 9457 problem details with the library error code.',
        required: ['type', 'title', 'status', 'detail', 'code'],
        additionalProperties: false,
        properties: {
          type: { type: 'string', format: 'uri-reference' },
          title: { type: 'string' },
          status: { type: 'integer', enum: [400, 404, 405] },
          detail: { type: 'string' },
          code: {
            type: 'string',
            description:
              'A MadoguchiError code (INVALID_INSTANT, AMBIGUOUS_INSTANT, INVALID_DATE, INVALID_RANGE, OUT_OF_RANGE, NO_TERMS_IN_FORCE, UNKNOWN_LINE, INVALID_LANGUAGE, INVALID_ARGUMENT), or NOT_FOUND, METHOD_NOT_ALLOWED, MALFORMED_REQUEST (no URL could be made of the request line and Host).',
          },
          parameter: { type: 'string', description: 'The query parameter at fault.' },
        },
      },
    },
  },
};
