/**
 * The words of madoguchi in one place, for every face (CLI, `<madoguchi-contact>`, IVR prompts,
 * HTTP outputs): sentences (`describe`, `hoursText`), the vocabulary and its short labels, the
 * date and time forms per locale and style, phone numbers read aloud and the order of a transfer
 * announcement.
 *
 * @module madoguchi/format
 */
export { type DescribeOptions, describe, transferSpeech } from './describe.js';
export { hoursText } from './hours-text.js';
export { spokenNumber } from './spoken-number.js';
export {
  breakAt,
  closedLabel,
  closureName,
  dayLabel,
  JAPANESE_SCRIPT,
  nationalHolidayName,
  ownName,
  statusLabel,
  suspensionsOf,
  VOCABULARY,
} from './vocabulary.js';
export {
  dateTimeWords,
  dateWords,
  dayDistance,
  type Locale,
  languageWords,
  phoneWords,
  type Style,
  timeWords,
  weekdayName,
  weekdayShort,
  zoneWords,
} from './words.js';
