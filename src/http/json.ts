const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * An instant as ISO 8601 JST wall-clock with its offset, the form the terms speak in.
 *
 * @example
 * ```ts
 * jstText(Date.parse('2026-11-25T08:30:00Z')); //=> '2026-11-25T17:30:00.000+09:00'
 * ```
 */
export function jstText(epochMs: number): string {
  return new Date(epochMs + JST_OFFSET_MS).toISOString().replace('Z', '+09:00');
}

/**
 * A JSON value as the handler writes it.
 *
 * @example
 * ```ts
 * const value: Json = { open: true, languages: ['ja'] };
 * ```
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * Plain JSON data from the library's answers: read-only records through their `toJSON`, every
 * `Date` as JST with `+09:00`, absent optional fields left out.
 *
 * @example
 * ```ts
 * plain({ at: new Date('2026-11-25T01:00:00Z'), closed: null }); //=> { at: '2026-11-25T10:00:00.000+09:00', closed: null }
 * ```
 */
export function plain(value: unknown): Json {
  if (value instanceof Date) return jstText(value.getTime());
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const record = value as { toJSON?: unknown };
    const source = typeof record.toJSON === 'function' ? (record.toJSON as () => unknown)() : value;
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(source as object)) if (v !== undefined) out[key] = plain(v);
    return out;
  }
  return value as Json;
}
