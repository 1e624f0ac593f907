import { MS_PER_HOUR, MS_PER_MINUTE } from './constants.js';

const CLOCK_TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/** Milliseconds after midnight of a wall-clock `H:MM` / `HH:MM` (up to `24:00`), or `null`. */
export function parseClockTime(text: unknown): number | null {
  const m = typeof text === 'string' ? CLOCK_TIME.exec(text) : null;
  if (!m) return null;
  const ms = Number(m[1]) * MS_PER_HOUR + Number(m[2]) * MS_PER_MINUTE;
  return ms > 24 * MS_PER_HOUR ? null : ms;
}

/** `H:MM` of milliseconds after midnight, as the terms write it (`9:00`, `17:30`). */
export function formatClockTime(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  const m = minutes % 60;
  return `${(minutes - m) / 60}:${m < 10 ? '0' : ''}${m}`;
}
