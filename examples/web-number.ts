/**
 * Web page: which phone number to show now, and the sentence to print beside it.
 *
 * How to use: call `numberToShow({ locale })` when the page renders and again at `changesAt`
 * (one timer, no polling), then fill the page from the result, e.g.
 *
 *   const n = numberToShow({ locale: 'en' });
 *   link.textContent = n.tel ?? '';
 *   if (n.telHref) link.href = n.telHref;
 *   note.textContent = n.sentence;
 *   setTimeout(render, n.changesAt ? n.changesAt.getTime() - Date.now() : 86_400_000);
 *
 * The number is the open line's, or else the next line to open's, so a visitor reading the page
 * at 17:45 sees the night line's number a quarter of an hour before it opens. Nothing is
 * hard-coded: numbers, names and hours come from the terms as the library holds them.
 */
import { type Desk, describe, desk, hoursText, type InstantInput, type Locale, lines } from '../src/index.js';

export interface NumberToShow {
  /** Whether a line is open now. */
  readonly open: boolean;
  /** The number to show, e.g. `'0120-365-800'`; `null` only past the supported range. */
  readonly tel: string | null;
  /** A `tel:` link for the number. */
  readonly telHref: string | null;
  /** The line's name in the page's language. */
  readonly lineName: string | null;
  /** One sentence on what is open, why not, and the next opening. */
  readonly sentence: string;
  /** Each line's published hours, for the footer of the page. */
  readonly hours: readonly string[];
  /** When this answer changes: a line opens or closes, or the JST date turns ("tomorrow" becomes "today"). */
  readonly changesAt: Date | null;
}

const DAY_MS = 86_400_000;
const JST_MS = 9 * 3_600_000;

/** The next midnight in Japan, computed with the fixed offset so the visitor's own zone plays no part. */
const nextJstMidnight = (t: number): number => (Math.floor((t + JST_MS) / DAY_MS) + 1) * DAY_MS - JST_MS;

export function numberToShow({ at, locale = 'ja', from = desk }: { at?: InstantInput; locale?: Locale; from?: Desk } = {}): NumberToShow {
  const s = from.status(at);
  const line = s.line ?? s.next?.line ?? null;
  const changes = [s.closesAt?.getTime(), s.next?.opensAt.getTime(), s.next === null ? undefined : nextJstMidnight(s.at.getTime())].filter(
    (t): t is number => t !== undefined,
  );
  return {
    open: s.open,
    tel: line?.tel ?? null,
    telHref: line === null ? null : `tel:${line.tel.replaceAll('-', '')}`,
    lineName: line?.name[locale] ?? null,
    sentence: describe(s, { locale }),
    hours: lines(from, s.at).map((l) =>
      locale === 'ja' ? `${l.name.ja}（TEL ${l.tel}）${hoursText(l, 'ja')}` : `${l.name.en} (${l.tel}): ${hoursText(l, 'en')}`,
    ),
    changesAt: changes.length === 0 ? null : new Date(Math.min(...changes)),
  };
}
