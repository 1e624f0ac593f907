/**
 * The madoguchi core: the desk, its compiled answers, words for people, and the terms as data.
 *
 * @module madoguchi
 */
// The public API, listed by hand so that nothing becomes public by accident. Held back on
// purpose: the calendar and time helpers (internal shapes may change), definePolicy (createDesk
// validates), createMaintenance (desks take maintenance periods as an option).
export { desk } from './desk.js';
export { createDesk, type Desk } from './engine/create-desk.js';
export { MadoguchiError, type MadoguchiErrorCode } from './errors/madoguchi-error.js';
export { day } from './faces/day.js';
export { lines } from './faces/lines.js';
export { maintenanceOf } from './faces/maintenance-of.js';
export { route } from './faces/route.js';
export { windows } from './faces/windows.js';
export { type DescribeOptions, describe } from './format/describe.js';
export { hoursText } from './format/hours-text.js';
export type { Locale, Style } from './format/words.js';
export { type Maintenance, type MaintenancePeriod, type MaintenanceStatus, maintenance } from './maintenance/maintenance.js';
export type {
  ClosedDecision,
  ConnectDecision,
  NextWhen,
  RedirectDecision,
  RouteDecision,
  RouteRequest,
  UnsupportedLanguageDecision,
} from './model/route.js';
export type { Closed, ClosedReason, DayInfo, HolidayMark, Line, LocalizedName, Opening, Status, Suspension } from './model/types.js';
export { toE164 } from './phone/e164.js';
export type {
  CompanyHolidayInput,
  DeskOptions,
  EditionInput,
  LineInput,
  MaintenanceInput,
  NationalHolidayAdjustments,
  OverrideInput,
  PolicyInput,
  WindowInput,
} from './policy/types.js';
export { desknetsCloud } from './presets/desknets-cloud.js';
export type { InstantInput } from './time/instant.js';
