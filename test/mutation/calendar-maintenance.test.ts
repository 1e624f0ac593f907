import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDesk,
  type DeskOptions,
  day,
  desk,
  desknetsCloud,
  lines,
  MadoguchiError,
  type MaintenanceInput,
  maintenance,
  maintenanceOf,
} from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Tests written to kill mutants of src/calendar, src/maintenance, src/errors and
// src/presets/desknets-cloud.ts that survived `npm run mutation`. Expected values come from:
// - the terms (/work/shared/terms): 第6条1項 (lines, TEL/FAX, 受付時間, 土日祝日及び当社休業日を除く,
//   日本語のみ), 第6条2項 (recording), 第18条2項 (14日前までに for 第1号 works, 予め for the others,
//   none for 緊急メンテナンス), 第18条の2第2項 (毎日1:00～6:00 UTC+9), 付則 第1条 (2023-02-06);
// - the National Holidays Act (振替休日 Art. 3-2, 国民の休日 Art. 3-3) and a Gregorian calendar
//   (weekdays below were read off a calendar: 2026-02-28 Sat, 2026-03-01 Sun, 2026-03-02 Mon,
//   2026-06-29 Mon, 2027-05-01 Sat, 2028-02-29 Tue; 2026 and 2027 are common years, 2028 is leap);
// - design.md: a company holiday is reported before a national holiday and a weekend; error codes;
//   "the message names the offending value and what is accepted".

const at = (date: string, time = '10:00'): string => `${date}T${time}+09:00`;
const ms = (date: string, time = '10:00'): number => Date.parse(at(date, time));
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

describe('an offending value is shown by kind, whatever it is (describe-value)', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const symbol = Symbol('2026-12-29');
  const fn = (): string => '2026-12-29';
  // [what, how the message shows it, the date given in { date }]
  it.each([
    ['a number', 'got 20261229', 20261229],
    ['a boolean', 'got true', true],
    ['a bigint', 'got 20261229n (a BigInt)', 20261229n],
    ['null', 'got null', null],
    ['a Date', 'got Date(2026-12-29T00:00:00.000Z)', new Date(Date.UTC(2026, 11, 29))],
    ['an invalid Date', 'got Invalid Date', new Date(Number.NaN)],
    ['an array', 'got an array of 2', ['2026-12-29', '2026-12-30']],
    ['a function', 'got a function', fn],
    ['a symbol', 'got a symbol', symbol],
    ['a plain object', 'got an object', { from: '2026-12-29' }],
    ['an object posing as a Date', 'got an unreadable value', { [Symbol.toStringTag]: 'Date' }],
    ['a revoked proxy', 'got an unreadable value', revoked],
  ] as const)('%s given as the date is rejected, and the message says %j', (_what, shown, date) => {
    const error = expectMadoguchiError(() => withCompany([{ date }]), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[0]');
    expect(error.message).toContain(shown);
    expect(error.message).toContain('"YYYY-MM-DD"');
    expect(error.message).toContain('"--MM-DD"');
    expect(error.value).toBe(date);
  });

  it('a missing date is shown as undefined', () => {
    const error = expectMadoguchiError(() => withCompany([{ name: '夏季休業' }]), 'INVALID_POLICY');
    expect(error.message).toContain('got undefined');
    expect(error.message).toContain('"YYYY-MM-DD"');
  });

  it.each([
    ['a boolean', false, 'got false'],
    ['an array', [], 'got an array of 0'],
    ['a function', fn, 'got a function'],
  ] as const)('an item that is %s, neither text nor { date, name }, is named', (_what, item, shown) => {
    const error = expectMadoguchiError(() => withCompany([item]), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[0]');
    expect(error.message).toContain(shown);
  });
});

describe('MadoguchiError', () => {
  it('carries its code, message and offending value', () => {
    const error = new MadoguchiError('INVALID_DATE', 'Invalid date: "2026-02-30"; expected "YYYY-MM-DD".', '2026-02-30');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MadoguchiError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('Invalid date: "2026-02-30"; expected "YYYY-MM-DD".');
    expect(error.value).toBe('2026-02-30');
    expect(String(error)).toBe('MadoguchiError: Invalid date: "2026-02-30"; expected "YYYY-MM-DD".');
  });

  it('has no value when none is given', () => {
    expect(new MadoguchiError('UNKNOWN_LINE', 'Unknown line').value).toBeUndefined();
  });

  it('is what createDesk throws, with the offending input as its value', () => {
    const error = expectMadoguchiError(() => withCompany(['2026-02-30']), 'INVALID_DATE');
    expect(error.value).toBe('2026-02-30');
    expect(error.message).toContain('2026-02-30');
  });
});

describe('national holidays under the National Holidays Act', () => {
  // [date, name, provisional, why]
  it.each([
    ['2024-02-12', '振替休日', false, '建国記念の日 2024-02-11 was a Sunday'],
    ['2024-09-23', '振替休日', false, '秋分の日 2024-09-22 was a Sunday'],
    ['2024-11-04', '振替休日', false, '文化の日 2024-11-03 was a Sunday'],
    ['2027-03-22', '振替休日', false, '春分の日 2027-03-21 is a Sunday (officially published)'],
    ['2032-09-21', '国民の休日', true, 'between 敬老の日 (Mon 09-20) and 秋分の日 (Wed 09-22)'],
    ['2049-09-21', '国民の休日', true, 'between 敬老の日 (Mon 09-20) and 秋分の日 (Wed 09-22)'],
  ] as const)('%s is %s (provisional %s): %s', (date, name, provisional, _why) => {
    expect(day(desk, date).closed).toEqual({ reason: 'national-holiday', name, holiday: { name, provisional } });
  });

  it('closes the day before a 振替休日 for the weekend and opens the day after it', () => {
    expect(day(desk, '2024-02-11').closed?.reason).toBe('national-holiday');
    expect(day(desk, '2024-02-13').closed).toBeNull();
  });
});

describe('maintenance periods: options checked and named', () => {
  const PERIOD = '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00';
  const base = { period: PERIOD, title: '基盤更新' };
  const bad = (items: unknown): (() => unknown) => {
    return () => createDesk(desknetsCloud, { maintenance: items } as unknown as DeskOptions);
  };

  it('rejects a maintenance option that is not a list, naming it', () => {
    const error = expectMadoguchiError(bad(base), 'INVALID_POLICY');
    expect(error.message).toContain('options.maintenance');
    expect(error.message).toContain('array');
  });

  // [what, item (second in the list), code, mentions]
  it.each([
    ['a period that is not text', { ...base, period: 42 }, 'INVALID_POLICY', ['options.maintenance[1].period', 'got 42']],
    [
      'a period with no end',
      { ...base, period: '2026-12-05T22:00+09:00' },
      'INVALID_POLICY',
      ['options.maintenance[1].period', '"2026-12-05T22:00+09:00"', '"start/end"'],
    ],
    ['a period of three instants', { ...base, period: `${PERIOD}/2026-12-07T02:00+09:00` }, 'INVALID_POLICY', ['options.maintenance[1].period', '"start/end"']],
    [
      'an inverted period',
      { ...base, period: '2026-12-06T02:00+09:00/2026-12-05T22:00+09:00' },
      'INVALID_POLICY',
      ['options.maintenance[1].period', '"2026-12-06T02:00+09:00/2026-12-05T22:00+09:00"'],
    ],
    [
      'a start without offset',
      { ...base, period: '2026-12-05T22:00/2026-12-06T02:00+09:00' },
      'AMBIGUOUS_INSTANT',
      ['options.maintenance[1].period start', '"2026-12-05T22:00"', '+09:00'],
    ],
    [
      'an end without offset',
      { ...base, period: '2026-12-05T22:00+09:00/2026-12-06T02:00' },
      'AMBIGUOUS_INSTANT',
      ['options.maintenance[1].period end', '"2026-12-06T02:00"', '+09:00'],
    ],
    ['an empty title', { ...base, title: '' }, 'INVALID_POLICY', ['options.maintenance[1].title', 'non-empty']],
    ['an unknown kind', { ...base, kind: 'urgent' }, 'INVALID_POLICY', ['options.maintenance[1].kind', '"urgent"', '"planned"', '"emergency"']],
    ['an unknown cause', { ...base, cause: 'power' }, 'INVALID_POLICY', ['options.maintenance[1].cause', '"power"', '"equipment"', '"other"']],
    [
      'an announcement without offset',
      { ...base, announcedAt: '2026-11-30T10:00' },
      'AMBIGUOUS_INSTANT',
      ['options.maintenance[1].announcedAt', '"2026-11-30T10:00"'],
    ],
    ['an unknown key', { ...base, reason: '更新' }, 'INVALID_POLICY', ['options.maintenance[1]', '"reason"', 'period, title, kind, cause, announcedAt']],
  ] as const)('%s throws %s naming where and what', (_what, item, code, mentions) => {
    const error = expectMadoguchiError(bad([base, item]), code);
    for (const m of mentions) expect(error.message).toContain(m);
  });

  it.each([
    ['the kind', 'kind', 'urgent'],
    ['the cause', 'cause', 'power'],
  ] as const)('carries the offending value of %s', (_what, key, value) => {
    expect(expectMadoguchiError(bad([{ ...base, [key]: value }]), 'INVALID_POLICY').value).toBe(value);
  });

  it('accepts kind "planned" and cause "other" written out, as the defaults they are', () => {
    const [explicit] = maintenanceOf(createDesk(desknetsCloud, { maintenance: [{ ...base, kind: 'planned', cause: 'other' }] })).periods;
    const [implicit] = maintenanceOf(createDesk(desknetsCloud, { maintenance: [base] })).periods;
    expect(explicit?.kind).toBe('planned');
    expect(explicit?.cause).toBe('other');
    // Without a cause the works are not 第1号 equipment works: 第2号～第5号, announced 「予め」.
    expect(implicit?.kind).toBe('planned');
    expect(implicit?.cause).toBe('other');
    expect(implicit?.announcedAt).toBeNull();
    expect(implicit?.shortNotice).toBeNull();
  });

  it('keeps an emergency as given', () => {
    const [p] = maintenanceOf(createDesk(desknetsCloud, { maintenance: [{ ...base, kind: 'emergency', cause: 'equipment' }] })).periods;
    expect(p?.kind).toBe('emergency');
    expect(p?.cause).toBe('equipment');
    expect(p?.shortNotice).toBe(false);
  });

  // 予め (in advance) for works other than 第1号: an announcement at the very start is not in advance.
  it.each([
    ['one millisecond before the start', '2026-12-05T21:59:59.999+09:00', false],
    ['at the start itself', '2026-12-05T22:00:00.000+09:00', true],
    ['one millisecond after the start', '2026-12-05T22:00:00.001+09:00', true],
  ] as const)('other works announced %s: shortNotice %s', (_what, announcedAt, expected) => {
    const [p] = maintenanceOf(createDesk(desknetsCloud, { maintenance: [{ ...base, cause: 'other', announcedAt }] })).periods;
    expect(p?.shortNotice).toBe(expected);
    expect(p?.announcedAt?.getTime()).toBe(Date.parse(announcedAt));
  });

  it.each([[['C', 'A', 'B']], [['B', 'C', 'A']], [['C', 'B', 'A']], [['A', 'C', 'D', 'B']]])('lists periods given as %j in start order', (titles) => {
    const starts: Record<string, string> = { A: '2026-12-01', B: '2026-12-08', C: '2026-12-15', D: '2026-12-22' };
    const items: MaintenanceInput[] = titles.map((t) => ({ period: `${at(starts[t] as string, '22:00')}/${at(starts[t] as string, '23:00')}`, title: t }));
    const d = createDesk(desknetsCloud, { maintenance: items });
    expect(maintenanceOf(d).periods.map((p) => p.title)).toEqual([...titles].sort());
    expect(
      maintenanceOf(d)
        .status(at('2026-12-08', '22:30'))
        .active.map((p) => p.title),
    ).toEqual(['B']);
  });
});

describe('the service maintenance without an instant reads the host clock (第18条の2)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2026-11-25', '03:00', true, '2026-11-25'],
    ['2026-11-25', '06:00', false, '2026-11-26'],
  ] as const)('at %s %s JST, inRegularWindow is %s, window on %s 1:00–6:00', (date, time, inside, windowDay) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(ms(date, time));
    const m = maintenance.status();
    expect(m.at.getTime()).toBe(ms(date, time));
    expect(m.inRegularWindow).toBe(inside);
    expect(m.regularWindow?.start.getTime()).toBe(ms(windowDay, '01:00'));
    expect(m.regularWindow?.end.getTime()).toBe(ms(windowDay, '06:00'));
  });

  it('names the argument and the value of a bad instant', () => {
    const error = expectMadoguchiError(() => maintenance.status('tonight'), 'INVALID_INSTANT');
    expect(error.message).toContain('at: "tonight"');
  });
});

describe("the preset is 第6条 of the terms (desknet's クラウドサービス利用約款)", () => {
  const byEdition = (n: number) => desknetsCloud.editions.find((e) => e.edition === n);

  it('knows edition 14 (2020年7月1日) and edition 15 (付則 第1条: 2023年2月6日から実施)', () => {
    expect(desknetsCloud.editions.map((e) => [e.edition, e.effective])).toEqual([
      [14, '2020-07-01'],
      [15, '2023-02-06'],
    ]);
  });

  it.each([
    [14, ['第14版', '2020年7月1日', '第6条']],
    [15, ['第15版', '2023年2月6日', '第6条']],
  ] as const)('edition %i cites its source', (n, parts) => {
    for (const p of parts) expect(byEdition(n)?.source).toContain(p);
    expect(byEdition(n)?.source).toContain("desknet's クラウドサービス利用約款");
  });

  // 第6条1項: TEL/FAX, 受付時間 (UTC+9), 土日祝日及び当社休業日を除く (Monday–Friday), 日本語のみ.
  it.each([
    [
      14,
      'regular',
      '問い合わせ窓口',
      '0120-365-800',
      '045-640-5918',
      [
        ['9:00', '12:00'],
        ['13:00', '17:30'],
      ],
    ],
    [15, 'regular', '通常窓口', '0120-365-800', '045-640-5918', [['9:00', '17:30']]],
    [15, 'night', '夜間延長窓口', '0800-777-9984', undefined, [['18:00', '20:00']]],
  ] as const)('edition %i, line %s: %s, TEL %s, FAX %s, %j', (n, id, ja, tel, fax, windows) => {
    const line = byEdition(n)?.lines.find((l) => l.id === id);
    expect(line?.name.ja).toBe(ja);
    expect(line?.tel).toBe(tel);
    expect(line?.fax).toBe(fax);
    expect(line?.languages).toEqual(['ja']);
    expect(line?.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(line?.windows).toEqual(windows);
  });

  it('lists the lines of each edition in the order of the terms, each with an English name of its own', () => {
    expect(byEdition(14)?.lines.map((l) => l.id)).toEqual(['regular']);
    expect(byEdition(15)?.lines.map((l) => l.id)).toEqual(['regular', 'night']);
    const en = (n: number) => byEdition(n)?.lines.map((l) => l.name.en.trim()) ?? [];
    for (const name of [...en(14), ...en(15)]) expect(name.length).toBeGreaterThan(0);
    expect(new Set(en(15)).size).toBe(2);
  });

  it('names the カスタマーセンター of the terms, in Japanese and English', () => {
    expect(desknetsCloud.id.trim().length).toBeGreaterThan(0);
    expect(desknetsCloud.name.ja).toContain('カスタマーセンター');
    expect(desknetsCloud.name.en.toLowerCase()).toContain('customer center');
  });

  it.each([14, 15])('announces the recording of 第6条2項 and its purposes in edition %i', (edition) => {
    const notice = desknetsCloud.editions.find((e) => e.edition === edition)?.recordingNotice;
    for (const p of ['録音', '個人情報', '適切かつ迅速な回答', 'サポート品質', '円滑なサポート業務']) expect(notice?.ja).toContain(p);
    for (const p of ['recorded', 'personal information']) expect(notice?.en).toContain(p);
  });

  it('gives the desk the lines of 第15版 on Wednesday 2026-11-25, with English names', () => {
    const [regular, night] = lines(desk, at('2026-11-25'));
    expect([regular?.name.ja, night?.name.ja]).toEqual(['通常窓口', '夜間延長窓口']);
    expect(regular?.name.en).not.toBe(night?.name.en);
    expect(lines(desk, at('2022-11-16'))[0]?.name.en.trim()).not.toBe('');
  });
});
