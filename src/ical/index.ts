// madoguchi/ical: iCalendar import and export, kept apart so the core carries no ical.js.
export { toICal } from './export.js';
export { companyHolidaysFromICal } from './import.js';
