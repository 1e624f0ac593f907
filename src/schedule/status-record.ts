import type { Closed, Line, Opening, Status, Suspension } from '../model/types.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { formatJst } from '../time/format-jst.js';
import type { Segment } from './day-plan.js';

const NO_LANGUAGES: readonly string[] = Object.freeze([]);

/**
 * A `Status` whose Dates, `next` and display string are built only when read: `status()` runs per
 * request, a `new Date` costs about as much as the whole lookup, and most callers read only a few
 * fields. Each is built once and kept, so repeated reads return the same object. Every field is a
 * getter over a private slot, so the record is read-only without the cost of freezing it per call
 * (an assignment throws in strict code); `toJSON` and Node's inspector list every field.
 */
export class StatusRecord implements Status {
  // Small integers rather than epoch milliseconds: V8 keeps them in the record itself instead of
  // boxing a double per field.
  readonly #day: number;
  readonly #ms: number;
  readonly #segment: Segment;
  readonly #nextAfter: (t: number) => Opening | null;
  #at: Date | undefined;
  #closesAt: Date | null | undefined;
  #next: Opening | null | undefined;

  /**
   * @param day - the JST day number of the instant
   * @param ms - milliseconds since that day's JST midnight
   * @param segment - the day's answer for the part of the day holding the instant
   * @param nextAfter - the desk's scan for the first window opening strictly after an instant
   */
  constructor(day: number, ms: number, segment: Segment, nextAfter: (t: number) => Opening | null) {
    this.#day = day;
    this.#ms = ms;
    this.#segment = segment;
    this.#nextAfter = nextAfter;
  }

  get #t(): number {
    return this.#day * MS_PER_DAY - JST_OFFSET_MS + this.#ms;
  }

  get edition(): number {
    return this.#segment.edition;
  }

  get open(): boolean {
    return this.#segment.open;
  }

  get line(): Line | null {
    return this.#segment.line;
  }

  get closed(): Closed | null {
    return this.#segment.closed;
  }

  get suspended(): readonly Suspension[] {
    return this.#segment.suspended;
  }

  get at(): Date {
    this.#at ??= new Date(this.#t);
    return this.#at;
  }

  get closesAt(): Date | null {
    if (this.#closesAt === undefined) this.#closesAt = this.#segment.closes < 0 ? null : new Date(this.#t - this.#ms + this.#segment.closes);
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
  toJSON(): Omit<Status, 'toJSON'> {
    const { at, jst, edition, open, line, closesAt, next, closed, languages, suspended } = this;
    return { at, jst, edition, open, line, closesAt, next, closed, languages, suspended };
  }

  /** What `console.log` shows: every field, not the private slots. */
  [Symbol.for('nodejs.util.inspect.custom')](): Omit<Status, 'toJSON'> {
    return this.toJSON();
  }
}
