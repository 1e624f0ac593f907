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
  | 'INVALID_LANGUAGE'
  | 'INVALID_ARGUMENT';

const BRAND = Symbol.for('madoguchi.MadoguchiError');

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
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `instanceof MadoguchiError` holds for an error from any copy of the class: the CommonJS and
   * ES module builds each have one (a package loaded both ways), as has every realm. A registered
   * symbol marks them all.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass inherits this method: for it, the ordinary prototype-chain test.
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof asks about, which may be a subclass
    if (this !== MadoguchiError) return Function.prototype[Symbol.hasInstance].call(this, value);
    try {
      return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
    } catch {
      return false; // a revoked Proxy
    }
  }
}
