import { createDesk, type Desk, desk, desknetsCloud, type PolicyInput } from '../../src/index.js';

/** A desk under test, the line ids it has, and dates where its options change the day. */
export interface DeskCase {
  readonly name: string;
  readonly desk: Desk;
  /** The same policy without options: its windows are the normal hours an override may have removed. */
  readonly base: Desk;
  readonly lineIds: readonly string[];
  readonly specialDates: readonly string[];
}

/**
 * A late line with a window from midnight and one late in the evening, to exercise the edges of
 * the JST day. (Closing at 24:00 with a 0:00 window, a line that never closes across midnight, is
 * rejected by createDesk: see test/errors/errors.test.ts.)
 */
export const overnightPolicy: PolicyInput = {
  id: 'overnight',
  name: { ja: '深夜窓口', en: 'Overnight desk' },
  editions: [
    {
      edition: 1,
      effective: '2020-07-01',
      lines: [
        {
          id: 'late',
          name: { ja: '深夜窓口', en: 'Late line' },
          tel: '0120-000-000',
          languages: ['ja', 'en'],
          weekdays: [1, 2, 3, 4, 5],
          windows: [
            ['0:00', '2:00'],
            ['20:00', '23:30'],
          ],
        },
      ],
    },
  ],
};

const overnight = createDesk(overnightPolicy);

export const DESKS: readonly DeskCase[] = [
  { name: 'the preset desk', desk, base: desk, lineIds: ['regular', 'night'], specialDates: ['2023-02-03', '2023-02-06', '2026-11-23'] },
  {
    name: 'a desk with a year-end closure and overrides',
    desk: createDesk(desknetsCloud, {
      companyHolidays: ['--12-29/--01-03'],
      overrides: [
        { date: '2026-11-26', lineId: 'regular', windows: [['10:00', '15:00']], name: '短縮営業' },
        // The night line opening as the regular line closes: a boundary shared by two lines.
        { date: '2026-11-27', lineId: 'night', windows: [['17:30', '20:00']] },
        { date: '2026-11-28', lineId: 'regular', windows: [['10:00', '12:00']], name: '土曜臨時窓口' },
        { date: '2026-12-24', closed: true, name: '臨時休業' },
      ],
    }),
    base: desk,
    lineIds: ['regular', 'night'],
    specialDates: ['2026-11-26', '2026-11-27', '2026-11-28', '2026-12-24', '2026-12-29', '2027-01-04'],
  },
  { name: 'an overnight desk', desk: overnight, base: overnight, lineIds: ['late'], specialDates: ['2026-11-27', '2026-11-30', '2027-01-01'] },
];
