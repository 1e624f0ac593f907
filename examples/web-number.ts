/**
 * Web page: which phone number to show now, and the sentence to print beside it.
 *
 * How to use: let `watch` call you now and at each change (one timer at a time, capped below
 * what setTimeout holds, re-read after a sleep or a hidden tab), then fill the page, e.g.
 *
 *   watch(desk, (status) => {
 *     const n = numberToShow({ at: status.at, locale: 'en' });
 *     link.textContent = n.tel ?? '';
 *     if (n.telHref) link.href = n.telHref; // tel:+81120365800
 *     note.textContent = n.sentence;
 *   });
 *
 * Or drop `<madoguchi-contact>` in the page (`import 'madoguchi/element'`), which does all of it.
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
  /** A `tel:` link for the number, in E.164 (`tel:+81120365800`) as RFC 3966 asks of global numbers. */
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

export function numberToShow({ at, locale = 'ja', from = desk }: { at?: InstantInput; locale?: Locale; from?: Desk } = {}): NumberToShow {
  const s = from.status(at);
  const line = s.line ?? s.next?.line ?? null;
  return {
    open: s.open,
    tel: line?.tel ?? null,
    telHref: line === null ? null : `tel:${line.e164}`,
    lineName: line?.name[locale] ?? null,
    sentence: describe(s, { locale }),
    hours: lines(from, s.at).map((l) =>
      locale === 'ja' ? `${l.name.ja}（TEL ${l.tel}）${hoursText(l, 'ja')}` : `${l.name.en} (${l.tel}): ${hoursText(l, 'en')}`,
    ),
    changesAt: from.nextChange(s.at),
  };
}
