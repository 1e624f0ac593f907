import { statusLabel, VOCABULARY } from '../format/vocabulary.js';
import { weekdayOf } from '../format/words.js';
import type { Opening, Status } from '../index.js';
import { clockText, closingText, dateText } from './jst-text.js';
import { LABELS, type Lang, languageText, lineLabel, numbersText, WEEKDAY_LABELS } from './labels.js';
import type { Paint } from './paint.js';
import { provisionalMark } from './provisional.js';

/** `2026-11-25（水）10:00` / `2026-11-25 (Wed) 10:00`: brackets of the line's own width. */
function whenLabel(at: Date, lang: Lang): string {
  const w = WEEKDAY_LABELS[lang][weekdayOf(at)];
  return lang === 'ja' ? `${dateText(at)}（${w}）${clockText(at)}` : `${dateText(at)} (${w}) ${clockText(at)}`;
}

/**
 * When a window opens and closes, and on which line: `2026-11-25（水）18:00～20:00 日本時間  夜間延長窓口  TEL …`.
 *
 * @example
 * ```ts
 * openingText(desk.nextOpening('2026-11-25T10:00:00+09:00'), 'en');
 * //=> '2026-11-25 (Wed) 18:00–20:00 JST  Evening line  TEL 0800-777-9984'
 * ```
 */
export function openingText(next: Opening, lang: Lang): string {
  return `${whenLabel(next.opensAt, lang)}${VOCABULARY[lang].range}${closingText(next.closesAt)} ${LABELS[lang].zone}  ${lineLabel(next.line, lang)}  ${numbersText(next.line)}`;
}

/**
 * The status screen as labelled fields (which line, its numbers, until when; or what closes it and
 * the next opening; the languages served), then `describe`'s sentence.
 *
 * @example
 * ```ts
 * renderStatus(desk.status('2026-11-25T10:00:00+09:00'), 'sentence', 'en', paintFor({ isTTY: false, env: {} }));
 * //=> '2026-11-25 (Wed) 10:00 JST  edition 15\nOpen:      Regular line  TEL 0120-365-800  FAX 045-640-5918\nCloses:    17:30\n…'
 * ```
 */
export function renderStatus(status: Status, sentence: string, lang: Lang, p: Paint): string {
  const f = LABELS[lang];
  // Full-width labels cannot be padded to a column by length, so Japanese rows are not aligned.
  const row = (label: string, value: string): string => (lang === 'ja' ? `${label}: ${value}` : `${`${label}:`.padEnd(11)}${value}`);
  const out = [`${whenLabel(status.at, lang)} ${f.zone}  ${p.dim(f.edition(status.edition))}`];
  if (status.line !== null && status.closesAt !== null) {
    out.push(row(f.open, p.open(`${lineLabel(status.line, lang)}  ${numbersText(status.line)}`)), row(f.closes, closingText(status.closesAt)));
  } else if (status.closed !== null) {
    out.push(row(f.now, p.closed(`${statusLabel(status, lang)}${provisionalMark(status.closed.holiday, lang)}`)));
  }
  out.push(row(f.next, status.next === null ? f.none : openingText(status.next, lang)));
  out.push(row(f.languages, languageText(status.languages, lang)));
  out.push(sentence);
  return out.join('\n');
}
