import {
  breakAt,
  closedLabel,
  dateTimeWords,
  dayDistance,
  type Locale,
  languageWords,
  nationalHolidayName,
  statusLabel,
  timeWords,
  VOCABULARY,
  zoneWords,
} from '../format/index.js';
import { weekdayOf } from '../format/words.js';
import type { Closed, Desk, Line, Opening, Status } from '../index.js';
import { LABELS } from './labels.js';

/** What the element shows: plain strings, so a test can read it without a DOM. */
export interface View {
  readonly state: 'open' | 'closed';
  /** Open, or closed with why (the weekday, the holiday, the company holiday, after hours), in words. */
  readonly stateText: string;
  /** The number as the terms print it, and its `tel:` link in E.164; null past the supported range. */
  readonly tel: string | null;
  readonly href: string | null;
  readonly lineName: string;
  /** Until when (open), or the next opening with 本日/明日/the date (closed). */
  readonly when: string;
  /** A provisional national holiday said as such; empty otherwise. */
  readonly provisional: string;
  /** The language constraint, e.g. 日本語のみ. */
  readonly languages: string;
}

const DAY_MS = 86_400_000;
// Enough for any run of closed days but a long closure, where the reason already says why.
const LOOK_AHEAD_DAYS = 14;

/**
 * Provisional national holidays a person relies on: today's, when it is the reason, and those the
 * next opening skips over (its date moves if the Cabinet Office publishes another day).
 */
function provisionalHolidays(desk: Desk, at: Date, closed: Closed | null, next: Opening | null): string[] {
  const days = next === null ? 0 : Math.min(dayDistance(at, next.opensAt), LOOK_AHEAD_DAYS);
  const marks = [closed?.reason === 'national-holiday' ? closed.holiday : undefined];
  for (let i = 1; i < days; i++) marks.push(desk.status(at.getTime() + i * DAY_MS).closed?.holiday);
  return marks.flatMap((mark) => (mark?.provisional === true ? [mark.name] : []));
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** 次の受付：明日 11月26日（木）9:00から / Reopens tomorrow, Thu 26 Nov, 9:00 JST. */
function whenNext(at: Date, next: Opening | null, locale: Locale): string {
  const l = LABELS[locale];
  const v = VOCABULARY[locale];
  if (next === null) return `${locale === 'ja' ? v.next : capital(v.next)}: ${v.none}`;
  const days = dayDistance(at, next.opensAt);
  const zone = locale === 'en' ? ` ${zoneWords('en', 'text')}` : '';
  const when =
    days === 0
      ? `${l.today} ${timeWords(next.opensAt, locale, 'text')}${zone}`
      : `${days === 1 ? `${l.tomorrow} ` : ''}${dateTimeWords(next.opensAt, locale, 'text')}`;
  return locale === 'ja' ? `${v.next}：${l.from(when)}` : `${capital(v.next)} ${when}`;
}

/**
 * The element's view of a status: of every line, or of the line `lineId` only.
 *
 * @param desk - the desk the status came from (asked for one line's next opening)
 * @param s - the status to show
 * @param lineId - one line's id, or undefined for whichever line is open or opens next
 * @param locale - the element's language
 */
export function viewOf(desk: Desk, s: Status, lineId: string | undefined, locale: Locale): View {
  const l = LABELS[locale];
  let open = s.open;
  let line: Line | null = s.line ?? s.next?.line ?? null;
  let closesAt = s.closesAt;
  let next = s.next;
  let closed = s.closed;
  if (lineId !== undefined) {
    open = s.line?.id === lineId;
    next = open ? s.next : desk.nextOpening(s.at, lineId);
    line = open ? s.line : (next?.line ?? null);
    closesAt = open ? s.closesAt : null;
    // A whole day closed says so; else the line may be suspended by an override, or be outside its
    // hours while another line is open.
    const suspension = s.suspended.find((x) => x.line.id === lineId);
    const wholeDay = /^(?:weekend|national-holiday|company-holiday)$/.test(s.closed?.reason ?? '');
    if (open) closed = null;
    else if (!wholeDay && suspension !== undefined) closed = { reason: 'override', name: suspension.name, nameEn: suspension.nameEn } as Closed;
    else closed = s.closed ?? { reason: 'between-windows' };
  }
  const provisional = provisionalHolidays(desk, s.at, closed, next).map((name) => nationalHolidayName(name, locale) ?? VOCABULARY[locale].nationalHoliday);
  const v = VOCABULARY[locale];
  const closedText =
    closed === null
      ? ''
      : lineId === undefined
        ? statusLabel(s, locale)
        : closedLabel(closed, weekdayOf(s.at), locale, closed.reason === 'between-windows' ? breakAt(s.at, next) : null);
  return {
    state: open ? 'open' : 'closed',
    stateText: capital(open ? v.open : closedText),
    tel: line?.tel ?? null,
    href: line === null ? null : `tel:${line.e164}`,
    lineName: line?.name[locale] ?? '',
    when:
      open && closesAt !== null
        ? `${capital(v.closes)}${locale === 'ja' ? '：' : ': '}${timeWords(closesAt, locale, 'text', true)}${locale === 'en' ? ` ${zoneWords('en', 'text')}` : ''}`
        : whenNext(s.at, next, locale),
    provisional: provisional.length === 0 ? '' : l.provisional(provisional.join(locale === 'ja' ? '・' : ', ')),
    languages:
      line === null || line.languages.length === 0
        ? ''
        : `${capital(v.languages)}${locale === 'ja' ? '：' : ': '}${l.only(languageWords(line.languages, locale))}`,
  };
}
