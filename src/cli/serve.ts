import { parseArgs } from 'node:util';
import type { ServeOptions } from './serve-options.js';
import { UsageError } from './usage-error.js';

export type { ServeOptions };

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
    // By name, not instanceof: serve-server.js is a bundle of its own, with its own copy of the class.
    const isUsage = (error as Error | null)?.name === 'UsageError' || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'));
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
  // The server and the HTTP face are set up only when serve runs, not for the other commands.
  const { runServer } = await import('./serve-server.js');
  return runServer(options);
}
