import type { Closed, ClosedReason, Line, LocalizedName, Opening, Suspension } from './types.js';

/**
 * What `route` is asked: the instant (default now), the caller's language, the number dialed.
 *
 * @example
 * ```ts
 * desk.route({ at: '2026-11-25T10:00:00+09:00', language: 'ja-JP', lineId: 'regular' }).kind; //=> 'connect'
 * ```
 */
export interface RouteRequest {
  readonly at?: Date | number | string;
  /** The caller's BCP 47 language tag, e.g. `'ja-JP'` or `'en'`. */
  readonly language?: string;
  /** The line the caller dialed or chose. */
  readonly lineId?: string;
  /**
   * The number the caller dialed, in any common form (`'0120-365-800'`, `'+81120365800'`,
   * `'+81 120 365 800'`, `'tel:+81-120-365-800'`): picks the line as `lineId` does.
   */
  readonly dialed?: string;
}

/**
 * When the next opening falls, in JST calendar days from the asked instant.
 *
 * @example
 * ```ts
 * desk.route({ at: '2026-11-25T21:00:00+09:00' }).nextWhen; //=> 'tomorrow'
 * ```
 */
export type NextWhen = 'today' | 'tomorrow' | 'later';

/**
 * Connect the caller: `line` is open until `closesAt`. Play `recordingNotice` first (第6条2項).
 * `line` is the dialed line when it is open; without one, the line `status()` names.
 *
 * @example
 * ```ts
 * const d = desk.route({ at: '2026-11-25T10:00:00+09:00' });
 * if (d.kind === 'connect') {
 *   play(d.recordingNotice?.ja); // 第6条2項: calls are recorded
 *   dial(d.line.tel); // '0120-365-800'
 * }
 * ```
 */
export interface ConnectDecision {
  readonly kind: 'connect';
  readonly at: Date;
  readonly line: Line;
  readonly closesAt: Date;
  readonly recordingNotice: LocalizedName | null;
  readonly languages: readonly string[];
  /** Lines an override closes for the whole JST day of `at` (as `Status.suspended`), so a prompt can say which line is closed today and why. */
  readonly suspended: readonly Suspension[];
}

/**
 * The dialed line is closed but `line` is open: offer it instead.
 *
 * @example
 * ```ts
 * const d = desk.route({ at: '2026-11-25T18:30:00+09:00', lineId: 'regular' });
 * d.kind === 'redirect' && d.line.tel; //=> '0800-777-9984'
 * ```
 */
export interface RedirectDecision {
  readonly kind: 'redirect';
  readonly at: Date;
  /** The line dialed, as the edition in force defines it (`null` if that edition has no such line). */
  readonly dialed: Line | null;
  readonly line: Line;
  readonly closesAt: Date;
  readonly recordingNotice: LocalizedName | null;
  readonly languages: readonly string[];
  /** Lines an override closes for the whole JST day of `at` (as `Status.suspended`), so a prompt can say which line is closed today and why. */
  readonly suspended: readonly Suspension[];
}

/**
 * No line is open: why, and the next opening.
 *
 * @example
 * ```ts
 * const d = desk.route({ at: '2026-11-23T10:00:00+09:00' });
 * d.kind === 'closed' && d.reason; //=> 'national-holiday'
 * ```
 */
export interface ClosedDecision {
  readonly kind: 'closed';
  readonly at: Date;
  readonly reason: ClosedReason;
  readonly closed: Closed;
  readonly next: Opening | null;
  readonly nextWhen: NextWhen | null;
  readonly languages: readonly string[];
  /** Lines an override closes for the whole JST day of `at` (as `Status.suspended`), so a prompt can say which line is closed today and why. */
  readonly suspended: readonly Suspension[];
}

/**
 * The caller's language is served by no line: the languages that are, and what is open or next.
 *
 * @example
 * ```ts
 * const d = desk.route({ at: '2026-11-25T10:00:00+09:00', language: 'en' });
 * d.kind === 'unsupported-language' && d.supported; //=> ['ja']
 * ```
 */
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

/**
 * What an IVR or chatbot backend should do with a contact, discriminated on `kind`.
 *
 * @example
 * ```ts
 * const d = desk.route({ language: caller.language });
 * switch (d.kind) {
 *   case 'connect': case 'redirect': return dial(d.line.tel);
 *   case 'closed': case 'unsupported-language': return say(describe(d, { locale: 'ja', style: 'speech' }));
 * }
 * ```
 */
export type RouteDecision = ConnectDecision | RedirectDecision | ClosedDecision | UnsupportedLanguageDecision;
