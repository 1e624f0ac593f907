/**
 * IVR webhook: what the phone system should say and whether to put the caller through.
 *
 * How to use: in the webhook your telephony provider calls for each incoming call, pass the number
 * the caller dialed (as the platform sends it, E.164 `+81120365800`, or as people write it,
 * `0120-365-800`) and the caller's language (if the provider knows it), and render the returned
 * verbs in order in your provider's format. Numbers to dial are in E.164:
 *
 *   const { verbs } = handleCall({ dialed: '+818007779984', callerLanguage: 'ja-JP' });
 *   // [{ say: '…', language: 'ja-JP' }, { dial: '+81120365800', lineId: 'regular' }]
 *
 * On Amazon Connect or Twilio, use the ready faces instead: `connectHandler()` from
 * 'madoguchi/connect' and `twilioVoiceResponse()` from 'madoguchi/twilio'.
 *
 * Sentences are written for text-to-speech (times as 午後5時30分, numbers digit by digit). Before
 * any transfer the caller hears the recording notice of 第6条2項: calls are recorded, and the
 * recording is personal information used only to answer, to improve support and to run it smoothly.
 */
import { transferSpeech } from '../src/format/index.js'; // in your project: from 'madoguchi/format'
import { type Desk, describe, desk, type InstantInput, lines, MadoguchiError, type RouteDecision, route, toE164 } from '../src/index.js';

export type Verb =
  | { readonly say: string; readonly language: 'ja-JP' | 'en-US' }
  | { readonly dial: string; readonly lineId: string }
  | { readonly hangup: true };

export interface IvrRequest {
  /** The number the caller dialed, in any common form: `+81120365800`, `0120-365-800`, `tel:+81-120-365-800`. */
  readonly dialed: string;
  /** The caller's language as the provider reports it (`ja-JP`, `en_US`, …), if known. */
  readonly callerLanguage?: string;
  /** The instant of the call; defaults to the desk's clock. */
  readonly at?: InstantInput;
}

export interface IvrResponse {
  readonly kind: RouteDecision['kind'];
  readonly verbs: readonly Verb[];
}

const ja = (d: RouteDecision): Verb => ({ say: describe(d, { locale: 'ja', style: 'speech' }), language: 'ja-JP' });
const HANG_UP: Verb = { hangup: true };

/** Routes with the caller's language; a tag the provider garbled is treated as unknown rather than failing the call. */
function routeCall(from: Desk, at: Date, lineId: string | undefined, callerLanguage: string | undefined): RouteDecision {
  const base = { at, ...(lineId === undefined ? {} : { lineId }) };
  if (callerLanguage === undefined) return route(from, base);
  try {
    // Providers often report POSIX-style locales (en_US); BCP 47 wants a hyphen.
    return route(from, { ...base, language: callerLanguage.replaceAll('_', '-') });
  } catch (error) {
    if (error instanceof MadoguchiError && error.code === 'INVALID_LANGUAGE') return route(from, base);
    throw error;
  }
}

export function handleCall(request: IvrRequest, from: Desk = desk): IvrResponse {
  // Read the clock once, so the number lookup and the routing agree on the instant.
  const at = from.status(request.at).at;
  // A number this edition does not list (the night line before 2023-02-06) routes like the main number.
  const dialed = toE164(request.dialed);
  const lineId = lines(from, at).find((l) => l.e164 === dialed)?.id;
  const d = routeCall(from, at, lineId, request.callerLanguage);
  switch (d.kind) {
    case 'connect':
    case 'redirect':
      // Why the dialed line is closed (a redirect), the recording notice, then 「…におつなぎいたします」: all before the transfer.
      return {
        kind: d.kind,
        verbs: [
          {
            say: transferSpeech(d, 'ja')
              .map((part) => part.text)
              .join(''),
            language: 'ja-JP',
          },
          { dial: d.line.e164, lineId: d.line.id },
        ],
      };
    case 'closed':
      return { kind: d.kind, verbs: [ja(d), HANG_UP] };
    case 'unsupported-language':
      return { kind: d.kind, verbs: [{ say: describe(d, { locale: 'en', style: 'speech' }), language: 'en-US' }, HANG_UP] };
  }
}
