import { policyAcrossMidnight, policyNoWindows, policyWindowInverted, policyWindowNotPair, policyWindowsMeet, policyWindowTimes } from '../errors/messages.js';
import { formatClockTime, parseClockTime } from '../time/clock-time.js';
import { MS_PER_HOUR } from '../time/constants.js';
import { type DayWindow, toDayWindows } from './day-windows.js';
import { list } from './shape.js';
import type { WindowInput } from './types.js';

const span = (w: DayWindow): string => `${formatClockTime(w.opens)}–${formatClockTime(w.closes)}`;

/**
 * Checks a list of `[opens, closes]` windows. Inverted, empty, overlapping and touching windows
 * are rejected: touching ones would report a closing that never happens.
 */
export function checkWindows(value: unknown, path: string): void {
  const items = list(value, path);
  if (items.length === 0) throw policyNoWindows(path, value);
  items.forEach((item, i) => {
    const where = `${path}[${i}]`;
    if (!Array.isArray(item) || item.length !== 2) throw policyWindowNotPair(where, item);
    const opens = parseClockTime(item[0]);
    const closes = parseClockTime(item[1]);
    if (opens === null || closes === null) throw policyWindowTimes(where, item);
    if (closes <= opens) throw policyWindowInverted(where, formatClockTime(opens), formatClockTime(closes), item);
  });
  const windows = toDayWindows(items as readonly WindowInput[]);
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1] as DayWindow;
    const cur = windows[i] as DayWindow;
    if (cur.opens <= prev.closes) throw policyWindowsMeet(path, span(cur), span(prev), cur.opens === prev.closes, value);
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
  if (first.opens === 0 && last.closes === 24 * MS_PER_HOUR) throw policyAcrossMidnight(path, value);
}

/** Checks windows and returns them compiled. */
export function parseWindows(value: unknown, path: string): readonly DayWindow[] {
  checkWindows(value, path);
  return toDayWindows(value as readonly WindowInput[]);
}
