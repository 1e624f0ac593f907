/**
 * One suite of requests whose answers do not depend on the moment they are asked (every instant
 * given; the calendar's DTSTAMP is the day), so two runtimes must answer them byte for byte.
 */
export const FIXTURE_REQUESTS: readonly { readonly path: string; readonly method?: string; readonly headers?: Record<string, string> }[] = [
  { path: '/v1/status?at=2026-11-25T10:00%2B09:00' },
  { path: '/v1/status?at=2026-11-25T17:29:59.999%2B09:00&lang=en' },
  { path: '/v1/status?at=2026-11-25T17:30:00%2B09:00&lang=en&style=speech' },
  { path: '/v1/status?at=2026-11-21T10:00%2B09:00' },
  { path: '/v1/status?at=2021-06-01T12:30%2B09:00' },
  { path: '/v1/route?at=2026-11-25T18:30%2B09:00&dialed=0120-365-800' },
  { path: '/v1/route?at=2026-11-25T10:00%2B09:00&dialed=tel:%2B81-120-365-800&language=ja-JP&lang=en' },
  { path: '/v1/route?at=2026-11-25T10:00%2B09:00&language=en' },
  { path: '/v1/route?at=2026-09-22T10:00%2B09:00&line=night&style=speech' },
  { path: '/v1/days?from=2026-09-19&to=2026-09-24' },
  { path: '/v1/days?from=2028-01-01&to=2028-12-31' },
  { path: '/v1/calendar.ics?from=2026-12-28&to=2027-01-05' },
  { path: '/openapi.json' },
  { path: '/v1/status?at=2026-11-25T10:00%2B09:00', method: 'HEAD' },
  { path: '/v1/status?at=2026-11-25T10:00%2B09:00', headers: { 'if-none-match': 'W/"not-it"' } },
  { path: '/v1/status?at=2026-11-25T10:00' },
  { path: '/v1/status?at=2026-02-30T10:00Z' },
  { path: '/v1/route?line=evening&at=2026-11-25T10:00Z' },
  { path: '/v1/days?from=2026-01-01&to=2027-01-02' },
  { path: '/v1/status?at=%E0%A4%A' },
  { path: '/v1/status?unknown=1' },
  { path: '/v2/status' },
  { path: '/v1/status', method: 'DELETE' },
  { path: '/v1/status', method: 'OPTIONS' },
];

/** The headers the handler sets: the ones two runtimes must agree on (not Date, framing or the runtime's own). */
export const COMPARED_HEADERS = ['content-type', 'cache-control', 'etag', 'allow', 'vary', 'x-content-type-options', 'access-control-allow-origin'];

const long = `/v1/status?lang=${'x'.repeat(3000)}`;

/** Every kind of bad input: the path, the library error code it must give in a 400, and why. */
export const ERROR_CASES: readonly (readonly [path: string, code: string, what: string])[] = [
  ['/v1/status?at=2026-11-25T10:00', 'AMBIGUOUS_INSTANT', 'an instant without offset'],
  ['/v1/status?at=yesterday', 'INVALID_INSTANT', 'an instant that is no date'],
  ['/v1/status?at=', 'INVALID_INSTANT', 'an empty instant'],
  ['/v1/status?at=2026-02-30T10:00%2B09:00', 'INVALID_INSTANT', 'an impossible instant'],
  ['/v1/status?at=2019-06-01T10:00%2B09:00', 'NO_TERMS_IN_FORCE', 'an instant before edition 14'],
  ['/v1/status?at=2100-01-01T10:00%2B09:00', 'OUT_OF_RANGE', 'an instant past 2099'],
  ['/v1/days?from=2026-02-30&to=2026-03-01', 'INVALID_DATE', 'an impossible date'],
  ['/v1/days?from=2026-3-1&to=2026-03-02', 'INVALID_DATE', 'a malformed date'],
  ['/v1/days?from=2026-03-02&to=2026-03-01', 'INVALID_RANGE', 'a range ending before it starts'],
  ['/v1/days?from=2026-01-01&to=2027-01-02', 'INVALID_RANGE', 'a range of 367 days'],
  ['/v1/calendar.ics?from=2026-01-01&to=2030-01-01', 'INVALID_RANGE', 'a calendar of four years'],
  ['/v1/days?to=2026-03-01', 'INVALID_ARGUMENT', 'a missing from'],
  ['/v1/route?line=evening', 'UNKNOWN_LINE', 'an unknown line'],
  ['/v1/route?dialed=03-1234-5678', 'UNKNOWN_LINE', 'a number no line has'],
  ['/v1/route?dialed=call-me', 'INVALID_ARGUMENT', 'a dialed text that is no phone number'],
  ['/v1/route?dialed=0120-365-800&line=night', 'INVALID_ARGUMENT', 'a number and a line that disagree'],
  ['/v1/route?language=%21%21', 'INVALID_LANGUAGE', 'a malformed language tag'],
  ['/v1/status?foo=1', 'INVALID_ARGUMENT', 'an unknown parameter'],
  ['/v1/status?at=2026-11-25T10:00Z&at=2026-11-25T11:00Z', 'INVALID_ARGUMENT', 'a repeated parameter'],
  ['/v1/status?lang=fr', 'INVALID_ARGUMENT', 'a language for sentences other than ja and en'],
  ['/v1/status?style=loud', 'INVALID_ARGUMENT', 'an unknown style'],
  ['/v1/status?at=%E0%A4%A', 'INVALID_ARGUMENT', 'malformed percent-encoding'],
  ['/healthz?verbose=1', 'INVALID_ARGUMENT', 'a parameter on an endpoint that takes none'],
  [long, 'INVALID_ARGUMENT', 'a query over 2 KB'],
];
