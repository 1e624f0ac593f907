import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import { canonicalTag } from '../policy/shape.js';

/**
 * Whether a caller's BCP 47 tag is served by a line's tags. Lines promise a language, not a
 * region or script, so `ja-JP` and `ja-Jpan` are served by `ja`; a line tag with subtags
 * (`zh-Hant`) serves only callers whose tag starts with it.
 */
export function servedBy(caller: string, lineTags: readonly string[]): boolean {
  const c = caller.toLowerCase();
  return lineTags.some((tag) => {
    const t = tag.toLowerCase();
    return c === t || c.startsWith(`${t}-`);
  });
}

/**
 * Checks a caller's language tag and returns its canonical form, which `servedBy` compares (an
 * alias such as the ISO 639-2 `jpn` becomes `ja`); throws `INVALID_LANGUAGE` for a malformed one.
 */
export function checkLanguage(value: unknown): string {
  const canonical = typeof value === 'string' && value.length <= 64 ? canonicalTag(value) : undefined;
  if (canonical !== undefined) return canonical;
  throw new MadoguchiError(
    'INVALID_LANGUAGE',
    `Invalid language: ${describeValue(value)} is not a BCP 47 language tag; expected a tag such as "ja", "ja-JP", "en-US" or "zh-Hant".`,
    value,
  );
}
