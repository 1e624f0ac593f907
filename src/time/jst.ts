import { JST_OFFSET_MS, MS_PER_DAY } from './constants.js';

/**
 * The one split of an instant into JST calendar terms. Day numbers count days since 1970-01-01 JST;
 * JST has had no daylight saving since 1951, so a fixed offset is exact.
 */

/** The JST day number holding epoch milliseconds `t`. */
export const jstDay = (t: number): number => Math.floor((t + JST_OFFSET_MS) / MS_PER_DAY);

/** Epoch milliseconds of 00:00 JST on a day number. */
export const dayStart = (day: number): number => day * MS_PER_DAY - JST_OFFSET_MS;
