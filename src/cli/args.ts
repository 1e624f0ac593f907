import { parseArgs } from 'node:util';
import { toEpochMs } from '../time/instant.js';
import type { Lang } from './labels.js';
import { UsageError } from './usage-error.js';

const OPTIONS = {
  at: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  line: { type: 'string' },
  'company-holidays': { type: 'string' },
  ics: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;
type Command = 'status' | 'next' | 'calendar';

/** Which options each command takes; any other is a usage error rather than silently ignored. */
const ACCEPTS: Readonly<Record<Command, readonly OptionName[]>> = {
  status: ['at', 'lang', 'json', 'company-holidays'],
  next: ['at', 'lang', 'json', 'line', 'company-holidays'],
  calendar: ['at', 'lang', 'json', 'company-holidays', 'ics', 'out'],
};

/**
 * What the command line asks for, validated.
 *
 * @example
 * ```ts
 * const inv: Invocation = parseInvocation(['calendar', '2026-12'], {});
 * inv.command === 'calendar' && inv.month; //=> '2026-12'
 * ```
 */
export type Invocation =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: Command;
      /** Epoch ms of `--at`; absent means now. */
      readonly at: number | undefined;
      readonly lang: Lang;
      readonly json: boolean;
      readonly companyHolidays: string | undefined;
      readonly line: string | undefined;
      /** `YYYY-MM` for the month view; absent means the month of `at`. */
      readonly month: string | undefined;
      readonly ics: { readonly from: string; readonly to: string } | undefined;
      readonly out: string | undefined;
    };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `ja` when the locale environment says Japanese (POSIX precedence), else `en`. */
function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja(?:[_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}

/**
 * Parses and checks the arguments (without the node and script paths) with `util.parseArgs`.
 *
 * @throws `UsageError` for an unknown command, option or value; `MadoguchiError` for a bad `--at`
 * @example
 * ```ts
 * parseInvocation(['next', '--line', 'night', '--at', '2026-11-25T10:00+09:00'], {}).command; //=> 'next'
 * ```
 */
export function parseInvocation(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Invocation {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  // parseArgs keeps the last of a repeated option: two --at are a slip to report, not to settle.
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (given.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    given.add(token.name);
  }
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [name = 'status', arg, extra] = positionals;
  if (name !== 'status' && name !== 'next' && name !== 'calendar')
    throw new UsageError(`unknown command "${name}"; the commands are status, next and calendar (see --help)`);
  const command: Command = name;
  const unexpected = command === 'calendar' ? extra : arg;
  if (unexpected !== undefined) throw new UsageError(`unexpected argument "${unexpected}" after ${command}`);
  for (const option of Object.keys(values) as OptionName[]) {
    if (!ACCEPTS[command].includes(option)) throw new UsageError(`${command} does not take --${option} (see --help)`);
  }
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en') throw new UsageError(`--lang takes ja or en, not "${values.lang}"`);
  if (arg !== undefined && !MONTH.test(arg)) throw new UsageError(`calendar takes a month YYYY-MM, not "${arg}"`);
  if (values.ics !== undefined && (arg !== undefined || values.json)) throw new UsageError('--ics takes its own date range; drop the month or --json');
  if (values.out !== undefined && values.ics === undefined) throw new UsageError('--out goes with --ics');
  return {
    command,
    at: values.at === undefined ? undefined : toEpochMs(values.at, '--at'),
    lang: (values.lang as Lang | undefined) ?? langFromEnv(env),
    json: values.json ?? false,
    companyHolidays: values['company-holidays'],
    line: values.line,
    month: arg,
    ics: values.ics === undefined ? undefined : icsRange(values.ics),
    out: values.out,
  };
}

function icsRange(text: string): { from: string; to: string } {
  const [from, to, more] = text.split('/');
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (from === undefined || to === undefined || more !== undefined || !date.test(from) || !date.test(to)) {
    throw new UsageError(`--ics takes a date range YYYY-MM-DD/YYYY-MM-DD (both days included), not "${text}"`);
  }
  return { from, to };
}
