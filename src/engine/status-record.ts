import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { formatJst } from '../time/format-jst.js';
import type { Segment } from './day-plan.js';
import type { Closed, Line, Opening, Status } from './types.js';

const NO_LANGUAGES: readonly string[] = Object.freeze([]);

/**
 * A `Status` whose Dates, `next` and display string are built only when read: `status()` runs per
 * request, a `new Date` costs about as much as the whole lookup, and most callers read only a few
 * fields. Each is built once and kept, so repeated reads return the same object. `toJSON` and
 * Node's inspector list every field.
 */
export class StatusRecord implements Status {
  // Small integers rather than epoch milliseconds: V8 keeps them in the record itself instead of
  // boxing a double per field.
  readonly #day: number;
  readonly #ms: number;
  readonly #closes: number;
  readonly #nextAfter: (t: number) => Opening | null;
  #at: Date | undefined;
  #closesAt: Date | null | undefined;
  #next: Opening | null | undefined;

  readonly edition: number;
  readonly open: boolean;
  readonly line: Line | null;
  readonly closed: Closed | null;

  /**
   * @param day - the JST day number of the instant
   * @param ms - milliseconds since that day's JST midnight
   * @param segment - the day's answer for the part of the day holding the instant
   * @param nextAfter - the desk's scan for the first window opening strictly after an instant
   */
  constructor(day: number, ms: number, segment: Segment, nextAfter: (t: number) => Opening | null) {
    this.edition = segment.edition;
    this.open = segment.open;
    this.line = segment.line;
    this.closed = segment.closed;
    this.#day = day;
    this.#ms = ms;
    this.#closes = segment.closes;
    this.#nextAfter = nextAfter;
  }

  get #t(): number {
    return this.#day * MS_PER_DAY - JST_OFFSET_MS + this.#ms;
  }

  get at(): Date {
    this.#at ??= new Date(this.#t);
    return this.#at;
  }

  get closesAt(): Date | null {
    if (this.#closesAt === undefined) this.#closesAt = this.#closes < 0 ? null : new Date(this.#t - this.#ms + this.#closes);
    return this.#closesAt;
  }

  get next(): Opening | null {
    if (this.#next === undefined) this.#next = this.#nextAfter(this.#t);
    return this.#next;
  }

  get languages(): readonly string[] {
    return (this.line ?? this.next?.line)?.languages ?? NO_LANGUAGES;
  }

  get jst(): string {
    return formatJst(this.#t);
  }

  /** A plain copy with every field; the Dates serialize as usual. */
  toJSON(): Status {
    const { at, jst, edition, open, line, closesAt, next, closed, languages } = this;
    return { at, jst, edition, open, line, closesAt, next, closed, languages };
  }

  /** What `console.log` shows: every field, not the private slots. */
  [Symbol.for('nodejs.util.inspect.custom')](): Status {
    return this.toJSON();
  }
}
