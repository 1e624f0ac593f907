import { BadRequest } from './problem.js';

/**
 * Longer query strings are refused before anything reads them: a few KB is more than any request needs.
 *
 * @example
 * ```ts
 * readQuery(`?lang=${'x'.repeat(MAX_QUERY_LENGTH)}`, ['lang']); // throws BadRequest INVALID_ARGUMENT
 * ```
 */
export const MAX_QUERY_LENGTH = 2048;

/**
 * The query parameters of one request, checked against the names an endpoint takes: each at most
 * once, every name known, every value valid percent-encoding (RFC 3986). A lenient parser would
 * keep `%zz` literally or the last of two `at`s, and answer a question nobody asked.
 *
 * @param search - the URL's search part, with or without its `?`
 * @param accepted - the parameter names the endpoint takes
 * @throws `BadRequest` `INVALID_ARGUMENT` for an unknown, repeated or badly encoded parameter or a query over 2 KB
 * @example
 * ```ts
 * readQuery('?at=2026-11-25T10:00%2B09:00', ['at', 'lang']); //=> { at: '2026-11-25T10:00+09:00' }
 * ```
 */
export function readQuery(search: string, accepted: readonly string[]): Readonly<Record<string, string>> {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > MAX_QUERY_LENGTH)
    throw new BadRequest('INVALID_ARGUMENT', `The query is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted.`);
  const out: Record<string, string> = Object.create(null);
  if (text === '') return out;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (!accepted.includes(name)) {
      const known = accepted.length === 0 ? 'this endpoint takes none' : `accepted: ${accepted.join(', ')}`;
      throw new BadRequest('INVALID_ARGUMENT', `Unknown query parameter ${quote(name)}; ${known}.`, name);
    }
    if (name in out) throw new BadRequest('INVALID_ARGUMENT', `Query parameter ${quote(name)} is given twice; give it once.`, name);
    out[name] = value;
  }
  return out;
}

function decode(part: string): string {
  try {
    // RFC 3986: '+' is itself. Read as a space (HTML forms), `at=…10:00+09:00` typed by hand would lose its offset.
    return decodeURIComponent(part);
  } catch {
    throw new BadRequest('INVALID_ARGUMENT', `Malformed percent-encoding in the query: ${quote(part)}.`);
  }
}

/**
 * A client's text in a message: quoted, and cut short so a long value cannot flood the answer.
 *
 * @example
 * ```ts
 * quote('evening'); //=> '"evening"'
 * ```
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

/**
 * One of a fixed set of values, or the default when absent.
 *
 * @throws `BadRequest` `INVALID_ARGUMENT` naming the parameter and the accepted values
 * @example
 * ```ts
 * oneOf({ lang: 'en' }, 'lang', ['ja', 'en'], 'ja'); //=> 'en'
 * ```
 */
export function oneOf<T extends string>(query: Readonly<Record<string, string>>, name: string, values: readonly T[], fallback: T): T {
  const value = query[name];
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new BadRequest('INVALID_ARGUMENT', `Query parameter ${name} takes ${values.join(' or ')}, not ${quote(value)}.`, name);
}
