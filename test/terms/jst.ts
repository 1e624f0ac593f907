/**
 * Epoch milliseconds of a JST wall-clock time, computed by the platform's own ISO parser so that
 * expected values never come from the code under test.
 */
export const jstMs = (date: string, time: string): number => {
  const ms = Date.parse(`${date}T${time}+09:00`);
  if (Number.isNaN(ms)) throw new Error(`bad test fixture: ${date}T${time}+09:00`);
  return ms;
};

/** The ISO string with offset the tests hand to the desk. */
export const jstIso = (date: string, time: string): string => `${date}T${time}+09:00`;

/** Epoch milliseconds of an optional Date, or `null`, for comparisons in tables. */
export const msOf = (d: Date | null | undefined): number | null => (d == null ? null : d.getTime());
