import { languageInvalid } from '../errors/messages.js';
import { canonicalTag, isGrandfathered } from '../policy/shape.js';

/**
 * Whether a caller's BCP 47 tag is served by a line's tags. Lines promise a language, not a
 * region or script, so `ja-JP` and `ja-Jpan` are served by `ja`; a line tag with subtags
 * (`zh-Hant`) serves only callers whose tag starts with it.
 */
export function servedBy(caller: string, lineTags: readonly string[]): boolean {
  const c = caller.toLowerCase();
  // A grandfathered tag's parts are no subtags (zh-min-nan is Min Nan, not a kind of zh): it is served only by itself.
  const exact = isGrandfathered(c);
  return lineTags.some((tag) => {
    const t = canonicalLineTag(tag);
    return c === t || (!exact && c.startsWith(`${t}-`));
  });
}

// A line's tags are matched in canonical form too (a line tagged "jpn" or "iw" serves "ja" or "he"
// callers); they are few and fixed, so each is worked out once.
const lineTagCache = new Map<string, string>();
function canonicalLineTag(tag: string): string {
  let canonical = lineTagCache.get(tag);
  if (canonical === undefined) {
    canonical = (canonicalTag(tag) ?? tag).toLowerCase();
    lineTagCache.set(tag, canonical);
  }
  return canonical;
}

/**
 * Checks a caller's language tag and returns its canonical form, which `servedBy` compares (an
 * alias such as the ISO 639-2 `jpn` becomes `ja`), or `undefined` for `und` (undetermined); throws
 * `INVALID_LANGUAGE` for a malformed one.
 */
export function checkLanguage(value: unknown): string | undefined {
  const canonical = canonicalTag(value);
  // "und" (undetermined, BCP 47 §4.1), say from an IVR that could not tell: as if none were given.
  if (canonical === 'und' || canonical?.startsWith('und-')) return undefined;
  if (canonical !== undefined) return canonical;
  throw languageInvalid(value);
}
