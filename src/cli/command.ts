import type { Lang } from './labels.js';
import type { Paint } from './paint.js';
import type { Text } from './usage-error.js';

/**
 * An option as `util.parseArgs` declares it.
 *
 * @example
 * ```ts
 * const at: OptionSpec = { type: 'string' };
 * ```
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

/**
 * The arguments of one command, parsed and checked against what it takes.
 *
 * @example
 * ```ts
 * const args: CommandArgs = { values: { at: '2026-11-25T10:00+09:00' }, positionals: [], lang: 'en' };
 * ```
 */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** From `--lang`, else the locale. */
  readonly lang: Lang;
}

/**
 * What a command prints, and where: stdout unless `file` is set.
 *
 * @example
 * ```ts
 * const output: Output = { text: 'BEGIN:VCALENDAR…', file: 'holidays.ics' };
 * ```
 */
export interface Output {
  readonly text: string;
  readonly file?: string;
  /** Lines for stderr (the answer still stands, exit code 0). */
  readonly warnings?: readonly Text[];
}

/**
 * What every command may use: the clock (read once per answer), colours, the environment.
 *
 * @example
 * ```ts
 * const context: CommandContext = { now: Date.now, paint: paintFor({ isTTY: false, env: {} }), env: process.env };
 * ```
 */
export interface CommandContext {
  readonly now: () => number;
  readonly paint: Paint;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * One command of the CLI: its name, the options it takes (any other is a usage error), how many
 * arguments, and what it does. The dispatcher is a list of these (`COMMANDS`).
 *
 * @example
 * ```ts
 * const hello: Command = { name: 'hello', options: {}, maxPositionals: 0, run: async () => ({ text: 'hello' }) };
 * ```
 */
export interface Command {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly maxPositionals: number;
  /** Checks beyond option names and counts; throws `UsageError`. */
  readonly check?: (args: CommandArgs) => void;
  run(args: CommandArgs, context: CommandContext): Promise<Output>;
}

/**
 * A command that reads its own arguments (everything after its name) and prints its own output,
 * such as a server: `run` returns the exit code, or an `Output` for the dispatcher to print.
 * `UsageError`s and `MadoguchiError`s it throws are reported like any other (one line, exit 2).
 *
 * @example
 * ```ts
 * const serve: RawCommand = { name: 'serve', raw: true, run: async (argv) => (await import('./serve.js')).serve(argv) };
 * ```
 */
export interface RawCommand {
  readonly name: string;
  readonly raw: true;
  run(argv: readonly string[], context: CommandContext): Promise<number | Output>;
}
