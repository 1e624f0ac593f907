import type { Desk } from '../index.js';
import { argumentError } from './argument-error.js';
import { notADesk, notAnObject, unknownOption } from './messages.js';

/**
 * The options object of a platform face: an object (or nothing) with only the keys it takes.
 *
 * @example
 * ```ts
 * const options = checkOptions(given, 'connectHandler', ['desk', 'responseType'], '{ desk?, responseType? }');
 * ```
 */
export function checkOptions<T extends object>(value: T | undefined, who: string, keys: readonly string[], shape: string): T | Record<string, never> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw argumentError(notAnObject(`${who} options`, shape), value);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw argumentError(unknownOption(who, key, keys), value);
  }
  return value;
}

/**
 * A desk, or an `INVALID_ARGUMENT` naming who needed one.
 *
 * @example
 * ```ts
 * const desk = checkDesk(options.desk ?? defaultDesk, 'connectHandler');
 * ```
 */
export function checkDesk(value: unknown, who: string): Desk {
  if (typeof (value as Partial<Desk> | null)?.status !== 'function') throw argumentError(notADesk(who), value);
  return value as Desk;
}
