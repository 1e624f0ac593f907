import holidayJp from '@holiday-jp/holiday_jp';
import { expect, describe as group, it } from 'vitest';
import { CONNECT_OVERRIDE_QUOTA, connectHoursOfOperation } from '../../src/connect/index.js';
import { createDesk, type Desk, day, desk, desknetsCloud, MadoguchiError } from '../../src/index.js';
import { simulate, type Windows } from './simulate-connect.js';

// Hours from 第6条1項 (edition 15: regular 9:00～17:30, night 18:00～20:00; edition 14 from
// 2020-07-01: 9:00～12:00 and 13:00～17:30), closed 土日祝日・当社休業日. Holidays are checked
// against @holiday-jp/holiday_jp (the Cabinet Office's list), not the library's calendar.
const MS_PER_DAY = 86_400_000;
const datesOf = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00Z`); t <= Date.parse(`${to}T00:00Z`); t += MS_PER_DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const isoWeekday = (date: string): number => ((new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7) + 1;
const deskWindows = (d: Desk, date: string, lineId: string): Windows => {
  const midnight = Date.parse(`${date}T00:00+09:00`);
  return day(d, date)
    .windows.filter((w) => w.line.id === lineId)
    .map((w) => [(w.opensAt.getTime() - midnight) / 60_000, (w.closesAt.getTime() - midnight) / 60_000] as const);
};
const slice = (h: number, m: number) => ({ Hours: h, Minutes: m });

const COMPANY = createDesk(desknetsCloud, {
  companyHolidays: [
    '--12-29/--01-03',
    { date: '2026-08-13/2026-08-14', name: '夏季休業' },
    { date: '2026-07-17', name: '創立記念日' }, // a Friday before 海の日 (Monday 2026-07-20)
    { date: '2026-10-01', name: 'R&D <休業> "x"\u0007' },
    { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: '社内研修' }, // a timed closure: the afternoon
    { start: '2026-10-05T17:00+09:00', end: '2026-10-06T10:00+09:00', name: 'システム移行' }, // across midnight
  ],
  overrides: [
    { date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']], name: '棚卸' },
    { date: '2026-12-28', lineId: 'night', closed: true, name: '年末' },
    { date: '2026-11-23', lineId: 'regular', windows: [['10:00', '12:00']], name: '祝日臨時窓口' }, // opens on 勤労感謝の日
    { date: '2026-11-28', lineId: 'night', windows: [['18:00', '19:00']] }, // opens on a Saturday
  ],
});

group('the simulator of Connect agrees with day() on every day', () => {
  it.each([
    ['the regular line, 2027', desk, 'regular', '2027-01-01', '2027-12-31'],
    ['the night line (evening only), 2027', desk, 'night', '2027-01-01', '2027-12-31'],
    ['the regular line with company holidays and overrides, 2026', COMPANY, 'regular', '2026-01-01', '2026-12-31'],
    ['the night line with company holidays and overrides, 2026', COMPANY, 'night', '2026-01-01', '2026-12-31'],
    ['the lunch gap of edition 14, 2021', desk, 'regular', '2021-01-01', '2021-12-31'],
    ['the first months of edition 14', desk, 'regular', '2020-07-01', '2020-12-31'],
  ] as const)('%s', (_, d, lineId, from, to) => {
    const { api, cloudFormation } = connectHoursOfOperation(d, { lineId, from, to });
    expect(api.overrides.length).toBeLessThanOrEqual(CONNECT_OVERRIDE_QUOTA);
    const wrong: string[] = [];
    for (const date of datesOf(from, to)) {
      const simulated = simulate(api.hoursOfOperation.Config, api.overrides, date, isoWeekday(date));
      const expected = deskWindows(d, date, lineId);
      if (JSON.stringify(simulated) !== JSON.stringify(expected)) wrong.push(`${date}: Connect ${JSON.stringify(simulated)}, desk ${JSON.stringify(expected)}`);
    }
    expect(wrong).toEqual([]);
    // The CloudFormation resource says the same as the API inputs.
    expect(cloudFormation.Properties.Config).toEqual(api.hoursOfOperation.Config);
    expect(cloudFormation.Properties.HoursOfOperationOverrides.map((o) => [o.EffectiveFrom, o.EffectiveTill, o.OverrideType, o.OverrideConfig])).toEqual(
      api.overrides.map((o) => [o.EffectiveFrom, o.EffectiveTill, o.OverrideType, o.Config]),
    );
  });
});

group('the weekly Config', () => {
  const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
  it('opens the regular line 9:00–17:30 on weekdays (edition 15), in Asia/Tokyo', () => {
    const { cloudFormation } = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' });
    expect(cloudFormation.Properties.TimeZone).toBe('Asia/Tokyo');
    expect(cloudFormation.Properties.Config).toEqual(weekdays.map((Day) => ({ Day, StartTime: slice(9, 0), EndTime: slice(17, 30) })));
  });

  it('opens the night line only in the evening, 18:00–20:00', () => {
    const { api } = connectHoursOfOperation(desk, { lineId: 'night', from: '2027-01-01', to: '2027-12-31' });
    expect(api.hoursOfOperation.Config).toEqual(weekdays.map((Day) => ({ Day, StartTime: slice(18, 0), EndTime: slice(20, 0) })));
  });

  it('gives edition 14 its lunch gap as two windows a day', () => {
    const { api, edition } = connectHoursOfOperation(desk, { lineId: 'regular', from: '2021-01-01', to: '2021-12-31' });
    expect(edition).toBe(14);
    expect(api.hoursOfOperation.Config).toEqual(
      weekdays.flatMap((Day) => [
        { Day, StartTime: slice(9, 0), EndTime: slice(12, 0) },
        { Day, StartTime: slice(13, 0), EndTime: slice(17, 30) },
      ]),
    );
  });
});

group('the overrides', () => {
  it('close exactly the weekday holidays of 2027 in the Cabinet Office list', () => {
    const { api } = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' });
    const covered = new Set(api.overrides.flatMap((o) => datesOf(o.EffectiveFrom, o.EffectiveTill)).filter((d) => isoWeekday(d) <= 5));
    // holiday_jp's table is keyed by date strings: no host time zone comes between.
    const cabinetOffice = Object.keys(holidayJp.holidays as Record<string, unknown>).filter((d) => d.startsWith('2027-') && isoWeekday(d) <= 5);
    expect([...covered].sort()).toEqual([...new Set(cabinetOffice)].sort());
    expect(api.overrides.every((o) => o.OverrideType === 'CLOSED')).toBe(true);
    expect(api.overrides.every((o) => !('RecurrenceConfig' in o))).toBe(true);
  });

  it('merge consecutive closed days: Golden Week 2027-05-03..05 is one override, closed all day', () => {
    const { api } = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' });
    const gw = api.overrides.filter((o) => o.EffectiveFrom >= '2027-04-30' && o.EffectiveTill <= '2027-05-10');
    expect(gw.map((o) => [o.EffectiveFrom, o.EffectiveTill])).toEqual([['2027-05-03', '2027-05-05']]);
    expect(gw[0]?.Config).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY'].map((Day) => ({ Day, StartTime: slice(0, 0), EndTime: slice(0, 0) })));
    expect(gw[0]?.Name).toContain('憲法記念日');
  });

  it('bridge a weekend between two closures, and run the year-end closure into the new year', () => {
    const { api } = connectHoursOfOperation(COMPANY, { lineId: 'regular', from: '2026-01-01', to: '2026-12-31' });
    const spans = api.overrides.map((o) => [o.EffectiveFrom, o.EffectiveTill, o.OverrideType]);
    expect(spans).toContainEqual(['2026-07-17', '2026-07-20', 'CLOSED']); // Fri 創立記念日 + Mon 海の日
    expect(spans).toContainEqual(['2026-08-13', '2026-08-14', 'CLOSED']);
    expect(spans).toContainEqual(['2026-12-29', '2026-12-31', 'CLOSED']); // cut at the end of the range
    expect(spans).toContainEqual(['2026-11-26', '2026-11-26', 'STANDARD']);
    expect(api.overrides.find((o) => o.EffectiveFrom === '2026-11-23')).toMatchObject({
      OverrideType: 'STANDARD',
      Config: [{ Day: 'MONDAY', StartTime: slice(10, 0), EndTime: slice(12, 0) }],
    });
    const stocktaking = api.overrides.find((o) => o.EffectiveFrom === '2026-11-26');
    expect(stocktaking?.Config).toEqual([{ Day: 'THURSDAY', StartTime: slice(10, 0), EndTime: slice(15, 0) }]);
  });

  it('give a day with a timed closure its remaining hours as a STANDARD override', () => {
    const { api } = connectHoursOfOperation(COMPANY, { lineId: 'regular', from: '2026-10-01', to: '2026-12-31' });
    const byDate = (date: string) => api.overrides.find((o) => o.EffectiveFrom === date);
    expect(byDate('2026-12-17')).toMatchObject({ OverrideType: 'STANDARD', Config: [{ Day: 'THURSDAY', StartTime: slice(9, 0), EndTime: slice(13, 0) }] });
    expect(byDate('2026-12-17')?.Name).toBe('2026-12-17 社内研修');
    expect(byDate('2026-10-05')).toMatchObject({ OverrideType: 'STANDARD', Config: [{ Day: 'MONDAY', StartTime: slice(9, 0), EndTime: slice(17, 0) }] });
    expect(byDate('2026-10-06')).toMatchObject({ OverrideType: 'STANDARD', Config: [{ Day: 'TUESDAY', StartTime: slice(10, 0), EndTime: slice(17, 30) }] });
    const night = connectHoursOfOperation(COMPANY, { lineId: 'night', from: '2026-10-01', to: '2026-12-31' }).api.overrides;
    expect(night.find((o) => o.EffectiveFrom === '2026-10-05')).toMatchObject({ OverrideType: 'CLOSED', EffectiveTill: '2026-10-05' });
    expect(night.map((o) => o.EffectiveFrom)).not.toContain('2026-12-17'); // the closure ends as the night line opens
  });

  it('close the night line alone on a day an override closes only it', () => {
    const { api } = connectHoursOfOperation(COMPANY, { lineId: 'night', from: '2026-12-01', to: '2026-12-31' });
    expect(api.overrides.map((o) => [o.EffectiveFrom, o.EffectiveTill])).toContainEqual(['2026-12-28', '2026-12-31']);
    expect(api.overrides.find((o) => o.EffectiveFrom === '2026-12-28')?.Name).toContain('年末'); // the override's own name
    const regular = connectHoursOfOperation(COMPANY, { lineId: 'regular', from: '2026-12-01', to: '2026-12-31' });
    expect(regular.api.overrides.map((o) => o.EffectiveFrom)).not.toContain('2026-12-28');
  });

  it("name every override within Connect's pattern ^[\\P{C}\\r\\n\\t]{1,127}$, an untrusted name included", () => {
    const { api } = connectHoursOfOperation(COMPANY, { lineId: 'regular', from: '2026-01-01', to: '2026-12-31' });
    for (const o of api.overrides) {
      expect(o.Name).toMatch(/^[\P{C}\r\n\t]{1,127}$/u);
      expect(o.Description).toMatch(/^[\P{C}\r\n\t]{1,250}$/u);
      expect(o.EffectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(api.overrides.find((o) => o.EffectiveFrom === '2026-10-01')?.Name).toBe('2026-10-01 R&D <休業> "x"');
  });

  it('say which dates they cover, when to regenerate and which holidays are still provisional', () => {
    const out = connectHoursOfOperation(desk, { lineId: 'regular', from: '2028-01-01', to: '2028-12-31' });
    expect(out.covers).toEqual({ from: '2028-01-01', to: '2028-12-31' });
    expect(out.regenerateBy).toBe('2029-01-01');
    // The equinoxes of 2028 are computed until the Cabinet Office publishes them in February 2027.
    expect(out.provisional).toContain('2028-03-20');
    expect(out.cloudFormation.Properties.Description).toContain('2029-01-01');
  });
});

group('ranges Connect cannot hold are clear errors that say what to do', () => {
  const error = (fn: () => unknown): MadoguchiError => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(MadoguchiError);
      return e as MadoguchiError;
    }
    throw new Error('expected a MadoguchiError');
  };

  it('more than 50 overrides: export one year at a time, or use a parent hours of operation', () => {
    // 2027–2030 need exactly 50 (14 + 12 + 12 + 12 weekday closures); 2031's 元日 is the 51st.
    expect(connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2030-12-31' }).api.overrides).toHaveLength(50);
    const e = error(() => connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2031-01-01' }));
    expect(e.code).toBe('INVALID_RANGE');
    expect(e.message).toMatch(/50/);
    expect(e.message).toMatch(/one year at a time/);
    expect(e.message).toMatch(/parent hours of operation/);
  });

  it('a range across the edition change of 2023-02-06: one export per edition', () => {
    const e = error(() => connectHoursOfOperation(desk, { lineId: 'regular', from: '2023-01-01', to: '2023-12-31' }));
    expect(e.code).toBe('INVALID_RANGE');
    expect(e.message).toContain('2023-02-06');
    expect(e.message).toContain('2023-01-01..2023-02-05');
  });

  it.each([
    ['a line edition 14 did not have', () => connectHoursOfOperation(desk, { lineId: 'night', from: '2022-01-01', to: '2022-12-31' }), 'UNKNOWN_LINE'],
    ['an inverted range', () => connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-12-31', to: '2027-01-01' }), 'INVALID_RANGE'],
    ['an impossible date', () => connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-02-30', to: '2027-03-31' }), 'INVALID_DATE'],
    ['a date before the first edition', () => connectHoursOfOperation(desk, { lineId: 'regular', from: '2020-01-01', to: '2020-03-31' }), 'NO_TERMS_IN_FORCE'],
    ['a date without dashes', () => connectHoursOfOperation(desk, { lineId: 'regular', from: '20270101', to: '2027-03-31' }), 'INVALID_ARGUMENT'],
    [
      'an unknown option',
      () => connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-03-31', year: 2027 } as never),
      'INVALID_ARGUMENT',
    ],
    ['no desk', () => connectHoursOfOperation(undefined as never, { lineId: 'regular', from: '2027-01-01', to: '2027-03-31' }), 'INVALID_ARGUMENT'],
  ] as const)('%s', (_, fn, code) => {
    expect(error(fn).code).toBe(code);
  });
});
