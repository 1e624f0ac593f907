import { dialedNotNumber, dialedOtherLine, dialedUnknown, routeRequestInvalid } from '../errors/messages.js';
import type { NextWhen, RouteDecision, RouteRequest } from '../model/route.js';
import type { Closed, Line, Opening, Status } from '../model/types.js';
import { toE164 } from '../phone/e164.js';
import { ownKeys } from '../policy/shape.js';
import { recordingNoticeOf } from '../presets/notices.js';
import type { DayPlan } from '../schedule/day-plan.js';
import type { Schedule } from '../schedule/schedule.js';
import { dayStart, jstDay } from '../time/jst.js';
import { checkLine, firstOpeningAfter, openingOn } from './checks.js';
import type { Desk } from './desk-type.js';
import { checkLanguage, servedBy } from './language.js';
import { coreOf } from './registry.js';

const REQUEST_KEYS = ['at', 'language', 'lineId', 'dialed'];
const NO_LANGUAGES: readonly string[] = Object.freeze([]);

/** Whether an opening falls on the same JST day as `at`, the next, or later. */
export function nextWhen(at: Date, opensAt: Date | undefined): NextWhen | null {
  if (opensAt === undefined) return null;
  const days = jstDay(opensAt.getTime()) - jstDay(at.getTime());
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
}

function checkRequest(request: unknown): asserts request is RouteRequest {
  const keys = ownKeys(request);
  const unknown = keys?.find((key) => typeof key !== 'string' || !REQUEST_KEYS.includes(key));
  if (keys === null || unknown !== undefined) throw routeRequestInvalid(request, unknown, REQUEST_KEYS);
}

/** The id of the line whose number was dialed, among the lines of the edition in force. */
function lineOfNumber(lines: readonly Line[], request: RouteRequest): string {
  const number = typeof request.dialed === 'string' ? toE164(request.dialed) : null;
  if (number === null) throw dialedNotNumber(request.dialed);
  const line = lines.find((l) => l.e164 === number);
  if (line === undefined) throw dialedUnknown(request.dialed, lines);
  if (request.lineId !== undefined && request.lineId !== line.id) throw dialedOtherLine(request, line.id);
  return line.id;
}

/** The window of `lineId` open at `t`, if any. */
function openingAt(plan: DayPlan, day: number, ms: number, lineId: string): Opening | null {
  const slot = plan.slots.find((x) => x.line.id === lineId && x.opens <= ms && ms < x.closes);
  return slot === undefined ? null : openingOn(day, slot);
}

/** Why none of `lines` is open at `ms` on a day when some other line is. */
function closedFor(plan: DayPlan, ms: number, only: readonly Line[]): Closed {
  const cut = plan.cuts.find((c) => c.from <= ms && ms < c.to);
  if (cut !== undefined) return cut.closed;
  const slots = plan.slots.filter((x) => only.some((l) => l.id === x.line.id));
  const mark = plan.holiday === null ? {} : { holiday: plan.holiday };
  if (slots.length === 0) return plan.closed ?? Object.freeze({ reason: 'after-hours', ...mark });
  const reason =
    ms < (slots[0] as (typeof slots)[number]).opens ? 'before-hours' : ms >= Math.max(...slots.map((x) => x.closes)) ? 'after-hours' : 'between-windows';
  return Object.freeze({ reason, ...mark });
}

/** The answer when the caller's language is served by no line of the edition in force. */
function unsupported(status: Status, language: string, lines: readonly Line[]): RouteDecision {
  return Object.freeze({
    kind: 'unsupported-language',
    at: status.at,
    language,
    supported: Object.freeze([...new Set(lines.flatMap((l) => l.languages))]),
    open: status.line,
    closesAt: status.closesAt,
    next: status.next,
    nextWhen: nextWhen(status.at, status.next?.opensAt),
  });
}

/** Connect, redirect, or say closed, among the lines that speak the caller's language. */
function decide(s: Schedule, status: Status, all: readonly Line[], lineId: string | undefined, tag: string | undefined): RouteDecision {
  const { at } = status;
  const t = at.getTime();
  const day = jstDay(t);
  const ms = t - dayStart(day);
  const plan = s.planOf(day);
  const speaks = (line: Line): boolean => tag === undefined || servedBy(tag, line.languages);
  const lines = all.filter(speaks);
  const openNow = (id: string): Opening | null => openingAt(plan, day, ms, id);
  const firstOpen = (): Opening | null => lines.reduce<Opening | null>((found, l) => found ?? openNow(l.id), null);
  const recordingNotice = recordingNoticeOf(s.policy, plan.edition);
  const { suspended } = status;
  const dialedOpen = lineId === undefined || !lines.some((l) => l.id === lineId) ? null : openNow(lineId);
  if (dialedOpen !== null || lineId === undefined) {
    // The dialed line when it is open; else status.line, so that when lines overlap route and status name the same one.
    const open = dialedOpen ?? (status.line !== null && speaks(status.line) ? openNow(status.line.id) : firstOpen());
    if (open !== null)
      return Object.freeze({ kind: 'connect', at, line: open.line, closesAt: open.closesAt, recordingNotice, languages: open.line.languages, suspended });
  } else {
    const offer = firstOpen();
    const dialed = all.find((l) => l.id === lineId) ?? null;
    if (offer !== null)
      return Object.freeze({
        kind: 'redirect',
        at,
        dialed,
        line: offer.line,
        closesAt: offer.closesAt,
        recordingNotice,
        languages: offer.line.languages,
        suspended,
      });
  }
  // Without a language every line counts, and status.next already is the earliest opening.
  const next =
    tag === undefined
      ? status.next
      : lines
          .map((l) => firstOpeningAfter(s, day, ms, l.id))
          .reduce<Opening | null>((a, b) => (b !== null && (a === null || b.opensAt < a.opensAt) ? b : a), null);
  const closed = status.closed ?? closedFor(plan, ms, lines);
  return Object.freeze({
    kind: 'closed',
    at,
    reason: closed.reason,
    closed,
    next,
    nextWhen: nextWhen(at, next?.opensAt),
    // The constraint of the line to call next, and none when no line is left to call: a line of another
    // language open now (status.languages) is not the caller's to call.
    languages: next === null ? NO_LANGUAGES : next.line.languages,
    suspended,
  });
}

/**
 * What an IVR or chatbot backend should do with a contact now (or `at`): connect, redirect to
 * the open line, say closed and when it opens, or say the caller's language is not served.
 *
 * @param desk - `desk` or a desk from `createDesk`
 * @param request - `at`, the caller's BCP 47 `language`, the dialed `lineId` or `dialed` number; all optional
 * @throws `MadoguchiError` `INVALID_LANGUAGE` for a malformed language tag, `UNKNOWN_LINE` for a
 *   line id or number no line has, `INVALID_ARGUMENT` for a request of the wrong shape
 * @example
 * ```ts
 * import { desk, route } from 'madoguchi';
 * route(desk, { at: '2026-11-25T18:30:00+09:00', dialed: '+81120365800' }).kind; //=> 'redirect' (to the night line)
 * route(desk, { at: '2026-11-25T10:00:00+09:00', language: 'en' }).kind;         //=> 'unsupported-language'
 * ```
 */
export function route(desk: Desk, request: RouteRequest = {}): RouteDecision {
  const { schedule: s } = coreOf(desk);
  checkRequest(request);
  const tag = request.language === undefined ? undefined : checkLanguage(request.language);
  if (request.lineId !== undefined) checkLine(s, request.lineId);
  // One reading of the clock: every later question is asked about status.at.
  const status = desk.status(request.at);
  const lines = s.planOf(jstDay(status.at.getTime())).edition.lines.map((l) => l.line);
  const lineId = request.dialed === undefined ? request.lineId : lineOfNumber(lines, request);
  // The decision reports the caller's tag as given; lines are matched on its canonical form.
  if (tag !== undefined && !lines.some((l) => servedBy(tag, l.languages))) return unsupported(status, request.language as string, lines);
  return decide(s, status, lines, lineId, tag);
}
