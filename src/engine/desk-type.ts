import type { Maintenance } from '../maintenance/maintenance.js';
import type { RouteDecision, RouteRequest } from '../routing/types.js';
import type { InstantInput } from '../time/instant.js';
import type { DayInfo, Line, Opening, Status } from './types.js';

/**
 * A compiled contact-hours schedule. Every method takes instants as `Date`, epoch milliseconds or
 * an ISO 8601 string with an offset; `at` defaults to the desk's clock. Closed is an answer;
 * bad input throws `MadoguchiError`.
 */
export interface Desk {
  /** Which line is open at `at`, until when, why not, and the next opening. */
  status(at?: InstantInput): Status;
  /** Whether any line (or `lineId`) is open at `at`. */
  isOpen(at?: InstantInput, lineId?: string): boolean;
  /** The first window of any line (or `lineId`) opening strictly after `at`; `null` if none before 2100. */
  nextOpening(at?: InstantInput, lineId?: string): Opening | null;
  /** Windows overlapping `[from, to)`, in time order. */
  windows(from: InstantInput, to: InstantInput, lineId?: string): Opening[];
  /** One JST calendar day (`YYYY-MM-DD`, or the day of an instant). */
  day(date: string | InstantInput): DayInfo;
  /** The lines of the edition in force at `at`. */
  lines(at?: InstantInput): readonly Line[];
  /** What an IVR or chatbot backend should do with a contact now (or `at`). */
  route(request?: RouteRequest): RouteDecision;
  /** The service's maintenance (第18条の2) with the periods given in the options. */
  readonly maintenance: Maintenance;
}
