/**
 * A strong entity tag for a representation: two 32-bit FNV-1a hashes of its text (64 bits), so
 * it costs no async `crypto.subtle` call and is the same in every runtime.
 *
 * @example
 * ```ts
 * entityTag('{"open":true}'); //=> '"…16 hex digits…"'
 * ```
 */
export function entityTag(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `"${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}"`;
}

/**
 * Whether an `If-None-Match` header matches the entity tag (RFC 9110 §13.1.2: weak comparison,
 * `*` matches any).
 *
 * @example
 * ```ts
 * matchesNoneMatch('W/"abc", "def"', '"def"'); //=> true
 * ```
 */
export function matchesNoneMatch(header: string | null, tag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/**
 * Seconds a shared cache may keep an answer: whole seconds until it can change (rounded down, so
 * no copy outlives the change), never more than `cap`.
 *
 * @param now - epoch ms of the answer
 * @param until - epoch ms at which it can change, or `null` when it never does
 * @param cap - the most seconds allowed
 * @example
 * ```ts
 * maxAgeSeconds(Date.parse('2026-11-25T17:29:59+09:00'), Date.parse('2026-11-25T17:30:00+09:00'), 300); //=> 1
 * ```
 */
export function maxAgeSeconds(now: number, until: number | null, cap: number): number {
  if (until === null) return cap;
  return Math.max(0, Math.min(cap, Math.floor((until - now) / 1000)));
}
