import { deskInvalid } from '../errors/messages.js';
import type { DeskSettings } from '../policy/options.js';
import type { Schedule } from '../schedule/schedule.js';
import type { Desk } from './desk-type.js';

/** What the faces beyond the desk's own methods read: its schedule and, for a created desk, its settings. */
export interface DeskCore {
  readonly schedule: Schedule;
  readonly settings: DeskSettings | null;
}

// A registered symbol, not a module's WeakMap: a desk made by the package's CommonJS build reaches
// a face or adapter of its ES module build (a process that loads it both ways) and the other way
// round, as the faces of each copy find the same key. The version in the key changes when the shape
// of DeskCore does, so a desk never meets faces that would misread it.
const CORE = Symbol.for('madoguchi.desk-core.v1');

/** Records on a new desk, before it is frozen, what it is made of (a non-enumerable property). */
export function registerDesk(desk: object, core: DeskCore): void {
  Object.defineProperty(desk, CORE, { value: core });
}

function readCore(value: unknown): DeskCore | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as { [CORE]?: DeskCore })[CORE];
  } catch {
    return undefined; // a revoked Proxy
  }
}

/** Whether a value is a desk from `createDesk` (or the preset `desk`). */
export function isDesk(value: unknown): value is Desk {
  return readCore(value) !== undefined;
}

/** The core of a desk; `INVALID_ARGUMENT` for anything that is not one. */
export function coreOf(desk: unknown): DeskCore {
  const found = readCore(desk);
  if (found === undefined) throw deskInvalid(desk);
  return found;
}
