import { describeValue } from '../errors/describe-value.js';
import { formatClockTime, parseClockTime } from '../time/clock-time.js';
import { list, policyError } from './shape.js';

/** A window in milliseconds after JST midnight, half-open. */
export interface DayWindow {
  readonly opens: number;
  readonly closes: number;
}

/**
 * Validates a list of `[opens, closes]` windows and returns them sorted. Inverted, empty,
 * overlapping and touching windows are rejected: touching ones would report a closing that
 * never happens.
 */
export function parseWindows(value: unknown, path: string, allowEmpty: boolean): readonly DayWindow[] {
  const items = list(value, path);
  if (items.length === 0 && !allowEmpty) policyError(path, 'expected at least one window such as ["9:00", "17:30"]', value);
  const windows = items.map((item, i) => {
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
    return Object.freeze({ opens, closes });
  });
  windows.sort((a, b) => a.opens - b.opens);
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
  return Object.freeze(windows);
}

/** The hours as the terms print them: `9:00～12:00, 13:00～17:30`. */
export function hoursText(windows: readonly DayWindow[]): string {
  return windows.map((w) => `${formatClockTime(w.opens)}～${formatClockTime(w.closes)}`).join(', ');
}
