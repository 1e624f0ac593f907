import { describe, expect, it } from 'vitest';
import { createDesk, day, desknetsCloud, windows } from '../../src/index.js';

// A company closure between two instants (issue: partial-day closures). Expectations from 第6条
// (regular 9:00–17:30, night 18:00–20:00 on weekdays) and the rule that a closure takes its part of
// the day away from every line closed by company holidays.
const jst = (wall: string): string => `${wall}+09:00`;
const iso = (wall: string): string => new Date(jst(wall)).toISOString();

const afternoon = createDesk(desknetsCloud, {
  companyHolidays: [{ start: jst('2026-12-17T13:00'), end: jst('2026-12-17T18:00'), name: { ja: '社内研修', en: 'staff training' } }],
});

describe('a closure on one afternoon (Thursday 2026-12-17, 13:00–18:00 JST)', () => {
  it('leaves the morning open, closing the regular line at the closure start', () => {
    const s = afternoon.status(jst('2026-12-17T12:00'));
    expect([s.open, s.line?.id, s.closesAt?.toISOString()]).toEqual([true, 'regular', iso('2026-12-17T13:00')]);
  });

  it.each(['13:00', '15:00', '17:45', '17:59:59.999'])('is closed for the company holiday at %s, with both names', (time) => {
    const s = afternoon.status(jst(`2026-12-17T${time}`));
    expect(s.open).toBe(false);
    expect(s.closed).toEqual({ reason: 'company-holiday', name: '社内研修', nameEn: 'staff training' });
  });

  it('opens the night line at 18:00 as usual, the closure having ended', () => {
    expect(afternoon.status(jst('2026-12-17T18:00')).line?.id).toBe('night');
    expect(afternoon.nextOpening(jst('2026-12-17T13:30'))?.opensAt.toISOString()).toBe(iso('2026-12-17T18:00'));
  });

  it('shows the shortened windows in windows() and day()', () => {
    const expected = [
      ['regular', iso('2026-12-17T09:00'), iso('2026-12-17T13:00')],
      ['night', iso('2026-12-17T18:00'), iso('2026-12-17T20:00')],
    ];
    const shape = (w: { line: { id: string }; opensAt: Date; closesAt: Date }) => [w.line.id, w.opensAt.toISOString(), w.closesAt.toISOString()];
    expect(windows(afternoon, jst('2026-12-17T00:00'), jst('2026-12-18T00:00')).map(shape)).toEqual(expected);
    expect(day(afternoon, '2026-12-17').windows.map(shape)).toEqual(expected);
    expect(day(afternoon, '2026-12-17').closed).toBeNull();
  });

  it('says the answer changes at the closure start and end', () => {
    expect(afternoon.nextChange(jst('2026-12-17T12:00'))?.toISOString()).toBe(iso('2026-12-17T13:00'));
    expect(afternoon.nextChange(jst('2026-12-17T13:00'))?.toISOString()).toBe(iso('2026-12-17T18:00'));
  });
});

describe('a closure written as timed events from midnight to midnight (2026-12-29 00:00 to 2027-01-04 00:00 JST)', () => {
  const timed = createDesk(desknetsCloud, { companyHolidays: [{ start: jst('2026-12-29T00:00'), end: jst('2027-01-04T00:00'), name: '年末年始休業' }] });
  const dated = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] });

  it.each([
    '2026-12-28',
    '2026-12-29',
    '2026-12-31',
    '2027-01-01',
    '2027-01-03',
    '2027-01-04',
  ])('gives %s the same day as dated company holidays do', (date) => {
    expect(day(timed, date)).toEqual(day(dated, date));
  });

  it('is closed on 2026-12-30 at 10:00 and opens again on 2027-01-04 at 9:00', () => {
    expect(timed.status(jst('2026-12-30T10:00')).closed?.reason).toBe('company-holiday');
    expect(timed.nextOpening(jst('2026-12-30T10:00'))?.opensAt.toISOString()).toBe(iso('2027-01-04T09:00'));
  });
});

describe('a closure across midnight (2026-12-17 19:00 to 2026-12-18 10:00 JST)', () => {
  const overnight = createDesk(desknetsCloud, { companyHolidays: [{ start: jst('2026-12-17T19:00'), end: jst('2026-12-18T10:00') }] });

  it('cuts the night line at 19:00 and opens the regular line at 10:00 the next day', () => {
    expect(overnight.status(jst('2026-12-17T18:30')).closesAt?.toISOString()).toBe(iso('2026-12-17T19:00'));
    expect(overnight.status(jst('2026-12-18T09:30')).closed?.reason).toBe('company-holiday');
    expect(overnight.nextOpening(jst('2026-12-17T19:30'))?.opensAt.toISOString()).toBe(iso('2026-12-18T10:00'));
  });
});

describe('an override closing one line for the day', () => {
  it('lists the suspended line in status, with its name, while the other line answers', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: { ja: '年末', en: 'year end' } }] });
    const s = d.status(jst('2026-12-28T10:00'));
    expect(s.line?.id).toBe('regular');
    expect(s.suspended.map((x) => [x.line.id, x.name, x.nameEn])).toEqual([['night', '年末', 'year end']]);
    expect(d.status(jst('2026-12-29T10:00')).suspended).toEqual([]);
  });
});
