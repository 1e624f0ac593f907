import { nationalHolidaysOf } from '../calendar/national-holidays.js';
import { definePolicy } from '../policy/define-policy.js';
import { type DeskSettings, parseDeskOptions } from '../policy/options.js';
import type { DeskOptions, PolicyInput } from '../policy/types.js';
import { compileSchedule } from '../schedule/schedule.js';
import { specialDays } from '../schedule/special-days.js';
import { daysFromCivil } from '../time/civil.js';
import { makeDesk } from './desk.js';
import type { Desk } from './desk-type.js';

export type { Desk };

/** The law's holidays with the desk's corrections, when it has any. */
function adjustedHolidays({ national }: DeskSettings): ((year: number) => ReadonlyMap<number, string>) | undefined {
  if (national.add.size === 0 && national.remove.size === 0) return undefined;
  return (year) => {
    const days = new Map(nationalHolidaysOf(year));
    const first = daysFromCivil(year, 1, 1);
    const next = daysFromCivil(year + 1, 1, 1);
    for (const day of national.remove) days.delete(day);
    for (const [day, name] of national.add) if (day >= first && day < next) days.set(day, name);
    return days;
  };
}

/**
 * Compiles a policy and options once into a desk that answers in constant time per query.
 *
 * @param policy - the contact-hours policy, e.g. `desknetsCloud`
 * @param options - company holidays (dates, yearly days or timed closures), overrides, national holiday corrections, maintenance periods, clock
 * @returns a frozen `Desk`
 * @throws `MadoguchiError` `INVALID_POLICY` (malformed policy or option, unknown key or line id,
 *   inverted, overlapping or touching windows), `INVALID_DATE` (an impossible date in the options) or
 *   `INVALID_INSTANT` / `AMBIGUOUS_INSTANT` (an instant of a timed closure or maintenance period)
 * @example
 * ```ts
 * const custom = createDesk(desknetsCloud, {
 *   companyHolidays: ['--12-29/--01-03', { date: '2026-08-14', name: '夏季休業' }],
 *   overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: '年末' }],
 * });
 * custom.isOpen('2026-12-30T10:00:00+09:00'); //=> false
 * day(custom, '2026-12-30').closed; //=> { reason: 'company-holiday' }
 * ```
 */
export function createDesk(policy: PolicyInput, options: DeskOptions = {}): Desk {
  const compiled = definePolicy(policy);
  const settings = parseDeskOptions(options, compiled);
  const schedule = compileSchedule(compiled, { clock: settings.clock, holidaysOf: adjustedHolidays(settings), special: specialDays(settings) });
  return makeDesk(schedule, settings);
}
