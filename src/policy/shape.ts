import { policyNotArray, policyNotObject, policyNotText, policyUnknownKey } from '../errors/messages.js';

/** `Array.isArray` that answers false, not throws, for a revoked Proxy. */
function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The own keys of a plain object (not an array), or `null` for anything else, a revoked Proxy included. */
export function ownKeys(value: unknown): (string | symbol)[] | null {
  if (typeof value !== 'object' || value === null || isArray(value)) return null;
  try {
    return Reflect.ownKeys(value);
  } catch {
    return null; // a revoked Proxy: no keys to read, so no record
  }
}

/**
 * Checks a value is a plain record with only the listed keys. Own keys are compared, so
 * `__proto__` or `constructor` from `JSON.parse` are rejected as unknown, never merged.
 */
export function record(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  const keys = ownKeys(value);
  if (keys === null) throw policyNotObject(path, allowed, value);
  for (const key of keys) {
    if (typeof key !== 'string' || !allowed.includes(key)) throw policyUnknownKey(path, key, allowed, value);
  }
  return value as Record<string, unknown>;
}

export function list(value: unknown, path: string): readonly unknown[] {
  if (!isArray(value)) throw policyNotArray(path, value);
  return value;
}

export function optionalList(value: unknown, path: string): readonly unknown[] {
  return value === undefined ? [] : list(value, path);
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw policyNotText(path, value);
  return value;
}

export function optionalText(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : text(value, path);
}

// RFC 5646 §2.1 also admits grandfathered and private-use tags, which Intl (Unicode locale
// identifiers) rejects: those below (i-* loosely, the rest as registered). They are well-formed, so
// a caller sending one gets "unsupported-language" (or a line that names the very tag), not an error.
const GRANDFATHERED = /^(?:en-gb-oed|i-[a-z]{3,8}|sgn-(?:be-fr|be-nl|ch-de)|no-(?:bok|nyn)|zh-min(?:-nan)?)$/;
const PRIVATE_USE = /^x(-[a-z0-9]{1,8})+$/;

/** Whether a lower-case tag is one of the grandfathered tags Intl does not know. */
export const isGrandfathered = (tag: string): boolean => GRANDFATHERED.test(tag);

/**
 * A well-formed BCP 47 language tag: as the platform's own `Intl.getCanonicalLocales` judges it
 * (it throws a RangeError for a malformed one), or a grandfathered or private-use tag.
 */
export function isLanguageTag(value: unknown): value is string {
  return canonicalTag(value) !== undefined;
}

/**
 * The canonical form of a tag (`JA-jp` → `ja-JP`, `jpn` → `ja`), lower case for the grandfathered
 * and private-use tags Intl does not know; `undefined` if malformed, longer than 64 characters
 * (no tag a line or caller needs is), or not a string.
 */
export function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '' || tag.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    const lower = tag.toLowerCase();
    return GRANDFATHERED.test(lower) || PRIVATE_USE.test(lower) ? lower : undefined;
  }
}
