import { describe, expect, it } from 'vitest';
import { day, desk } from '../../src/index.js';

// National holidays under the National Holidays Act: 振替休日 (Art. 3-2) and 国民の休日 (Art. 3-3), on
// days whose weekdays were read off a calendar (first written against survivors of `npm run mutation`).

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
