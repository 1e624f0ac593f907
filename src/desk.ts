import { compileDesk } from './engine/compile-desk.js';
import type { Desk } from './engine/desk-type.js';
import { buildPolicy } from './policy/build-policy.js';
import { desknetsCloud } from './presets/desknets-cloud.js';

// The preset is checked by the test suite (definePolicy accepts it and compiles it to the same
// thing), so the import of `desk` carries neither the checks nor their messages.
const NO_EXCEPTIONS = Object.freeze({
  clock: () => Date.now(),
  company: Object.freeze({ fixed: new Map(), yearly: [] }),
  overrides: new Map(),
  national: Object.freeze({ add: new Map(), remove: new Set<number>() }),
  maintenance: [],
});

/**
 * The desknet's cloud customer center under the terms as published: no company holidays (the
 * terms list none), the host's clock for "now".
 *
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * desk.isOpen('2026-11-25T17:29:59.999+09:00'); //=> true
 * desk.status('2026-11-25T17:45:00+09:00').closed?.reason; //=> 'between-windows'
 * desk.nextOpening('2026-11-21T10:00:00+09:00')?.opensAt.toISOString(); //=> '2026-11-24T00:00:00.000Z'
 * ```
 */
export const desk: Desk = compileDesk(buildPolicy(desknetsCloud), NO_EXCEPTIONS);
