import type { Command } from './command.js';
import { calendarCommand, holidaysCommand, nextCommand, statusCommand } from './commands.js';

/**
 * The commands of the CLI, the first being the default. A new command is one line here (its
 * module declares its options, arguments and what it does).
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); //=> ['status', 'next', 'calendar', 'holidays']
 * ```
 */
export const COMMANDS: readonly Command[] = [statusCommand, nextCommand, calendarCommand, holidaysCommand];
