import type { LocalizedName } from '../policy/types.js';

/** A phone line as the edition in force defines it. Frozen and shared. */
export interface Line {
  readonly id: string;
  readonly edition: number;
  readonly name: LocalizedName;
  readonly tel: string;
  readonly fax?: string;
  readonly languages: readonly string[];
  /** The published hours, e.g. `'9:00～17:30'`. */
  readonly hours: string;
  /** ISO weekdays it opens on, 1 = Monday … 7 = Sunday (holidays excepted). */
  readonly weekdays: readonly number[];
}

/** One window of one line on one day: `[opensAt, closesAt)`. */
export interface Opening {
  readonly line: Line;
  readonly opensAt: Date;
  readonly closesAt: Date;
}

/** Why no line (or not the asked line) is open. */
export type ClosedReason = 'weekend' | 'national-holiday' | 'company-holiday' | 'override' | 'before-hours' | 'between-windows' | 'after-hours';

/** A national holiday falling on a day; `provisional` when the Cabinet Office has not yet published that year. */
export interface HolidayMark {
  readonly name: string;
  readonly provisional: boolean;
}

/** A closed answer. `name` is the holiday's, company holiday's or override's name. */
export interface Closed {
  readonly reason: ClosedReason;
  readonly name?: string;
  readonly holiday?: HolidayMark;
}

/** The answer for one instant. */
export interface Status {
  readonly at: Date;
  /** `at` as JST wall-clock, e.g. `2026-11-25T14:03:00.000+09:00`. */
  readonly jst: string;
  readonly edition: number;
  readonly open: boolean;
  readonly line: Line | null;
  readonly closesAt: Date | null;
  /** The earliest window of any line opening strictly after `at`; `null` past the supported range. */
  readonly next: Opening | null;
  readonly closed: Closed | null;
  /** Languages of `line`, or of `next.line` when closed. */
  readonly languages: readonly string[];
}

/** One JST calendar day. */
export interface DayInfo {
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly edition: number;
  /** Why the whole day is closed, or `null` when some line opens. */
  readonly closed: Closed | null;
  /** The national holiday on this day, if any, whatever else closes it. */
  readonly holiday: HolidayMark | null;
  readonly windows: readonly Opening[];
}
