import { formatJst } from '../time/format-jst.js';
import type { Closed, Line, Opening, Status } from './types.js';

/**
 * A `Status` whose display string is built only when read: `status()` runs per request, and most
 * callers never look at `jst`. `toJSON` includes it, so serialized answers are complete.
 */
export class StatusRecord implements Status {
  constructor(
    readonly at: Date,
    readonly edition: number,
    readonly open: boolean,
    readonly line: Line | null,
    readonly closesAt: Date | null,
    readonly next: Opening | null,
    readonly closed: Closed | null,
    readonly languages: readonly string[],
  ) {}

  get jst(): string {
    return formatJst(this.at.getTime());
  }

  /** A plain copy with `jst` included; the Dates serialize as usual. */
  toJSON(): Status {
    const { at, jst, edition, open, line, closesAt, next, closed, languages } = this;
    return { at, jst, edition, open, line, closesAt, next, closed, languages };
  }
}
