/**
 * The madoguchi core: the desk, its compiled answers, words for people, and the terms as data.
 *
 * @module madoguchi
 */
// The public API, listed by hand so that nothing becomes public by accident. Held back on
// purpose: the calendar and time helpers (internal shapes may change), definePolicy (createDesk
// validates), the compiled schedule (its shape may change).

export { MadoguchiError, type MadoguchiErrorCode } from './errors/madoguchi-error.js';
export { createDesk, type Desk } from './faces/create-desk.js';
export { day } from './faces/day.js';
export { lines } from './faces/lines.js';
export { maintenanceOf } from './faces/maintenance.js';
export { desk, maintenance } from './faces/preset-desk.js';
export { route } from './faces/route.js';
export { type WatchOptions, type WatchSignal, watch } from './faces/watch.js';
export { windows } from './faces/windows.js';
export { type DescribeOptions, describe } from './format/describe.js';
export { hoursText } from './format/hours-text.js';
export type { Locale, Style } from './format/words.js';
export type { Maintenance, MaintenancePeriod, MaintenanceStatus } from './model/maintenance.js';
export type {
  ClosedDecision,
  ConnectDecision,
  NextWhen,
  RedirectDecision,
  RouteDecision,
  RouteRequest,
  UnsupportedLanguageDecision,
} from './model/route.js';
export type { Closed, ClosedReason, DayInfo, HolidayMark, InstantInput, Line, LocalizedName, Opening, Status, Suspension } from './model/types.js';
export { toE164 } from './phone/e164.js';
export type {
  CompanyHolidayInput,
  DeskOptions,
  EditionInput,
  LineInput,
  MaintenanceInput,
  NameInput,
  NationalHolidayAdjustments,
  OverrideInput,
  PolicyInput,
  WindowInput,
} from './policy/types.js';
export { desknetsCloud } from './presets/desknets-cloud.js';
