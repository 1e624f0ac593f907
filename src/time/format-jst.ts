import { formatDate } from './calendar-date.js';
import { JST_OFFSET_MS, MS_PER_DAY } from './constants.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** RFC 3339 JST wall-clock of an instant, e.g. `2026-11-25T14:03:00.000+09:00`. */
export function formatJst(epochMs: number): string {
  const local = epochMs + JST_OFFSET_MS;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  let rest = local - dayNumber * MS_PER_DAY;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const s = rest % 60;
  rest = (rest - s) / 60;
  const min = rest % 60;
  const h = (rest - min) / 60;
  return `${formatDate(dayNumber)}T${pad(h, 2)}:${pad(min, 2)}:${pad(s, 2)}.${pad(ms, 3)}+09:00`;
}
