import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesk, type DeskOptions, desknetsCloud, type MaintenanceInput, maintenance, maintenanceOf } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Maintenance periods given to createDesk, checked and named, and the service maintenance read
// against the host clock (first written against survivors of `npm run mutation`). From the terms:
// 第18条2項 (14日前までに for 第1号 works, 予め for the others, none for 緊急メンテナンス) and 第18条の2第2項
// (毎日1:00～6:00 UTC+9).

const at = (date: string, time = '10:00'): string => `${date}T${time}+09:00`;
const ms = (date: string, time = '10:00'): number => Date.parse(at(date, time));

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
