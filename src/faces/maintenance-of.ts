import type { Desk } from '../engine/desk-type.js';
import { internalsOf } from '../engine/registry.js';
import type { Maintenance } from '../maintenance/maintenance.js';

/**
 * The service's maintenance for a desk (第18条の2): the daily regular window of the edition in
 * force and the periods given in the desk's `maintenance` option.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @example
 * ```ts
 * import { desk, maintenanceOf } from 'madoguchi';
 * maintenanceOf(desk).status('2026-11-25T03:00:00+09:00').inRegularWindow; //=> true
 * ```
 */
export function maintenanceOf(desk: Desk): Maintenance {
  return internalsOf(desk).maintenance;
}
