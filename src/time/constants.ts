/** JST is UTC+9 with no daylight saving since 1951, so a fixed offset is exact. */
export const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const MS_PER_MINUTE = 60 * 1000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Day number of 1949-01-01, the first full year under the National Holidays Act (祝日法, 1948). */
export const FIRST_POLICY_DAY = -7670;
/** Day number (days since 1970-01-01 JST) of 2100-01-01: the first day holiday rules are not known for. */
export const END_DAY = 47482;
/** Exclusive end of the supported range: 2100-01-01T00:00:00.000+09:00. */
export const END_MS = END_DAY * MS_PER_DAY - JST_OFFSET_MS;
