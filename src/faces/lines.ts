import type { Line } from '../model/types.js';
import { jstDay } from '../time/jst.js';
import { instantIn } from './checks.js';
import type { Desk } from './desk-type.js';
import { coreOf } from './registry.js';

/**
 * The lines of the edition in force at `at`.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param at - the instant; default now
 * @throws `MadoguchiError` `INVALID_ARGUMENT` when `desk` is not a desk; the instant errors
 * @example
 * ```ts
 * import { desk, lines } from 'madoguchi';
 * lines(desk, '2021-06-01T10:00:00+09:00').map((l) => l.name.ja); //=> ['問い合わせ窓口'] (edition 14)
 * lines(desk, '2026-06-01T10:00:00+09:00').map((l) => l.e164);    //=> ['+81120365800', '+818007779984']
 * ```
 */
export function lines(desk: Desk, at?: Date | number | string): readonly Line[] {
  const { schedule } = coreOf(desk);
  return Object.freeze(schedule.planOf(jstDay(instantIn(schedule, at))).edition.lines.map((l) => l.line));
}
