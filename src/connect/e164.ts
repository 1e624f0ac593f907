/**
 * A Japanese phone number in E.164 (`+81120365800`) from any common written form: `0120-365-800`,
 * `0120365800`, `+81120365800`, `+81 120 365 800`, `tel:+81-120-365-800`, or `null` when `text` is
 * not one. Local to the platform faces until the core's `toE164` lands; then this file goes.
 *
 * @example
 * ```ts
 * e164('tel:+81-120-365-800'); //=> '+81120365800'
 * e164('0800-777-9984');       //=> '+818007779984'
 * e164('110');                 //=> null
 * ```
 */
export function e164(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  // RFC 3966: a tel: URI may carry parameters (;ext=…) after the number; only the number is matched.
  const number = text.trim().replace(/^tel:/i, '').split(';')[0] ?? '';
  // Visual separators of RFC 3966 and of how numbers are printed: hyphens, dots, spaces, brackets.
  const compact = number.replace(/[\s\-.()（）－‐]/g, '');
  if (/^\+81[1-9]\d{8,9}$/.test(compact)) return compact;
  if (/^0[1-9]\d{8,9}$/.test(compact)) return `+81${compact.slice(1)}`;
  return null;
}
