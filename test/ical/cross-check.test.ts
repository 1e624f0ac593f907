import { readFileSync } from 'node:fs';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { type CompanyHolidayEntry, importICal } from '../../src/ical/index.js';

// Each fixture is read twice: by madoguchi (ical.js underneath) and by node-ical, a second, independent
// iCalendar parser with its own recurrence expansion (rrule) and time-zone handling (Intl, its own
// Windows zone table). The closed minutes of every JST day from 2020 through 2030 must agree.

const MS_PER_DAY = 86_400_000;
const JST = 9 * 3_600_000;
const FIRST = Date.UTC(2020, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2030, 11, 31) / MS_PER_DAY;
const dayStart = (day: number): number => day * MS_PER_DAY - JST;
const dateOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

type Span = readonly [start: number, end: number];

/** madoguchi's entries as instant spans: dated entries cover whole JST days, timed ones their instants. */
function spansOfEntries(entries: readonly CompanyHolidayEntry[]): Span[] {
  return entries.map((entry): Span => {
    if (typeof entry === 'object' && 'start' in entry) return [Date.parse(entry.start), Date.parse(entry.end)];
    const [first = '', last = first] = (typeof entry === 'string' ? entry : entry.date).split('/');
    return [dayStart(Date.parse(`${first}T00:00Z`) / MS_PER_DAY), dayStart(Date.parse(`${last}T00:00Z`) / MS_PER_DAY + 1)];
  });
}

/** A full-day instance of node-ical is a local-midnight Date: its local date is the calendar day. */
const localDay = (d: Date): number => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY;

/** node-ical's reading, with the README's rules on what is no closure: cancelled events, timed events shown as free. */
function spansOfNodeIcal(text: string): Span[] {
  const spans: Span[] = [];
  for (const component of Object.values(ical.sync.parseICS(text))) {
    if (component?.type !== 'VEVENT') continue;
    const event = component as VEvent;
    if (event.status === 'CANCELLED') continue;
    const instances = ical.expandRecurringEvent(event, { from: new Date(Date.UTC(2019, 11, 30)), to: new Date(Date.UTC(2031, 0, 2)) });
    for (const instance of instances) {
      if (!instance.isFullDay && event.transparency === 'TRANSPARENT') continue;
      if (instance.isFullDay) spans.push([dayStart(localDay(instance.start)), dayStart(localDay(instance.end))]);
      else spans.push([instance.start.getTime(), instance.end.getTime()]);
    }
  }
  return spans;
}

/** The closed minutes of each JST day as merged [from, to) minute pairs, e.g. `2026-12-17 780-1080`. */
function closedMinutesByDay(spans: readonly Span[]): Map<string, string> {
  const byDay = new Map<number, Span[]>();
  for (const [start, end] of spans) {
    for (let day = Math.floor((start + JST) / MS_PER_DAY); dayStart(day) < end; day++) {
      if (day < FIRST || day > LAST) continue;
      const from = Math.max(start, dayStart(day)) - dayStart(day);
      const to = Math.min(end, dayStart(day + 1)) - dayStart(day);
      byDay.set(day, [...(byDay.get(day) ?? []), [from / 60_000, to / 60_000]]);
    }
  }
  const out = new Map<string, string>();
  for (const [day, parts] of byDay) {
    const merged: [number, number][] = [];
    for (const [from, to] of [...parts].sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1);
      if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    out.set(dateOf(day), merged.map(([a, b]) => `${a}-${b}`).join(','));
  }
  return out;
}

const FIXTURES = ['google-calendar.ics', 'outlook.ics', 'change-calendar.ics', 'yearly-rrule.ics', 'bom-lf.ics', 'no-value-date.ics', 'edge-rules.ics'];

describe('each fixture, read by madoguchi and by node-ical, closes the same minutes of every JST day 2020–2030', () => {
  it.each(FIXTURES)('%s', (name) => {
    const text = readFileSync(new URL(`../fixtures/ical/${name}`, import.meta.url), 'utf8');
    const ours = closedMinutesByDay(spansOfEntries(importICal(text).companyHolidays));
    const theirs = closedMinutesByDay(spansOfNodeIcal(text));
    const disagreements: string[] = [];
    for (let day = FIRST; day <= LAST; day++) {
      const date = dateOf(day);
      if (ours.get(date) !== theirs.get(date)) disagreements.push(`${date}: madoguchi ${ours.get(date) ?? '-'}, node-ical ${theirs.get(date) ?? '-'}`);
    }
    expect(theirs.size, 'node-ical found closures').toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });
});
