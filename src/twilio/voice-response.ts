import { argumentError } from '../connect/argument-error.js';
import { planCall } from '../connect/call-plan.js';
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
 * @param params - the webhook's POST fields; the dialed number is `To`
 * @param options - `desk`, the caller's `language`, `lineId`, `at`
 * @returns the TwiML document as a string, for a `text/xml` response
 * @throws `MadoguchiError` `INVALID_ARGUMENT` for params without `To` (and no `lineId`),
 *   `UNKNOWN_LINE` for a number the desk does not have
 * @example
 * ```ts
 * twilioVoiceResponse({ To: '+81120365800', From: '+819012345678', CallSid: 'CA…' });
 * //=> '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ja-JP">通常窓口におつなぎします。…</Say><Dial>+81120365800</Dial></Response>'
 * ```
 */
export function twilioVoiceResponse(params: TwilioVoiceParams, options: TwilioVoiceOptions = {}): string {
  if (typeof params !== 'object' || params === null)
    throw argumentError("twilioVoiceResponse takes the webhook's POST fields ({ To, From, CallSid, … }).", params);
  if (typeof options !== 'object' || options === null) throw argumentError('twilioVoiceResponse options must be an object.', options);
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw argumentError(`Unknown option ${JSON.stringify(key)}; the options are ${OPTION_KEYS.join(', ')}.`, options);
  }
  const to = params.To;
  if (to !== undefined && typeof to !== 'string') throw argumentError(`The To field must be a phone number string, got ${typeof to}.`, to);
  if ((to === undefined || to === '') && (options.lineId === undefined || options.lineId === '')) {
    throw argumentError('The webhook fields have no To (the number dialed) and no lineId option names the line.', params);
  }
  const desk = options.desk ?? defaultDesk;
  if (typeof (desk as Partial<Desk> | null)?.status !== 'function') throw argumentError('options.desk must be a desk from createDesk().', desk);
  // A call to a SIP domain carries the number as the URI's user part: sip:+81120365800@example.sip.twilio.com.
  const dialed = to?.replace(/^sips?:([^@;]+)@.*$/i, '$1');
  const plan = planCall(desk, { dialed, lineId: options.lineId, language: options.language, at: options.at });
  const say = `<Say language="${plan.sayLanguage}">${escapeXml(plan.say)}</Say>`;
  const then = plan.transfer === null ? '<Hangup/>' : `<Dial>${escapeXml(plan.transferTo)}</Dial>`;
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${say}${then}</Response>`;
}
