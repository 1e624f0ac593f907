import type { Opening, Status } from '../index.js';
import { closingText, whenText } from './jst-text.js';
import { closureText, type Lang, languageText, lineLabel, numbersText } from './labels.js';
import type { Paint } from './paint.js';
import { provisionalMark } from './provisional.js';

const FIELDS: Readonly<Record<Lang, Record<'open' | 'until' | 'closed' | 'next' | 'languages' | 'none', string>>> = {
  ja: { open: '受付中', until: '終了時刻', closed: '休止中', next: '次の受付', languages: '対応言語', none: 'なし' },
  en: { open: 'Open', until: 'Until', closed: 'Closed', next: 'Next', languages: 'Languages', none: 'none' },
};

/**
 * When a window opens and closes, and on which line: `2026-11-25 (水) 18:00–20:00 JST  夜間延長窓口  TEL …`.
 *
 * @example
 * ```ts
 * openingText(desk.nextOpening('2026-11-25T10:00:00+09:00'), 'ja');
 * //=> '2026-11-25 (水) 18:00–20:00 JST  夜間延長窓口  TEL 0800-777-9984'
 * ```
 */
export function openingText(next: Opening, lang: Lang): string {
  return `${whenText(next.opensAt, lang)}–${closingText(next.closesAt)} JST  ${lineLabel(next.line, lang)}  ${numbersText(next.line)}`;
}

/**
 * The status screen as labelled fields (which line, its numbers, until when; or why closed and the
 * next opening; the languages served), then `describe`'s sentence.
 *
 * @example
 * ```ts
 * renderStatus(desk.status('2026-11-25T10:00:00+09:00'), 'sentence', 'en', paintFor({ isTTY: false, env: {} }));
 * //=> '2026-11-25 (Wed) 10:00 JST  edition 15\nOpen:      Regular line (通常窓口)  TEL 0120-365-800  FAX 045-640-5918\n…'
 * ```
 */
export function renderStatus(status: Status, sentence: string, lang: Lang, p: Paint): string {
  const f = FIELDS[lang];
  // Full-width labels cannot be padded to a column by length, so Japanese rows are not aligned.
  const row = (label: string, value: string): string => (lang === 'ja' ? `${label}: ${value}` : `${`${label}:`.padEnd(11)}${value}`);
  const out = [`${whenText(status.at, lang)} JST  ${p.dim(lang === 'ja' ? `第${status.edition}版` : `edition ${status.edition}`)}`];
  if (status.line !== null && status.closesAt !== null) {
    out.push(row(f.open, p.open(`${lineLabel(status.line, lang)}  ${numbersText(status.line)}`)), row(f.until, `${closingText(status.closesAt)} JST`));
  } else if (status.closed !== null) {
    out.push(row(f.closed, p.closed(`${closureText(status.closed, lang)}${provisionalMark(status.closed.holiday, lang)}`)));
  }
  out.push(row(f.next, status.next === null ? f.none : openingText(status.next, lang)));
  out.push(row(f.languages, languageText(status.languages, lang)));
  out.push(sentence);
  return out.join('\n');
}
