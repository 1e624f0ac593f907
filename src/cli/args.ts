import { parseArgs } from 'node:util';
import type { Command, CommandArgs, OptionSpec, RawCommand } from './command.js';
import { langFromEnv, langOfTag } from './lang.js';
import { messages } from './messages.js';
import { UsageError } from './usage-error.js';

/**
 * What the command line asks for: help, the version, or a command with its checked arguments.
 *
 * @example
 * ```ts
 * const inv: Invocation = parseInvocation(['calendar', '2026-12'], {}, COMMANDS);
 * inv.kind === 'run' && inv.args.positionals[0]; //=> '2026-12'
 * ```
 */
export type Invocation =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: Command; readonly args: CommandArgs }
  | { readonly kind: 'raw'; readonly command: RawCommand; readonly argv: readonly string[] };

const GLOBAL: Readonly<Record<string, OptionSpec>> = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } };

/** parseArgs' own errors, said in the user's language and without its advice about '--'. */
function parseError(error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(messages.unknownOption(option));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    throw new UsageError(
      /does not take an argument/.test(message) ? messages.takesNoValue(option.replace(/=.*$/, '')) : messages.missingValue(option.split(/[ ,]/)[0] as string),
    );
  }
  throw error;
}

/**
 * Parses the arguments (without the node and script paths) with `util.parseArgs`, then checks
 * them against the command: an option it does not take, a repeated option or an extra argument is
 * a usage error, never ignored.
 *
 * @throws `UsageError` in the user's language
 * @example
 * ```ts
 * parseInvocation(['next', '--line', 'night', '--at', '2026-11-25T10:00+09:00'], {}, COMMANDS).kind; //=> 'run'
 * ```
 */
export function parseInvocation(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  table: readonly (Command | RawCommand)[],
): Invocation {
  const raw = table.find((c): c is RawCommand => 'raw' in c && c.name === argv[0]);
  if (raw !== undefined) return { kind: 'raw', command: raw, argv: argv.slice(1) };
  const commands = table.filter((c): c is Command => !('raw' in c));
  const options: Record<string, OptionSpec> = { ...GLOBAL };
  for (const command of commands) Object.assign(options, command.options);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    parseError(error);
  }
  const { values, positionals, tokens = [] } = parsed;
  // parseArgs keeps the last of a repeated option: two --at are a slip to report, not to settle.
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (given.has(token.name)) throw new UsageError(messages.givenTwice(`--${token.name}`));
    given.add(token.name);
  }
  if (values.help === true || positionals[0] === 'help') return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const names = table.map((c) => c.name);
  const first = positionals[0];
  const command = first === undefined ? commands[0] : commands.find((c) => c.name === first);
  if (command === undefined) {
    // Under `npm start`, options written before `--` are npm's: only their values reach us.
    const script = env.npm_lifecycle_event;
    if (script !== undefined && script !== '' && !/^[a-z]+$/.test(first as string)) throw new UsageError(messages.npmSwallowed(first as string, script));
    throw new UsageError(messages.unknownCommand(first as string, names));
  }
  const rest = positionals.slice(first === undefined ? 0 : 1);
  const extra = rest[command.maxPositionals];
  if (extra !== undefined) throw new UsageError(messages.unexpectedArgument(extra, command.name));
  const accepted = Object.keys(command.options);
  for (const option of Object.keys(values)) {
    if (!accepted.includes(option))
      throw new UsageError(
        messages.optionNotTaken(
          command.name,
          `--${option}`,
          accepted.map((o) => `--${o}`),
        ),
      );
  }
  const tag = values.lang as string | undefined;
  const lang = tag === undefined ? langFromEnv(env) : langOfTag(tag);
  if (lang === undefined) throw new UsageError(messages.badLang(tag as string));
  const args: CommandArgs = { values: values as CommandArgs['values'], positionals: rest, lang };
  command.check?.(args);
  return { kind: 'run', command, args };
}
