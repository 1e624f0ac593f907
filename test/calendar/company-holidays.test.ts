import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, day, desknetsCloud } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Company holidays (当社休業日 of 第6条1項) as createDesk reads them: yearly and fixed dates, ranges,
// overlaps, and the messages for malformed ones (first written against survivors of `npm run
// mutation`). Expected values come from the terms, a Gregorian calendar (weekdays read off a
// calendar: 2026-02-28 Sat, 2026-03-01 Sun, 2026-03-02 Mon, 2026-06-29 Mon, 2027-05-01 Sat,
// 2027-01-05 Tue, 2027-02-01 Mon, 2027-02-26 Fri, 2027-03-01 Mon, 2027-03-03 Wed, 2028-02-28 Mon,
// 2028-02-29 Tue; 2026 and 2027 are common years, 2028 is leap) and design.md (a company holiday is
// reported before a national holiday and a weekend; "the message names the offending value and what
// is accepted").

const at = (date: string, time = '10:00'): string => `${date}T${time}+09:00`;
const withCompany = (companyHolidays: unknown): ReturnType<typeof createDesk> => createDesk(desknetsCloud, { companyHolidays } as unknown as DeskOptions);
const COMPANY = { reason: 'company-holiday' };

describe('yearly company holidays around 29 February (--02-29 falls in leap years only)', () => {
  // [rule, date, company holiday?, why]
  it.each([
    ['--02-29', '2026-02-27', false, 'a Friday of a common year: a lone --02-29 closes nothing'],
    ['--02-29', '2026-03-02', false, 'the Monday after: --02-29 does not become 03-01 on its own'],
    ['--02-29', '2026-07-01', false, 'a Wednesday in July: the rule must not close the whole year'],
    ['--02-29', '2028-02-29', true, 'the leap day of 2028 (a Tuesday)'],
    ['--02-29', '2028-03-01', false, 'the Wednesday after the leap day'],
    ['--02-29/--03-02', '2026-02-27', false, 'a range starting on --02-29 does not start in February of 2026'],
    ['--02-29/--03-02', '2026-03-02', true, 'it starts on 03-01 in a common year and runs to 03-02'],
    ['--02-29/--03-02', '2028-02-28', false, 'the Monday before the leap day of 2028'],
    ['--02-29/--03-02', '2028-02-29', true, 'the leap day starts it in 2028'],
    ['--02-29/--04-29', '2026-03-02', true, 'a range --02-29/--04-29 is no single day: it closes March 2026'],
    ['--02-29/--04-29', '2026-04-30', false, 'the Thursday after the range'],
    ['--02-20/--02-29', '2026-02-27', true, 'a range ending on --02-29 ends on 02-28 in a common year'],
    ['--02-20/--02-29', '2026-03-02', false, 'the Monday after it'],
    ['--02-20/--02-29', '2028-02-29', true, 'the leap day ends it in 2028'],
    ['--02-20/--02-29', '2028-03-01', false, 'the day after the leap day'],
    ['--06-29', '2026-06-29', true, 'a lone 29th of another month falls in every year (Monday)'],
    ['--06-29', '2026-06-30', false, 'the day after it'],
    ['--02-10', '2026-02-10', true, 'a lone February day other than the 29th falls in common years too (Tuesday)'],
    ['--02-10', '2026-02-09', false, 'the Monday before it'],
    ['--05-01', '2026-05-01', true, 'a lone yearly day (Friday)'],
    ['--05-01', '2026-04-30', false, 'the Thursday before a lone yearly day'],
    ['--05-01', '2026-07-01', false, 'a lone yearly day does not wrap round the whole year'],
    ['--02-29/--02-01', '2027-01-05', true, 'a range from --02-29 wrapping the new year still closes January of a common year (Tuesday)'],
    ['--02-29/--02-01', '2027-02-01', true, 'its last day in 2027 (Monday)'],
    ['--02-29/--02-01', '2027-02-02', false, 'the Tuesday after its end'],
    ['--02-29/--02-01', '2027-02-26', false, 'the Friday before 03-01, where it starts in a common year'],
    ['--02-29/--02-01', '2027-03-01', true, 'Monday 03-01, its start in a common year'],
    ['--02-29/--02-01', '2028-02-28', false, 'the Monday before the leap day of 2028'],
    ['--02-29/--02-01', '2028-02-29', true, 'the leap day starts it in 2028 (Tuesday)'],
  ] as const)('with %s, %s is a company holiday: %s (%s)', (rule, date, closed, _why) => {
    const info = day(withCompany([rule]), date);
    if (closed) expect(info.closed?.reason).toBe('company-holiday');
    else expect(info.closed).toBeNull();
  });

  it.each([
    ['--02-29/--03-02', '2026-02-28', 'weekend', 'Saturday 2026-02-28 is not in the range (it starts on 03-01)'],
    ['--02-29/--03-02', '2026-03-01', 'company-holiday', 'Sunday 2026-03-01 is its first day'],
    ['--02-20/--02-29', '2026-02-28', 'company-holiday', 'Saturday 2026-02-28 is its last day'],
    ['--02-20/--02-29', '2026-03-01', 'weekend', 'Sunday 2026-03-01 is past its end'],
    ['--05-01', '2027-05-01', 'company-holiday', 'Saturday 2027-05-01: the company holiday is reported before the weekend'],
  ] as const)('with %s, %s is closed for %s (%s)', (rule, date, reason, _why) => {
    expect(day(withCompany([rule]), date).closed?.reason).toBe(reason);
  });
});

describe('a timed closure names only the days it touches (README: end excluded; a working day whose every window it takes away is a company holiday)', () => {
  // Wednesday 2027-03-03: 通常窓口 9:00–17:30 and 夜間延長窓口 18:00–20:00 (第6条, edition 15), both inside
  // 工事 (8:00–21:00), so the day is closed for 工事 all day. The other closure, listed and starting
  // first, ends before that day (or exactly at its midnight, which the day does not share).
  it.each([
    ['ends at the midnight that starts the day', '2027-03-03T00:00+09:00'],
    ['ends the afternoon before', '2027-03-02T15:00+09:00'],
  ])('an earlier closure that %s does not name it', (_, end) => {
    const d = withCompany([
      { start: '2027-03-02T13:00+09:00', end, name: '点検' },
      { start: '2027-03-03T08:00+09:00', end: '2027-03-03T21:00+09:00', name: '工事' },
    ]);
    expect(day(d, '2027-03-03').closed).toEqual({ ...COMPANY, name: '工事' });
    expect(day(d, '2027-03-03').windows).toEqual([]);
    // Before 工事 starts, no window has opened yet: the day's own reason answers.
    expect(d.status(at('2027-03-03', '07:00')).closed).toEqual({ ...COMPANY, name: '工事' });
    expect(d.status(at('2027-03-04', '09:00')).open).toBe(true);
  });
});

describe('overlapping company holidays: the first listed names the day', () => {
  it('two yearly ranges sharing 12-30', () => {
    const d = withCompany([
      { date: '--12-28/--12-30', name: '仕事納め' },
      { date: '--12-30/--12-31', name: '年末' },
    ]);
    expect(day(d, '2026-12-28').closed).toEqual({ ...COMPANY, name: '仕事納め' });
    expect(day(d, '2026-12-30').closed).toEqual({ ...COMPANY, name: '仕事納め' });
    expect(day(d, '2026-12-31').closed).toEqual({ ...COMPANY, name: '年末' });
  });

  it('an unnamed yearly day listed before a named one takes the name of the named one', () => {
    const d = withCompany(['--12-30', { date: '--12-30', name: '年末' }]);
    expect(day(d, '2026-12-30').closed).toEqual({ ...COMPANY, name: '年末' });
  });

  it('an unnamed dated day takes the name of a named yearly one (a name is never hidden by an entry without one)', () => {
    const d = withCompany(['2026-12-29', { date: '--12-29', name: '年末' }]);
    expect(day(d, '2026-12-29').closed).toEqual({ ...COMPANY, name: '年末' });
  });

  it('an unnamed dated day listed before a named dated one takes its name', () => {
    const d = withCompany(['2026-12-28/2026-12-30', { date: '2026-12-29', name: '仕事納め' }]);
    expect(day(d, '2026-12-29').closed).toEqual({ ...COMPANY, name: '仕事納め' });
    expect(day(d, '2026-12-28').closed).toEqual(COMPANY);
  });

  it('two fixed intervals sharing 2026-12-30', () => {
    const d = withCompany([
      { date: '2026-12-28/2026-12-30', name: '仕事納め' },
      { date: '2026-12-30', name: '年末' },
    ]);
    expect(day(d, '2026-12-30').closed).toEqual({ ...COMPANY, name: '仕事納め' });
  });

  it('a fixed day listed before a yearly range', () => {
    const d = withCompany([
      { date: '2026-10-01', name: '創立記念日' },
      { date: '--10-01/--10-02', name: '秋休み' },
    ]);
    expect(day(d, '2026-10-01').closed).toEqual({ ...COMPANY, name: '創立記念日' });
    expect(day(d, '2026-10-02').closed).toEqual({ ...COMPANY, name: '秋休み' });
    expect(day(d, '2027-10-01').closed).toEqual({ ...COMPANY, name: '秋休み' });
  });
});

describe('fixed company holidays on the first and last day of a year', () => {
  it.each([
    ['2027-01-01', { ...COMPANY, name: '年始', holiday: { name: '元日', provisional: false } }],
    ['2027-12-31', { ...COMPANY, name: '年末' }],
  ] as const)('%s is a company holiday of its own year', (date, closed) => {
    const d = withCompany([
      { date: '2027-01-01', name: '年始' },
      { date: '2027-12-31', name: '年末' },
    ]);
    expect(day(d, date).closed).toEqual(closed);
  });

  it('an interval over every representable year closes the whole supported range', () => {
    const d = withCompany(['0001-01-01/9999-12-31']);
    expect(day(d, '2020-07-01').closed).toEqual(COMPANY);
    expect(day(d, '2099-12-31').closed).toEqual(COMPANY);
    expect(d.nextOpening(at('2026-11-25'))).toBeNull();
  });
});

describe('malformed company holidays name the item, the value and the accepted forms', () => {
  it('rejects a companyHolidays option that is not a list', () => {
    const error = expectMadoguchiError(() => withCompany('2026-12-29'), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays');
    expect(error.message).toContain('array');
    expect(error.message).toContain('"2026-12-29"');
    expect(error.value).toBe('2026-12-29');
  });

  // [what, spec, path in the message, offending value shown]
  it.each([
    ['three parts', '2026-12-29/2026-12-30/2026-12-31', '"2026-12-29/2026-12-30/2026-12-31"'],
    ['a month-day running to a date', '--12-29/2027-01-03', '"--12-29/2027-01-03"'],
  ] as const)('rejects %s with INVALID_DATE', (_what, spec, shown) => {
    const error = expectMadoguchiError(() => withCompany(['2026-08-14', spec]), 'INVALID_DATE');
    expect(error.message).toContain('options.companyHolidays[1]');
    expect(error.message).toContain(shown);
    expect(error.message).toContain('YYYY-MM-DD/YYYY-MM-DD');
    expect(error.message).toContain('--MM-DD/--MM-DD');
    expect(error.value).toBe(spec);
  });

  it.each([
    ['--13-01', '"--13-01"'],
    ['--12-29/--13-01', '"--13-01"'],
    ['2026-12-29/--01-03', '"--01-03"'],
  ] as const)('rejects %s with INVALID_DATE naming %s', (spec, shown) => {
    const error = expectMadoguchiError(() => withCompany([spec]), 'INVALID_DATE');
    expect(error.message).toContain('options.companyHolidays[0]');
    expect(error.message).toContain(shown);
  });

  it('rejects an inverted interval, naming it', () => {
    const error = expectMadoguchiError(() => withCompany(['2026-08-14', '2027-01-03/2026-12-29']), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[1]');
    expect(error.message).toContain('"2027-01-03/2026-12-29"');
    expect(error.value).toBe('2027-01-03/2026-12-29');
  });

  it('accepts a one-day interval', () => {
    expect(day(withCompany(['2026-11-25/2026-11-25']), '2026-11-25').closed).toEqual(COMPANY);
  });

  it('rejects an empty name, naming its path', () => {
    const error = expectMadoguchiError(() => withCompany([{ date: '2026-08-14', name: ' ' }]), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[0].name');
  });

  it('rejects an unknown key, listing the accepted ones', () => {
    const error = expectMadoguchiError(() => withCompany([{ date: '2026-08-14', title: '夏季休業' }]), 'INVALID_POLICY');
    expect(error.message).toContain('"title"');
    expect(error.message).toContain('date, name');
  });

  it.each([
    ['ZZZZZZZZZZ'.repeat(6), `"${'Z'.repeat(60)}"`, 'a 60-character value is shown whole'],
    [`${'Z'.repeat(60)}Y`, `"${'Z'.repeat(60)}…"`, 'a 61-character value is cut after 60 characters'],
  ])('shows a long value shortened: %#', (spec, shown, _why) => {
    const error = expectMadoguchiError(() => withCompany([spec]), 'INVALID_DATE');
    expect(error.message).toContain(shown);
    expect(error.message).not.toContain('ZY');
  });
});
