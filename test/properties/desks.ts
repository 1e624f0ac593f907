import { createDesk, type Desk, desk, desknetsCloud, type PolicyInput } from '../../src/index.js';

/** A desk under test, the line ids it has, and dates where its options change the day. */
export interface DeskCase {
  readonly name: string;
  readonly desk: Desk;
  /** The same policy without options: its windows are the normal hours an override may have removed. */
  readonly base: Desk;
  readonly lineIds: readonly string[];
  readonly specialDates: readonly string[];
  /** Where its timed closures start and end (epoch ms): the reason changes there even when no window does. */
  readonly closureEdges?: readonly number[];
}

/** Timed company closures as calendars export them: an afternoon, across midnight, a long weekend from Friday noon. */
const TIMED = [
  { start: '2026-11-26T13:00+09:00', end: '2026-11-26T18:30+09:00', name: { ja: '社内研修', en: 'staff training' } },
  { start: '2026-12-02T19:00+09:00', end: '2026-12-03T10:15+09:00' },
  { start: '2026-12-11T12:00+09:00', end: '2026-12-14T12:00+09:00', name: '設備点検' },
  { start: '2026-11-21T10:00+09:00', end: '2026-11-21T11:00+09:00' }, // a Saturday: inside it, the company holiday speaks before the weekend
] as const;

/**
 * A late line with a window from midnight and one late in the evening, to exercise the edges of
 * the JST day. (Closing at 24:00 with a 0:00 window, a line that never closes across midnight, is
 * rejected by createDesk: see test/core/errors.test.ts.)
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
  {
    name: 'a desk with timed company closures',
    desk: createDesk(desknetsCloud, { companyHolidays: [...TIMED] }),
    base: desk,
    lineIds: ['regular', 'night'],
    specialDates: ['2026-11-26', '2026-12-02', '2026-12-03', '2026-12-11', '2026-12-12', '2026-12-14', '2026-11-21'],
    closureEdges: TIMED.flatMap((c) => [Date.parse(c.start), Date.parse(c.end)]),
  },
  { name: 'an overnight desk', desk: overnight, base: overnight, lineIds: ['late'], specialDates: ['2026-11-27', '2026-11-30', '2027-01-01'] },
];
