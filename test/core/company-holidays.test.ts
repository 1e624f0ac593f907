import { describe, expect, it } from 'vitest';
import { createDesk, day, desknetsCloud } from '../../src/index.js';

const custom = createDesk(desknetsCloud, {
  companyHolidays: ['2026-12-29/2027-01-03', '--08-13/--08-15', { date: '2026-10-01', name: '創立記念日' }, { date: '--12-30/--01-02', name: '年末年始' }],
  overrides: [
    { date: '2026-12-28', lineId: 'night', closed: true, name: '年末' },
    { date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] },
    { date: '2026-11-27', closed: true, name: '臨時休業' },
    { date: '2026-11-28', lineId: 'regular', windows: [['9:00', '12:00']], name: '土曜特別受付' },
    { date: '2026-11-03', lineId: 'regular', windows: [['10:00', '16:00']] },
  ],
});

describe('company holidays', () => {
  it.each([
    ['2026-12-29', undefined],
    ['2027-01-03', undefined],
    ['2026-10-01', '創立記念日'],
    ['2026-08-14', undefined],
    ['2030-08-13', undefined],
    ['2031-12-31', '年末年始'],
    ['2032-01-02', '年末年始'],
  ])('%s is a company holiday named %s', (date, name) => {
    expect(day(custom, date).closed).toEqual(name === undefined ? { reason: 'company-holiday' } : { reason: 'company-holiday', name });
    expect(custom.isOpen(`${date}T10:00:00+09:00`)).toBe(false);
  });

  it.each(['2031-12-29', '2032-01-05', '2026-08-12', '2026-08-17'])('%s stays a working day', (date) => {
    expect(day(custom, date).closed).toBeNull();
  });

  it('reports the company holiday first on a national holiday, keeping the holiday', () => {
    // The unnamed dated interval and the named yearly --12-30/--01-02 both hold 2027-01-01: the named one names it.
    expect(day(custom, '2027-01-01').closed).toEqual({ reason: 'company-holiday', name: '年末年始', holiday: { name: '元日', provisional: false } });
  });

  it('points past the year-end closure to 2027-01-04', () => {
    expect(custom.nextOpening('2026-12-28T20:00:00+09:00')?.opensAt.getTime()).toBe(Date.parse('2027-01-04T09:00:00+09:00'));
  });
});

describe('overrides', () => {
  it('closes the night line on 2026-12-28 and says why', () => {
    expect(custom.isOpen('2026-12-28T10:00:00+09:00')).toBe(true);
    const s = custom.status('2026-12-28T19:00:00+09:00');
    expect(s.open).toBe(false);
    expect(s.closed).toEqual({ reason: 'override', name: '年末' });
  });

  it('reports an ordinary after-hours closure after the overridden night window', () => {
    expect(custom.status('2026-12-28T20:30:00+09:00').closed?.reason).toBe('after-hours');
  });

  it.each([
    ['09:30', false, 'override'],
    ['10:00', true, null],
    ['14:59:59.999', true, null],
    ['15:00', false, 'override'],
    ['17:45', false, 'between-windows'],
    ['18:30', true, null],
  ] as const)('on 2026-11-26 with regular hours 10:00–15:00, at %s open is %s (%s)', (time, open, reason) => {
    const s = custom.status(`2026-11-26T${time}${time.length === 5 ? ':00' : ''}+09:00`);
    expect(s.open).toBe(open);
    expect(s.closed?.reason ?? null).toBe(reason);
  });

  it('gives the overridden closing time', () => {
    expect(custom.status('2026-11-26T10:00:00+09:00').closesAt?.getTime()).toBe(Date.parse('2026-11-26T15:00:00+09:00'));
  });

  it('closes every line for an emergency closure', () => {
    expect(day(custom, '2026-11-27').closed).toEqual({ reason: 'override', name: '臨時休業' });
    expect(custom.status('2026-11-27T18:30:00+09:00').closed?.reason).toBe('override');
  });

  it('opens the regular line on a Saturday', () => {
    expect(custom.isOpen('2026-11-28T09:00:00+09:00', 'regular')).toBe(true);
    expect(custom.isOpen('2026-11-28T18:30:00+09:00')).toBe(false);
    expect(custom.nextOpening('2026-11-27T20:00:00+09:00')?.opensAt.getTime()).toBe(Date.parse('2026-11-28T09:00:00+09:00'));
  });

  it('opens a line on a national holiday and still names the holiday', () => {
    const s = custom.status('2026-11-03T09:00:00+09:00');
    expect(s.closed).toEqual({ reason: 'before-hours', holiday: { name: '文化の日', provisional: false } });
    expect(custom.isOpen('2026-11-03T10:00:00+09:00')).toBe(true);
  });
});
