import { createDesk, desknetsCloud } from '../../src/index.js';
import type { RefOptions } from './reference.js';

/** The same company holidays and overrides, once for the desk and once for the reference. */
export const withClosures = createDesk(desknetsCloud, {
  companyHolidays: ['--12-29/--01-03', { date: '2026-08-14', name: '夏季休業' }],
  overrides: [
    { date: '2026-12-28', lineId: 'night', closed: true, name: '年末' },
    { date: '2030-11-26', lineId: 'regular', windows: [['10:00', '15:00']] },
    { date: '2031-03-03', closed: true },
    { date: '2031-03-08', lineId: 'regular', windows: [['9:00', '12:00']] },
  ],
});

export const closuresForReference: RefOptions = {
  yearly: [['12-29', '01-03']],
  dates: ['2026-08-14'],
  overrides: [
    { date: '2026-12-28', lineId: 'night' },
    { date: '2030-11-26', lineId: 'regular', windows: [[10 * 60, 15 * 60]] },
    { date: '2031-03-03' },
    { date: '2031-03-08', lineId: 'regular', windows: [[9 * 60, 12 * 60]] },
  ],
};
