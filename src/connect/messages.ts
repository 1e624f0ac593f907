// Every error message of the platform faces (madoguchi/connect, madoguchi/twilio), one function
// each, so the wording is reviewed in one place: a message names the offending value and says what
// is accepted or what to do instead. E.g. unknownOption('connectHandler', 'clock', ['desk', 'responseType'])
// gives 'Unknown option "clock"; connectHandler takes desk, responseType.'

/** A value as a message shows it: a string quoted, anything else by its type. */
const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : typeof value);

export const notAnObject = (who: string, expected: string): string => `${who} takes ${expected}.`;
export const unknownOption = (who: string, key: string, accepted: readonly string[]): string =>
  `Unknown option ${JSON.stringify(key)}; ${who} takes ${accepted.join(', ')}.`;
export const notADesk = (who: string): string => `${who} needs a desk from createDesk() (or desk, the terms as published).`;
export const responseType = (value: unknown): string => `options.responseType must be "STRING_MAP" or "JSON", got ${show(value)}.`;

export const notAConnectEvent = (): string =>
  'Not an Amazon Connect event: expected { Details: { ContactData: { SystemEndpoint: { Address } }, Parameters } } as the "Invoke AWS Lambda function" block sends.';
export const parametersNotObject = (): string => "Details.Parameters must be an object of strings (the block's function input parameters).";
export const parameterNotString = (name: string, value: unknown): string => `Details.Parameters.${name} must be a string, got ${show(value)}.`;
export const addressNotString = (value: unknown): string => `Details.ContactData.SystemEndpoint.Address must be a phone number string, got ${show(value)}.`;
export const eventNamesNoLine = (): string => 'The event names no line: Details.ContactData.SystemEndpoint.Address is empty and no lineId parameter is set.';

export const toNotString = (value: unknown): string => `The To field must be a phone number string, got ${show(value)}.`;
export const webhookNamesNoLine = (): string => 'The webhook fields have no To (the number dialed) and no lineId option names the line.';

export const unknownNumber = (dialed: string, tels: readonly string[]): string =>
  `The dialed number ${JSON.stringify(dialed)} is none of this desk's lines (${tels.join(', ')}); pass the line's id (lineId) for a number of your own.`;
export const unknownLineId = (id: string, ids: readonly string[]): string => `Unknown line ${JSON.stringify(id)}; the lines are ${ids.join(', ')}.`;
export const noSuchLineInEdition = (edition: number, id: string, ids: readonly string[]): string =>
  `Edition ${edition} has no line ${JSON.stringify(id)}; its lines are ${ids.join(', ')}.`;

export const unreadableHours = (hours: string, id: string): string => `Cannot read the hours ${JSON.stringify(hours)} of line "${id}".`;
export const lineIdNotString = (value: unknown): string => `options.lineId must be a line id such as "regular", got ${show(value)}.`;
export const notADate = (key: string, value: unknown): string => `options.${key} must be a JST date YYYY-MM-DD, got ${show(value)}.`;
export const invertedRange = (from: string, to: string): string => `The range ends (${to}) before it starts (${from}).`;
export const crossesEdition = (from: string, to: string, before: number, after: number, change: string, lastBefore: string): string =>
  `${from}..${to} crosses the change from edition ${before} to ${after} on ${change}; export each edition on its own (${from}..${lastBefore} and ${change}..${to}) and switch the hours of operation on ${change}.`;
export const overQuota = (from: string, to: string, needed: number, lineId: string, quota: number): string =>
  `${from}..${to} needs ${needed} overrides for line "${lineId}"; Amazon Connect allows ${quota} per hours of operation (not adjustable). Export one year at a time and deploy the next before the year ends, or keep the holidays in a parent hours of operation whose overrides each line's hours inherit.`;
