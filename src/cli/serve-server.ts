import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createResponder, type PlainResponse } from '../http/handler.js';
import { type CalendarSource, createCalendarSource, deskFromDocument, type Reader, urlReader } from '../http/index.js';
import type { Desk } from '../index.js';
import type { ServeOptions } from './serve-options.js';
import { fileError, UsageError } from './usage-error.js';

/** Lets in-flight requests finish this long after SIGTERM/SIGINT, then closes what is left. */
const SHUTDOWN_GRACE_MS = 10_000;

const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

type Log = (fields: Record<string, unknown>) => void;

/**
 * Runs `madoguchi serve` with checked options until SIGTERM or SIGINT: the company-holiday source
 * first (no good copy is a `UsageError`), then the handler on Node's HTTP server.
 *
 * @returns 0 once the server has closed
 * @throws `UsageError` for a source without a good copy or a port that cannot be listened on
 * @example
 * ```ts
 * await runServer(serveOptions(['--port', '0']));
 * ```
 */
export async function runServer(options: ServeOptions): Promise<number> {
  const log: Log = (fields) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);

  let source: CalendarSource<Desk> | undefined;
  const location = options.companyHolidays;
  if (location !== undefined) {
    const read: Reader = isUrl(location)
      ? urlReader(location)
      : async () => {
          try {
            const text = await readFile(location, 'utf8');
            return { changed: true, document: { text, contentType: /\.ics$/i.test(location) ? 'text/calendar' : null }, validators: {} };
          } catch (error) {
            throw fileError('read', location, error);
          }
        };
    source = createCalendarSource({
      location,
      read,
      parse: (document) => deskFromDocument(document),
      refreshSeconds: options.refreshSeconds,
      // A read may not outlast the interval between reads.
      timeoutMs: Math.min(10_000, options.refreshSeconds * 1000),
      maxAgeSeconds: options.maxAgeSeconds,
      ages: isUrl(location),
    });
    try {
      await source.start();
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (isUrl(location)) source.poll();
  }

  const respondTo = createResponder({ ...(source === undefined ? {} : { source }), cors: options.cors });
  const headerOf = (request: IncomingMessage, name: 'if-none-match' | 'origin'): string | null => request.headers[name] ?? null;
  // Straight from IncomingMessage to the handler's plain request and back: building a Web Request
  // and Response per request would cost more than the answer itself.
  const malformed: PlainResponse = {
    status: 400,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    body: JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The request target is not a URL.', code: 'MALFORMED_REQUEST' }),
  };
  function answerTo(request: IncomingMessage, url: URL | null): PlainResponse {
    // What is no URL at all is the client's fault: a 400 like every other bad request.
    if (url === null) return malformed;
    try {
      return respondTo({ method: request.method ?? 'GET', path: url.pathname, search: url.search, header: (name) => headerOf(request, name) });
    } catch (error) {
      // A bug of ours, never the client's input: said in the log, not to the client.
      log({ level: 'error', message: error instanceof Error ? error.message : String(error) });
      return { status: 500, headers: {}, body: null };
    }
  }
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    let url: URL | null;
    try {
      // Resolved against a fixed origin, as a Worker's URL would be: dot segments, absolute-form targets, '*'.
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      url = null;
    }
    const { status, headers, body } = answerTo(request, url);
    response.writeHead(status, body === null ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    response.end(body ?? undefined);
    if (!options.quiet) {
      log({
        method: request.method,
        path: url?.pathname ?? null,
        query: url?.search.slice(0, 200) ?? null,
        status,
        ms: Math.round((performance.now() - started) * 100) / 100,
      });
    }
  };
  const server = createServer(listener);
  server.keepAliveTimeout = 5_000;
  // Node hands CONNECT (a proxy tunnel) to a separate event and drops the socket if no one listens.
  server.on('connect', (_request, socket: Duplex) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on ${options.host}:${options.port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`)),
    );
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const shown = address.includes(':') ? `[${address}]` : address;
  log({ event: 'listening', url: `http://${shown}:${port}`, companyHolidays: source === undefined ? null : source.health().location });

  const onHangup = () => {
    if (source === undefined || isUrl(source.location)) return;
    void source.refresh().then((ok) => log({ event: 'reload', ok, ...(ok ? {} : { error: source?.health().lastError?.message }) }));
  };
  process.on('SIGHUP', onHangup);

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      log({ event: 'shutdown', signal });
      process.off('SIGHUP', onHangup);
      source?.stop();
      // A keep-alive connection turns idle when its last response is sent: close it then, not
      // keepAliveTimeout later.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearInterval(sweep);
        resolve(0);
      });
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
