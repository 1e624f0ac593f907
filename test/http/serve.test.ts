import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarServer, ics, startCalendarServer } from './calendar-server.js';
import { ERROR_CASES } from './fixtures.js';
import { schemaErrors, schemaFor } from './openapi-schemas.js';
import { type ServeProcess, serveFailure, startServe } from './serve-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchJson(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`);
  const body = await response.json();
  const schema = schemaFor(new URL(path, origin).pathname, response);
  if (schema !== null) expect(schemaErrors(schema, body)).toEqual([]);
  return { response, body };
}

/** Polls `check` until it passes or `ms` elapse (the server refreshes on its own timer). */
async function eventually(check: () => Promise<void>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await sleep(150);
    }
  }
}

describe('madoguchi serve over loopback HTTP', () => {
  let serve: ServeProcess;
  beforeAll(async () => {
    serve = await startServe();
  });
  afterAll(() => serve.stop());

  it('listens on 127.0.0.1 by default', () => {
    expect(serve.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/v1/status?at=2026-11-25T10:00%2B09:00', 200],
    ['/v1/route?at=2026-11-25T18:30%2B09:00&dialed=%2B81120365800', 200],
    ['/v1/days?from=2026-11-23&to=2026-11-24', 200],
    ['/v1/calendar.ics?from=2026-11-23&to=2026-11-24', 200],
    ['/healthz', 200],
    ['/openapi.json', 200],
    ['/v1/status?at=2026-11-25T10:00', 400],
    ['/v1/days?from=2026-01-01&to=2027-06-01', 400],
    ['/nowhere', 404],
  ])('GET %s → %i', async (path, status) => {
    const response = await fetch(`${serve.origin}${path}`);
    expect(response.status).toBe(status);
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (type.includes('json')) {
      const schema = schemaFor(new URL(path, serve.origin).pathname, response);
      if (schema !== null) expect(schemaErrors(schema, JSON.parse(text))).toEqual([]);
    }
    if (status >= 400) expect(type).toBe('application/problem+json');
  });

  it('answers the regular line open at 10:00 and a 400 with the library code for an instant without offset', async () => {
    expect((await fetchJson(serve.origin, '/v1/status?at=2026-11-25T10:00%2B09:00')).body).toMatchObject({ open: true, line: { tel: '0120-365-800' } });
    expect((await fetchJson(serve.origin, '/v1/status?at=2026-11-25T10:00')).body).toMatchObject({ status: 400, code: 'AMBIGUOUS_INSTANT' });
  });

  it('answers 405 to POST and 304 to a matching If-None-Match', async () => {
    expect((await fetch(`${serve.origin}/v1/status`, { method: 'POST', body: '{}' })).status).toBe(405);
    const first = await fetch(`${serve.origin}/v1/status`);
    const tag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    expect((await fetch(`${serve.origin}/v1/status`, { headers: { 'if-none-match': tag } })).status).toBe(304);
  });

  it.each(ERROR_CASES)('GET %s → 400 %s (%s)', async (path, code) => {
    const response = await fetch(`${serve.origin}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await response.json();
    expect(schemaErrors('Problem', body)).toEqual([]);
    expect(body.code).toBe(code);
  });

  it.each([
    ['/v1/status/', 'GET', 404, 'NOT_FOUND'],
    ['/v1/days', 'PUT', 405, 'METHOD_NOT_ALLOWED'],
  ])('%s %s → %i %s', async (path, method, status, code) => {
    const response = await fetch(`${serve.origin}${path}`, { method });
    expect(response.status).toBe(status);
    expect((await response.json()).code).toBe(code);
  });

  it('writes one JSON line per request on stderr', async () => {
    const before = serve.lines.length;
    await (await fetch(`${serve.origin}/v1/days?from=2026-11-23&to=2026-11-23`)).arrayBuffer();
    await eventually(async () => {
      // A line for an earlier request may still be arriving: count this request's lines only.
      const logged = serve.lines
        .slice(before)
        .map((l) => JSON.parse(l))
        .filter((l) => l.method === 'GET' && l.path === '/v1/days');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ method: 'GET', path: '/v1/days', status: 200 });
      expect(typeof logged[0].ms).toBe('number');
    });
  });
});

describe('madoguchi serve start-up', () => {
  it('is quiet with --quiet: only the listening line and the shutdown', async () => {
    const serve = await startServe(['--quiet']);
    await (await fetch(`${serve.origin}/healthz`)).arrayBuffer();
    expect(await serve.stop('SIGINT')).toBe(0);
    expect(serve.lines.map((l) => JSON.parse(l).event)).toEqual(['listening', 'shutdown']);
  });

  it.each([
    [['--port', 'eighty'], /--port/],
    [['--refresh', '0'], /--refresh/],
    [['--bogus'], /bogus/],
    [['--company-holidays', '/nonexistent/holidays.ics'], /nonexistent\/holidays\.ics.*no such file/],
  ])('fails loudly with exit code 2 for %j', async (args, message) => {
    const { code, stderr } = await serveFailure(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fails loudly when the company-holiday URL has no good copy at start', async () => {
    const server = await startCalendarServer({ kind: 'garbage' });
    try {
      const { code, stderr } = await serveFailure(['--company-holidays', server.url]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/neither iCalendar nor JSON/);
    } finally {
      await server.close();
    }
  });
});

describe('madoguchi serve --company-holidays URL --refresh 1', () => {
  let server: CalendarServer;
  let serve: ServeProcess;
  beforeAll(async () => {
    server = await startCalendarServer({ kind: 'ics', text: ics([['2026-12-28', '年末休業']]), etag: '"a"' });
    serve = await startServe(['--company-holidays', server.url, '--refresh', '1', '--quiet']);
  });
  afterAll(async () => {
    await serve.stop();
    await server.close();
  });

  it('keeps the last good calendar through a failure and picks up a change on a later refresh', async () => {
    const dec28 = () => fetchJson(serve.origin, '/v1/status?at=2026-12-28T10:00%2B09:00');
    expect((await dec28()).body).toMatchObject({ open: false, closed: { reason: 'company-holiday' }, stale: false });
    expect((await dec28()).response.headers.get('cache-control')).toBe('public, max-age=1');

    server.mode = { kind: 'fail', status: 500 };
    await eventually(async () =>
      expect((await fetchJson(serve.origin, '/healthz')).body.source).toMatchObject({ stale: true, lastError: { message: 'HTTP 500 Internal Server Error' } }),
    );
    expect((await dec28()).body).toMatchObject({ open: false, closed: { reason: 'company-holiday' }, stale: true });

    server.mode = { kind: 'ics', text: ics([['2026-12-25', '全社研修']]), etag: '"b"' };
    await eventually(async () =>
      expect((await fetchJson(serve.origin, '/v1/status?at=2026-12-25T10:00%2B09:00')).body).toMatchObject({ open: false, stale: false }),
    );
    expect((await dec28()).body.open).toBe(true);
  });
});

describe('madoguchi serve --company-holidays FILE', () => {
  it('reads the file again on SIGHUP, and keeps the last good copy when the new one is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-serve-'));
    const file = join(dir, 'holidays.json');
    writeFileSync(file, JSON.stringify([{ date: '2026-12-28', name: '年末休業' }]));
    const serve = await startServe(['--company-holidays', file, '--quiet']);
    try {
      const open = async (date: string) => (await fetchJson(serve.origin, `/v1/status?at=${date}T10:00%2B09:00`)).body.open;
      expect(await open('2026-12-25')).toBe(true);
      writeFileSync(file, JSON.stringify(['2026-12-25']));
      serve.child.kill('SIGHUP');
      await eventually(async () => expect(await open('2026-12-25')).toBe(false));
      writeFileSync(file, '{ not json');
      serve.child.kill('SIGHUP');
      await eventually(async () => expect((await fetchJson(serve.origin, '/healthz')).body.source).toMatchObject({ stale: true, tooOld: false }));
      expect(await open('2026-12-25')).toBe(false);
    } finally {
      await serve.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM, finishes a request already on the wire, then exits 0', async () => {
    const serve = await startServe(['--quiet']);
    const { port } = new URL(serve.origin);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Half a request: the server is now busy with it.
    socket.write('GET /v1/status?at=2026-11-25T10:00%2B09:00 HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await sleep(200);
    const exited = serve.stop('SIGTERM');
    await sleep(200);
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write('\r\n');
    await closed;
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply).toMatch(/"open":true/);
    expect(await exited).toBe(0);
  });
});

describe('request targets at the edges of HTTP', () => {
  let serve: ServeProcess;
  beforeAll(async () => {
    serve = await startServe(['--quiet']);
  });
  afterAll(() => serve.stop());

  function raw(head: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect(Number(new URL(serve.origin).port), '127.0.0.1');
      let reply = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        reply += chunk;
      });
      socket.on('close', () => resolve(reply));
      socket.end(`${head}\r\nConnection: close\r\n\r\n`);
    });
  }

  it.each([
    ['OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1', /^HTTP\/1\.1 404 [\s\S]*"code":"NOT_FOUND"/],
    ['GET http://%zz/v1/status HTTP/1.1\r\nHost: 127.0.0.1', /^HTTP\/1\.1 400 [\s\S]*"code":"MALFORMED_REQUEST"/],
    ['GET http://other.example/v1/status?at=2026-11-25T10:00Z HTTP/1.1\r\nHost: 127.0.0.1', /^HTTP\/1\.1 200 /],
    ['GET /v1/status/../days?from=2026-11-23&to=2026-11-23 HTTP/1.1\r\nHost: 127.0.0.1', /^HTTP\/1\.1 200 [\s\S]*"days"/],
    ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443', /^HTTP\/1\.1 405 /],
  ])('%j is a client error, not a 5xx', async (head, expected) => {
    expect(await raw(head)).toMatch(expected);
  });
});

describe('madoguchi serve --help', () => {
  it('prints every option and exits 0 without listening', async () => {
    const { execFile } = await import('node:child_process');
    const { CLI } = await import('../cli/cli-build.js');
    const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [CLI, 'serve', '--help'], { encoding: 'utf8' }, (error, stdout) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout }),
      ),
    );
    expect(out.code).toBe(0);
    for (const option of ['--port', '--host', '--company-holidays', '--refresh', '--max-age', '--cors', '--quiet']) expect(out.stdout).toContain(option);
  });
});
