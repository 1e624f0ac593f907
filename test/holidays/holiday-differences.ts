/** One day on which the desk and an independent source disagree about national holidays. */
export interface HolidayDifference {
  readonly date: string;
  /** `presence`: one calls the day a holiday and the other does not; `name`: both do, under different names. */
  readonly kind: 'presence' | 'name';
  /** The desk's holiday name, or `null` for none. */
  readonly desk: string | null;
  /** The other source's holiday name, or `null` for none. */
  readonly source: string | null;
}

/** A reviewed difference, as listed in a known-differences file. */
export interface KnownDifference extends HolidayDifference {
  readonly reason: string;
}

/**
 * The listed differences of one year, without their reasons, for comparison with the found ones:
 * an unlisted disagreement and a listed one that no longer occurs both make the lists differ.
 */
export const listedIn = (known: readonly KnownDifference[], year: number): HolidayDifference[] =>
  known.filter((k) => k.date.startsWith(`${year}-`)).map(({ date, kind, desk, source }) => ({ date, kind, desk, source }));

/** The difference between the desk's name and the source's (already mapped) name on `date`, if any. */
export function differenceOn(date: string, desk: string | null, source: string | null, sourceAsDesk: string | null): HolidayDifference | null {
  if ((desk === null) !== (source === null)) return { date, kind: 'presence', desk, source };
  if (desk !== null && desk !== sourceAsDesk) return { date, kind: 'name', desk, source };
  return null;
}
