/**
 * One content line as written (RFC 5545 §3.1): its name, the parameters and the value, and the
 * physical line it starts on, so that a message can point at it.
 */
export interface SourceProperty {
  readonly name: string;
  /** Parameter text after the name, e.g. `;TZID=Asia/Tokyo` (empty when none). */
  readonly params: string;
  /** The value as written, after unfolding. */
  readonly value: string;
  /** 1-based physical line of the file. */
  readonly line: number;
}
