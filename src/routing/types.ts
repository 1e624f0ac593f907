import type { Closed, ClosedReason, Line, Opening } from '../engine/types.js';
import type { LocalizedName } from '../policy/types.js';

/** What `route` is asked: the instant (default now), the caller's language, the number dialed. */
export interface RouteRequest {
  readonly at?: Date | number | string;
  /** The caller's BCP 47 language tag, e.g. `'ja-JP'` or `'en'`. */
  readonly language?: string;
  /** The line the caller dialed or chose. */
  readonly lineId?: string;
}

/** When the next opening falls, in JST calendar days from the asked instant. */
export type NextWhen = 'today' | 'tomorrow' | 'later';

/**
 * Connect the caller: `line` is open until `closesAt`. Play `recordingNotice` first (第6条2項).
 * `line` is the dialed line when it is open; without one, the line `status()` names.
 */
export interface ConnectDecision {
  readonly kind: 'connect';
  readonly at: Date;
  readonly line: Line;
  readonly closesAt: Date;
  readonly recordingNotice: LocalizedName | null;
  readonly languages: readonly string[];
}

/** The dialed line is closed but `line` is open: offer it instead. */
export interface RedirectDecision {
  readonly kind: 'redirect';
  readonly at: Date;
  /** The line dialed, as the edition in force defines it (`null` if that edition has no such line). */
  readonly dialed: Line | null;
  readonly line: Line;
  readonly closesAt: Date;
  readonly recordingNotice: LocalizedName | null;
  readonly languages: readonly string[];
}

/** No line is open: why, and the next opening. */
export interface ClosedDecision {
  readonly kind: 'closed';
  readonly at: Date;
  readonly reason: ClosedReason;
  readonly closed: Closed;
  readonly next: Opening | null;
  readonly nextWhen: NextWhen | null;
  readonly languages: readonly string[];
}

/** The caller's language is served by no line: the languages that are, and what is open or next. */
export interface UnsupportedLanguageDecision {
  readonly kind: 'unsupported-language';
  readonly at: Date;
  readonly language: string;
  readonly supported: readonly string[];
  /** The line open now, if any, until `closesAt`. */
  readonly open: Line | null;
  readonly closesAt: Date | null;
  readonly next: Opening | null;
  readonly nextWhen: NextWhen | null;
}

/** What an IVR or chatbot backend should do with a contact, discriminated on `kind`. */
export type RouteDecision = ConnectDecision | RedirectDecision | ClosedDecision | UnsupportedLanguageDecision;
