import { MadoguchiError, type MadoguchiErrorCode } from '../index.js';

// The core is adding INVALID_ARGUMENT to MadoguchiErrorCode (wrong-shaped arguments); until its
// union has it, the code is spelled here once.
const INVALID_ARGUMENT = 'INVALID_ARGUMENT' as string as MadoguchiErrorCode;

/** A `MadoguchiError` `INVALID_ARGUMENT`: an event, request or option of the wrong shape. */
export function argumentError(message: string, value?: unknown): MadoguchiError {
  return new MadoguchiError(INVALID_ARGUMENT, message, value);
}
