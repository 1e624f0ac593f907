import { describe, expect, it } from 'vitest';
import { createDesk, day as dayOf, desk, desknetsCloud, type PolicyInput } from '../../src/index.js';

// Holidays under the National Holidays Act (祝日法) and the special laws of 2019–2021, written here
// from the law: 振替休日 (Art. 3-2), 国民の休日 (Art. 3-3), the 2019 enthronement days, and the
// Olympic moves of 海の日, スポーツの日 and 山の日 in 2020 and 2021.
const holidays: [date: string, name: string][] = [
  ['2020-07-23', '海の日'],
  ['2020-07-24', 'スポーツの日'],
  ['2020-08-10', '山の日'],
  ['2021-07-22', '海の日'],
  ['2021-07-23', 'スポーツの日'],
  ['2021-08-09', '振替休日'], // 山の日 on Sunday 8/8
  ['2023-01-02', '振替休日'], // 元日 on Sunday
  ['2025-02-24', '振替休日'], // 天皇誕生日 on Sunday 2/23
  ['2026-04-29', '昭和の日'],
  ['2026-05-04', 'みどりの日'],
  ['2026-05-05', 'こどもの日'],
  ['2026-05-06', '振替休日'], // 憲法記念日 on Sunday 5/3
  ['2026-09-21', '敬老の日'], // third Monday of September
  ['2026-09-22', '国民の休日'], // between 敬老の日 and 秋分の日
  ['2026-09-23', '秋分の日'],
  ['2026-11-23', '勤労感謝の日'],
];

describe('national holidays close every line', () => {
  it.each(holidays)('%s (%s) is closed all day', (date, name) => {
    const day = dayOf(desk, date);
    expect(day.closed).toEqual({ reason: 'national-holiday', name, holiday: { name, provisional: false } });
    expect(day.windows).toEqual([]);
    const s = desk.status(`${date}T10:00:00+09:00`);
    expect(s.open).toBe(false);
    expect(s.closed?.reason).toBe('national-holiday');
    expect(s.closed?.name).toBe(name);
  });

  it.each([
    ['2020-07-22', 3], // the Wednesday before the Olympic holidays
    ['2020-07-20', 1], // 海の日 moved away from the third Monday
    ['2021-07-19', 1],
    ['2021-10-11', 1], // スポーツの日 moved away from the second Monday
    ['2026-05-07', 4],
  ])('%s (ISO weekday %i) is an ordinary working day', (date, weekday) => {
    const day = dayOf(desk, date);
    expect(day.weekday).toBe(weekday);
    expect(day.closed).toBeNull();
    expect(day.windows.length).toBeGreaterThan(0);
  });

  it('flags holidays after the last year the Cabinet Office has published as provisional', () => {
    expect(dayOf(desk, '2027-11-23').holiday).toEqual({ name: '勤労感謝の日', provisional: false });
    expect(dayOf(desk, '2028-11-23').holiday).toEqual({ name: '勤労感謝の日', provisional: true });
  });

  it('reopens on Thursday 2026-05-07 after Golden Week', () => {
    const next = desk.nextOpening('2026-05-01T20:00:00+09:00');
    expect(next?.line.id).toBe('regular');
    expect(next?.opensAt.getTime()).toBe(Date.parse('2026-05-07T09:00:00+09:00'));
  });
});

describe('weekends', () => {
  it.each([
    ['2026-11-21', 6],
    ['2026-11-22', 7],
  ])('%s (ISO weekday %i) is closed for the weekend', (date, weekday) => {
    const day = dayOf(desk, date);
    expect(day.weekday).toBe(weekday);
    expect(day.closed).toEqual({ reason: 'weekend' });
    expect(desk.status(`${date}T10:00:00+09:00`).closed?.reason).toBe('weekend');
  });

  it('points from Saturday to Tuesday when Monday is a holiday', () => {
    expect(desk.nextOpening('2026-11-21T10:00:00+09:00')?.opensAt.getTime()).toBe(Date.parse('2026-11-24T09:00:00+09:00'));
  });
});

describe('the one-off holidays of 2019, through a policy in force from 2019', () => {
  const from2019: PolicyInput = {
    ...desknetsCloud,
    editions: [{ ...(desknetsCloud.editions[1] as PolicyInput['editions'][number]), effective: '2019-01-01' }],
  };
  const early = createDesk(from2019);
  it.each([
    ['2019-04-30', '国民の休日'],
    ['2019-05-01', '即位の日'],
    ['2019-05-02', '国民の休日'],
    ['2019-10-22', '即位礼正殿の儀'],
  ])('%s (%s) is a national holiday', (date, name) => {
    expect(dayOf(early, date).closed).toMatchObject({ reason: 'national-holiday', name });
  });

  it('is working again on 2019-10-23', () => {
    expect(early.isOpen('2019-10-23T10:00:00+09:00')).toBe(true);
  });
});

describe('national holiday corrections', () => {
  it('adds and removes days for law changes the dependency has not caught up with', () => {
    const patched = createDesk(desknetsCloud, {
      nationalHolidays: { add: [{ date: '2026-11-25', name: '臨時の祝日' }], remove: ['2026-11-23'] },
    });
    expect(dayOf(patched, '2026-11-25').closed).toMatchObject({ reason: 'national-holiday', name: '臨時の祝日' });
    expect(dayOf(patched, '2026-11-23').closed).toBeNull();
  });
});
