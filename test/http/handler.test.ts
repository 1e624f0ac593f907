import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCalendarSource, createHandler, type HandlerOptions } from '../../src/http/index.js';
import { createDesk, desknetsCloud } from '../../src/index.js';
import { ERROR_CASES } from './fixtures.js';
import { schemaErrors, schemaFor } from './openapi-schemas.js';

const ORIGIN = 'http://madoguchi.test';
const at = (jst: string) => Date.parse(jst);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

async function get(path: string, options: HandlerOptions = {}, init: RequestInit = {}) {
  const response = await createHandler(options)(new Request(`${ORIGIN}${path}`, init));
  const text = await response.text();
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  const body = isJson && text !== '' ? JSON.parse(text) : text;
  const schema = schemaFor(new URL(path, ORIGIN).pathname, response);
  // Every JSON answer follows the OpenAPI document.
  if (schema !== null && text !== '') expect(schemaErrors(schema, body), `${path} against ${schema}`).toEqual([]);
  return { response, status: response.status, headers: response.headers, text, body };
}

const maxAge = (headers: Headers): number => Number(/max-age=(\d+)/.exec(headers.get('cache-control') ?? '')?.[1] ?? Number.NaN);

describe('GET /v1/status', () => {
  it('answers the regular line open until 17:30 on a Wednesday morning, with the number to call in its sentence', async () => {
    const { status, body } = await get('/v1/status?at=2026-11-25T10:00:00%2B09:00');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      open: true,
      line: { id: 'regular', tel: '0120-365-800', e164: '+81120365800' },
      closesAt: '2026-11-25T17:30:00.000+09:00',
      closed: null,
      suspended: [],
    });
    expect(body.next).toMatchObject({ line: { id: 'night' }, opensAt: '2026-11-25T18:00:00.000+09:00', closesAt: '2026-11-25T20:00:00.000+09:00' });
    expect(body.nextChange).toBe('2026-11-25T17:30:00.000+09:00');
    expect(body.sentence).toContain('0120-365-800');
    expect(body.lang).toBe('ja');
    expect(body).toMatchObject({ stale: false, age: null });
  });

  it('takes an unencoded + in the offset as a plus sign, not a space', async () => {
    const { status, body } = await get('/v1/status?at=2026-11-25T10:00+09:00');
    expect(status).toBe(200);
    expect(body.at).toBe('2026-11-25T10:00:00.000+09:00');
  });

  it('writes every instant as JST with +09:00, whatever offset was asked in', async () => {
    const { body } = await get('/v1/status?at=2026-11-25T01:00:00Z');
    expect(body.at).toBe('2026-11-25T10:00:00.000+09:00');
    expect(
      JSON.stringify(body)
        .match(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})/g)
        ?.every((t) => t.endsWith('+09:00')),
    ).toBe(true);
  });

  it('says in English, without Japanese script, that a Saturday is closed and when the regular line reopens', async () => {
    const { body } = await get('/v1/status?at=2026-11-21T10:00%2B09:00&lang=en');
    expect(body).toMatchObject({ open: false, closed: { reason: 'weekend' }, lang: 'en' });
    // Monday 2026-11-23 is 勤労感謝の日: the next opening is Tuesday 9:00.
    expect(body.next.opensAt).toBe('2026-11-24T09:00:00.000+09:00');
    expect(body.sentence).not.toMatch(JAPANESE);
    expect(body.sentence.length).toBeGreaterThan(10);
  });

  it.each(['en-US', 'EN', 'en-GB'])('takes lang=%s as English', async (lang) => {
    const { status, body } = await get(`/v1/status?at=2026-11-21T10:00%2B09:00&lang=${lang}`);
    expect(status).toBe(200);
    expect(body.lang).toBe('en');
    expect(body.sentence).not.toMatch(JAPANESE);
  });

  it('gives a different sentence for speech than for text', async () => {
    const text = (await get('/v1/status?at=2026-11-25T10:00%2B09:00&lang=en&style=text')).body.sentence;
    const speech = (await get('/v1/status?at=2026-11-25T10:00%2B09:00&lang=en&style=speech')).body.sentence;
    expect(speech).not.toBe(text);
  });

  it('answers for now from the clock when no instant is given', async () => {
    const { body } = await get('/v1/status', { clock: () => at('2026-11-25T18:30:00+09:00') });
    expect(body).toMatchObject({ at: '2026-11-25T18:30:00.000+09:00', open: true, line: { id: 'night', tel: '0800-777-9984' } });
  });

  it('answers from the desk it is given: a company holiday closes the day', async () => {
    const desk = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-11-25', name: '創立記念日' }] });
    const { body } = await get('/v1/status?at=2026-11-25T10:00%2B09:00', { desk });
    expect(body).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '創立記念日' } });
  });
});

describe('GET /v1/route', () => {
  const dialedForms = ['0120-365-800', '0120365800', '+81120365800', '+81 120 365 800', 'tel:+81-120-365-800', '+81+120+365+800'];
  it.each(dialedForms)('connects a call to %s at 10:00 on a weekday to the regular line', async (dialed) => {
    const { status, body } = await get(`/v1/route?at=2026-11-25T10:00%2B09:00&dialed=${encodeURIComponent(dialed)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'connect', line: { id: 'regular' }, closesAt: '2026-11-25T17:30:00.000+09:00' });
  });

  it('redirects a call to the regular number at 18:30 to the evening line', async () => {
    const { body } = await get('/v1/route?at=2026-11-25T18:30%2B09:00&dialed=0120-365-800');
    expect(body).toMatchObject({ kind: 'redirect', dialed: { id: 'regular' }, line: { id: 'night', tel: '0800-777-9984' } });
    expect(body.sentence).toContain('0800-777-9984');
  });

  it('says closed on a national holiday (2026-09-22, 国民の休日) and names the next opening', async () => {
    const { body } = await get('/v1/route?at=2026-09-22T10:00%2B09:00&line=regular');
    expect(body).toMatchObject({ kind: 'closed', reason: 'national-holiday', next: { opensAt: '2026-09-24T09:00:00.000+09:00' } });
  });

  it('says an English-speaking caller is not served, and which languages are', async () => {
    const { body } = await get('/v1/route?at=2026-11-25T10:00%2B09:00&language=en-US');
    expect(body).toMatchObject({ kind: 'unsupported-language', supported: ['ja'] });
  });

  it('puts the recording notice (第6条2項) in a connect decision', async () => {
    const { body } = await get('/v1/route?at=2026-11-25T10:00%2B09:00&language=ja-JP');
    expect(body.kind).toBe('connect');
    expect(body.recordingNotice.ja).toMatch(/録音/);
  });
});

describe('GET /v1/days', () => {
  it('closes 2026-09-21..23 (敬老の日, 国民の休日, 秋分の日) and opens the 24th, per the holiday law', async () => {
    const { status, body } = await get('/v1/days?from=2026-09-21&to=2026-09-24');
    expect(status).toBe(200);
    expect(body.days.map((d: { date: string; closed: { reason: string } | null }) => [d.date, d.closed?.reason ?? null])).toEqual([
      ['2026-09-21', 'national-holiday'],
      ['2026-09-22', 'national-holiday'],
      ['2026-09-23', 'national-holiday'],
      ['2026-09-24', null],
    ]);
    expect(body.days[3].windows.map((w: { opensAt: string }) => w.opensAt)).toEqual(['2026-09-24T09:00:00.000+09:00', '2026-09-24T18:00:00.000+09:00']);
  });

  it('closes 2026-05-06, the substitute holiday for Constitution Day on a Sunday', async () => {
    const { body } = await get('/v1/days?from=2026-05-06&to=2026-05-07');
    expect(body.days[0]).toMatchObject({ date: '2026-05-06', weekday: 3, closed: { reason: 'national-holiday' } });
    expect(body.days[1].closed).toBeNull();
  });

  it('answers a whole leap year (366 days)', async () => {
    const { status, body } = await get('/v1/days?from=2028-01-01&to=2028-12-31');
    expect(status).toBe(200);
    expect(body.days).toHaveLength(366);
  });
});

describe('GET /v1/calendar.ics', () => {
  it('exports the windows and the closed day as iCalendar that ical.js reads back', async () => {
    const { status, headers, text } = await get('/v1/calendar.ics?from=2026-11-23&to=2026-11-24');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const timed = events.filter((e) => !e.startDate.isDate).map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
    expect(timed).toEqual([
      ['2026-11-24T00:00:00.000Z', '2026-11-24T08:30:00.000Z'],
      ['2026-11-24T09:00:00.000Z', '2026-11-24T11:00:00.000Z'],
    ]);
    expect(events.filter((e) => e.startDate.isDate).map((e) => e.startDate.toString())).toEqual(['2026-11-23']);
  });

  it('gives the same bytes for the same request all day (DTSTAMP is the day, not the request)', async () => {
    const a = await get('/v1/calendar.ics?from=2026-11-23&to=2026-11-24', { clock: () => at('2026-11-25T00:00:01+09:00') });
    const b = await get('/v1/calendar.ics?from=2026-11-23&to=2026-11-24', { clock: () => at('2026-11-25T23:59:59+09:00') });
    expect(b.text).toBe(a.text);
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });
});

describe('GET /healthz and /openapi.json', () => {
  it('says alive, uncached, with no source when none is configured', async () => {
    const { status, headers, body } = await get('/healthz');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ status: 'ok', source: null });
  });

  it('serves an OpenAPI 3.1 document naming every endpoint', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/calendar.ics', '/v1/days', '/v1/route', '/v1/status']);
  });
});

describe('bad input is a 400 problem+json with the library error code', () => {
  it.each(ERROR_CASES)('%s → %s (%s)', async (path, code) => {
    const { status, headers, body } = await get(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 400, title: 'Bad Request', code });
    expect(body.detail.length).toBeGreaterThan(15);
    expect(body.detail.length).toBeLessThan(400);
  });

  it.each(['/', '/v1', '/v1/status/', '/V1/STATUS', '/v2/status', '/v1/status.json', '/favicon.ico'])('an unknown path %s is a 404 problem', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is a 405 naming the methods allowed', async (method) => {
    const { status, headers, body } = await get('/v1/status', {}, { method });
    expect(status).toBe(405);
    expect(headers.get('allow')).toMatch(/\bGET\b/);
    expect(body).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });
});

describe('caching', () => {
  // Expected seconds from the terms: the regular line closes at 17:30; a Saturday changes at JST midnight.
  const cases: [string, string, number][] = [
    ['10:00 on a weekday', '2026-11-25T10:00:00+09:00', 7.5 * 3600],
    ['17:29:59 on a weekday', '2026-11-25T17:29:59+09:00', 1],
    ['17:29:59.500 (rounded down, never past the change)', '2026-11-25T17:29:59.500+09:00', 0],
    ['10:00 on a Saturday', '2026-11-21T10:00:00+09:00', 14 * 3600],
  ];
  it.each(cases)('a /v1/status for now at %s may be cached until the status changes', async (_, instant, seconds) => {
    const { headers } = await get('/v1/status', { clock: () => at(instant) });
    expect(headers.get('cache-control')).toBe(`public, max-age=${seconds}`);
  });

  it.each(cases)('a /v1/route for now at %s may be cached until the decision changes', async (_, instant, seconds) => {
    const { headers } = await get('/v1/route?language=ja', { clock: () => at(instant) });
    expect(maxAge(headers)).toBe(seconds);
  });

  it('until a timed company closure starts, and then until it ends', async () => {
    const desk = createDesk(desknetsCloud, { companyHolidays: [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T15:00+09:00', name: '全社集会' }] });
    const before = await get('/v1/status', { desk, clock: () => at('2026-12-17T12:00:00+09:00') });
    expect(maxAge(before.headers)).toBe(3600);
    const during = await get('/v1/status', { desk, clock: () => at('2026-12-17T14:00:00+09:00') });
    expect(during.body).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '全社集会' } });
    expect(maxAge(during.headers)).toBe(3600);
    expect(during.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('never longer than the refresh interval of a company-holiday source', async () => {
    const source = createCalendarSource({
      location: 'test',
      read: async () => ({ changed: true, document: { text: '[]', contentType: null }, validators: {} }),
      parse: () => createDesk(desknetsCloud),
      refreshSeconds: 300,
    });
    await source.start();
    expect(maxAge((await get('/v1/status', { source, clock: () => at('2026-11-25T10:00:00+09:00') })).headers)).toBe(300);
    expect(maxAge((await get('/v1/status', { source, clock: () => at('2026-11-25T17:29:59+09:00') })).headers)).toBe(1);
    expect(maxAge((await get('/v1/days?from=2026-11-01&to=2026-11-30', { source })).headers)).toBe(300);
  });

  it('answers 304 to a matching If-None-Match, and keeps the tag while the answer stands', async () => {
    const first = await get('/v1/status', { clock: () => at('2026-11-25T10:00:00+09:00') });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
    const later = await get('/v1/status', { clock: () => at('2026-11-25T10:05:00+09:00') }, { headers: { 'if-none-match': tag ?? '' } });
    expect(later.status).toBe(304);
    expect(later.text).toBe('');
    expect(later.headers.get('etag')).toBe(tag);
    expect(maxAge(later.headers)).toBe(7 * 3600 + 25 * 60);
    const changed = await get('/v1/status', { clock: () => at('2026-11-25T17:30:00+09:00') }, { headers: { 'if-none-match': tag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });

  it('answers 200 to an If-None-Match that names another tag', async () => {
    const { status } = await get('/v1/status?at=2026-11-25T10:00Z', {}, { headers: { 'if-none-match': '"0000"' } });
    expect(status).toBe(200);
  });

  it('gives a fixed instant the same tag each time and marks errors uncacheable', async () => {
    const a = await get('/v1/status?at=2026-11-25T10:00Z');
    const b = await get('/v1/status?at=2026-11-25T10:00Z');
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect((await get('/v1/status?at=x')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('HEAD, OPTIONS and CORS', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const getAnswer = await get('/v1/status?at=2026-11-25T10:00Z');
    const head = await get('/v1/status?at=2026-11-25T10:00Z', {}, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('etag')).toBe(getAnswer.headers.get('etag'));
  });

  it('sends no CORS headers by default', async () => {
    const { headers } = await get('/v1/status', {}, { headers: { origin: 'https://shop.example' } });
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin with cors: true, and answers a preflight', async () => {
    const { headers } = await get('/v1/status', { cors: true }, { headers: { origin: 'https://shop.example' } });
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-expose-headers')).toMatch(/ETag/i);
    const preflight = await get(
      '/v1/status',
      { cors: true },
      { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' } },
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it('allows only the listed origins with a list, and varies on Origin', async () => {
    const cors = ['https://shop.example'];
    const listed = await get('/v1/status', { cors }, { headers: { origin: 'https://shop.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(listed.headers.get('vary')).toMatch(/Origin/);
    const other = await get('/v1/status', { cors }, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the OpenAPI schemas can fail', () => {
  it('refuse a status answer without its fields and a problem without a code', () => {
    expect(schemaErrors('StatusAnswer', { open: 'yes' }).length).toBeGreaterThan(0);
    expect(schemaErrors('Problem', { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x' }).length).toBeGreaterThan(0);
    expect(schemaErrors('StatusAnswer', { at: '2026-11-25T01:00:00.000Z' }).join()).toMatch(/pattern|required/);
  });
});
