/**
 * Your company's closures (当社休業日: the terms list none). The Lambda routes with them and the
 * template's hours of operation carry them, so both answer alike. Edit, then `npm run` the build
 * of template.json again (see README).
 */
import type { CompanyHolidayInput } from '../../src/index.js'; // in your project: from 'madoguchi'

export const companyHolidays: CompanyHolidayInput[] = [
  { date: '--12-29/--01-03', name: '年末年始休業' },
  { date: '--08-13/--08-15', name: '夏季休業' },
];
