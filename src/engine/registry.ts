import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { Maintenance } from '../maintenance/maintenance.js';
import type { RouteDecision, RouteRequest } from '../model/route.js';
import type { DayInfo, Line, Opening } from '../model/types.js';
import type { InstantInput } from '../time/instant.js';
import type { Desk } from './desk-type.js';

/** The faces that are not methods of the desk, kept per desk so that a page not using them does not carry them. */
export interface DeskInternals {
  windows(from: InstantInput, to: InstantInput, lineId?: string): Opening[];
  day(date: string | InstantInput): DayInfo;
  lines(at?: InstantInput): readonly Line[];
  route(request?: RouteRequest): RouteDecision;
  readonly maintenance: Maintenance;
}

const internals = new WeakMap<object, DeskInternals>();

export function registerDesk(desk: Desk, faces: DeskInternals): void {
  internals.set(desk, faces);
}

/** Whether a value is a desk from `createDesk` (or the preset `desk`). */
export function isDesk(value: unknown): boolean {
  return typeof value === 'object' && value !== null && internals.has(value);
}

/** The internals of a desk from `createDesk`; `INVALID_ARGUMENT` for anything else. */
export function internalsOf(desk: unknown): DeskInternals {
  const found = typeof desk === 'object' && desk !== null ? internals.get(desk) : undefined;
  if (found === undefined) {
    throw new MadoguchiError('INVALID_ARGUMENT', `Invalid desk: ${describeValue(desk)}; expected a desk from createDesk or the desk export.`, desk);
  }
  return found;
}
