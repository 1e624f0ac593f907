// The public API, listed by hand so that nothing becomes public by accident.
export { desk } from './desk.js';
export { createDesk, type Desk } from './engine/create-desk.js';
export type { Closed, ClosedReason, DayInfo, HolidayMark, Line, Opening, Status } from './engine/types.js';
export { MadoguchiError, type MadoguchiErrorCode } from './errors/madoguchi-error.js';
export type {
  CompanyHolidayInput,
  DeskOptions,
  EditionInput,
  LineInput,
  LocalizedName,
  NationalHolidayAdjustments,
  OverrideInput,
  PolicyInput,
  WindowInput,
} from './policy/types.js';
export { desknetsCloud } from './presets/desknets-cloud.js';
export type { InstantInput } from './time/instant.js';
