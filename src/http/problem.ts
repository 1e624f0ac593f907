/**
 * The codes an HTTP problem carries: the library's `MadoguchiError` codes for bad input, and the
 * HTTP face's own for requests that never reach the library.
 *
 * @example
 * ```ts
 * const code: ProblemCode = 'AMBIGUOUS_INSTANT';
 * ```
 */
export type ProblemCode = string;

/**
 * An RFC 9457 problem details object, extended with the library's stable `code`.
 *
 * @example
 * ```ts
 * const p: Problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Ambiguous instant …', code: 'AMBIGUOUS_INSTANT' };
 * ```
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  /** The query parameter at fault, when one is. */
  readonly parameter?: string;
}

const TITLES: Readonly<Record<number, string>> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed' };

/**
 * A problem+json body. `type` is `about:blank` (RFC 9457 §4.2.1): the status says what kind of
 * failure it is, and the `code` member says which, with the same string `MadoguchiError.code` has.
 *
 * @example
 * ```ts
 * problem(404, 'NOT_FOUND', 'No endpoint /v2/status.').title; //=> 'Not Found'
 * ```
 */
export function problem(status: 400 | 404 | 405, code: ProblemCode, detail: string, parameter?: string): Problem {
  const base = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, code };
  return parameter === undefined ? base : { ...base, parameter };
}

/**
 * A bad request found by the HTTP face itself (an unknown or repeated parameter, a query too long):
 * thrown inside the handler, answered as a 400.
 *
 * @example
 * ```ts
 * throw new BadRequest('INVALID_ARGUMENT', 'Unknown parameter "foo".', 'foo');
 * ```
 */
export class BadRequest extends Error {
  override readonly name = 'BadRequest';
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}
