import { argumentError } from '../connect/argument-error.js';
import { planCall } from '../connect/call-plan.js';
import { checkDesk, checkOptions } from '../connect/checks.js';
import { notAnObject, toNotString, webhookNamesNoLine } from '../connect/messages.js';
import { escapeXml } from '../connect/ssml.js';
import { type Desk, desk as defaultDesk, type InstantInput } from '../index.js';

/**
 * The fields Twilio posts to a voice webhook (form-encoded; the ones read here, others pass).
 *
 * @example
 * ```ts
 * const params: TwilioVoiceParams = { CallSid: 'CA…', From: '+819012345678', To: '+81120365800', Direction: 'inbound' };
 * ```
 */
export interface TwilioVoiceParams {
  /** The number the caller dialed (your Twilio number), E.164; for a SIP domain a `sip:` URI whose user part is the number. */
  readonly To?: string;
  readonly From?: string;
  readonly CallSid?: string;
  readonly [field: string]: unknown;
}

/**
 * The webhook's body as fetch-style servers give it: `URLSearchParams` or `FormData` (what is read is `get`).
 *
 * @example
 * ```ts
 * const fields: TwilioFormFields = await request.formData();
 * ```
 */
export interface TwilioFormFields {
  get(name: string): unknown;
}

/**
 * Options of `twilioVoiceResponse`.
 *
 * @example
 * ```ts
 * twilioVoiceResponse(params, { language: 'en-US', desk: createDesk(desknetsCloud, { companyHolidays }) });
 * ```
 */
export interface TwilioVoiceOptions {
  /** The desk to route with; default `desk`, the terms as published. */
  readonly desk?: Desk;
  /** The caller's language (BCP 47, `ja-JP`; `ja_JP` is read too), e.g. from a `<Gather>` or your CRM. A garbled tag is ignored. */
  readonly language?: string;
  /** The line, when your Twilio number is not one of the desk's (`To` is then not matched). */
  readonly lineId?: string;
  /** The instant; default the desk's clock. */
  readonly at?: InstantInput;
}

const OPTION_KEYS = ['desk', 'language', 'lineId', 'at'];

/**
 * TwiML for one incoming call: `<Say language="ja-JP">` with why (and the recording notice of
 * 第6条2項 before a transfer), `<Dial>` to the open line in E.164, or `<Hangup/>` when no line
 * takes the call. A caller whose language no line serves hears it in English (`en-US`) and is
 * hung up. Every text is XML-escaped.
 *
 * @param params - the webhook's POST fields (an object, or the body as `URLSearchParams` or `FormData`); the dialed number is `To`
 * @param options - `desk`, the caller's `language`, `lineId`, `at`
 * @returns the TwiML document as a string, for a `text/xml` response
 * @throws `MadoguchiError` `INVALID_ARGUMENT` for params without `To` (and no `lineId`),
 *   `UNKNOWN_LINE` for a number the desk does not have
 * @example
 * ```ts
 * twilioVoiceResponse({ To: '+81120365800', From: '+819012345678', CallSid: 'CA…' });
 * //=> '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ja-JP">この通話は、…録音させていただきます。…通常窓口におつなぎいたします。</Say><Dial>+81120365800</Dial></Response>'
 * ```
 */
export function twilioVoiceResponse(params: TwilioVoiceParams | TwilioFormFields, options?: TwilioVoiceOptions): string {
  if (typeof params !== 'object' || params === null)
    throw argumentError(notAnObject('twilioVoiceResponse', "the webhook's POST fields ({ To, From, CallSid, … })"), params);
  const given: TwilioVoiceOptions = checkOptions(options, 'twilioVoiceResponse', OPTION_KEYS, '{ desk?, language?, lineId?, at? }');
  // Fetch-style servers (Workers, Deno, Next.js) hand the body over as FormData or URLSearchParams.
  const to = typeof params.get === 'function' ? ((params as TwilioFormFields).get('To') ?? undefined) : (params as TwilioVoiceParams).To;
  if (to !== undefined && typeof to !== 'string') throw argumentError(toNotString(to), to);
  if ((to === undefined || to === '') && (given.lineId === undefined || given.lineId === '')) throw argumentError(webhookNamesNoLine(), params);
  const desk = checkDesk(given.desk ?? defaultDesk, 'twilioVoiceResponse');
  // A call to a SIP domain carries the number as the URI's user part: sip:+81120365800@example.sip.twilio.com.
  const dialed = to?.replace(/^sips?:([^@;]+)@.*$/i, '$1');
  const plan = planCall(desk, { dialed, lineId: given.lineId, language: given.language, at: given.at });
  const say = `<Say language="${plan.sayLanguage}">${escapeXml(plan.say)}</Say>`;
  const then = plan.transfer === null ? '<Hangup/>' : `<Dial>${escapeXml(plan.transferTo)}</Dial>`;
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${say}${then}</Response>`;
}
