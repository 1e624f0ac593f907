import type { Line, Opening, Status } from '../engine/types.js';
import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { LocalizedName } from '../policy/types.js';
import { JST_OFFSET_MS, MS_PER_DAY } from '../time/constants.js';
import { checkLanguage, servedBy } from './language.js';
import type { NextWhen, RouteDecision, RouteRequest } from './types.js';

/** The parts of a compiled desk that routing builds on. */
export interface RoutingCore {
  status(at?: RouteRequest['at']): Status;
  lines(at: Date): readonly Line[];
  /** The window of `lineId` containing `at`, if that line is open then. */
  openingAt(at: Date, lineId: string): Opening | null;
  checkLine(lineId: unknown): void;
  readonly recordingNotice: LocalizedName | null;
}

const REQUEST_KEYS = new Set(['at', 'language', 'lineId']);
const jstDay = (ms: number): number => Math.floor((ms + JST_OFFSET_MS) / MS_PER_DAY);

/** Whether an opening falls on the same JST day as `at`, the next, or later. */
export function nextWhen(at: Date, opensAt: Date | undefined): NextWhen | null {
  if (opensAt === undefined) return null;
  const days = jstDay(opensAt.getTime()) - jstDay(at.getTime());
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
}

function checkRequest(request: unknown): asserts request is RouteRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new MadoguchiError('INVALID_INSTANT', `Invalid route request: ${describeValue(request)}; expected an object { at?, language?, lineId? }.`, request);
  }
  for (const key of Reflect.ownKeys(request)) {
    if (typeof key !== 'string' || !REQUEST_KEYS.has(key)) {
      throw new MadoguchiError(
        'INVALID_POLICY',
        `Invalid route request: unknown key ${describeValue(String(key))}; accepted keys are at, language, lineId.`,
        request,
      );
    }
  }
}

/** Builds `route` on a compiled desk. */
export function createRoute(core: RoutingCore): (request?: RouteRequest) => RouteDecision {
  return function route(request: RouteRequest = {}): RouteDecision {
    checkRequest(request);
    const { language, lineId } = request;
    const tag = language === undefined ? undefined : checkLanguage(language);
    core.checkLine(lineId);
    // One reading of the clock: every later question is asked about status.at.
    const status = core.status(request.at);
    const { at } = status;
    if (tag !== undefined) {
      const lines = core.lines(at);
      if (!lines.some((l) => servedBy(tag, l.languages))) {
        return Object.freeze({
          kind: 'unsupported-language',
          at,
          language: tag,
          supported: Object.freeze([...new Set(lines.flatMap((l) => l.languages))]),
          open: status.line,
          closesAt: status.closesAt,
          next: status.next,
          nextWhen: nextWhen(at, status.next?.opensAt),
        });
      }
    }
    const recordingNotice = core.recordingNotice;
    if (status.line !== null && status.closesAt !== null) {
      const dialedOpen = lineId === undefined ? null : core.openingAt(at, lineId);
      if (lineId === undefined || dialedOpen !== null) {
        const line = dialedOpen?.line ?? status.line;
        const closesAt = dialedOpen?.closesAt ?? status.closesAt;
        return Object.freeze({ kind: 'connect', at, line, closesAt, recordingNotice, languages: line.languages });
      }
      const dialed = core.lines(at).find((l) => l.id === lineId) ?? null;
      return Object.freeze({ kind: 'redirect', at, dialed, line: status.line, closesAt: status.closesAt, recordingNotice, languages: status.line.languages });
    }
    const closed = status.closed as NonNullable<Status['closed']>;
    return Object.freeze({
      kind: 'closed',
      at,
      reason: closed.reason,
      closed,
      next: status.next,
      nextWhen: nextWhen(at, status.next?.opensAt),
      languages: status.languages,
    });
  };
}
