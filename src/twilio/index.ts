/**
 * Twilio Programmable Voice: TwiML for an incoming call's webhook.
 *
 * @module madoguchi/twilio
 */
export { type TwilioFormFields, type TwilioVoiceOptions, type TwilioVoiceParams, twilioVoiceResponse } from './voice-response.js';
