import type { Desk } from '../engine/desk-type.js';
import { internalsOf } from '../engine/registry.js';
import type { RouteDecision, RouteRequest } from '../model/route.js';

/**
 * What an IVR or chatbot backend should do with a contact now (or `at`): connect, redirect to
 * the open line, say closed and when it opens, or say the caller's language is not served.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param request - `at`, the caller's BCP 47 `language`, the dialed `lineId` or `dialed` number; all optional
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for a malformed language tag, `UNKNOWN_LINE` for a
 *   line id or number no line has, `INVALID_ARGUMENT` for a request of the wrong shape
 * @example
 * ```ts
 * import { desk, route } from 'madoguchi';
 * route(desk, { at: '2026-11-25T18:30:00+09:00', dialed: '+81120365800' }).kind; //=> 'redirect' (to the night line)
 * route(desk, { at: '2026-11-25T10:00:00+09:00', language: 'en' }).kind;         //=> 'unsupported-language'
 * ```
 */
export function route(desk: Desk, request?: RouteRequest): RouteDecision {
  return internalsOf(desk).route(request);
}
