import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Desk } from '../index.js';
import { loadIcal } from './load-ical.js';
import { fileError, UsageError } from './usage-error.js';

const OPTIONS = {
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  'company-holidays': { type: 'string' },
  refresh: { type: 'string', default: '300' },
  'max-age': { type: 'string', default: '86400' },
  cors: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const SERVE_HELP = `madoguchi serve: the contact hours over HTTP (GET /v1/status, /v1/route, /v1/days,
/v1/calendar.ics, /healthz, /openapi.json)

  --port N                  port to listen on (default 8080; 0 picks a free one)
  --host ADDRESS            address to listen on (default 127.0.0.1)
  --company-holidays FILE|URL
                            company holidays from an .ics or JSON file (read again on SIGHUP)
                            or an http(s) URL (read again every --refresh seconds)
  --refresh SECONDS         seconds between reads of a URL; the longest a cache may keep an answer (default 300)
  --max-age SECONDS         /healthz flags a copy older than this (default 86400)
  --cors '*'|ORIGINS        allow browsers on any origin, or on a comma-separated list (default: off)
  --quiet                   no log line per request
`;

/** Lets in-flight requests finish this long after SIGTERM/SIGINT, then closes what is left. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * What `madoguchi serve` is asked to do, checked.
 *
 * @example
 * ```ts
 * serveOptions(['--port', '0', '--refresh', '60']).refreshSeconds; //=> 60
 * ```
 */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly companyHolidays: string | undefined;
  readonly refreshSeconds: number;
  readonly maxAgeSeconds: number;
  readonly cors: boolean | readonly string[];
  readonly quiet: boolean;
  readonly help: boolean;
}

function count(text: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${text}"`);
  return Number(text);
}

/**
 * Parses `madoguchi serve`'s arguments (those after `serve`).
 *
 * @throws `UsageError` for an unknown option, a repeated one, or a value out of range
 * @example
 * ```ts
 * serveOptions(['--company-holidays', 'https://calendar.example/company.ics']).companyHolidays; //=> 'https://calendar.example/company.ics'
 * ```
 */
export function serveOptions(argv: readonly string[]): ServeOptions {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (given.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    given.add(token.name);
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" after serve`);
  const cors = values.cors;
  return {
    port: count(values.port, 'port', 0, 65_535),
    host: values.host,
    companyHolidays: values['company-holidays'],
    refreshSeconds: count(values.refresh, 'refresh', 1, 86_400),
    maxAgeSeconds: count(values['max-age'], 'max-age', 1, 31_536_000),
    cors: cors === undefined ? false : cors === '*' ? true : cors.split(',').map((origin) => origin.trim()),
    quiet: values.quiet,
    help: values.help,
  };
}

const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

type Log = (fields: Record<string, unknown>) => void;

/**
 * `madoguchi serve`: the HTTP handler on Node's HTTP server until SIGTERM or SIGINT, then a
 * graceful close (in-flight requests finish). One JSON line per request on stderr unless `--quiet`.
 * Company holidays come from a file (read again on SIGHUP) or an http(s) URL (read every
 * `--refresh` seconds); start-up without a good copy fails.
 *
 * @returns the exit code once the server has closed: 0, or 2 (one line on stderr) for bad
 *   arguments or a company-holiday source with no good copy
 * @example
 * ```ts
 * process.exitCode = await serve(['--port', '8080', '--company-holidays', 'holidays.ics']);
 * ```
 */
export async function serve(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const isUsage = error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'));
    if (!isUsage) throw error;
    process.stderr.write(`madoguchi: ${(error as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const options = serveOptions(argv);
  if (options.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  // ical.js is an optional peer dependency: name it before anything needs it.
  await loadIcal('serve');
  const http = await import('../http/index.js');
  const { getRequestListener, RequestError } = await import('@hono/node-server');
  const log: Log = (fields) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);

  let source: import('../http/index.js').CalendarSource<Desk> | undefined;
  const location = options.companyHolidays;
  if (location !== undefined) {
    const read: import('../http/index.js').Reader = isUrl(location)
      ? http.urlReader(location)
      : async () => {
          try {
            const text = await readFile(location, 'utf8');
            return { changed: true, document: { text, contentType: /\.ics$/i.test(location) ? 'text/calendar' : null }, validators: {} };
          } catch (error) {
            throw fileError('read', location, error);
          }
        };
    source = http.createCalendarSource({
      location,
      read,
      parse: (document) => http.deskFromDocument(document),
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

  const handler = http.createHandler({ ...(source === undefined ? {} : { source }), cors: options.cors });
  const listener = getRequestListener(
    async (request) => {
      const started = performance.now();
      const response = await handler(request);
      if (!options.quiet) {
        const url = new URL(request.url);
        log({
          method: request.method,
          path: url.pathname,
          query: url.search.slice(0, 200),
          status: response.status,
          ms: Math.round((performance.now() - started) * 100) / 100,
        });
      }
      return response;
    },
    {
      // The bridge refuses what is no HTTP request for a URL (`OPTIONS *`, no Host): the client's
      // fault, so a 400 like every other bad request. Anything else would be a bug of ours.
      errorHandler: (error) => {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof RequestError) {
          const body = JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: `${message}.`, code: 'MALFORMED_REQUEST' });
          return new Response(body, { status: 400, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } });
        }
        log({ level: 'error', message });
        return new Response(null, { status: 500 });
      },
    },
  );
  const server = createServer(listener);
  server.keepAliveTimeout = 5_000;
  // Node hands CONNECT (a proxy tunnel) to a separate event and drops the socket if no one listens.
  server.on('connect', (_request, socket: import('node:stream').Duplex) => {
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
