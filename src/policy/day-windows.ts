import { formatClockTime, parseClockTime } from '../time/clock-time.js';
import type { DayWindow } from './compiled.js';
import type { WindowInput } from './types.js';

export type { DayWindow };

/** Windows from `[opens, closes]` pairs that `checkWindows` has accepted, sorted by opening. */
export function toDayWindows(pairs: readonly WindowInput[]): readonly DayWindow[] {
  const windows = pairs.map(([opens, closes]) => Object.freeze({ opens: parseClockTime(opens) as number, closes: parseClockTime(closes) as number }));
  return Object.freeze(windows.sort((a, b) => a.opens - b.opens));
}

/** A line's hours in the form of 第6条's 受付時間 (`9:00～17:30`); several windows joined by `, `. */
export function windowsText(windows: readonly DayWindow[]): string {
  return windows.map((w) => `${formatClockTime(w.opens)}～${formatClockTime(w.closes)}`).join(', ');
}
