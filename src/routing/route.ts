import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { NextWhen, RouteDecision, RouteRequest } from '../model/route.js';
import type { Closed, Line, Opening, Status } from '../model/types.js';
import { toE164 } from '../phone/e164.js';
import { ownKeys } from '../policy/shape.js';
import type { LocalizedName } from '../policy/types.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { checkLanguage, servedBy } from './language.js';

/** The parts of a compiled desk that routing builds on. */
export interface RoutingCore {
  status(at?: RouteRequest['at']): Status;
  lines(at: Date): readonly Line[];
  /** The window of `lineId` containing `at`, if that line is open then. */
  openingAt(at: Date, lineId: string): Opening | null;
  checkLine(lineId: unknown): void;
  nextOpening(at: Date, lineId: string): Opening | null;
  /** Why none of `lines` is open at `at` on a day when some other line is. */
  closedFor(at: Date, lines: readonly Line[]): Closed;
  readonly recordingNotice: LocalizedName | null;
}

const REQUEST_KEYS = new Set(['at', 'language', 'lineId', 'dialed']);
const jstDay = (ms: number): number => Math.floor((ms + JST_OFFSET_MS) / MS_PER_DAY);

/** Whether an opening falls on the same JST day as `at`, the next, or later. */
export function nextWhen(at: Date, opensAt: Date | undefined): NextWhen | null {
  if (opensAt === undefined) return null;
  const days = jstDay(opensAt.getTime()) - jstDay(at.getTime());
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
}

function checkRequest(request: unknown): asserts request is RouteRequest {
  const keys = ownKeys(request);
  if (keys === null) {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Invalid route request: ${describeValue(request)}; expected an object { at?, language?, lineId?, dialed? }.`,
      request,
    );
  }
  for (const key of keys) {
    if (typeof key !== 'string' || !REQUEST_KEYS.has(key)) {
      throw new MadoguchiError(
        'INVALID_ARGUMENT',
        `Invalid route request: unknown key ${describeValue(String(key))}; accepted keys are at, language, lineId, dialed.`,
        request,
      );
    }
  }
}

/** The E.164 form of a dialed number; `INVALID_ARGUMENT` when it is not one. */
function dialedNumber(dialed: unknown): string {
  const number = typeof dialed === 'string' ? toE164(dialed) : null;
  if (number === null) {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Invalid route request: dialed ${describeValue(dialed)} is not a phone number; expected one such as "0120-365-800", "+81120365800" or "tel:+81-120-365-800".`,
      dialed,
    );
  }
  return number;
}

/** The id of the line whose number was dialed, among the lines of the edition in force. */
function lineOfNumber(lines: readonly Line[], number: string, request: RouteRequest): string {
  const line = lines.find((l) => l.e164 === number);
  if (line === undefined) {
    const numbers = lines.map((l) => `${l.tel} (${l.id})`).join(', ');
    throw new MadoguchiError('UNKNOWN_LINE', `Unknown number ${describeValue(request.dialed)}; the lines' numbers are ${numbers}.`, request.dialed);
  }
  if (request.lineId !== undefined && request.lineId !== line.id) {
    throw new MadoguchiError(
      'INVALID_ARGUMENT',
      `Invalid route request: dialed ${describeValue(request.dialed)} is the number of line "${line.id}", not of lineId "${request.lineId}"; give one of them.`,
      request,
    );
  }
  return line.id;
}

function firstOpen(lines: readonly Line[], openNow: (id: string) => Opening | null): Opening | null {
  for (const line of lines) {
    const open = openNow(line.id);
    if (open !== null) return open;
  }
  return null;
}

function earliest(openings: readonly (Opening | null)[]): Opening | null {
  let first: Opening | null = null;
  for (const o of openings) if (o !== null && (first === null || o.opensAt.getTime() < first.opensAt.getTime())) first = o;
  return first;
}

/** Builds `route` on a compiled desk. */
export function createRoute(core: RoutingCore): (request?: RouteRequest) => RouteDecision {
  return function route(request: RouteRequest = {}): RouteDecision {
    checkRequest(request);
    const { language } = request;
    const tag = language === undefined ? undefined : checkLanguage(language);
    // The decision reports the caller's tag as given; lines are matched on its canonical form.
    core.checkLine(request.lineId);
    const number = request.dialed === undefined ? undefined : dialedNumber(request.dialed);
    // One reading of the clock: every later question is asked about status.at.
    const status = core.status(request.at);
    const { at } = status;
    const lineId = number === undefined ? request.lineId : lineOfNumber(core.lines(at), number, request);
    if (tag !== undefined) {
      const lines = core.lines(at);
      if (!lines.some((l) => servedBy(tag, l.languages))) {
        return Object.freeze({
          kind: 'unsupported-language',
          at,
          language: language as string,
          supported: Object.freeze([...new Set(lines.flatMap((l) => l.languages))]),
          open: status.line,
          closesAt: status.closesAt,
          next: status.next,
          nextWhen: nextWhen(at, status.next?.opensAt),
        });
      }
    }
    const recordingNotice = core.recordingNotice;
    // Only lines that speak the caller's language are offered (every line when none is given).
    const speaks = (line: Line): boolean => tag === undefined || servedBy(tag, line.languages);
    const lines = core.lines(at).filter(speaks);
    const openNow = (id: string): Opening | null => core.openingAt(at, id);
    const dialed = lineId === undefined ? null : (lines.find((l) => l.id === lineId) ?? null);
    const dialedOpen = dialed === null ? null : openNow(dialed.id);
    if (dialedOpen !== null || lineId === undefined) {
      // The dialed line when it is open; else status.line, so that when lines overlap route and
      // status name the same one.
      const open = dialedOpen ?? (status.line !== null && speaks(status.line) ? openNow(status.line.id) : firstOpen(lines, openNow));
      if (open !== null)
        return Object.freeze({ kind: 'connect', at, line: open.line, closesAt: open.closesAt, recordingNotice, languages: open.line.languages });
    } else {
      const offer = firstOpen(lines, openNow);
      if (offer !== null) {
        const asDialed = core.lines(at).find((l) => l.id === lineId) ?? null;
        return Object.freeze({
          kind: 'redirect',
          at,
          dialed: asDialed,
          line: offer.line,
          closesAt: offer.closesAt,
          recordingNotice,
          languages: offer.line.languages,
        });
      }
    }
    const next = tag === undefined ? status.next : earliest(lines.map((l) => core.nextOpening(at, l.id)));
    const closed = status.closed ?? core.closedFor(at, lines);
    return Object.freeze({
      kind: 'closed',
      at,
      reason: closed.reason,
      closed,
      next,
      nextWhen: nextWhen(at, next?.opensAt),
      languages: next === null ? status.languages : next.line.languages,
    });
  };
}
