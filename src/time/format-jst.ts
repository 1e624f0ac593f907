import { JST_OFFSET_MS } from './constants.js';

/**
 * RFC 3339 JST wall-clock of an instant, e.g. `2026-11-25T14:03:00.000+09:00`: the UTC text of the
 * instant moved nine hours on, with the offset in place of `Z` (exact for the years 0000 to 9999,
 * which hold every instant a desk answers for).
 */
export const formatJst = (epochMs: number): string => `${new Date(epochMs + JST_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
