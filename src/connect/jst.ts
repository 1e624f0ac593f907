const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * An instant as JST wall-clock with its offset, to the second: `2026-05-07T09:00:00+09:00`.
 * Fixed-offset arithmetic on UTC fields, so the host's time zone never shows through.
 *
 * @example
 * ```ts
 * jstIso(new Date('2026-05-07T00:00:00Z')); //=> '2026-05-07T09:00:00+09:00'
 * ```
 */
export function jstIso(at: Date): string {
  return `${new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}
