import { parseCompanyHolidays } from '../calendar/parse-company-holidays.js';
import { describeValue } from '../errors/describe-value.js';
import { parseMaintenance } from '../maintenance/parse-maintenance.js';
import { definePolicy } from '../policy/define-policy.js';
import { parseOverrides } from '../policy/overrides.js';
import { optionalList, policyError, record, text } from '../policy/shape.js';
import type { DeskOptions, PolicyInput } from '../policy/types.js';
import { parseDate } from '../time/calendar-date.js';
import { compileDesk } from './compile-desk.js';
import type { Desk } from './desk-type.js';

export type { Desk } from './desk-type.js';

function nationalAdjustments(value: unknown): { add: Map<number, string>; remove: Set<number> } {
  const add = new Map<number, string>();
  const remove = new Set<number>();
  if (value === undefined) return { add, remove };
  const r = record(value, 'options.nationalHolidays', ['add', 'remove']);
  optionalList(r.add, 'options.nationalHolidays.add').forEach((item, i) => {
    const path = `options.nationalHolidays.add[${i}]`;
    const h = record(item, path, ['date', 'name']);
    add.set(parseDate(h.date, `${path}.date`), text(h.name, `${path}.name`));
  });
  optionalList(r.remove, 'options.nationalHolidays.remove').forEach((item, i) => {
    remove.add(parseDate(item, `options.nationalHolidays.remove[${i}]`));
  });
  return { add, remove };
}

/**
 * Compiles a policy and options once into a desk that answers in constant time per query.
 *
 * @param policy - the contact-hours policy, e.g. `desknetsCloud`
 * @param options - company holidays, overrides, national holiday corrections, clock
 * @returns a frozen `Desk`
 * @throws `MadoguchiError` `INVALID_POLICY` (malformed policy or option, unknown key or line id,
 *   inverted, overlapping or touching windows) or `INVALID_DATE` (an impossible date in the options)
 * @example
 * ```ts
 * const custom = createDesk(desknetsCloud, {
 *   companyHolidays: ['--12-29/--01-03', { date: '2026-08-14', name: '夏季休業' }],
 *   overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: '年末' }],
 * });
 * custom.isOpen('2026-12-30T10:00:00+09:00'); //=> false
 * custom.day('2026-12-30').closed; //=> { reason: 'company-holiday' }
 * ```
 */
export function createDesk(policy: PolicyInput, options: DeskOptions = {}): Desk {
  const valid = definePolicy(policy);
  const opts = record(options, 'options', ['companyHolidays', 'overrides', 'nationalHolidays', 'clock', 'maintenance']);
  if (opts.clock !== undefined && typeof opts.clock !== 'function') {
    policyError('options.clock', `expected a function returning epoch milliseconds, got ${describeValue(opts.clock)}`);
  }
  return compileDesk(valid, {
    // Date.now is read at each call, so fake timers in a caller's tests apply.
    clock: (opts.clock as (() => number) | undefined) ?? (() => Date.now()),
    company: parseCompanyHolidays(opts.companyHolidays),
    overrides: parseOverrides(opts.overrides, valid),
    national: nationalAdjustments(opts.nationalHolidays),
    maintenance: parseMaintenance(opts.maintenance),
  });
}
