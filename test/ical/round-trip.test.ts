import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompanyHolidayEntry, companyHolidaysFromICal, importICal, toICal } from '../../src/ical/index.js';
import { createDesk, type Desk, desknetsCloud, type Status } from '../../src/index.js';
import { asOption, coreSupportsTimedClosures } from './core-support.js';

// A desk exported with toICal and imported back must answer the same at every minute of the range:
// the closures come back (all-day and timed), madoguchi's own windows and days are recognised and left
// to the terms, which the imported desk knows anyway.

const MINUTE = 60_000;
const FIXTURE_TEXT = readFileSync(new URL('../fixtures/company-holidays.ics', import.meta.url), 'utf8');
/** Read inside each test: Stryker counts a test as covering only the code it runs itself. */
const fixture = () => companyHolidaysFromICal(FIXTURE_TEXT);

/**
 * What a caller sees of a status: open or not, which line until when, why closed and under which
 * name, and the next opening when it lies in the exported range (past it, the export cannot know).
 */
const seen = (s: Status, end: number): string => {
  const next = s.next !== null && s.next.opensAt.getTime() < end ? [s.next.line.id, s.next.opensAt.getTime(), s.next.closesAt.getTime()] : ['beyond'];
  return [s.open, s.line?.id, s.closesAt?.getTime(), s.closed?.reason, s.closed?.name, ...next].join('|');
};

function disagreements(original: Desk, from: string, to: string): string[] {
  const text = toICal(original, from, to, { stamp: 0 });
  const report = importICal(text);
  const imported = createDesk(desknetsCloud, { companyHolidays: asOption(report.companyHolidays) });
  const found: string[] = [];
  const end = Date.parse(`${to}T00:00:00+09:00`) + 86_400_000;
  for (let at = Date.parse(`${from}T00:00:00+09:00`); at < end && found.length < 5; at += MINUTE) {
    const [a, b] = [seen(original.status(at), end), seen(imported.status(at), end)];
    if (a !== b) found.push(`${new Date(at).toISOString()}: exported ${a}, imported ${b}`);
  }
  return found;
}

describe('export, then import the export', () => {
  it('gives the same status at every minute from 2026-08-01 to 2027-01-31 (all-day closures)', () => {
    expect(disagreements(createDesk(desknetsCloud, { companyHolidays: asOption([...fixture(), '2026-09-18']) }), '2026-08-01', '2027-01-31')).toEqual([]);
  });

  it('skips only madoguchi’s own windows and days, and imports every closure', () => {
    const desk = createDesk(desknetsCloud, { companyHolidays: asOption(fixture()) });
    const report = importICal(toICal(desk, '2026-12-01', '2027-01-31', { stamp: 0 }));
    expect(new Set(report.skipped.map((s) => s.reason))).toEqual(new Set(['madoguchi-open-window', 'madoguchi-weekend', 'madoguchi-national-holiday']));
    expect(report.companyHolidays).toEqual([{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }]);
  });

  const timed: CompanyHolidayEntry[] = [
    { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '午後休業' },
    { start: '2026-12-18T19:00+09:00', end: '2026-12-18T19:30+09:00', name: '夜間点検' },
    { start: '2026-12-25T09:00+09:00', end: '2026-12-25T10:15+09:00' },
    { start: '2026-12-28T12:00+09:00', end: '2026-12-29T00:00+09:00', name: '年末年始休業' },
    { date: '2026-12-29/2027-01-03', name: '年末年始休業' },
  ];

  it.skipIf(!coreSupportsTimedClosures)('gives the same status at every minute with timed closures (2026-12-01 to 2027-01-31)', () => {
    expect(disagreements(createDesk(desknetsCloud, { companyHolidays: asOption(timed) }), '2026-12-01', '2027-01-31')).toEqual([]);
  });

  it.skipIf(!coreSupportsTimedClosures)('writes a timed closure as a timed event and reads it back as one', () => {
    const desk = createDesk(desknetsCloud, { companyHolidays: asOption(timed.slice(0, 1)) });
    expect(importICal(toICal(desk, '2026-12-17', '2026-12-17', { stamp: 0 })).companyHolidays).toEqual([timed[0]]);
  });
});

describe('export, then import the export, with random timed closures', () => {
  const WEEK_START = Date.parse('2026-12-14T00:00:00+09:00');
  const closure = fc
    .record({ start: fc.integer({ min: 0, max: 7 * 1440 - 1 }), minutes: fc.integer({ min: 1, max: 2 * 1440 }), named: fc.boolean() })
    .map(({ start, minutes, named }): CompanyHolidayEntry => {
      const iso = (minute: number) => new Date(WEEK_START + minute * MINUTE + 9 * 3_600_000).toISOString().slice(0, 16);
      return { start: `${iso(start)}+09:00`, end: `${iso(start + minutes)}+09:00`, ...(named ? { name: `休業${start}` } : {}) };
    });

  it.skipIf(!coreSupportsTimedClosures)('gives the same status at every minute of the week 2026-12-14..20', () => {
    fc.assert(
      fc.property(fc.array(closure, { minLength: 1, maxLength: 3 }), (entries) => {
        expect(disagreements(createDesk(desknetsCloud, { companyHolidays: asOption(entries) }), '2026-12-14', '2026-12-20')).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
