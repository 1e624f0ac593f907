import { spokenNumber } from '../format/index.js';
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

/** Sentences of one utterance: a TTS engine pauses between `<s>` elements as between sentences. */
function sentences(text: string, language: 'ja-JP' | 'en-US'): string[] {
  return text.split(language === 'ja-JP' ? /(?<=。)/ : /(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
}

/**
 * Utterances (from `describe(…, { style: 'speech' })` or `transferSpeech`) as an SSML `<speak>`
 * document: escaped, one `<s>` per sentence, each line's number still read digit by digit
 * (`spokenNumber`) but with a short pause between the groups an operator reads (0120 / 365 / 800),
 * English wrapped in `<lang>` so a Japanese voice switches.
 *
 * @example
 * ```ts
 * speak(['お電話番号は、ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ番です。'], 'ja-JP', lines);
 * //=> '<speak><s>お電話番号は、ゼロ イチ ニー ゼロ<break time="300ms"/>サン ロク ゴー<break time="300ms"/>ハチ ゼロ ゼロ番です。</s></speak>'
 * ```
 */
export function speak(utterances: readonly string[], language: 'ja-JP' | 'en-US', lines: readonly Line[]): string {
  const locale = language === 'ja-JP' ? 'ja' : 'en';
  const numbers = lines.map((line) => {
    const spoken = escapeXml(spokenNumber(line.tel, locale));
    return [spoken, spoken.split(locale === 'ja' ? '、' : ', ').join('<break time="300ms"/>')] as const;
  });
  const body = utterances
    .flatMap((u) => sentences(u, language))
    .map((sentence) => {
      let s = escapeXml(sentence);
      for (const [spoken, paused] of numbers) s = s.replaceAll(spoken, paused);
      return `<s>${s}</s>`;
    })
    .join('');
  return language === 'ja-JP' ? `<speak>${body}</speak>` : `<speak><lang xml:lang="en-US">${body}</lang></speak>`;
}
