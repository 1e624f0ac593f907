import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importICal } from '../../src/ical/index.js';

// A timed closure [start, end) must come back as entries covering exactly its minutes: whole JST days
// (JST = UTC+9, no daylight saving) as dated entries, the parts of days as timed entries that stay
// within one JST day and never cover a whole one.

const MINUTE = 60_000;
const DAY = 86_400_000;
const JST = 9 * 3_600_000;
const FROM = Date.UTC(2026, 0, 1) / MINUTE;
const TO = Date.UTC(2030, 11, 31) / MINUTE;

const utc = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
/** Wall-clock JST of an instant in the iCalendar DATE-TIME form, for TZID=Asia/Tokyo. */
const tokyo = (ms: number): string => utc(ms + JST).replace('Z', '');

function spans(entries: readonly unknown[]): { start: number; end: number; timed: boolean }[] {
  return entries.map((entry) => {
    if (typeof entry === 'object' && entry !== null && 'start' in entry) {
      const e = entry as { start: string; end: string };
      return { start: Date.parse(e.start), end: Date.parse(e.end), timed: true };
    }
    const spec = typeof entry === 'string' ? entry : (entry as { date: string }).date;
    const [a = '', b = a] = spec.split('/');
    return { start: Date.parse(`${a}T00:00:00+09:00`), end: Date.parse(`${b}T00:00:00+09:00`) + DAY, timed: false };
  });
}

describe('a timed closure comes back minute for minute', () => {
  it.each(['UTC', 'TZID=Asia/Tokyo'])('with %s times, for random closures from a minute to ten days', (zone) => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 1, max: 10 * 1440 }), fc.boolean(), (startMinute, minutes, withDuration) => {
        const start = startMinute * MINUTE;
        const end = start + minutes * MINUTE;
        const time = (ms: number) => (zone === 'UTC' ? `:${utc(ms)}` : `;TZID=Asia/Tokyo:${tokyo(ms)}`);
        const endLine = withDuration ? `DURATION:PT${minutes}M` : `DTEND${time(end)}`;
        const text = [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          'UID:p',
          `DTSTART${time(start)}`,
          endLine,
          'SUMMARY:休業',
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n');
        const report = importICal(text);
        expect(report.skipped).toEqual([]);
        const parts = spans(report.companyHolidays).sort((a, b) => a.start - b.start);
        // Contiguous, without overlap, from start to end.
        expect(parts[0]?.start).toBe(start);
        expect(parts.at(-1)?.end).toBe(end);
        for (let i = 1; i < parts.length; i++) expect(parts[i]?.start).toBe(parts[i - 1]?.end);
        for (const p of parts) {
          const dayStart = Math.floor((p.start + JST) / DAY) * DAY - JST;
          if (p.timed) {
            expect(p.end).toBeLessThanOrEqual(dayStart + DAY);
            expect(p.end - p.start).toBeLessThan(DAY);
          } else {
            expect(p.start).toBe(dayStart);
            expect((p.end - p.start) % DAY).toBe(0);
          }
        }
        // Two timed parts never sit in one day, and a dated part never touches another dated part.
        for (let i = 1; i < parts.length; i++) expect(parts[i]?.timed || parts[i - 1]?.timed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
