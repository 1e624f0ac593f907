import type { Line, LocalizedName } from '../model/types.js';

/** A window in milliseconds after JST midnight, half-open. */
export interface DayWindow {
  readonly opens: number;
  readonly closes: number;
}

/** A line compiled: its public face plus what the schedule needs. */
export interface CompiledLine {
  readonly line: Line;
  readonly windows: readonly DayWindow[];
  readonly closedOnNational: boolean;
  readonly closedOnCompany: boolean;
}

/** An edition compiled: in force from `startDay` (a JST day number) until the next one's. */
export interface CompiledEdition {
  readonly edition: number;
  readonly startDay: number;
  readonly lines: readonly CompiledLine[];
  readonly recordingNotice: LocalizedName | null;
  /** The service's daily regular maintenance windows (第18条の2 for desknet's); empty when none. */
  readonly maintenance: readonly DayWindow[];
}

/**
 * A policy compiled: plain data, already checked, that a schedule is built from. The preset's is
 * generated ahead of time, so a page importing `desk` carries neither the checks nor the builder.
 */
export interface CompiledPolicy {
  /** Sorted by `startDay`. */
  readonly editions: readonly CompiledEdition[];
  /** The first day answered (the first edition's) and the day after the last, as JST day numbers. */
  readonly firstDay: number;
  readonly endDay: number;
}

/** The edition in force on a day number, or `undefined` before the first one. */
export function editionOn(policy: CompiledPolicy, day: number): CompiledEdition | undefined {
  let found: CompiledEdition | undefined;
  for (const edition of policy.editions) if (edition.startDay <= day) found = edition;
  return found;
}
