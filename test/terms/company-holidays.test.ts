import { describe, expect, it } from 'vitest';
import { createDesk, day, desknetsCloud } from '../../src/index.js';
import { jstIso, jstMs, msOf } from './jst.js';

// 第6条1項 also closes on 当社休業日, which the terms do not list: the integrator passes them.
// When several closures hold, the integrator's own speak first: override, company-holiday,
// national-holiday, weekend (design notes). Holidays per the National Holidays Act: 2027-01-01
// 元日, 2026-11-23 勤労感謝の日, 2026-05-03 憲法記念日 (Sunday), 2028-01-01 元日 (provisional).

const company = createDesk(desknetsCloud, {
  companyHolidays: ['2026-12-29/2027-01-03', '--08-13/--08-15', { date: '2026-10-01', name: '創立記念日' }, { date: '2026-11-23', name: '社内行事' }],
});

describe('company holidays close every line', () => {
  it.each([
    ['2026-12-29', 'Tuesday, first day of the year-end interval', undefined, null],
    ['2026-12-31', 'Thursday', undefined, null],
    ['2027-01-01', 'Friday, also 元日', undefined, { name: '元日', provisional: false }],
    ['2027-01-02', 'Saturday', undefined, null],
    ['2027-01-03', 'Sunday, last day of the interval', undefined, null],
    ['2026-08-13', 'Thursday, yearly --08-13/--08-15', undefined, null],
    ['2026-08-14', 'Friday, yearly --08-13/--08-15', undefined, null],
    ['2026-08-15', 'Saturday, yearly --08-13/--08-15', undefined, null],
    ['2027-08-13', 'Friday, the yearly rule again in 2027', undefined, null],
    ['2026-10-01', 'Thursday, named 創立記念日', '創立記念日', null],
    ['2026-11-23', 'Monday, named 社内行事, also 勤労感謝の日', '社内行事', { name: '勤労感謝の日', provisional: false }],
  ] as const)('%s (%s) closes every line as a company holiday', (date, _what, name, holiday) => {
    const closed = { reason: 'company-holiday', ...(name === undefined ? {} : { name }), ...(holiday === null ? {} : { holiday }) };
    for (const time of ['10:00', '18:30']) {
      const s = company.status(jstIso(date, time));
      expect(s.open).toBe(false);
      expect(s.closed).toEqual(closed);
      expect(s.closed?.name).toBe(name);
      expect(s.closed?.holiday).toEqual(holiday ?? undefined);
    }
    const info = day(company, date);
    expect(info.closed).toEqual(closed);
    expect(info.holiday).toEqual(holiday);
    expect(info.windows).toEqual([]);
  });

  it.each([
    ['2026-12-28', 'Monday before the interval'],
    ['2027-01-04', 'Monday after the interval'],
    ['2026-08-12', 'Wednesday before the summer break'],
    ['2026-08-17', 'Monday after the summer break'],
    ['2027-10-01', 'Friday: 創立記念日 was given for 2026 only'],
  ] as const)('%s (%s) is open at 10:00 and 18:30', (date, _why) => {
    expect(company.status(jstIso(date, '10:00')).line?.id).toBe('regular');
    expect(company.status(jstIso(date, '18:30')).line?.id).toBe('night');
  });

  it.each([
    ['2026-12-28', '20:00', undefined, '2027-01-04', '09:00'],
    ['2026-12-28', '20:00', 'night', '2027-01-04', '18:00'],
    ['2026-08-12', '20:00', undefined, '2026-08-17', '09:00'],
  ] as const)('after %s %s JST, asking for line %s, the next opening is on %s at %s', (date, time, lineId, day, opens) => {
    expect(msOf(company.nextOpening(jstIso(date, time), lineId)?.opensAt)).toBe(jstMs(day, opens));
  });
});

describe('a yearly interval that wraps the new year, --12-29/--01-03', () => {
  const yearly = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] });

  it.each([
    ['2026-01-02', 'Friday', null],
    ['2026-12-29', 'Tuesday', null],
    ['2027-12-31', 'Friday', null],
    ['2028-01-01', 'Saturday, 元日 (provisional)', { name: '元日', provisional: true }],
    ['2028-01-02', 'Sunday', null],
    ['2028-01-03', 'Monday', null],
  ] as const)('closes %s (%s) as a company holiday', (date, _what, holiday) => {
    expect(yearly.status(jstIso(date, '10:00')).closed).toEqual({ reason: 'company-holiday', ...(holiday === null ? {} : { holiday }) });
    expect(day(yearly, date).holiday).toEqual(holiday);
  });

  it.each([
    ['2027-12-28', 'Tuesday before'],
    ['2028-01-04', 'Tuesday after'],
    ['2026-01-05', 'Monday after'],
  ] as const)('leaves %s (%s) open', (date, _why) => {
    expect(yearly.isOpen(jstIso(date, '10:00'), 'regular')).toBe(true);
  });
});

describe('overrides', () => {
  describe('closing the night line on 2026-12-28, named 年末', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-12-28', lineId: 'night', closed: true, name: '年末' }] });

    it.each([
      ['10:00', 'regular', null, null],
      ['17:29:59.999', 'regular', null, null],
      ['17:45', null, 'after-hours', undefined],
      ['18:00', null, 'override', '年末'],
      ['19:00', null, 'override', '年末'],
      ['19:59:59.999', null, 'override', '年末'],
      ['20:00', null, 'after-hours', undefined],
    ] as const)('at %s JST the open line is %s, else the reason is %s (name %s)', (time, line, reason, name) => {
      const s = d.status(jstIso('2026-12-28', time));
      expect(s.line?.id ?? null).toBe(line);
      expect(s.closed?.reason ?? null).toBe(reason);
      expect(s.closed?.name).toBe(name ?? undefined);
      expect(d.isOpen(jstIso('2026-12-28', time), 'night')).toBe(false);
    });

    it('leaves only the regular window that day, and the night line next opens 2026-12-29 18:00', () => {
      expect(day(d, '2026-12-28').windows.map((w) => w.line.id)).toEqual(['regular']);
      expect(msOf(d.nextOpening(jstIso('2026-12-28', '10:00'), 'night')?.opensAt)).toBe(jstMs('2026-12-29', '18:00'));
      expect(msOf(d.status(jstIso('2026-12-28', '10:00')).next?.opensAt)).toBe(jstMs('2026-12-29', '09:00'));
    });
  });

  describe('shortening the regular line to 10:00–15:00 on Thursday 2026-11-26', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']] }] });

    it.each([
      ['08:59:59.999', null, null, 'before-hours'],
      ['09:00', null, null, 'override'],
      ['09:30', null, null, 'override'],
      ['10:00', 'regular', '15:00', null],
      ['14:59:59.999', 'regular', '15:00', null],
      ['15:00', null, null, 'override'],
      ['17:29:59.999', null, null, 'override'],
      ['17:30', null, null, 'between-windows'],
      ['18:00', 'night', '20:00', null],
    ] as const)('at %s JST the open line is %s until %s, else the reason is %s', (time, line, closesAt, reason) => {
      const s = d.status(jstIso('2026-11-26', time));
      expect(s.line?.id ?? null).toBe(line);
      expect(msOf(s.closesAt)).toBe(closesAt === null ? null : jstMs('2026-11-26', closesAt));
      expect(s.closed?.reason ?? null).toBe(reason);
    });

    it('at 9:30 the next opening is the regular line at 10:00 until 15:00', () => {
      const next = d.status(jstIso('2026-11-26', '09:30')).next;
      expect(next?.line.id).toBe('regular');
      expect(msOf(next?.opensAt)).toBe(jstMs('2026-11-26', '10:00'));
      expect(msOf(next?.closesAt)).toBe(jstMs('2026-11-26', '15:00'));
    });
  });

  describe('closing every line on Friday 2026-11-27, named 臨時休業', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-11-27', closed: true, name: '臨時休業' }] });

    it.each(['00:00', '08:00', '10:00', '17:45', '18:30', '21:00'])('at %s JST every line is closed by the override', (time) => {
      const s = d.status(jstIso('2026-11-27', time));
      expect(s.open).toBe(false);
      expect(s.closed).toEqual({ reason: 'override', name: '臨時休業' });
      expect(msOf(s.next?.opensAt)).toBe(jstMs('2026-11-30', '09:00'));
    });

    it('the day has no windows and is closed by the override', () => {
      expect(day(d, '2026-11-27').closed).toEqual({ reason: 'override', name: '臨時休業' });
      expect(day(d, '2026-11-27').windows).toEqual([]);
    });
  });

  describe('opening the regular line 10:00–16:00 on Saturday 2026-11-28', () => {
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-11-28', lineId: 'regular', windows: [['10:00', '16:00']] }] });

    it.each([
      ['09:59:59.999', null, 'before-hours'],
      ['10:00', 'regular', null],
      ['15:59:59.999', 'regular', null],
      ['16:00', null, 'after-hours'],
      ['18:30', null, 'after-hours'],
    ] as const)('at %s JST the open line is %s, else the reason is %s', (time, line, reason) => {
      const s = d.status(jstIso('2026-11-28', time));
      expect(s.line?.id ?? null).toBe(line);
      expect(s.closed?.reason ?? null).toBe(reason);
      if (line !== null) expect(msOf(s.closesAt)).toBe(jstMs('2026-11-28', '16:00'));
    });

    it('after Friday evening the next opening is Saturday 10:00, and the night line stays closed that Saturday', () => {
      expect(msOf(d.nextOpening(jstIso('2026-11-27', '20:00'))?.opensAt)).toBe(jstMs('2026-11-28', '10:00'));
      expect(d.isOpen(jstIso('2026-11-28', '18:30'), 'night')).toBe(false);
      expect(msOf(d.nextOpening(jstIso('2026-11-27', '20:00'), 'night')?.opensAt)).toBe(jstMs('2026-11-30', '18:00'));
    });
  });

  describe('precedence on Sunday 2026-05-03 (weekend and 憲法記念日): override > company-holiday > national-holiday > weekend', () => {
    const holiday = { name: '憲法記念日', provisional: false };
    it.each([
      ['nothing', 'national-holiday', {}, { reason: 'national-holiday', name: '憲法記念日', holiday }],
      [
        'a company holiday',
        'company-holiday',
        { companyHolidays: [{ date: '2026-05-03', name: '連休' }] },
        { reason: 'company-holiday', name: '連休', holiday },
      ],
      [
        'a company holiday and an override',
        'override',
        { companyHolidays: [{ date: '2026-05-03', name: '連休' }], overrides: [{ date: '2026-05-03', closed: true as const, name: '全館停電' }] },
        { reason: 'override', name: '全館停電', holiday },
      ],
    ] as const)('with %s besides, the reason is %s', (_what, _reason, options, closed) => {
      expect(createDesk(desknetsCloud, options).status(jstIso('2026-05-03', '10:00')).closed).toEqual(closed);
    });

    it('an override opening the regular line on the holiday opens it, and the day still carries 憲法記念日', () => {
      const d = createDesk(desknetsCloud, { overrides: [{ date: '2026-05-03', lineId: 'regular', windows: [['9:00', '12:00']] }] });
      expect(d.status(jstIso('2026-05-03', '10:00')).line?.id).toBe('regular');
      expect(day(d, '2026-05-03').holiday).toEqual(holiday);
    });
  });
});
