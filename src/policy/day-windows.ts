import { formatClockTime, parseClockTime } from '../time/clock-time.js';
import type { WindowInput } from './types.js';

/** A window in milliseconds after JST midnight, half-open. */
export interface DayWindow {
  readonly opens: number;
  readonly closes: number;
}

/** Windows from `[opens, closes]` pairs that `checkWindows` has accepted, sorted by opening. */
export function toDayWindows(pairs: readonly WindowInput[]): readonly DayWindow[] {
  const windows = pairs.map(([opens, closes]) => Object.freeze({ opens: parseClockTime(opens) as number, closes: parseClockTime(closes) as number }));
  return Object.freeze(windows.sort((a, b) => a.opens - b.opens));
}

/** The hours as the terms print them: `9:00～12:00, 13:00～17:30`. */
export function hoursText(windows: readonly DayWindow[]): string {
  return windows.map((w) => `${formatClockTime(w.opens)}～${formatClockTime(w.closes)}`).join(', ');
}
