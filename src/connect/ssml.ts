import { phoneWords } from '../format/words.js';
import type { Line } from '../index.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF even escaped: a calendar name carrying one would break the document. */
function allowed(c: string): boolean {
  const n = c.codePointAt(0) ?? 0;
  return n === 0x09 || n === 0x0a || n === 0x0d || (n >= 0x20 && !(n >= 0xd800 && n <= 0xdfff) && n !== 0xfffe && n !== 0xffff);
}

/**
 * Text made safe as XML character data or an attribute value: names from calendars are untrusted
 * (`R&D <休業> "x"` must be heard as text, never parsed as markup).
 *
 * @example
 * ```ts
 * escapeXml('R&D <休業> "x"'); //=> 'R&amp;D &lt;休業&gt; &quot;x&quot;'
 * ```
 */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowed)
    .join('')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * A sentence from `describe(…, { style: 'speech' })` as an SSML `<speak>` document: escaped, each
 * line's number still read digit by digit but with a short pause between the groups an operator
 * reads (0120 / 365 / 800), English wrapped in `<lang>` so a Japanese voice switches.
 *
 * @example
 * ```ts
 * speak('電話番号は、ゼロイチニーゼロ、サンロクゴー、ハチゼロゼロです。', 'ja-JP', lines);
 * //=> '<speak>電話番号は、ゼロイチニーゼロ<break time="300ms"/>サンロクゴー<break time="300ms"/>ハチゼロゼロです。</speak>'
 * ```
 */
export function speak(text: string, language: 'ja-JP' | 'en-US', lines: readonly Line[]): string {
  const locale = language === 'ja-JP' ? 'ja' : 'en';
  let body = escapeXml(text);
  for (const line of lines) {
    const groups = line.tel.split('-').map((group) => escapeXml(phoneWords(group, locale, 'speech')));
    body = body.replaceAll(escapeXml(phoneWords(line.tel, locale, 'speech')), groups.join('<break time="300ms"/>'));
  }
  return language === 'ja-JP' ? `<speak>${body}</speak>` : `<speak><lang xml:lang="en-US">${body}</lang></speak>`;
}
