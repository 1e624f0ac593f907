import fc from 'fast-check';
import type { Opening } from '../../src/index.js';

/** JST is UTC+9 without daylight saving: fixed-offset arithmetic is exact. */
export const JST = 9 * 3_600_000;
export const DAY = 86_400_000;
/** 2020-07-01 00:00 JST: edition 14 takes effect (付則). */
export const FROM = Date.parse('2020-07-01T00:00:00+09:00');
/** 2100-01-01 00:00 JST: the exclusive end of the supported range. */
export const END = Date.parse('2100-01-01T00:00:00+09:00');
const FIRST_DAY = (FROM + JST) / DAY;
const LAST_DAY = (END + JST) / DAY - 1;

/** Epoch ms of 00:00 JST on day number `day` (days since 1970-01-01 in JST). */
export const dayStart = (day: number): number => day * DAY - JST;
/** The JST day number of an instant. */
export const dayOf = (t: number): number => Math.floor((t + JST) / DAY);
/** `YYYY-MM-DD` of a JST day number, through the platform's UTC calendar (independent of the library). */
export const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const clamp = (t: number): number => Math.min(END - 1, Math.max(FROM, t));
const hours = (h: number): number => Math.round(h * 3_600_000);

/** Wall-clock times where some window of the desks under test opens or closes, and midnight. */
const EDGES = [0, 2, 9, 10, 12, 13, 15, 17.5, 18, 20, 24].map(hours);

/** Any instant of the supported range, uniformly. */
export const anyInstant = fc.integer({ min: FROM, max: END - 1 });

/** An instant within 2 ms of a window edge or midnight, on any day of the range. */
export const nearEdge = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.constantFrom(...EDGES), fc.integer({ min: -2, max: 1 }))
  .map(([day, edge, delta]) => clamp(dayStart(day) + edge + delta));

/** An instant on or near one of `dates` (`YYYY-MM-DD`), where company holidays or overrides apply. */
export const aroundDates = (dates: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...dates), fc.integer({ min: -2 * DAY, max: 3 * DAY - 1 }), fc.constantFrom(0, 0, -1, 1))
    .map(([date, offset, nudge]) => clamp(Date.parse(`${date}T00:00:00+09:00`) + offset + nudge));

/** An instant around the year-end of a random year, 12-27 … 01-05 (the year-end closure is 12-29 … 01-03). */
export const aroundYearEnd = fc
  .tuple(fc.integer({ min: 2020, max: 2099 }), fc.integer({ min: 0, max: 10 * DAY - 1 }))
  .map(([year, offset]) => clamp(Date.parse(`${year}-12-27T00:00:00+09:00`) + offset));

/** A comparable projection of an opening: line id and both ends in epoch ms. */
export const plain = (o: Opening | null | undefined) => (o == null ? null : { line: o.line.id, opensAt: o.opensAt.getTime(), closesAt: o.closesAt.getTime() });
