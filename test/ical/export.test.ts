import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { companyHolidaysFromICal, toICal } from '../../src/ical/index.js';
import { createDesk, type Desk, day as dayOf, desk, desknetsCloud } from '../../src/index.js';
import { everyDay } from '../helpers/every-day-policy.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { asOption } from './core-support.js';

// 第6条 edition 15: 通常窓口 9:00–17:30 and 夜間延長窓口 18:00–20:00 JST (00:00–08:30Z, 09:00–11:00Z);
// edition 14: 問い合わせ窓口 9:00–12:00 and 13:00–17:30 JST. Weekends and national holidays closed.

interface Event {
  summary: string;
  start: string;
  end: string;
  categories: string;
}

function events(text: string): Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({
    summary: String(v.getFirstPropertyValue('summary')),
    start: String(v.getFirstPropertyValue('dtstart')),
    end: String(v.getFirstPropertyValue('dtend')),
    categories: String(v.getFirstPropertyValue('categories')),
  }));
}

const company = createDesk(desknetsCloud, {
  companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, '2026-12-28'],
});

describe('toICal', () => {
  it('writes a weekday’s two windows in UTC', () => {
    expect(events(toICal(desk, '2026-11-25', '2026-11-25', { stamp: 0 }))).toEqual([
      { summary: '通常窓口 TEL 0120-365-800', start: '2026-11-25T00:00:00Z', end: '2026-11-25T08:30:00Z', categories: 'regular' },
      { summary: '夜間延長窓口 TEL 0800-777-9984', start: '2026-11-25T09:00:00Z', end: '2026-11-25T11:00:00Z', categories: 'night' },
    ]);
  });

  it('writes edition 14’s lunch break as two windows', () => {
    expect(events(toICal(desk, '2021-06-01', '2021-06-01', { stamp: 0 })).map((e) => [e.start, e.end])).toEqual([
      ['2021-06-01T00:00:00Z', '2021-06-01T03:00:00Z'],
      ['2021-06-01T04:00:00Z', '2021-06-01T08:30:00Z'],
    ]);
  });

  it('writes a weekend as one two-day all-day event, DTEND exclusive', () => {
    expect(events(toICal(desk, '2026-11-28', '2026-11-29', { stamp: 0 }))).toEqual([
      { summary: '土日', start: '2026-11-28', end: '2026-11-30', categories: 'weekend' },
    ]);
  });

  it('names closures by holiday or company holiday, and an unnamed company holiday by its reason', () => {
    const closures = events(toICal(company, '2026-12-26', '2027-01-11', { stamp: 0 })).filter((e) => !e.start.includes('T'));
    expect(closures).toEqual([
      { summary: '土日', start: '2026-12-26', end: '2026-12-28', categories: 'weekend' },
      { summary: '当社休業日', start: '2026-12-28', end: '2026-12-29', categories: 'company-holiday' },
      { summary: '年末年始休業', start: '2026-12-29', end: '2027-01-04', categories: 'company-holiday' },
      { summary: '土日', start: '2027-01-09', end: '2027-01-11', categories: 'weekend' },
      { summary: '成人の日', start: '2027-01-11', end: '2027-01-12', categories: 'national-holiday' },
    ]);
  });

  it('stamps every event with the given DTSTAMP and ends each line with CRLF', () => {
    const text = toICal(desk, '2026-11-23', '2026-11-24', { stamp: '2026-11-01T09:00:00+09:00' });
    const stamps = text.split('\r\n').filter((line) => line.startsWith('DTSTAMP:'));
    expect(stamps).toHaveLength(events(text).length);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20261101T000000Z']));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('gives back the closures when imported again', () => {
    const imported = createDesk(desknetsCloud, {
      companyHolidays: asOption(companyHolidaysFromICal(toICal(company, '2026-12-01', '2027-01-31', { stamp: 0 }))),
    });
    for (let day = Date.UTC(2026, 11, 1); day < Date.UTC(2027, 1, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      expect(dayOf(imported, date).closed === null, date).toBe(dayOf(company, date).closed === null);
      if (dayOf(company, date).closed?.reason === 'company-holiday')
        expect(dayOf(imported, date).closed?.name ?? '当社休業日', date).toBe(dayOf(company, date).closed?.name ?? '当社休業日');
    }
  });

  it('writes the last day the desk answers for, Thursday 2099-12-31: its two windows', () => {
    expect(events(toICal(desk, '2099-12-31', '2099-12-31', { stamp: 0 })).map((e) => [e.categories, e.start, e.end])).toEqual([
      ['regular', '2099-12-31T00:00:00Z', '2099-12-31T08:30:00Z'],
      ['night', '2099-12-31T09:00:00Z', '2099-12-31T11:00:00Z'],
    ]);
  });

  it('writes a timed closure across the 17:30 and 18:00 bounds as one event, from its start to its end', () => {
    // 12:00–18:30 JST takes the regular line's afternoon, the gap and the night line's first half hour.
    const training = createDesk(desknetsCloud, { companyHolidays: [{ start: '2026-12-17T12:00+09:00', end: '2026-12-17T18:30+09:00', name: '社内研修' }] });
    const written = events(toICal(training, '2026-12-17', '2026-12-17', { stamp: 0 }));
    expect(written.filter((e) => e.categories === 'company-holiday')).toEqual([
      { summary: '社内研修', start: '2026-12-17T03:00:00Z', end: '2026-12-17T09:30:00Z', categories: 'company-holiday' },
    ]);
    expect(written.filter((e) => e.categories !== 'company-holiday').map((e) => [e.start, e.end])).toEqual([
      ['2026-12-17T00:00:00Z', '2026-12-17T03:00:00Z'],
      ['2026-12-17T09:30:00Z', '2026-12-17T11:00:00Z'],
    ]);
  });

  it('gives a timed closure event a UID of its own made from its start, and the DTSTAMP asked for', () => {
    const training = createDesk(desknetsCloud, { companyHolidays: [{ start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '社内研修' }] });
    const text = toICal(training, '2026-12-17', '2026-12-17', { stamp: '2026-11-01T00:00:00Z' });
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const closure = vevents.find((v) => v.getFirstPropertyValue('categories') === 'company-holiday');
    // RFC 5545 §3.8.4.7: a UID unique to the event; its start (04:00Z) tells it from the windows' UIDs.
    const uid = String(closure?.getFirstPropertyValue('uid'));
    expect(uid).toMatch(/^closed-.*20261217T040000Z.*@madoguchi$/);
    expect(new Set(vevents.map((v) => String(v.getFirstPropertyValue('uid')))).size).toBe(vevents.length);
    expect(String(closure?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-01T00:00:00Z');
  });

  it('carries from and to as the value of an INVALID_RANGE error', () => {
    expect(expectMadoguchiError(() => toICal(desk, '2026-12-31', '2026-12-01', { stamp: 0 }), 'INVALID_RANGE').value).toEqual({
      from: '2026-12-31',
      to: '2026-12-01',
    });
  });

  it('joins timed closures that touch under one name into one event, and keeps another name apart', () => {
    const d = createDesk(desknetsCloud, {
      companyHolidays: [
        { start: '2026-12-17T12:00+09:00', end: '2026-12-17T14:00+09:00', name: '研修' },
        { start: '2026-12-17T14:00+09:00', end: '2026-12-17T16:00+09:00', name: '研修' },
        { start: '2026-12-17T16:00+09:00', end: '2026-12-17T17:00+09:00', name: '点検' },
      ],
    });
    expect(events(toICal(d, '2026-12-17', '2026-12-17', { stamp: 0 })).filter((e) => e.categories === 'company-holiday')).toEqual([
      { summary: '研修', start: '2026-12-17T03:00:00Z', end: '2026-12-17T07:00:00Z', categories: 'company-holiday' },
      { summary: '点検', start: '2026-12-17T07:00:00Z', end: '2026-12-17T08:00:00Z', categories: 'company-holiday' },
    ]);
  });

  it.each<[string, string, string, 'INVALID_DATE' | 'INVALID_RANGE' | 'NO_TERMS_IN_FORCE' | 'OUT_OF_RANGE']>([
    ['a malformed from', '2026-12', '2026-12-31', 'INVALID_DATE'],
    ['an impossible to', '2026-12-01', '2026-12-32', 'INVALID_DATE'],
    ['to before from', '2026-12-31', '2026-12-01', 'INVALID_RANGE'],
    ['a range before edition 14', '2020-06-30', '2020-07-01', 'NO_TERMS_IN_FORCE'],
    ['a range into 2100', '2099-12-31', '2100-01-01', 'OUT_OF_RANGE'],
  ])('rejects %s', (_, from, to, code) => {
    expectMadoguchiError(() => toICal(desk, from, to, { stamp: 0 }), code);
  });
});

// Below, the export read back by ical.js as an independent RFC 5545 reader. Expected values come from
// RFC 5545 (VCALENDAR needs VERSION:2.0 and PRODID; DATE values are YYYYMMDD; DTEND of an all-day event
// is exclusive; UID unique; TRANSP:TRANSPARENT does not block time), RFC 5546 (METHOD:PUBLISH), the
// terms (第6条 lines, numbers and hours above) and the National Holidays Act (2026-05-03 憲法記念日 falls
// on a Sunday, so 05-06 is a 振替休日; 2026-11-23 勤労感謝の日 is a Monday). luxon computes the instants.

/** Epoch milliseconds of a JST wall-clock time, computed by luxon. */
const jstMs = (iso: string): number => DateTime.fromISO(iso, { zone: 'Asia/Tokyo' }).toMillis();
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';

interface ParsedEvent {
  uid: string;
  start: InstanceType<typeof ICAL.Time>;
  end: InstanceType<typeof ICAL.Time>;
  stamp: InstanceType<typeof ICAL.Time>;
  summary: string;
  description: string | null;
  categories: string;
  transp: string;
}

/** The VCALENDAR and its VEVENTs as ical.js reads them. */
function parse(text: string): { cal: InstanceType<typeof ICAL.Component>; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    start: v.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>,
    end: v.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>,
    stamp: v.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>,
    summary: String(v.getFirstPropertyValue('summary')),
    description: v.getFirstPropertyValue('description') as string | null,
    categories: String(v.getFirstPropertyValue('categories')),
    transp: String(v.getFirstPropertyValue('transp')),
  }));
  return { cal, events };
}

const ms = (t: InstanceType<typeof ICAL.Time>): number => t.toJSDate().getTime();

describe('toICal writes an iCalendar object RFC 5545 readers accept', () => {
  // Written inside each test, not once for the block: Stryker counts a test as covering only the code
  // it runs itself, so an export computed at collection time would leave toICal's mutants untested.
  const written = () => {
    const text = toICal(desk, '2026-11-27', '2026-11-30', { stamp: '2026-11-01T00:00:00Z' });
    return { text, ...parse(text) };
  };

  it('declares VERSION:2.0, a PRODID, the Gregorian calendar and METHOD:PUBLISH', () => {
    const { cal } = written();
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid') ?? '').length).toBeGreaterThan(0);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('gives each event a UID of its own, a DTSTAMP, and TRANSP:TRANSPARENT', () => {
    const { events } = written();
    // Friday 27: two windows; Saturday–Sunday: one closure; Monday 30: two windows.
    expect(events).toHaveLength(5);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const e of events) {
      expect(e.uid.length).toBeGreaterThan(0);
      expect(ms(e.stamp)).toBe(Date.parse('2026-11-01T00:00:00Z'));
      expect(e.transp).toBe('TRANSPARENT');
    }
  });

  it('writes window times in UTC (with Z) and names the line in the UID with the opening time', () => {
    const { text, events } = written();
    const windows = events.filter((e) => !e.start.isDate);
    expect(windows.map((e) => [e.categories, ms(e.start), ms(e.end)])).toEqual([
      ['regular', jstMs('2026-11-27T09:00'), jstMs('2026-11-27T17:30')],
      ['night', jstMs('2026-11-27T18:00'), jstMs('2026-11-27T20:00')],
      ['regular', jstMs('2026-11-30T09:00'), jstMs('2026-11-30T17:30')],
      ['night', jstMs('2026-11-30T18:00'), jstMs('2026-11-30T20:00')],
    ]);
    for (const e of windows) {
      expect(e.start.zone?.tzid).toBe('UTC');
      expect(e.end.zone?.tzid).toBe('UTC');
      expect(text).toContain(`DTSTART:${e.start.toICALString()}`);
      expect(e.start.toICALString()).toMatch(/^\d{8}T\d{6}Z$/);
      // RFC 5545 §3.8.4.7 suggests a UID built from a date-time and something unique: the line.
      expect(e.uid).toContain(e.start.toICALString());
      expect(e.uid).toContain(e.categories);
    }
  });

  it('describes each line by its names, numbers and language: FAX only where the terms list one', () => {
    const { events } = written();
    const [regular, night] = events;
    expect(regular?.description).toContain('通常窓口');
    expect(regular?.description).toContain('Regular line');
    expect(regular?.description?.split('\n')).toContain('TEL 0120-365-800');
    expect(regular?.description?.split('\n')).toContain('FAX 045-640-5918');
    expect(regular?.description).toContain('日本語');
    expect(night?.description).toContain('夜間延長窓口');
    expect(night?.description?.split('\n')).toContain('TEL 0800-777-9984');
    expect(night?.description).not.toContain('FAX');
    expect(night?.description).toContain('日本語');
    expect(night?.summary).toContain('0800-777-9984');
  });

  it('writes the weekend as one all-day event with the day it starts in its UID and no DESCRIPTION', () => {
    const { events } = written();
    const closures = events.filter((e) => e.start.isDate);
    expect(closures.map((e) => [e.start.toString(), e.end.toString(), e.categories])).toEqual([['2026-11-28', '2026-11-30', 'weekend']]);
    expect(closures[0]?.uid).toMatch(/2026-?11-?28/);
    expect(closures[0]?.description).toBeNull();
  });
});

describe('toICal takes whole JST days', () => {
  it('writes the windows opening on the days asked and no others, even at 0:00 and 23:00 JST', () => {
    const early = createDesk(
      everyDay(
        [
          ['0:00', '1:00'],
          ['23:00', '23:30'],
        ],
        '2026-01-01',
      ),
    );
    const { events } = parse(toICal(early, '2026-03-10', '2026-03-11', { stamp: 0 }));
    expect(events.map((e) => [ms(e.start), ms(e.end)])).toEqual([
      [jstMs('2026-03-10T00:00'), jstMs('2026-03-10T01:00')],
      [jstMs('2026-03-10T23:00'), jstMs('2026-03-10T23:30')],
      [jstMs('2026-03-11T00:00'), jstMs('2026-03-11T01:00')],
      [jstMs('2026-03-11T23:00'), jstMs('2026-03-11T23:30')],
    ]);
  });

  it('writes one day asked alone: its 0:00 window, not the next day’s', () => {
    const early = createDesk(everyDay([['0:00', '1:00']], '2026-01-01'));
    expect(parse(toICal(early, '2026-03-10', '2026-03-10', { stamp: 0 })).events.map((e) => ms(e.start))).toEqual([jstMs('2026-03-10T00:00')]);
  });

  it('stamps the events with the time of the call when no stamp is given', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const { events } = parse(toICal(desk, WEDNESDAY, WEDNESDAY));
    const after = Date.now();
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(ms(e.stamp)).toBeGreaterThanOrEqual(before);
      expect(ms(e.stamp)).toBeLessThanOrEqual(after);
    }
  });

  it('rejects a stamp that is not an instant, naming the stamp', () => {
    const error = expectMadoguchiError(() => toICal(desk, WEDNESDAY, WEDNESDAY, { stamp: 'garbage' }), 'INVALID_INSTANT');
    expect(error.message).toMatch(/\bstamp\b/);
    expect(error.message).toContain('garbage');
  });

  it('rejects to before from naming both days', () => {
    const error = expectMadoguchiError(() => toICal(desk, WEDNESDAY, TUESDAY, { stamp: 0 }), 'INVALID_RANGE');
    expect(error.message).toContain(WEDNESDAY);
    expect(error.message).toContain(TUESDAY);
  });
});

describe('toICal joins consecutive closed days only when both name and reason agree', () => {
  const closures = (d: Desk, from: string, to: string) =>
    parse(toICal(d, from, to, { stamp: 0 }))
      .events.filter((e) => e.start.isDate)
      .map((e) => [e.summary, e.start.toString(), e.end.toString(), e.categories]);

  it('writes Golden Week 2026 as one event per holiday: 土日, 憲法記念日 (a Sunday), みどりの日, こどもの日, 振替休日', () => {
    expect(closures(desk, '2026-05-02', '2026-05-06')).toEqual([
      ['土日', '2026-05-02', '2026-05-03', 'weekend'],
      ['憲法記念日', '2026-05-03', '2026-05-04', 'national-holiday'],
      ['みどりの日', '2026-05-04', '2026-05-05', 'national-holiday'],
      ['こどもの日', '2026-05-05', '2026-05-06', 'national-holiday'],
      ['振替休日', '2026-05-06', '2026-05-07', 'national-holiday'],
    ]);
  });

  it('keeps a company holiday that borrows the name of the national holiday before it as its own event (CATEGORIES differ)', () => {
    const d = createDesk(desknetsCloud, { companyHolidays: [{ date: TUESDAY, name: '勤労感謝の日' }] });
    expect(closures(d, '2026-11-23', TUESDAY)).toEqual([
      ['勤労感謝の日', '2026-11-23', TUESDAY, 'national-holiday'],
      ['勤労感謝の日', TUESDAY, WEDNESDAY, 'company-holiday'],
    ]);
  });

  it('joins three unnamed company holidays in a row and ends the run at an open day', () => {
    const d = createDesk(desknetsCloud, { companyHolidays: ['2027-03-02/2027-03-04'] });
    expect(closures(d, '2027-03-01', '2027-03-08')).toEqual([
      ['当社休業日', '2027-03-02', '2027-03-05', 'company-holiday'],
      ['土日', '2027-03-06', '2027-03-08', 'weekend'],
    ]);
  });

  it('writes a closure that runs to the last day asked', () => {
    expect(closures(desk, '2026-11-27', '2026-11-28')).toEqual([['土日', '2026-11-28', '2026-11-29', 'weekend']]);
  });
});
