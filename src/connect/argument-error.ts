import { MadoguchiError } from '../index.js';

/**
 * A `MadoguchiError` `INVALID_ARGUMENT`: an event, request or option of the wrong shape.
 *
 * @example
 * ```ts
 * throw argumentError('Details.Parameters must be an object of strings.', parameters);
 * ```
 */
export function argumentError(message: string, value?: unknown): MadoguchiError {
  return new MadoguchiError('INVALID_ARGUMENT', message, value);
}
