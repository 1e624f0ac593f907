import { holidayName } from '../format/holiday-names.js';
import { dateWords, dayDistance, languageWords, timeWords, weekdayName, weekdayOf } from '../format/words.js';
import type { Closed, Desk, Line, Locale, Opening, Status } from '../index.js';
import { LABELS, TIME_OF_DAY } from './labels.js';

/** What the element shows: plain strings, so a test can read it without a DOM. */
export interface View {
  readonly state: 'open' | 'closed';
  /** Open or closed, in words. */
  readonly stateText: string;
  /** The number as the terms print it, and its `tel:` link in E.164; null past the supported range. */
  readonly tel: string | null;
  readonly href: string | null;
  readonly lineName: string;
  /** Until when (open), or the next opening with 本日/明日/the date (closed). */
  readonly when: string;
  /** Why closed: the day's reason or the time of day; empty when open. */
  readonly reason: string;
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
  const names: string[] = [];
  if (closed?.reason === 'national-holiday' && closed.holiday?.provisional === true) names.push(closed.holiday.name);
  if (next !== null) {
    const days = Math.min(dayDistance(at, next.opensAt), LOOK_AHEAD_DAYS);
    for (let i = 1; i < days; i++) {
      const holiday = desk.status(at.getTime() + i * DAY_MS).closed?.holiday;
      if (holiday?.provisional === true && !names.includes(holiday.name)) names.push(holiday.name);
    }
  }
  return names;
}

const WHOLE_DAY: ReadonlySet<string> = new Set(['weekend', 'national-holiday', 'company-holiday']);

function whenNext(at: Date, next: Opening | null, locale: Locale): string {
  const l = LABELS[locale];
  if (next === null) return l.none;
  const days = dayDistance(at, next.opensAt);
  const time = timeWords(next.opensAt, locale, 'text');
  const date = dateWords(next.opensAt, locale, 'text');
  if (locale === 'ja') {
    const day = days === 0 ? l.today : days === 1 ? `${l.tomorrow} ${date}` : date;
    return `${l.next}：${l.from(`${day} ${time}`)}`;
  }
  const day = days === 0 ? `${l.today} at` : days === 1 ? `${l.tomorrow}, ${date}, at` : `${date}, at`;
  return `${l.next}: ${day} ${time} JST`;
}

function reasonOf(closed: Closed, at: Date, locale: Locale): string {
  const l = LABELS[locale];
  const name = locale === 'en' ? (closed.nameEn ?? closed.name) : closed.name;
  switch (closed.reason) {
    case 'weekend':
      return l.dayOff(weekdayName(weekdayOf(at), locale));
    case 'national-holiday':
      return l.dayOff(closed.name === undefined ? '' : holidayName(closed.name, locale));
    case 'company-holiday':
      return l.dayOff(name ?? l.companyHoliday);
    case 'override':
      return l.suspended(name ?? l.temporaryClosure);
    default:
      return TIME_OF_DAY[locale][closed.reason] ?? '';
  }
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
    const wholeDay = s.closed !== null && WHOLE_DAY.has(s.closed.reason);
    if (open) closed = null;
    else if (!wholeDay && suspension !== undefined) closed = { reason: 'override', name: suspension.name, nameEn: suspension.nameEn } as Closed;
    else closed = s.closed ?? { reason: 'between-windows' };
  }
  const provisional = provisionalHolidays(desk, s.at, closed, next).map((name) => holidayName(name, locale));
  return {
    state: open ? 'open' : 'closed',
    stateText: open ? l.open : l.closed,
    tel: line?.tel ?? null,
    href: line === null ? null : `tel:${line.e164}`,
    lineName: line?.name[locale] ?? '',
    when: open && closesAt !== null ? l.until(timeWords(closesAt, locale, 'text', true)) : whenNext(s.at, next, locale),
    reason: closed === null ? '' : reasonOf(closed, s.at, locale),
    provisional: provisional.length === 0 ? '' : l.provisional(provisional.join(locale === 'ja' ? '・' : ', ')),
    languages: line === null || line.languages.length === 0 ? '' : l.only(languageWords(line.languages, locale)),
  };
}
