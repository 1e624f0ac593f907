import { describe, expect, it } from 'vitest';
import { createDesk, day, type PolicyInput } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// A policy's `until` is its last day answered (README: "the last day answered"), and a line without
// `closedOn` closes on both closures of 第6条1項 (土日祝日・当社休業日). Dates from a calendar:
// 2026-01-05 and 2026-01-12 are Mondays, 2026-01-12 is 成人の日 (the second Monday of January under the
// National Holidays Act), 2026-01-06 a Tuesday.

const policy = (until: string): PolicyInput => ({
  id: 'desk',
  name: { ja: '窓口', en: 'Desk' },
  until,
  editions: [
    {
      edition: 1,
      effective: '2026-01-05',
      lines: [
        { id: 'office', name: { ja: '受付', en: 'Office' }, tel: '03-1234-5678', languages: ['ja'], weekdays: [1, 2, 3, 4, 5], windows: [['9:00', '17:00']] },
      ],
    },
  ],
});

describe('until', () => {
  it('may be the first effective day itself: the desk then answers that one day only', () => {
    const d = createDesk(policy('2026-01-05'));
    expect(d.isOpen('2026-01-05T10:00+09:00')).toBe(true);
    expectMadoguchiError(() => d.status('2026-01-06T10:00+09:00'), 'OUT_OF_RANGE');
  });

  it('is a calendar date: an impossible one is a policy error naming policy.until', () => {
    const error = expectMadoguchiError(() => createDesk(policy('2026-02-30')), 'INVALID_POLICY');
    expect(error.message).toContain('policy.until');
    expect(error.message).toContain('2026-02-30');
  });
});

describe('a line without closedOn', () => {
  it('closes on company holidays and national holidays alike', () => {
    const d = createDesk(policy('2026-01-31'), { companyHolidays: ['2026-01-06'] });
    expect(day(d, '2026-01-06').closed).toMatchObject({ reason: 'company-holiday' });
    expect(d.isOpen('2026-01-06T10:00+09:00')).toBe(false);
    expect(day(d, '2026-01-12').closed).toMatchObject({ reason: 'national-holiday', name: '成人の日' });
    // The Monday before is an ordinary working day.
    expect(d.isOpen('2026-01-05T10:00+09:00')).toBe(true);
  });
});
