import { describe, expect, it } from 'vitest';
import { createDesk, day, desk, desknetsCloud, type EditionInput, type PolicyInput } from '../../src/index.js';
import { jstIso, jstMs, msOf } from './jst.js';

// 第6条1項 closes every line on 土日祝日. 祝日 is every holiday under the National Holidays Act
// (国民の祝日に関する法律): 国民の祝日 (第2条), 振替休日 (第3条2項: a 祝日 on Sunday moves to the next
// non-holiday), 国民の休日 (第3条3項: a day between two 祝日), and the days fixed by special laws.
// Names follow the dependency japanese-holidays 1.0.10 (`getHolidaysOf(year)`, checked by hand).
// Holidays of years the Cabinet Office has published (through 2027) are final; later ones provisional.

describe('weekends close every line', () => {
  it.each([
    ['2026-11-28', 'Saturday', 15],
    ['2026-11-29', 'Sunday', 15],
    ['2022-11-19', 'Saturday', 14],
  ] as const)('%s (%s, edition %i) is closed for the weekend, day and night', (date, _weekday, edition) => {
    for (const time of ['10:00', '18:30']) {
      const s = desk.status(jstIso(date, time));
      expect(s.edition).toBe(edition);
      expect(s.open).toBe(false);
      expect(s.closed).toEqual({ reason: 'weekend' });
    }
    const info = day(desk, date);
    expect(info.closed).toEqual({ reason: 'weekend' });
    expect(info.holiday).toBeNull();
    expect(info.windows).toEqual([]);
  });
});

type HolidayRow = [date: string, name: string, why: string];

// 2026: Golden Week, Silver Week, and a 振替休日 in 2025.
const recent: HolidayRow[] = [
  ['2025-02-24', '振替休日', '天皇誕生日 2/23 fell on a Sunday (第3条2項)'],
  ['2026-04-29', '昭和の日', '第2条'],
  ['2026-05-03', '憲法記念日', '第2条; a Sunday, yet the holiday is the reason'],
  ['2026-05-04', 'みどりの日', '第2条'],
  ['2026-05-05', 'こどもの日', '第2条'],
  ['2026-05-06', '振替休日', '憲法記念日 5/3 fell on a Sunday (第3条2項)'],
  ['2026-09-21', '敬老の日', '第2条: third Monday of September'],
  ['2026-09-22', '国民の休日', 'between 敬老の日 9/21 and 秋分の日 9/23 (第3条3項)'],
  ['2026-09-23', '秋分の日', '第2条; the Cabinet Office published the 2026 equinox'],
  ['2026-11-23', '勤労感謝の日', '第2条'],
];

// 2020 and 2021: the Olympic special measures law moved 海の日, スポーツの日 and 山の日.
const olympic: HolidayRow[] = [
  ['2020-07-23', '海の日', 'moved from the third Monday of July for the Olympics (2020)'],
  ['2020-07-24', 'スポーツの日', 'moved from the second Monday of October for the Olympics (2020)'],
  ['2020-08-10', '山の日', 'moved from 8/11 for the Olympics (2020)'],
  ['2021-07-22', '海の日', 'moved again for the postponed Olympics (2021)'],
  ['2021-07-23', 'スポーツの日', 'moved again for the postponed Olympics (2021)'],
  ['2021-08-08', '山の日', 'moved to a Sunday for the Olympics (2021)'],
  ['2021-08-09', '振替休日', '山の日 8/8 fell on a Sunday (第3条2項)'],
];

describe('national holidays close every line with their name', () => {
  it.each([...recent, ...olympic])('%s is closed for %s (%s)', (date, name) => {
    const closed = { reason: 'national-holiday', name, holiday: { name, provisional: false } };
    for (const time of ['09:00', '10:00', '18:30']) {
      const s = desk.status(jstIso(date, time));
      expect(s.open).toBe(false);
      expect(s.line).toBeNull();
      expect(s.closed).toEqual(closed);
      expect(desk.isOpen(jstIso(date, time))).toBe(false);
    }
    const info = day(desk, date);
    expect(info.closed).toEqual(closed);
    expect(info.holiday).toEqual({ name, provisional: false });
    expect(info.windows).toEqual([]);
  });
});

describe('the usual dates of the holidays moved in 2020 and 2021 are working days', () => {
  it.each([
    ['2020-07-20', 'third Monday of July, 海の日 moved to 7/23'],
    ['2020-08-11', '山の日 moved to 8/10'],
    ['2020-10-12', 'second Monday of October, スポーツの日 moved to 7/24'],
    ['2021-07-19', 'third Monday of July, 海の日 moved to 7/22'],
    ['2021-08-11', '山の日 moved to 8/8'],
    ['2021-10-11', 'second Monday of October, スポーツの日 moved to 7/23'],
  ] as const)('%s is open at 10:00 (%s)', (date, _why) => {
    expect(desk.isOpen(jstIso(date, '10:00'))).toBe(true);
    expect(day(desk, date).holiday).toBeNull();
  });
});

describe('holidays of years not yet published are marked provisional', () => {
  it.each([
    ['2027-03-22', '振替休日', false],
    ['2027-09-23', '秋分の日', false],
    ['2028-01-10', '成人の日', true],
    ['2028-03-20', '春分の日', true],
    ['2099-11-23', '勤労感謝の日', true],
  ] as const)('%s %s has provisional %s', (date, name, provisional) => {
    expect(desk.status(jstIso(date, '10:00')).closed).toEqual({ reason: 'national-holiday', name, holiday: { name, provisional } });
    expect(day(desk, date).holiday).toEqual({ name, provisional });
  });
});

describe('the next opening after a run of holidays', () => {
  it.each([
    ['2026-05-01', '20:00', undefined, 'regular', '2026-05-07', '09:00', 'Golden Week 5/2–5/6'],
    ['2026-05-01', '20:00', 'night', 'night', '2026-05-07', '18:00', 'Golden Week 5/2–5/6'],
    ['2026-09-18', '20:00', undefined, 'regular', '2026-09-24', '09:00', 'Silver Week 9/19–9/23'],
    ['2026-09-19', '10:00', undefined, 'regular', '2026-09-24', '09:00', 'Silver Week 9/19–9/23'],
    ['2020-07-22', '17:30', undefined, 'regular', '2020-07-27', '09:00', '海の日, スポーツの日 and a weekend (edition 14)'],
    ['2021-08-06', '18:00', undefined, 'regular', '2021-08-10', '09:00', 'a weekend, 山の日 and its 振替休日 (edition 14)'],
    ['2025-02-21', '20:00', 'night', 'night', '2025-02-25', '18:00', 'a weekend and the 振替休日 of 天皇誕生日'],
  ] as const)('after %s %s JST, asking for line %s, the next opening is the %s line on %s at %s (%s)', (date, time, lineId, line, day, opens, _why) => {
    const next = desk.nextOpening(jstIso(date, time), lineId);
    expect(next?.line.id).toBe(line);
    expect(msOf(next?.opensAt)).toBe(jstMs(day, opens));
    if (lineId === undefined) expect(msOf(desk.status(jstIso(date, time)).next?.opensAt)).toBe(jstMs(day, opens));
  });
});

// The preset starts 2020-07-01; a custom policy whose only edition (the 第15版 lines) takes effect
// 2019-01-01 lets the one-off days of the imperial succession be checked.
const ed15 = desknetsCloud.editions.find((e) => e.edition === 15) as EditionInput;
const from2019: PolicyInput = { ...desknetsCloud, id: 'from-2019', editions: [{ ...ed15, effective: '2019-01-01' }] };
const desk2019 = createDesk(from2019);

describe('the one-off holidays of 2019, through a policy in force from 2019-01-01', () => {
  it.each([
    ['2019-04-29', '昭和の日', '第2条'],
    ['2019-04-30', '国民の休日', 'between 昭和の日 and 即位の日 (第3条3項)'],
    ['2019-05-01', '即位の日', 'the enthronement, by the special law of 2018'],
    ['2019-05-02', '国民の休日', 'between 即位の日 and 憲法記念日 (第3条3項)'],
    ['2019-05-06', '振替休日', 'こどもの日 5/5 fell on a Sunday (第3条2項)'],
    ['2019-10-22', '即位礼正殿の儀', 'the enthronement ceremony, by the special law of 2018'],
  ] as const)('%s is closed for %s (%s)', (date, name, _why) => {
    const closed = { reason: 'national-holiday', name, holiday: { name, provisional: false } };
    expect(desk2019.status(jstIso(date, '10:00')).closed).toEqual(closed);
    expect(day(desk2019, date).closed).toEqual(closed);
  });

  it('after Friday 2019-04-26 the line next opens on Tuesday 2019-05-07 at 9:00, after ten days off', () => {
    expect(msOf(desk2019.nextOpening(jstIso('2019-04-26', '20:00'))?.opensAt)).toBe(jstMs('2019-05-07', '09:00'));
  });

  it('the ordinary Tuesday 2019-10-15 is open', () => {
    expect(desk2019.isOpen(jstIso('2019-10-15', '10:00'))).toBe(true);
  });
});

describe('corrections to the holiday calendar on the first and the last day of a year', () => {
  // README: `nationalHolidays: { add, remove }` changes exactly the days listed. A correction may fall
  // on 1 January (here 元日 2027 given a new name, as a law change could) or on 31 December (a
  // Friday in 2027, not a holiday under the Act); each takes effect on its own day.
  const corrected = createDesk(desknetsCloud, {
    nationalHolidays: {
      remove: ['2027-01-01'],
      add: [
        { date: '2027-01-01', name: '新年の日' },
        { date: '2027-12-31', name: '年末の休日' },
      ],
    },
  });

  it.each([
    ['2027-01-01', '新年の日'],
    ['2027-12-31', '年末の休日'],
  ])('%s is closed as the national holiday %s', (date, name) => {
    expect(day(corrected, date).closed).toEqual({ reason: 'national-holiday', name, holiday: { name, provisional: false } });
    expect(corrected.isOpen(jstIso(date, '10:00'))).toBe(false);
  });

  it.each(['2026-12-31', '2027-01-04', '2027-12-30'])('%s, next to them, is an ordinary working day', (date) => {
    expect(day(corrected, date).closed).toBeNull();
    expect(day(corrected, date).holiday).toBeNull();
  });
});
