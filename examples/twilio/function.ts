/**
 * A Twilio Function (Functions & Assets, `(context, event, callback)`) that answers an incoming
 * call: set it as the number's "A call comes in" webhook. In the Functions editor, add the
 * dependency `madoguchi` and write the same in CommonJS:
 *
 *   const { twilioVoiceResponse } = require('madoguchi/twilio');
 *   exports.handler = (context, event, callback) => { … as below … };
 *
 * Twilio Functions check X-Twilio-Signature themselves when the function's visibility is
 * "Protected"; keep it so.
 */
import { twilioVoiceResponse } from '../../src/twilio/index.js'; // in your project: from 'madoguchi/twilio'

/** The part of the Functions runtime's `Twilio.Response` used here (a global there). */
interface FunctionsResponse {
  setStatusCode(code: number): void;
  setBody(body: string): void;
  appendHeader(name: string, value: string): void;
}
declare const Twilio: { Response: new () => FunctionsResponse };

export type Callback = (error: unknown, response?: FunctionsResponse) => void;

export function handler(_context: unknown, event: Record<string, unknown>, callback: Callback): void {
  try {
    // `language` is optional: pass it in the webhook URL (?language=en-US) or from a <Gather>.
    const language = typeof event.language === 'string' ? event.language : undefined;
    const twiml = twilioVoiceResponse(event, language === undefined ? {} : { language });
    const response = new Twilio.Response();
    response.appendHeader('Content-Type', 'text/xml; charset=utf-8');
    response.setBody(twiml);
    callback(null, response);
  } catch (error) {
    // An event without To, or a number that is not one of the desk's: Twilio plays its error message.
    callback(error);
  }
}
