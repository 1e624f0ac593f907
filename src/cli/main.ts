import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toICal } from '../ical/export.js';
import { createDesk, type Desk, describe, desknetsCloud, MadoguchiError } from '../index.js';
import { formatJst } from '../time/format-jst.js';
import { loadOptions } from './load-options.js';
import { daysOfMonth, type Lang, paint, renderCalendar, renderNext, renderStatus } from './render.js';
import { UsageError } from './usage-error.js';

const HELP = `madoguchi — when the desknet's cloud customer center answers (第6条, UTC+9)

Usage:
  madoguchi [status] [--at <ISO instant>] [--lang ja|en] [--json]
  madoguchi next [--line regular|night] [--at …] [--json]
  madoguchi calendar [YYYY-MM] [--lang ja|en]
  madoguchi calendar --ics <YYYY-MM-DD>/<YYYY-MM-DD> [--out <file>]

Options:
  --at <instant>              ask about this instant (ISO 8601 with Z or an offset) instead of now
  --lang ja|en                language of the output (default: ja when LANG starts with ja, else en)
  --json                      print the answer as JSON (instants in JST, +09:00)
  --line <id>                 only this line (next)
  --company-holidays <file>   company holidays and overrides: JSON (createDesk options) or .ics
  --ics <from>/<to>           write open windows and closed days as iCalendar
  --out <file>                write to a file instead of stdout
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 answered, 2 usage error.`;

function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place: built (dist/) and source (src/cli/) layouts differ
    }
  }
  return 'unknown';
}

/** Dates become JST ISO strings, so JSON shows the wall clock the terms speak of. */
function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      return raw instanceof Date ? formatJst(raw.getTime()) : v;
    },
    2,
  );
}

/** Answers one invocation; returns what to print on stdout (nothing when written to --out). */
function run(argv: readonly string[]): string {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      at: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      line: { type: 'string' },
      'company-holidays': { type: 'string' },
      ics: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return HELP;
  if (values.version) return version();
  const [command = 'status', arg, extra] = positionals;
  if (extra !== undefined || (arg !== undefined && command !== 'calendar')) throw new UsageError(`unexpected argument "${extra ?? arg}"`);
  const lang = (values.lang ?? (/^ja/i.test(process.env.LANG ?? '') ? 'ja' : 'en')) as Lang;
  if (lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang must be ja or en, not "${values.lang}"`);
  const desk: Desk = createDesk(desknetsCloud, values['company-holidays'] ? loadOptions(values['company-holidays']) : {});
  const at = values.at ?? Date.now();
  const p = paint(Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined && !values.json);
  const write = (text: string): string => {
    if (values.out === undefined) return text;
    writeFileSync(values.out, text.endsWith('\n') ? text : `${text}\n`);
    return '';
  };

  switch (command) {
    case 'status': {
      const status = desk.status(at);
      if (values.json) return write(toJson(status));
      const lines = desk.lines(status.at);
      return write(renderStatus(status, lines, (line) => desk.nextOpening(status.at, line.id), describe(status, { locale: lang }), lang, p));
    }
    case 'next': {
      const next = desk.nextOpening(at, values.line);
      return write(values.json ? toJson(next) : renderNext(next, lang));
    }
    case 'calendar': {
      if (values.ics !== undefined) {
        const [from, to, more] = values.ics.split('/');
        if (!from || !to || more !== undefined) throw new UsageError(`--ics takes <YYYY-MM-DD>/<YYYY-MM-DD>, not "${values.ics}"`);
        return write(toICal(desk, from, to));
      }
      const month = arg ?? formatJst(desk.status(at).at.getTime()).slice(0, 7);
      if (!/^\d{4}-\d{2}$/.test(month)) throw new UsageError(`calendar takes a month YYYY-MM, not "${month}"`);
      const days = daysOfMonth(month).map((d) => desk.day(d));
      return write(values.json ? toJson(days) : renderCalendar(days, lang, p));
    }
    default:
      throw new UsageError(`unknown command "${command}"; try status, next or calendar (--help)`);
  }
}

try {
  const text = run(process.argv.slice(2));
  if (text !== '') process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
} catch (error) {
  const e = error as Error & { code?: string };
  const isUsage = error instanceof UsageError || error instanceof MadoguchiError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'));
  if (!isUsage) throw error;
  // parseArgs appends advice on '--' to its message; the first sentence names the problem.
  process.stderr.write(`madoguchi: ${(e.message.split('\n')[0] as string).replace(/\. To specify a positional.*$/, '')}\n`);
  process.exitCode = 2;
}
