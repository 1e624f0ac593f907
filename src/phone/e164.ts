/**
 * Phone numbers as people write them and as platforms send them, reduced to E.164.
 *
 * Amazon Connect and Twilio hand the dialed number over in E.164 (`+81120365800`), the terms print
 * it nationally (`0120-365-800`), and pages write `tel:` URIs: one normal form lets all of them be
 * compared. Only Japanese national numbers are completed with +81, because the terms' lines are
 * Japanese; a number already in international form keeps its country code.
 */

// Separators people put in numbers: spaces, hyphens and dashes (ASCII and Japanese), dots, brackets.
const SEPARATORS = /[\s\-‐-―−－ー.()（）]/g;
// Full-width digits and plus, as Japanese input methods type them.
const FULL_WIDTH = /[０-９＋]/g;

/**
 * A phone number in E.164 (`+` and up to 15 digits), from any common way of writing it; `null`
 * when it is not a phone number.
 *
 * Accepted: national Japanese numbers (`0120-365-800`, `0120365800`, `(0120) 365-800`), international
 * ones (`+81120365800`, `+81 120 365 800`, `+81 (0)120 365 800`, `010 81 120 365 800` with Japan's
 * international prefix), `tel:` URIs (RFC 3966, parameters after `;` ignored) and full-width digits.
 *
 * @param text - the number as written or received
 * @returns the E.164 form, or `null`
 * @example
 * ```ts
 * toE164('0120-365-800');          //=> '+81120365800'
 * toE164('tel:+81-800-777-9984');  //=> '+818007779984'
 * toE164('+81 (0)120 365 800');    //=> '+81120365800'
 * toE164('call us');               //=> null
 * ```
 */
export function toE164(text: string): string | null {
  let s = text
    .trim()
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^tel:/i, '');
  s = (s.split(';')[0] as string).replace(SEPARATORS, '');
  let digits: string;
  if (s.startsWith('+')) digits = s.slice(1);
  else if (s.startsWith('010')) digits = s.slice(3);
  else if (/^0[1-9]/.test(s)) digits = `81${s.slice(1)}`;
  else return null;
  // "+81 (0)120…": the national trunk prefix written after the country code is not dialed.
  if (digits.startsWith('810')) digits = `81${digits.slice(3)}`;
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}
