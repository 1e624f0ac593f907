import { type Desk, desk as defaultDesk, lines } from '../index.js';
import { argumentError } from './argument-error.js';
import { type CallPlan, planCall } from './call-plan.js';
import { checkDesk, checkOptions } from './checks.js';
import { jstIso } from './jst.js';
import { addressNotString, eventNamesNoLine, notAConnectEvent, parameterNotString, parametersNotObject, responseType } from './messages.js';
import { speak } from './ssml.js';

/**
 * The event Amazon Connect's "Invoke AWS Lambda function" block sends (the fields read here; the
 * rest of `ContactData` passes untouched).
 *
 * @example
 * ```ts
 * const event: ConnectEvent = {
 *   Name: 'ContactFlowEvent',
 *   Details: {
 *     ContactData: { SystemEndpoint: { Address: '+81120365800', Type: 'TELEPHONE_NUMBER' } },
 *     Parameters: { language: 'ja-JP' },
 *   },
 * };
 * ```
 */
export interface ConnectEvent {
  readonly Name?: string;
  readonly Details: {
    readonly ContactData: {
      /** The number the customer dialed, in E.164. */
      readonly SystemEndpoint?: { readonly Address?: string | null; readonly Type?: string } | null;
      readonly [key: string]: unknown;
    };
    /** The block's function input parameters: `lineId` and `language` are read, others ignored. */
    readonly Parameters?: Readonly<Record<string, string>>;
  };
}

/**
 * What the handler returns, every value a string (the block's `STRING_MAP` response validation):
 * read them in the flow as `$.External.decision`, `$.External.transferTo`, ….
 *
 * @example
 * ```ts
 * const r: ConnectResponse = await handler(event);
 * r.decision;   //=> 'redirect'
 * r.transferTo; //=> '+818007779984'
 * ```
 */
export interface ConnectResponse {
  readonly [key: string]: unknown;
  /** `connect`, `redirect` (the dialed line is closed, another is open), `closed` or `unsupported-language`. */
  readonly decision: 'connect' | 'redirect' | 'closed' | 'unsupported-language';
  /** `'true'` when a line is open now (even if the caller's language is not served), else `'false'`. */
  readonly open: 'true' | 'false';
  /** The line the answer is about: the one to put through to, or the next to open; `''` when none. */
  readonly lineId: string;
  /** The line the dialed number (or the `lineId` parameter) names; `''` when neither was given. */
  readonly dialedLineId: string;
  /** Where to transfer in E.164 (connect and redirect), `''` otherwise. */
  readonly transferTo: string;
  /** When nobody is put through: the number of the line that opens next, in E.164, else `''`. */
  readonly nextTransferTo: string;
  /** SSML `<speak>` for "Play prompt" (Text-to-speech, SSML), the recording notice included before a transfer. */
  readonly prompt: string;
  /** The same words as plain text. */
  readonly promptText: string;
  /** `ja-JP`, or `en-US` for a caller whose language no line serves. */
  readonly promptLanguage: 'ja-JP' | 'en-US';
  /** 第6条2項 on its own (already inside `prompt`), `''` when nobody is put through. */
  readonly recordingNotice: string;
  /** The closure (`weekend`, `national-holiday`, …), why the dialed line is closed, `unsupported-language`, or `''`. */
  readonly reason: string;
  /** The holiday's, company holiday's or override's name when closed for one, else `''`. */
  readonly holiday: string;
  /** When the line put through to closes, ISO 8601 with `+09:00`, or `''`. */
  readonly closesAt: string;
  /** The next opening when nobody is put through, ISO 8601 with `+09:00`, or `''`. */
  readonly nextOpensAt: string;
  /** `today`, `tomorrow` or `later` for `nextOpensAt`, or `''`. */
  readonly nextWhen: string;
  /** The instant answered for, ISO 8601 with `+09:00`. */
  readonly at: string;
}

/**
 * Options of `connectHandler`.
 *
 * @example
 * ```ts
 * connectHandler({ desk: createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }), responseType: 'JSON' });
 * ```
 */
export interface ConnectHandlerOptions {
  /** The desk to route with (its clock gives "now"); default `desk`, the terms as published. */
  readonly desk?: Desk;
  /** `'STRING_MAP'` (default): flat strings. `'JSON'` (the block's JSON validation): adds `route`, the decision as JSON. */
  readonly responseType?: 'STRING_MAP' | 'JSON';
}

function read(event: unknown): { dialed: string | undefined; lineId: string | undefined; language: string | undefined } {
  const details = (event as { Details?: unknown } | null)?.Details as { ContactData?: unknown; Parameters?: unknown } | undefined;
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof details !== 'object' ||
    details === null ||
    typeof details.ContactData !== 'object' ||
    details.ContactData === null
  ) {
    throw argumentError(notAConnectEvent(), event);
  }
  const parameters = details.Parameters ?? {};
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    throw argumentError(parametersNotObject(), parameters);
  }
  const param = (name: string): string | undefined => {
    const value = (parameters as Record<string, unknown>)[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw argumentError(parameterNotString(name, value), value);
    return value;
  };
  const endpoint = (details.ContactData as { SystemEndpoint?: unknown }).SystemEndpoint;
  const address = endpoint === undefined || endpoint === null ? undefined : (endpoint as { Address?: unknown }).Address;
  if (address !== undefined && address !== null && typeof address !== 'string') {
    throw argumentError(addressNotString(address), address);
  }
  const lineId = param('lineId');
  const dialed = address ?? undefined;
  // Without a number or a line, routing would guess which line was meant: say so instead.
  if ((lineId === undefined || lineId === '') && (dialed === undefined || dialed === '')) {
    throw argumentError(eventNamesNoLine(), event);
  }
  return { dialed, lineId, language: param('language') };
}

function response(plan: CallPlan, desk: Desk): ConnectResponse {
  const d = plan.decision;
  const next = d.kind === 'closed' || d.kind === 'unsupported-language' ? d.next : null;
  const closed = d.kind === 'closed' ? d.closed : null;
  const line = plan.transfer ?? (d.kind === 'unsupported-language' ? (d.open ?? next?.line) : next?.line) ?? null;
  const closesAt = d.kind === 'connect' || d.kind === 'redirect' ? d.closesAt : d.kind === 'unsupported-language' ? d.closesAt : null;
  return {
    decision: d.kind,
    open: plan.transfer !== null || (d.kind === 'unsupported-language' && d.open !== null) ? 'true' : 'false',
    lineId: line?.id ?? '',
    dialedLineId: plan.dialed?.id ?? '',
    transferTo: plan.transferTo,
    nextTransferTo: plan.transfer === null && next !== null ? next.line.e164 : '',
    prompt: speak(plan.utterances, plan.sayLanguage, lines(desk, plan.at)),
    promptText: plan.say,
    promptLanguage: plan.sayLanguage,
    recordingNotice: plan.recordingNotice,
    reason: plan.reason,
    holiday: closed?.name ?? closed?.holiday?.name ?? '',
    closesAt: closesAt === null ? '' : jstIso(closesAt),
    nextOpensAt: next === null ? '' : jstIso(next.opensAt),
    nextWhen: (d.kind === 'closed' || d.kind === 'unsupported-language' ? d.nextWhen : null) ?? '',
    at: jstIso(plan.at),
  };
}

/**
 * An AWS Lambda handler for Amazon Connect's "Invoke AWS Lambda function" block: it reads the
 * dialed number from `Details.ContactData.SystemEndpoint.Address` (or a `lineId` parameter), the
 * caller's `language` parameter, routes with the desk and returns flat strings: `decision`,
 * `transferTo` (E.164), `prompt` (SSML), `recordingNotice`, `nextOpensAt`, …
 *
 * @param options - `desk` (default: the terms as published), `responseType` (`'STRING_MAP'` or `'JSON'`)
 * @returns `(event) => Promise<ConnectResponse>`; the promise rejects with `MadoguchiError`
 *   `INVALID_ARGUMENT` for a malformed event and `UNKNOWN_LINE` for a number the desk does not
 *   have, so the block takes its Error branch instead of a wrong transfer
 * @example
 * ```ts
 * // index.mjs of the Lambda function
 * import { connectHandler } from 'madoguchi/connect';
 * export const handler = connectHandler();
 * // Flow: Invoke AWS Lambda function → Check contact attributes $.External.decision
 * //   connect / redirect → Play prompt $.External.prompt (SSML) → Transfer to phone number $.External.transferTo
 * //   closed → Play prompt $.External.prompt → Disconnect
 * ```
 */
export function connectHandler(options?: ConnectHandlerOptions): (event: ConnectEvent) => Promise<ConnectResponse> {
  const given: ConnectHandlerOptions = checkOptions(options, 'connectHandler', ['desk', 'responseType'], '{ desk?, responseType? }');
  const desk = checkDesk(given.desk ?? defaultDesk, 'connectHandler');
  const json = given.responseType === 'JSON';
  if (given.responseType !== undefined && !json && given.responseType !== 'STRING_MAP')
    throw argumentError(responseType(given.responseType), given.responseType);
  return async (event) => {
    const plan = planCall(desk, read(event));
    const flat = response(plan, desk);
    // JSON validation takes nested data: the decision itself, with instants as ISO strings.
    return json ? { ...flat, route: JSON.parse(JSON.stringify(plan.decision)) as unknown } : flat;
  };
}
