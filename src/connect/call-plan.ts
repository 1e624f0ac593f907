import { transferSpeech } from '../format/index.js';
import { type ClosedReason, type Desk, day, describe, type Line, lines as linesOf, MadoguchiError, type RouteDecision, route, toE164 } from '../index.js';
import { unknownLineId, unknownNumber } from './messages.js';

/**
 * What a phone platform is asked about one call: the number dialed (any common form), or the
 * line chosen in the flow, the caller's language and the instant.
 *
 * @example
 * ```ts
 * const question: CallQuestion = { dialed: '+81120365800', language: 'ja-JP' };
 * ```
 */
export interface CallQuestion {
  readonly dialed?: string | undefined;
  readonly lineId?: string | undefined;
  readonly language?: string | undefined;
  readonly at?: Date | number | string | undefined;
}

/**
 * One call's answer in the terms every platform needs: whom to put through (if anyone), what to
 * say first and in which language, and why.
 *
 * @example
 * ```ts
 * const plan: CallPlan = planCall(desk, { dialed: '+81120365800' });
 * plan.transfer === null ? hangUp(plan.say) : transfer(plan.say, plan.transferTo);
 * ```
 */
export interface CallPlan {
  readonly at: Date;
  readonly decision: RouteDecision;
  /** The line the dialed number (or `lineId`) names, `null` when neither was given. */
  readonly dialed: Line | null;
  /** The open line to put the caller through to; `null` for closed and unsupported-language. */
  readonly transfer: Line | null;
  /** The transfer's number in E.164, `''` when none. */
  readonly transferTo: string;
  /** What to say before transferring or hanging up, for text-to-speech: `utterances` joined. */
  readonly say: string;
  /** The same in order, one utterance each (a transfer: why the dialed line is closed, the notice, 「…におつなぎいたします」). */
  readonly utterances: readonly string[];
  readonly sayLanguage: 'ja-JP' | 'en-US';
  /** 第6条2項, in Japanese, when the caller is put through (`say` already contains it). */
  readonly recordingNotice: string;
  /** Why the call is not simply connected: the closure, why the dialed line is closed, or `unsupported-language`. */
  readonly reason: ClosedReason | 'unsupported-language' | '';
}

/** The line of the edition in force whose number is `dialed`, in any common form. */
function lineDialed(lines: readonly Line[], dialed: string): Line {
  const wanted = toE164(dialed);
  const line = wanted === null ? undefined : lines.find((l) => l.e164 === wanted);
  if (line === undefined) {
    throw new MadoguchiError(
      'UNKNOWN_LINE',
      unknownNumber(
        dialed,
        lines.map((l) => l.tel),
      ),
      dialed,
    );
  }
  return line;
}

/** Why the dialed line is closed while another is open: before, between or after its windows today, or closed all day. */
function closedReason(desk: Desk, at: Date, line: Line): ClosedReason {
  const today = day(desk, at);
  const own = today.windows.filter((w) => w.line.id === line.id);
  const first = own[0];
  const last = own.at(-1);
  if (first === undefined || last === undefined) {
    // Closed all day for this line alone: by an override (a suspension of the line) or a timed company closure.
    return today.closed?.reason ?? (desk.status(at).suspended.some((s) => s.line.id === line.id) ? 'override' : 'company-holiday');
  }
  if (at < first.opensAt) return 'before-hours';
  return at >= last.closesAt ? 'after-hours' : 'between-windows';
}

/** Routes with the caller's language; a tag the platform garbled is treated as unknown rather than failing the call. */
function routeCall(desk: Desk, at: Date, lineId: string | undefined, language: string | undefined): RouteDecision {
  const base = { at, ...(lineId === undefined ? {} : { lineId }) };
  if (language === undefined || language === '') return route(desk, base);
  try {
    // Platforms often report POSIX-style locales (ja_JP); BCP 47 wants a hyphen.
    return route(desk, { ...base, language: language.replaceAll('_', '-') });
  } catch (error) {
    if (error instanceof MadoguchiError && error.code === 'INVALID_LANGUAGE') return route(desk, base);
    throw error;
  }
}

/**
 * Plans one call: matches the dialed number to a line, routes, and says why in Japanese (or in
 * English to a caller whose language no line serves), with the recording notice before a transfer.
 *
 * @throws `MadoguchiError` `UNKNOWN_LINE` for a number or line id the desk does not have, and the
 *   desk's own errors for a bad instant
 * @example
 * ```ts
 * planCall(desk, { dialed: '+81120365800', at: '2026-12-02T18:30+09:00' }).transferTo; //=> '+818007779984' (a redirect)
 * ```
 */
export function planCall(desk: Desk, question: CallQuestion): CallPlan {
  // Read the clock once, so the number lookup, the routing and the words agree on the instant.
  const at = desk.status(question.at).at;
  const lines = linesOf(desk, at);
  let dialed: Line | null = null;
  if (question.lineId !== undefined && question.lineId !== '') {
    dialed = lines.find((l) => l.id === question.lineId) ?? null;
    if (dialed === null) {
      throw new MadoguchiError(
        'UNKNOWN_LINE',
        unknownLineId(
          question.lineId,
          lines.map((l) => l.id),
        ),
        question.lineId,
      );
    }
  } else if (question.dialed !== undefined && question.dialed !== '') {
    dialed = lineDialed(lines, question.dialed);
  }
  const decision = routeCall(desk, at, dialed?.id, question.language);
  const english = decision.kind === 'unsupported-language';
  const transfer = decision.kind === 'connect' || decision.kind === 'redirect' ? decision.line : null;
  const notice = decision.kind === 'connect' || decision.kind === 'redirect' ? (decision.recordingNotice?.ja ?? '') : '';
  // A transfer is announced in transferSpeech's order (the notice before 「…におつなぎいたします」);
  // anything else is the decision's sentence.
  const utterances =
    decision.kind === 'connect' || decision.kind === 'redirect'
      ? transferSpeech(decision, 'ja').map((part) => part.text)
      : [describe(decision, { locale: english ? 'en' : 'ja', style: 'speech' })];
  const words = utterances.join('');
  return {
    at,
    decision,
    dialed,
    transfer,
    transferTo: transfer === null ? '' : transfer.e164,
    say: words,
    utterances,
    sayLanguage: english ? 'en-US' : 'ja-JP',
    recordingNotice: notice,
    reason:
      decision.kind === 'closed'
        ? decision.reason
        : decision.kind === 'unsupported-language'
          ? 'unsupported-language'
          : decision.kind === 'redirect' && dialed !== null
            ? closedReason(desk, at, dialed)
            : '',
  };
}
