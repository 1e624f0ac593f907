import { describeValue } from '../errors/describe-value.js';
import { formatClockTime, parseClockTime } from '../time/clock-time.js';
import { MS_PER_HOUR } from '../time/constants.js';
import { type DayWindow, toDayWindows } from './day-windows.js';
import { list, policyError } from './shape.js';
import type { WindowInput } from './types.js';

/**
 * Checks a list of `[opens, closes]` windows. Inverted, empty, overlapping and touching windows
 * are rejected: touching ones would report a closing that never happens.
 */
export function checkWindows(value: unknown, path: string): void {
  const items = list(value, path);
  if (items.length === 0) policyError(path, 'expected at least one window such as ["9:00", "17:30"]', value);
  items.forEach((item, i) => {
    const where = `${path}[${i}]`;
    if (!Array.isArray(item) || item.length !== 2) {
      policyError(where, `expected a window ["H:MM", "H:MM"], got ${describeValue(item)}`, item);
    }
    const opens = parseClockTime(item[0]);
    const closes = parseClockTime(item[1]);
    if (opens === null || closes === null) {
      policyError(where, `expected wall-clock times "H:MM" from 0:00 to 24:00, got ${describeValue(item[0])}, ${describeValue(item[1])}`, item);
    }
    if (closes <= opens) {
      policyError(
        where,
        `the window closes at ${formatClockTime(closes)}, not after it opens at ${formatClockTime(opens)}; a window lies within one JST day`,
        item,
      );
    }
  });
  const windows = toDayWindows(items as readonly WindowInput[]);
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1] as DayWindow;
    const cur = windows[i] as DayWindow;
    if (cur.opens <= prev.closes) {
      const how = cur.opens === prev.closes ? 'touches' : 'overlaps';
      policyError(
        path,
        `window ${formatClockTime(cur.opens)}–${formatClockTime(cur.closes)} ${how} ${formatClockTime(prev.opens)}–${formatClockTime(prev.closes)}; windows of a line must be apart (merge touching ones)`,
        value,
      );
    }
  }
}

/**
 * Checks a line's daily windows do not run from one day's 24:00 into the next day's 0:00: the
 * line would never close across midnight, yet closesAt would say it does. (An override is one
 * day only, so it may run from 0:00 to 24:00.)
 */
export function checkNotAcrossMidnight(value: unknown, path: string): void {
  const windows = toDayWindows(value as readonly WindowInput[]);
  const first = windows[0] as DayWindow;
  const last = windows[windows.length - 1] as DayWindow;
  if (first.opens === 0 && last.closes === 24 * MS_PER_HOUR) {
    policyError(path, 'the windows run from 0:00 and to 24:00, so the line would stay open across midnight; a line must close within each JST day', value);
  }
}

/** Checks windows and returns them compiled. */
export function parseWindows(value: unknown, path: string): readonly DayWindow[] {
  checkWindows(value, path);
  return toDayWindows(value as readonly WindowInput[]);
}
