import { nationalHolidaysOf, OFFICIAL_THROUGH_YEAR } from '../calendar/national-holidays.js';
import type { HolidayMark } from '../model/types.js';
import { type CompiledEdition, type CompiledPolicy, editionOn } from '../policy/compiled.js';
import { isoWeekday, yearOfDay } from '../time/civil.js';
import { dayStart } from '../time/jst.js';
import type { SupportedRange } from '../time/range.js';
import { basePlan, type DayPlan } from './day-plan.js';
import type { SpecialDay } from './special-days.js';

/**
 * A compiled schedule: a policy's editions and a table of day plans, filled a day at a time on
 * first use, so that every question about an instant is a table read and a short loop.
 */
export interface Schedule {
  readonly policy: CompiledPolicy;
  readonly range: SupportedRange;
  /** The supported range as epoch milliseconds, `[firstMs, endMs)`. */
  readonly firstMs: number;
  readonly endMs: number;
  /** Every line id of any edition. */
  readonly lineIds: ReadonlySet<string>;
  /** "Now" in epoch milliseconds. */
  readonly clock: () => number;
  /** The plan of a JST day number inside the range. */
  readonly planOf: (day: number) => DayPlan;
}

/** What a schedule is built from besides the policy; the preset desk passes only a clock. */
export interface ScheduleInput {
  readonly clock: () => number;
  /** The national holidays of a year by day number (default: the law's, from japanese-holidays). */
  readonly holidaysOf?: ((year: number) => ReadonlyMap<number, string>) | undefined;
  /** Company closures and overrides, year by year. */
  readonly special?: ((year: number) => SpecialDay) | undefined;
}

interface YearFacts {
  readonly holidays: ReadonlyMap<number, string>;
  readonly special: SpecialDay | undefined;
}

/** Compiles a policy into a schedule. Nothing is built per day until a day is asked about. */
export function compileSchedule(policy: CompiledPolicy, input: ScheduleInput): Schedule {
  const { firstDay, endDay } = policy;
  const holidaysOf = input.holidaysOf ?? nationalHolidaysOf;
  const ordinary = new Map<CompiledEdition, DayPlan[]>(policy.editions.map((e) => [e, [1, 2, 3, 4, 5, 6, 7].map((w) => basePlan(e, w, null))]));
  const years = new Map<number, YearFacts>();
  // Day plans in blocks of 512 days: one flat table of the whole range would cost a 230 KB
  // allocation in every createDesk.
  const blocks: (DayPlan | undefined)[][] = [];

  function factsOf(year: number): YearFacts {
    let facts = years.get(year);
    if (facts === undefined) {
      facts = { holidays: holidaysOf(year), special: input.special?.(year) };
      years.set(year, facts);
    }
    return facts;
  }

  function build(day: number): DayPlan {
    const year = yearOfDay(day);
    const facts = factsOf(year);
    const edition = editionOn(policy, day) as CompiledEdition;
    const weekday = isoWeekday(day);
    const name = facts.holidays.get(day);
    const holiday: HolidayMark | null = name === undefined ? null : Object.freeze({ name, provisional: year > OFFICIAL_THROUGH_YEAR });
    const special = facts.special?.(day, edition, weekday, holiday);
    return special ?? (holiday === null ? ((ordinary.get(edition) as DayPlan[])[weekday - 1] as DayPlan) : basePlan(edition, weekday, holiday));
  }

  function planOf(day: number): DayPlan {
    const i = day - firstDay;
    const found = blocks[i >> 9]?.[i & 511];
    if (found !== undefined) return found;
    const block = blocks[i >> 9] ?? new Array<DayPlan | undefined>(512);
    blocks[i >> 9] = block;
    const plan = build(day);
    block[i & 511] = plan;
    return plan;
  }

  return Object.freeze({
    policy,
    range: Object.freeze({ firstDay, endDay, firstEdition: (policy.editions[0] as CompiledEdition).edition }),
    firstMs: dayStart(firstDay),
    endMs: dayStart(endDay),
    lineIds: new Set(policy.editions.flatMap((e) => e.lines.map((l) => l.line.id))),
    clock: input.clock,
    planOf,
  });
}
