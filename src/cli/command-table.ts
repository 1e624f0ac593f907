import type { Command, RawCommand } from './command.js';
import { calendarCommand, holidaysCommand, nextCommand, statusCommand } from './commands.js';
// A static import: the CLI is one file (a dynamic import would split it into chunks).
import { exportConnect } from './export-connect.js';

/**
 * The commands of the CLI, the first being the default. A new command is one line here: a
 * `Command` (its module declares its options, arguments and what it does; the dispatcher parses and
 * checks them) or a `RawCommand` that parses its own arguments, e.g.
 * `{ name: 'serve', raw: true, run: async (argv) => (await import('./serve.js')).serve(argv) }`.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); //=> ['status', 'next', 'calendar', 'holidays']
 * ```
 */
export const COMMANDS: readonly (Command | RawCommand)[] = [
  statusCommand,
  nextCommand,
  calendarCommand,
  holidaysCommand,
  { name: 'serve', raw: true, run: async (argv: readonly string[]) => (await import('./serve.js')).serve(argv) },
  // `export connect`: Amazon Connect hours of operation; parses its own options.
  { name: 'export', raw: true, run: async (argv: readonly string[]) => ({ text: await exportConnect(argv) }) },
];
