import type { Desk } from '../engine/desk-type.js';
import { internalsOf } from '../engine/registry.js';
import type { Line } from '../model/types.js';
import type { InstantInput } from '../time/instant.js';

/**
 * The lines of the edition in force at `at`.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param at - the instant; default now
 * @example
 * ```ts
 * import { desk, lines } from 'madoguchi';
 * lines(desk, '2021-06-01T10:00:00+09:00').map((l) => l.name.ja); //=> ['問い合わせ窓口'] (edition 14)
 * lines(desk, '2026-06-01T10:00:00+09:00').map((l) => l.e164);    //=> ['+81120365800', '+818007779984']
 * ```
 */
export function lines(desk: Desk, at?: InstantInput): readonly Line[] {
  return internalsOf(desk).lines(at);
}
