import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarSource, createHandler, deskFromDocument, type Handler, urlReader } from '../../src/http/index.js';
import type { Desk } from '../../src/index.js';
import { type CalendarServer, ics, startCalendarServer } from './calendar-server.js';
import { schemaErrors } from './openapi-schemas.js';

// Monday 2026-12-28 and Friday 2026-12-25 are working days under the terms: only the calendar closes them.
const FIRST = ics([['2026-12-28', '年末休業']]);
const CHANGED = ics([
  ['2026-12-28', '年末休業'],
  ['2026-12-25', '全社研修'],
]);

async function json(handler: Handler, path: string) {
  const response = await handler(new Request(`http://madoguchi.test${path}`));
  const body = await response.json();
  return { status: response.status, body };
}

describe('a company-holiday URL that fails, hangs and serves garbage keeps the last good calendar', () => {
  let server: CalendarServer;
  let handler: Handler;
  let source: ReturnType<typeof createCalendarSource<Desk>>;
  let now = Date.parse('2026-12-01T10:00:00+09:00');

  beforeAll(async () => {
    server = await startCalendarServer({ kind: 'ics', text: FIRST, etag: '"v1"' });
    source = createCalendarSource({
      location: server.url,
      read: urlReader(server.url),
      parse: (d) => deskFromDocument(d),
      refreshSeconds: 60,
      timeoutMs: 300,
      maxAgeSeconds: 3600,
      clock: () => now,
    });
    await source.start();
    handler = createHandler({ source, clock: () => now });
  });
  afterAll(() => server.close());

  const closedOn = async (date: string) => (await json(handler, `/v1/status?at=${date}T10:00%2B09:00`)).body;
  const health = async () => {
    const { body } = await json(handler, '/healthz');
    expect(schemaErrors('Health', body)).toEqual([]);
    return body.source;
  };

  it('1. ok: the calendar closes 2026-12-28; /healthz names the host but not the secret path', async () => {
    expect(await closedOn('2026-12-28')).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '年末休業' }, stale: false, age: 0 });
    const h = await health();
    expect(h).toMatchObject({ stale: false, lastError: null, tooOld: false, refreshSeconds: 60 });
    expect(h.lastSuccess).toMatch(/\+09:00$/);
    expect(h.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/…$/);
    expect(JSON.stringify(h)).not.toContain('secret-token-123');
  });

  it('1b. unchanged: the next read is conditional, a 304 confirms the copy', async () => {
    now += 60_000;
    expect(await source.refresh()).toBe(true);
    expect(server.requests.at(-1)?.['if-none-match']).toBe('"v1"');
    expect(await health()).toMatchObject({ stale: false, ageSeconds: 0 });
  });

  it('2. fail: an HTTP 503 keeps 2026-12-28 closed and says the answer is stale, with its age', async () => {
    server.mode = { kind: 'fail', status: 503 };
    now += 60_000;
    expect(await source.refresh()).toBe(false);
    expect(await closedOn('2026-12-28')).toMatchObject({ open: false, closed: { reason: 'company-holiday' }, stale: true, age: 60 });
    const h = await health();
    expect(h).toMatchObject({ stale: true, ageSeconds: 60 });
    expect(h.lastError.message).toMatch(/503/);
  });

  it('3. timeout: a host that never answers keeps the copy too', async () => {
    server.mode = { kind: 'hang' };
    now += 60_000;
    expect(await source.refresh()).toBe(false);
    expect(await closedOn('2026-12-28')).toMatchObject({ open: false, stale: true, age: 120 });
    expect((await health()).lastError.message).toMatch(/no answer within 300 ms/);
  });

  it('4. garbage: a sign-in page instead of a calendar keeps the copy; after an hour the copy is flagged too old', async () => {
    server.mode = { kind: 'garbage' };
    now += 3600_000;
    expect(await source.refresh()).toBe(false);
    expect(await closedOn('2026-12-28')).toMatchObject({ open: false, closed: { name: '年末休業' }, stale: true });
    const h = await health();
    expect(h).toMatchObject({ stale: true, tooOld: true });
    expect(h.lastError.message).toMatch(/neither iCalendar nor JSON/);
  });

  it('5. changed: the next refresh picks up 2026-12-25 and the answers are fresh again', async () => {
    expect((await closedOn('2026-12-25')).open).toBe(true);
    server.mode = { kind: 'ics', text: CHANGED, etag: '"v2"' };
    now += 60_000;
    expect(await source.refresh()).toBe(true);
    expect(await closedOn('2026-12-25')).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '全社研修' }, stale: false, age: 0 });
    expect(await closedOn('2026-12-28')).toMatchObject({ open: false });
    const h = await health();
    expect(h).toMatchObject({ stale: false, tooOld: false, ageSeconds: 0 });
    // The last error stays on record after the recovery.
    expect(h.lastError.message).toMatch(/neither iCalendar nor JSON/);
  });

  it('6. a calendar with an impossible date is refused whole, not half-applied', async () => {
    server.mode = { kind: 'json', text: JSON.stringify(['2026-12-24', '2026-13-01']) };
    now += 60_000;
    expect(await source.refresh()).toBe(false);
    expect((await closedOn('2026-12-24')).open).toBe(true);
    expect((await closedOn('2026-12-25')).open).toBe(false);
  });
});

describe('a source without any good copy', () => {
  it('fails to start, naming the source and the reason', async () => {
    const server = await startCalendarServer({ kind: 'fail', status: 404 });
    try {
      const source = createCalendarSource({ location: 'the test calendar', read: urlReader(server.url), parse: (d) => deskFromDocument(d) });
      await expect(source.start()).rejects.toThrow(/the test calendar.*404/);
      expect(() => source.current()).toThrow(/start/);
    } finally {
      await server.close();
    }
  });

  it('reads JSON too: a bare array or createDesk options', () => {
    expect(deskFromDocument({ text: '["2026-12-24"]', contentType: 'application/json' }).isOpen('2026-12-24T10:00+09:00')).toBe(false);
    expect(deskFromDocument({ text: '{"companyHolidays":[{"date":"2026-12-24","name":"x"}]}', contentType: null }).isOpen('2026-12-24T10:00+09:00')).toBe(
      false,
    );
    expect(() => deskFromDocument({ text: '{"holidays":[]}', contentType: null })).toThrow(/unknown key "holidays"/);
  });
});
