import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, windows } from '../../src/index.js';

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

  it('leaves the windows before and after it whole, and cuts those it overlaps', () => {
    const shape = (w: { line: { id: string }; opensAt: Date; closesAt: Date }) => [w.line.id, w.opensAt.toISOString(), w.closesAt.toISOString()];
    expect(day(overnight, '2026-12-17').windows.map(shape)).toEqual([
      ['regular', iso('2026-12-17T09:00'), iso('2026-12-17T17:30')],
      ['night', iso('2026-12-17T18:00'), iso('2026-12-17T19:00')],
    ]);
    expect(day(overnight, '2026-12-18').windows.map(shape)).toEqual([
      ['regular', iso('2026-12-18T10:00'), iso('2026-12-18T17:30')],
      ['night', iso('2026-12-18T18:00'), iso('2026-12-18T20:00')],
    ]);
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

describe('a closure on the afternoon of a national holiday (勤労感謝の日, Monday 2026-11-23, 13:00–18:00 JST)', () => {
  // 第6条: every line is closed on 祝日 all day, so the closure takes nothing away: outside it the day
  // is the holiday, named as on a desk without closures.
  const holidayAfternoon = createDesk(desknetsCloud, {
    companyHolidays: [{ start: jst('2026-11-23T13:00'), end: jst('2026-11-23T18:00'), name: '棚卸' }],
  });
  const holiday = { reason: 'national-holiday', name: '勤労感謝の日', holiday: { name: '勤労感謝の日', provisional: false } };

  it('is the national holiday for day()', () => {
    expect(day(holidayAfternoon, '2026-11-23').closed).toEqual(holiday);
    expect(day(holidayAfternoon, '2026-11-23').windows).toEqual([]);
    expect(day(desk, '2026-11-23').closed).toEqual(holiday);
  });

  it.each(['00:00', '10:00', '12:59:59.999', '18:00', '23:59'])('is closed for the national holiday at %s, outside the closure', (time) => {
    const s = holidayAfternoon.status(jst(`2026-11-23T${time}`));
    expect(s.open).toBe(false);
    expect(s.closed).toEqual(holiday);
  });

  it.each(['13:00', '15:00', '17:59:59.999'])('is closed for the company closure at %s, the holiday marked (the integrator’s closure speaks first)', (time) => {
    const s = holidayAfternoon.status(jst(`2026-11-23T${time}`));
    expect(s.closed).toEqual({ reason: 'company-holiday', name: '棚卸', holiday: holiday.holiday });
  });
});

describe('closures that meet a window at its ends, or take a whole day (Thursday 2026-12-17 unless said)', () => {
  // 第6条: regular 9:00–17:30, night 18:00–20:00 on weekdays. A closure takes its part of the day from
  // every line closed by company holidays; a window it meets at an end keeps no empty piece.
  const shape = (w: { line: { id: string }; opensAt: Date; closesAt: Date }) => [w.line.id, w.opensAt.toISOString(), w.closesAt.toISOString()];
  const closing = (from: string, to: string, name?: string) =>
    createDesk(desknetsCloud, { companyHolidays: [{ start: jst(from), end: jst(to), ...(name === undefined ? {} : { name }) }] });

  it.each([
    [
      'starting as the regular line opens',
      '2026-12-17T09:00',
      '2026-12-17T12:00',
      [
        ['regular', '12:00', '17:30'],
        ['night', '18:00', '20:00'],
      ],
    ],
    [
      'ending as the regular line closes',
      '2026-12-17T15:00',
      '2026-12-17T17:30',
      [
        ['regular', '09:00', '15:00'],
        ['night', '18:00', '20:00'],
      ],
    ],
    ['exactly the regular window', '2026-12-17T09:00', '2026-12-17T17:30', [['night', '18:00', '20:00']]],
    [
      'exactly the gap between the lines',
      '2026-12-17T17:30',
      '2026-12-17T18:00',
      [
        ['regular', '09:00', '17:30'],
        ['night', '18:00', '20:00'],
      ],
    ],
  ] as const)('a closure %s leaves only the rest of the windows', (_, from, to, expected) => {
    const d = closing(from, to);
    expect(day(d, '2026-12-17').windows.map(shape)).toEqual(
      expected.map(([id, opens, closes]) => [id, iso(`2026-12-17T${opens}`), iso(`2026-12-17T${closes}`)]),
    );
    expect(windows(d, jst('2026-12-17T00:00'), jst('2026-12-18T00:00')).length).toBe(expected.length);
  });

  it('closes the whole day for the closure when it takes every window away, also outside it', () => {
    const d = closing('2026-12-17T09:00', '2026-12-17T20:00', '設備更新');
    const expected = { reason: 'company-holiday', name: '設備更新' };
    expect(day(d, '2026-12-17').closed).toEqual(expected);
    expect(day(d, '2026-12-17').windows).toEqual([]);
    for (const time of ['08:00', '12:00', '20:30']) expect(d.status(jst(`2026-12-17T${time}`)).closed).toEqual(expected);
  });

  it('closes the whole day for the closure when it takes every window of the lines open that day, a weekend-only line aside', () => {
    // A weekday line 9:00–17:00 and a weekend line 10:00–16:00; on Thursday only the weekday line would open.
    const line = (id: string, weekdays: number[], windows: [string, string][]) => ({
      id,
      name: { ja: id, en: id },
      tel: '03-0000-0000',
      languages: ['ja'],
      weekdays,
      windows,
    });
    const d = createDesk(
      {
        id: 'week',
        name: { ja: '週', en: 'Week' },
        editions: [
          {
            edition: 1,
            effective: '2024-01-01',
            lines: [line('weekday', [1, 2, 3, 4, 5], [['9:00', '17:00']]), line('weekend', [6, 7], [['10:00', '16:00']])],
          },
        ],
      },
      { companyHolidays: [{ start: jst('2026-12-17T08:00'), end: jst('2026-12-17T18:00'), name: '設備更新' }] },
    );
    expect(day(d, '2026-12-17').closed).toEqual({ reason: 'company-holiday', name: '設備更新' });
    expect(d.status(jst('2026-12-17T19:00')).closed).toEqual({ reason: 'company-holiday', name: '設備更新' });
  });

  it('on a Saturday (2026-12-19) is the reason only while it lasts; the rest of the day is the weekend', () => {
    const d = closing('2026-12-19T10:00', '2026-12-19T12:00', '棚卸');
    expect(day(d, '2026-12-19').closed).toEqual({ reason: 'weekend' });
    expect(d.status(jst('2026-12-19T11:00')).closed).toEqual({ reason: 'company-holiday', name: '棚卸' });
    expect(d.status(jst('2026-12-19T14:00')).closed).toEqual({ reason: 'weekend' });
  });

  it('leaves open a line that company holidays do not close (closedOn without them)', () => {
    // A support line answering on company holidays and a sales line closed by them, 9:00–17:00 on weekdays.
    const line = (id: string, closedOn: ('national-holiday' | 'company-holiday')[]) => ({
      id,
      name: { ja: id, en: id },
      tel: '03-0000-0000',
      languages: ['ja'],
      weekdays: [1, 2, 3, 4, 5],
      windows: [['9:00', '17:00']] as [string, string][],
      closedOn,
    });
    const d = createDesk(
      {
        id: 'two',
        name: { ja: '二窓口', en: 'Two lines' },
        editions: [
          { edition: 1, effective: '2024-01-01', lines: [line('support', ['national-holiday']), line('sales', ['national-holiday', 'company-holiday'])] },
        ],
      },
      { companyHolidays: [{ start: jst('2026-12-17T13:00'), end: jst('2026-12-17T15:00') }] },
    );
    expect(day(d, '2026-12-17').windows.map(shape)).toEqual([
      ['support', iso('2026-12-17T09:00'), iso('2026-12-17T17:00')],
      ['sales', iso('2026-12-17T09:00'), iso('2026-12-17T13:00')],
      ['sales', iso('2026-12-17T15:00'), iso('2026-12-17T17:00')],
    ]);
    expect(d.isOpen(jst('2026-12-17T14:00'), 'support')).toBe(true);
    expect(d.isOpen(jst('2026-12-17T14:00'), 'sales')).toBe(false);
  });

  it('under an override closing every line that day, the override stays the reason, also during the closure', () => {
    // design.md: override speaks before company-holiday.
    const d = createDesk(desknetsCloud, {
      overrides: [{ date: '2026-12-17', closed: true, name: '臨時休業' }],
      companyHolidays: [{ start: jst('2026-12-17T20:30'), end: jst('2026-12-17T22:00'), name: '停電' }],
    });
    for (const time of ['08:00', '10:00', '21:00', '23:00'])
      expect(d.status(jst(`2026-12-17T${time}`)).closed).toEqual({ reason: 'override', name: '臨時休業' });
    expect(day(d, '2026-12-17').closed).toEqual({ reason: 'override', name: '臨時休業' });
  });
});

describe('an override closing a line on a day it would not open anyway', () => {
  // Suspension's TSDoc: a line closed for a whole day by an override, on a day it would otherwise
  // open. 2026-12-19 is a Saturday; 2026-11-23 is 勤労感謝の日.
  it.each(['2026-12-19', '2026-11-23'])('lists no suspended line on %s', (date) => {
    const d = createDesk(desknetsCloud, { overrides: [{ date, lineId: 'night', closed: true, name: '設備点検' }] });
    expect(d.status(jst(`${date}T18:30`)).suspended).toEqual([]);
    expect(d.status(jst(`${date}T18:30`)).open).toBe(false);
  });

  it('lists it on a weekday, when it would have opened', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-12-17', lineId: 'night', closed: true, name: '設備点検' }] });
    expect(d.status(jst('2026-12-17T18:30')).suspended.map((x) => [x.line.id, x.name])).toEqual([['night', '設備点検']]);
  });
});
