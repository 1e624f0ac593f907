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

  toJSON(): Omit<Status, 'at' | 'closesAt'> & { at: string; closesAt: string | null } {
    return {
      at: this.at.toISOString(),
      jst: this.jst,
      edition: this.edition,
      open: this.open,
      line: this.line,
      closesAt: this.closesAt ? this.closesAt.toISOString() : null,
      next: this.next,
      closed: this.closed,
      languages: this.languages,
    };
  }
}
