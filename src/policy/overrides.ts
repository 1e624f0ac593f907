import { describeValue } from '../errors/describe-value.js';
import { parseDate } from '../time/calendar-date.js';
import { END_DAY } from '../time/constants.js';
import { editionOn, type ValidPolicy } from './build-policy.js';
import type { DayWindow } from './day-windows.js';
import { optionalList, optionalText, policyError, record } from './shape.js';
import { parseWindows } from './windows.js';

/** One date's exception for one line, or for every line when `lineId` is `null`. */
export interface OverrideRule {
  readonly lineId: string | null;
  /** Empty when the override closes the line. */
  readonly windows: readonly DayWindow[];
  readonly name: string | undefined;
}

/**
 * Parses the `overrides` option into rules per day number. Each must name a line of the edition
 * in force that day (or, to close them all, none; other hours name their line when the edition
 * has several), and a day may not carry two overrides for the same line.
 */
export function parseOverrides(value: unknown, policy: ValidPolicy): ReadonlyMap<number, readonly OverrideRule[]> {
  const byDay = new Map<number, OverrideRule[]>();
  optionalList(value, 'options.overrides').forEach((item, i) => {
    const path = `options.overrides[${i}]`;
    const r = record(item, path, ['date', 'lineId', 'closed', 'windows', 'name']);
    const day = parseDate(r.date, `${path}.date`);
    const edition = editionOn(policy, day);
    if (edition === undefined || day >= END_DAY) {
      policyError(`${path}.date`, `${describeValue(r.date)} lies outside the supported range (no edition of the terms is in force then)`, r.date);
    }
    let lineId: string | null = null;
    if (r.lineId !== undefined) {
      if (typeof r.lineId !== 'string' || !edition.lines.some((l) => l.line.id === r.lineId)) {
        const ids = edition.lines.map((l) => l.line.id).join(', ');
        policyError(
          `${path}.lineId`,
          `${describeValue(r.lineId)} is not a line of edition ${edition.edition} in force on ${r.date}; lines are ${ids}`,
          r.lineId,
        );
      }
      lineId = r.lineId;
    }
    if ((r.closed === undefined) === (r.windows === undefined)) {
      policyError(path, 'give exactly one of closed: true or windows: [["H:MM", "H:MM"], …]', item);
    }
    if (r.closed !== undefined && r.closed !== true) policyError(`${path}.closed`, `expected true, got ${describeValue(r.closed)}`, r.closed);
    // Hours without a line would open every line then, the night number in the morning as well:
    // more likely a slip than the intent, so with several lines the line must be named.
    if (r.windows !== undefined && lineId === null && edition.lines.length > 1) {
      const ids = edition.lines.map((l) => `"${l.line.id}"`).join(', ');
      policyError(path, `windows need a lineId on ${r.date}: edition ${edition.edition} has the lines ${ids}; give one override per line`, item);
    }
    const windows = r.windows === undefined ? [] : parseWindows(r.windows, `${path}.windows`);
    const rules = byDay.get(day) ?? [];
    if (rules.some((rule) => rule.lineId === null || lineId === null || rule.lineId === lineId)) {
      policyError(path, `${r.date} already has an override for ${lineId === null ? 'a line' : `line "${lineId}"`}; give one per line and day`, item);
    }
    rules.push(Object.freeze({ lineId, windows, name: optionalText(r.name, `${path}.name`) }));
    byDay.set(day, rules);
  });
  return byDay;
}
