import { createDesk, type DayInfo, type Desk, day as dayInfo, desknetsCloud, lines, type Opening, type Status, windows } from '../../../src/index.js';
import { DAY, dateOf, dayOf, END } from '../instants.js';
import { isoIn } from '../zone-offsets.js';

// Compact forms: a line is known by its id (lines are static data), Dates by their epoch ms.
const opening = (o: Opening | null) => (o === null ? null : `${o.line.id}@${o.opensAt.getTime()}-${o.closesAt.getTime()}`);
const closed = (c: Status['closed']) => (c === null ? null : [c.reason, c.name, c.holiday?.name, c.holiday?.provisional]);
const status = (s: Status) => [
  s.at.getTime(),
  s.jst,
  s.edition,
  s.open,
  s.line?.id,
  s.closesAt?.getTime(),
  opening(s.next),
  closed(s.closed),
  s.languages.join(),
];
const day = (d: DayInfo) => [d.date, d.weekday, d.edition, closed(d.closed), d.holiday?.name, d.holiday?.provisional, d.windows.map(opening)];

/** Everything a caller can ask about `t`, as one string. */
function answers(d: Desk, t: number, zoneForText: string): string {
  return JSON.stringify([
    status(d.status(t)),
    status(d.status(new Date(t))),
    status(d.status(isoIn(zoneForText, t))),
    d.isOpen(t),
    d.isOpen(t, 'night'),
    opening(d.nextOpening(t)),
    opening(d.nextOpening(t, 'regular')),
    windows(d, t, Math.min(t + 3 * DAY, END)).map(opening),
    day(dayInfo(d, t)),
    day(dayInfo(d, dateOf(dayOf(t)))),
    lines(d, t).map((l) => l.id),
  ]);
}

/**
 * The answers of two fresh desks (the preset, and one with company holidays and an override) for
 * every instant. ISO texts are written in zones with daylight saving, so their offsets vary.
 */
export function allAnswers(instants: readonly number[]): string[] {
  const preset = createDesk(desknetsCloud);
  const closures = createDesk(desknetsCloud, {
    companyHolidays: ['--12-29/--01-03', '2026-08-13/2026-08-14'],
    overrides: [{ date: '2026-03-09', lineId: 'night', windows: [['17:45', '21:00']] }],
  });
  return instants.map((t) => answers(preset, t, 'America/St_Johns') + answers(closures, t, 'Australia/Lord_Howe'));
}
