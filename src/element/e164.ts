import type { Line } from '../index.js';

/**
 * A line's number in E.164 for a `tel:` link: `'0120-365-800'` → `'+81120365800'`. Japanese
 * numbers as the terms print them (a trunk prefix 0, then the number); the core's `Line.e164`
 * takes over when it exists. Delete this module once `Line.e164` is on main.
 */
export function e164Of(line: Line): string {
  const given = (line as Line & { readonly e164?: unknown }).e164;
  if (typeof given === 'string') return given;
  const digits = line.tel.replace(/[^0-9+]/g, '');
  return digits.startsWith('+') ? digits : `+81${digits.replace(/^0/, '')}`;
}
