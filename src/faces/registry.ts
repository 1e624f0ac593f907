import { deskInvalid } from '../errors/messages.js';
import type { DeskSettings } from '../policy/options.js';
import type { Schedule } from '../schedule/schedule.js';
import type { Desk } from './desk-type.js';

/** What the faces beyond the desk's own methods read: its schedule and, for a created desk, its settings. */
export interface DeskCore {
  readonly schedule: Schedule;
  readonly settings: DeskSettings | null;
}

// Kept beside the desks rather than on them: the desk object stays four methods, and a face that is
// not imported adds nothing to a page.
const cores = new WeakMap<object, DeskCore>();

/** Records what a new desk is made of. */
export function registerDesk(desk: Desk, core: DeskCore): void {
  cores.set(desk, core);
}

/** Whether a value is a desk from `createDesk` (or the preset `desk`). */
export function isDesk(value: unknown): value is Desk {
  return typeof value === 'object' && value !== null && cores.has(value);
}

/** The core of a desk; `INVALID_ARGUMENT` for anything that is not one. */
export function coreOf(desk: unknown): DeskCore {
  const found = typeof desk === 'object' && desk !== null ? cores.get(desk) : undefined;
  if (found === undefined) throw deskInvalid(desk);
  return found;
}
