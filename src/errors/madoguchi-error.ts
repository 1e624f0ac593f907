/**
 * Every way madoguchi can be misused, as a stable string a caller can switch on.
 * "Closed" is never an error: these codes are only for bad input and bad policies.
 *
 * @example
 * ```ts
 * try { desk.status('2026-11-25T10:00'); } catch (e) { if (e instanceof MadoguchiError) e.code; } //=> 'AMBIGUOUS_INSTANT'
 * ```
 */
export type MadoguchiErrorCode =
  | 'INVALID_INSTANT'
  | 'AMBIGUOUS_INSTANT'
  | 'INVALID_DATE'
  | 'INVALID_RANGE'
  | 'OUT_OF_RANGE'
  | 'NO_TERMS_IN_FORCE'
  | 'INVALID_POLICY'
  | 'UNKNOWN_LINE'
  | 'INVALID_LANGUAGE';

/**
 * The one error type madoguchi throws. `code` is stable across versions; `message` names the
 * offending value and what is accepted; `value` carries the offending input as given.
 *
 * @example
 * ```ts
 * try {
 *   desk.status('2026-11-25T10:00');
 * } catch (error) {
 *   if (error instanceof MadoguchiError) error.code; //=> 'AMBIGUOUS_INSTANT'
 * }
 * ```
 */
export class MadoguchiError extends Error {
  override readonly name = 'MadoguchiError';
  readonly code: MadoguchiErrorCode;
  readonly value: unknown;

  constructor(code: MadoguchiErrorCode, message: string, value?: unknown) {
    super(message);
    this.code = code;
    this.value = value;
  }
}
