import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../src/http/index.js';
import { type ServeProcess, startServe } from './serve-process.js';

const PATHS = ['/v1/status', '/v1/route', '/v1/days', '/v1/calendar.ics', '/healthz', '/openapi.json'];
const NAMES = ['at', 'lang', 'style', 'dialed', 'line', 'language', 'from', 'to', 'x', '', 'AT', '%61t', 'at[]', '__proto__', 'constructor'];
const VALUES = [
  '2026-11-25T10:00+09:00',
  '2026-11-25T10:00',
  '2026-02-30',
  '2026-11-25',
  '1e400',
  '-1',
  '0',
  'ja',
  'en',
  'speech',
  'regular',
  'night',
  '0120-365-800',
  '+81120365800',
  'tel:',
  'ja-JP',
  'x-private',
  'i-klingon',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AE',
  '%F0%9F%98%80',
  '😀',
  'null',
  'undefined',
  'Infinity',
  '9'.repeat(40),
  'a'.repeat(3000),
];

const token = fc.constantFrom(...VALUES);
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const pair = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.oneof(token, anyText)).map(([n, v]) => `${n}=${v}`),
  anyText,
);
const query = fc.oneof(
  fc.constant(''),
  fc.array(pair, { maxLength: 6 }).map((pairs) => `?${pairs.join('&')}`),
  fc.string({ maxLength: 100 }).map((s) => `?${s}`),
);
const path = fc.oneof(
  fc.constantFrom(...PATHS),
  fc.constantFrom(...PATHS).map((p) => p.toUpperCase()),
  fc.constantFrom(
    '/',
    '//',
    '/v1/',
    '/../etc/passwd',
    '/v1/status/../days',
    '/%2e%2e/',
    '/v1/%73tatus',
    '*',
    'http://other.example/v1/status',
    '/v1/status;x=1',
  ),
  fc.webPath(),
  anyText.map((s) => `/${s}`),
);
const method = fc.oneof(
  fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'PROPFIND'),
  fc.string({ minLength: 1, maxLength: 10 }),
);
const header = fc.oneof(
  fc.constantFrom(
    'If-None-Match: *',
    'If-None-Match: W/"x"',
    'If-None-Match: ',
    'Origin: https://a.example',
    'Accept: */*',
    'Content-Length: 5',
    'Transfer-Encoding: chunked',
    'Expect: 100-continue',
    'Host:',
  ),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyText).map(([n, v]) => `${n}: ${v}`),
);
const request = fc.record({
  method,
  path,
  query,
  version: fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', ''),
  headers: fc.array(header, { maxLength: 4 }),
});

type RawRequest = { method: string; path: string; query: string; version: string; headers: string[] };

/** One request on its own connection, written byte for byte; resolves to the status, or null if none came. */
function send(port: number, r: RawRequest): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1];
      resolve(status === undefined ? null : Number(status));
    });
    const lines = [`${r.method} ${r.path}${r.query} ${r.version}`, 'Host: 127.0.0.1', ...r.headers, 'Connection: close', '', ''];
    socket.end(Buffer.from(lines.join('\r\n'), 'latin1'));
  });
}

describe('fuzz: random and malformed requests to madoguchi serve', () => {
  let serve: ServeProcess;
  beforeAll(async () => {
    serve = await startServe(['--quiet']);
  });
  afterAll(() => serve.stop());

  it('answers 2,400 of them without a single 5xx, and still answers afterwards', async () => {
    const port = Number(new URL(serve.origin).port);
    const requests = fc.sample(request, { numRuns: 2400, seed: 15 });
    const statuses: (number | null)[] = [];
    // Eight connections at a time: enough to overlap, not enough to starve the other test workers.
    for (let i = 0; i < requests.length; i += 8) {
      statuses.push(...(await Promise.all(requests.slice(i, i + 8).map((r) => send(port, r as RawRequest)))));
    }
    const serverErrors = requests.filter((_, i) => (statuses[i] ?? 0) >= 500);
    expect(serverErrors).toEqual([]);
    const answered = statuses.filter((s) => s !== null);
    // Every request gets a status line: Node's parser answers 400 to what it cannot parse, serve 405 to CONNECT.
    expect(answered.length).toBe(requests.length);
    // The fuzz reaches the handler, not only the parser: answers of every kind occur.
    for (const status of [200, 400, 404, 405]) expect(answered).toContain(status);
    const health = await fetch(`${serve.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(serve.child.exitCode).toBeNull();
  });
});

describe('fuzz: the handler itself', () => {
  const handler = createHandler();
  it('never rejects and never answers 5xx for any query on any endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), query, fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS'), async (p, q, m) => {
        let url: URL;
        try {
          url = new URL(`http://madoguchi.test${p}${q}`);
        } catch {
          return; // not a URL a runtime could hand over
        }
        const response = await handler(new Request(url, { method: m }));
        expect(response.status).toBeLessThan(500);
        expect([200, 204, 304, 400, 404, 405]).toContain(response.status);
      }),
      { numRuns: 1500, seed: 15 },
    );
  });
});
