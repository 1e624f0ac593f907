import type { Maintenance } from '../model/maintenance.js';
import { DESKNETS_CLOUD } from '../presets/desknets-cloud.compiled.js';
import { compileSchedule } from '../schedule/schedule.js';
import { makeDesk } from './desk.js';
import type { Desk } from './desk-type.js';
import { maintenanceOf } from './maintenance.js';

/**
 * The desknet's cloud customer center under the terms as published: no company holidays (the
 * terms list none), the host's clock for "now". Built from the preset compiled ahead of time, so
 * importing it carries neither the policy checks nor the options parser.
 *
 * @example
 * ```ts
 * import { desk } from 'madoguchi';
 * desk.isOpen('2026-11-25T17:29:59.999+09:00'); //=> true
 * desk.status('2026-11-25T17:45:00+09:00').closed?.reason; //=> 'between-windows'
 * desk.nextOpening('2026-11-21T10:00:00+09:00')?.opensAt.toISOString(); //=> '2026-11-24T00:00:00.000Z'
 * ```
 */
export const desk: Desk = /* @__PURE__ */ makeDesk(compileSchedule(DESKNETS_CLOUD, { clock: () => Date.now() }), null);

/**
 * The maintenance of the preset desk (第18条の2): the daily regular window 1:00–6:00 UTC+9 from
 * edition 15 on, and no announced periods. The same as `maintenanceOf(desk)`.
 *
 * @example
 * ```ts
 * import { maintenance } from 'madoguchi';
 * maintenance.status('2026-11-25T03:00:00+09:00').inRegularWindow; //=> true
 * maintenance.status('2026-11-25T06:00:00+09:00').inRegularWindow; //=> false
 * ```
 */
export const maintenance: Maintenance = /* @__PURE__ */ maintenanceOf(desk);
