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
