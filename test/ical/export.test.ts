import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { companyHolidaysFromICal, toICal } from '../../src/ical/index.js';
import { createDesk, day as dayOf, desk, desknetsCloud } from '../../src/index.js';
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
