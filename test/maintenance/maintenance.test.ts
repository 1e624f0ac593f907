import { describe, expect, it } from 'vitest';
import { createDesk, desknetsCloud, type MaintenanceInput, maintenance, maintenanceOf } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// 第18条の2第2項 (new in edition 15, in force from 2023-02-06): 「定期メンテナンスは、毎日1:00～6:00 (UTC+9)
// の間に定期的実施するもので、本サービスの数十秒の遅延又は一時的な中断を伴う場合があります。」
// 第18条2項: works under 第1項第1号 (equipment) are announced 「14日前までに」, those under 第2号～第5号
// 「予め」; 「但し、緊急メンテナンスを実施する場合…はこの限りではありません。」

const jst = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(jst(text));

describe('the daily regular window 1:00–6:00 JST (第18条の2)', () => {
  it.each([
    ['00:59:59.999', false, '2026-11-25T01:00', '2026-11-25T06:00'],
    ['01:00:00.000', true, '2026-11-25T01:00', '2026-11-25T06:00'],
    ['03:00:00.000', true, '2026-11-25T01:00', '2026-11-25T06:00'],
    ['05:59:59.999', true, '2026-11-25T01:00', '2026-11-25T06:00'],
    ['06:00:00.000', false, '2026-11-26T01:00', '2026-11-26T06:00'],
    ['07:00:00.000', false, '2026-11-26T01:00', '2026-11-26T06:00'],
    ['23:59:59.999', false, '2026-11-26T01:00', '2026-11-26T06:00'],
  ] as const)('at %s JST on 2026-11-25 inRegularWindow is %s, window %s to %s', (time, inside, start, end) => {
    const m = maintenance.status(jst(`2026-11-25T${time}`));
    expect(m.inRegularWindow).toBe(inside);
    expect(m.regularWindow?.start.getTime()).toBe(ms(start));
    expect(m.regularWindow?.end.getTime()).toBe(ms(end));
    expect(m.at.getTime()).toBe(ms(`2026-11-25T${time}`));
  });

  it.each([
    ['a Saturday', '2026-11-28T02:00'],
    ['a national holiday (勤労感謝の日)', '2026-11-23T02:00'],
    ['New Year’s Day', '2027-01-01T05:00'],
  ])('runs every day, also on %s', (_, at) => {
    expect(maintenance.status(jst(at)).inRegularWindow).toBe(true);
  });

  it.each([
    ['an instant in UTC', '2026-11-24T16:00:00Z', true],
    ['an instant in UTC just before', '2026-11-24T15:59:59.999Z', false],
    ['epoch milliseconds', ms('2026-11-25T05:00'), true],
    ['a Date', new Date(ms('2026-11-25T06:30')), false],
  ] as const)('takes %s', (_, at, inside) => {
    expect(maintenance.status(at).inRegularWindow).toBe(inside);
  });

  it.each([
    ['under edition 14 at 3:00', '2022-11-16T03:00'],
    ['on the first day of edition 14', '2020-07-01T02:00'],
    ['at the last instant before edition 15', '2023-02-05T23:59:59.999'],
    ['on 2023-02-06 before the first window', '2023-02-06T00:30'],
  ])('has no regular window before 2023-02-06 (edition 14 had no 第18条の2): %s', (_, at) => {
    const m = maintenance.status(jst(at));
    expect(m.inRegularWindow).toBe(false);
    expect(m.regularWindow?.start.getTime()).toBe(ms('2023-02-06T01:00'));
    expect(m.regularWindow?.end.getTime()).toBe(ms('2023-02-06T06:00'));
  });

  // The supported range ends with 2099-12-31 (design.md): its window is the last one, and after it
  // none lies ahead (regularWindow is null), as nothing is answered about 2100.
  it.each([
    ['before the last window', '2099-12-31T00:30', false, '2099-12-31T01:00'],
    ['in the last window', '2099-12-31T05:59:59.999', true, '2099-12-31T01:00'],
  ] as const)('on the last day of the range, %s, names the window of 2099-12-31', (_, at, inside, start) => {
    const m = maintenance.status(jst(at));
    expect(m.inRegularWindow).toBe(inside);
    expect(m.regularWindow?.start.getTime()).toBe(ms(start));
  });

  it.each(['2099-12-31T06:00', '2099-12-31T23:59:59.999'])('has no regular window ahead at %s, the end of the range', (at) => {
    const m = maintenance.status(jst(at));
    expect(m.inRegularWindow).toBe(false);
    expect(m.regularWindow).toBeNull();
  });

  it('starts with the first window of edition 15', () => {
    expect(maintenance.status(jst('2023-02-06T01:00')).inRegularWindow).toBe(true);
  });

  it.each([
    ['before edition 14', '2020-06-30T23:59:59.999+09:00', 'NO_TERMS_IN_FORCE'],
    ['in 2100', '2100-01-01T00:00:00+09:00', 'OUT_OF_RANGE'],
    ['without an offset', '2026-11-25T03:00', 'AMBIGUOUS_INSTANT'],
    ['not an instant', 'tonight', 'INVALID_INSTANT'],
  ] as const)('rejects an instant %s with %s', (_, at, code) => {
    expectMadoguchiError(() => maintenance.status(at), code);
  });

  it('lists no periods of its own', () => {
    expect(maintenance.periods).toEqual([]);
    expect(maintenance.status(jst('2026-11-25T03:00')).planned).toEqual([]);
    expect(maintenance.status(jst('2026-11-25T03:00')).active).toEqual([]);
  });
});

describe('planned and emergency periods given to createDesk', () => {
  const WORKS: MaintenanceInput = {
    period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00',
    title: '基盤更新',
    cause: 'equipment',
    announcedAt: '2026-11-30T10:00+09:00',
  };
  const d = createDesk(desknetsCloud, { maintenance: [WORKS] });

  it('keeps the period as given', () => {
    const [p] = maintenanceOf(d).periods;
    expect(p?.title).toBe('基盤更新');
    expect(p?.kind).toBe('planned');
    expect(p?.cause).toBe('equipment');
    expect(p?.start.getTime()).toBe(ms('2026-12-05T22:00'));
    expect(p?.end.getTime()).toBe(ms('2026-12-06T02:00'));
    expect(p?.announcedAt?.getTime()).toBe(ms('2026-11-30T10:00'));
  });

  it.each([
    ['a day before', '2026-12-04T22:00', [], ['基盤更新'], false],
    ['one millisecond before', '2026-12-05T21:59:59.999', [], ['基盤更新'], false],
    ['at its start', '2026-12-05T22:00', ['基盤更新'], ['基盤更新'], false],
    ['inside the regular window too', '2026-12-06T01:30', ['基盤更新'], ['基盤更新'], true],
    ['at its last millisecond', '2026-12-06T01:59:59.999', ['基盤更新'], ['基盤更新'], true],
    ['at its end', '2026-12-06T02:00', [], [], true],
  ] as const)('%s (%s) active %j, planned %j, regular window %s', (_, at, active, planned, regular) => {
    const m = maintenanceOf(d).status(jst(at));
    expect(m.active.map((p) => p.title)).toEqual(active);
    expect(m.planned.map((p) => p.title)).toEqual(planned);
    expect(m.inRegularWindow).toBe(regular);
  });

  it('reads the desk clock when no instant is given', () => {
    const clocked = createDesk(desknetsCloud, { maintenance: [WORKS], clock: () => ms('2026-12-05T23:00') });
    const m = maintenanceOf(clocked).status();
    expect(m.at.getTime()).toBe(ms('2026-12-05T23:00'));
    expect(m.active.map((p) => p.title)).toEqual(['基盤更新']);
  });

  it('lists periods in start order whatever order they are given in', () => {
    const two = createDesk(desknetsCloud, {
      maintenance: [
        { period: '2026-12-20T22:00+09:00/2026-12-21T01:00+09:00', title: '後' },
        { period: '2026-12-10T22:00+09:00/2026-12-11T01:00+09:00', title: '先' },
      ],
    });
    expect(maintenanceOf(two).periods.map((p) => p.title)).toEqual(['先', '後']);
    expect(
      maintenanceOf(two)
        .status(jst('2026-12-15T12:00'))
        .planned.map((p) => p.title),
    ).toEqual(['後']);
  });
});

describe('short notice (第18条2項)', () => {
  const START = '2026-12-05T22:00+09:00';
  const period = `${START}/2026-12-06T02:00+09:00`;
  const noticeOf = (input: Omit<MaintenanceInput, 'period' | 'title'>) =>
    maintenanceOf(createDesk(desknetsCloud, { maintenance: [{ period, title: '作業', ...input }] })).periods[0]?.shortNotice;

  it.each([
    ['equipment works announced 5 days ahead', { cause: 'equipment', announcedAt: '2026-11-30T10:00+09:00' }, true],
    ['equipment works announced 14 days less 1 ms ahead', { cause: 'equipment', announcedAt: '2026-11-21T22:00:00.001+09:00' }, true],
    ['equipment works announced exactly 14 days ahead', { cause: 'equipment', announcedAt: '2026-11-21T22:00+09:00' }, false],
    ['equipment works announced a month ahead', { cause: 'equipment', announcedAt: '2026-11-01T10:00+09:00' }, false],
    ['other works announced an hour ahead (予め is enough)', { cause: 'other', announcedAt: '2026-12-05T21:00+09:00' }, false],
    ['other works announced after they started', { cause: 'other', announcedAt: '2026-12-05T23:00+09:00' }, true],
    ['works of unspecified cause announced the day before', { announcedAt: '2026-12-04T10:00+09:00' }, false],
    ['an emergency announced after the fact', { kind: 'emergency', cause: 'equipment', announcedAt: '2026-12-06T03:00+09:00' }, false],
    ['an emergency with no announcement', { kind: 'emergency' }, false],
    ['planned equipment works with no announcement date', { cause: 'equipment' }, null],
    ['planned works with no announcement date', {}, null],
  ] as const)('%s: shortNotice is %s', (_, input, expected) => {
    expect(noticeOf(input as Omit<MaintenanceInput, 'period' | 'title'>)).toBe(expected);
  });
});

describe('malformed maintenance options', () => {
  const base = { period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00', title: '基盤更新' };
  it.each([
    ['a period with no end', { ...base, period: '2026-12-05T22:00+09:00' }, 'INVALID_POLICY'],
    ['a period with three parts', { ...base, period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00/2026-12-07T02:00+09:00' }, 'INVALID_POLICY'],
    ['an inverted period', { ...base, period: '2026-12-06T02:00+09:00/2026-12-05T22:00+09:00' }, 'INVALID_POLICY'],
    ['an empty period', { ...base, period: '2026-12-05T22:00+09:00/2026-12-05T22:00+09:00' }, 'INVALID_POLICY'],
    ['a period whose start has no offset', { ...base, period: '2026-12-05T22:00/2026-12-06T02:00+09:00' }, 'AMBIGUOUS_INSTANT'],
    ['a period of dates', { ...base, period: '2026-12-05/2026-12-06' }, 'AMBIGUOUS_INSTANT'],
    ['a period of words', { ...base, period: 'tonight/tomorrow' }, 'INVALID_INSTANT'],
    ['an unknown key', { ...base, reason: '基盤更新' }, 'INVALID_POLICY'],
    ['a missing title', { period: base.period }, 'INVALID_POLICY'],
    ['an empty title', { ...base, title: ' ' }, 'INVALID_POLICY'],
    ['an unknown kind', { ...base, kind: 'urgent' }, 'INVALID_POLICY'],
    ['an unknown cause', { ...base, cause: 'power' }, 'INVALID_POLICY'],
    ['an announcement without offset', { ...base, announcedAt: '2026-11-30T10:00' }, 'AMBIGUOUS_INSTANT'],
    ['a period that is not a string', { ...base, period: 42 }, 'INVALID_POLICY'],
  ] as const)('%s throws %s', (_, item, code) => {
    expectMadoguchiError(() => createDesk(desknetsCloud, { maintenance: [item as unknown as MaintenanceInput] }), code);
  });

  it('rejects a maintenance option that is not a list', () => {
    expectMadoguchiError(() => createDesk(desknetsCloud, { maintenance: base as never }), 'INVALID_POLICY');
  });
});
