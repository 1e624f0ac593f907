import type { Line } from '../model/types.js';
import { toE164 } from '../phone/e164.js';
import { parseDate } from '../time/calendar-date.js';
import { type DayWindow, hoursText, toDayWindows } from './day-windows.js';
import type { EditionInput, LineInput, LocalizedName, PolicyInput } from './types.js';

/** A line compiled: its public face plus what the engine needs. */
export interface ValidLine {
  readonly line: Line;
  readonly windows: readonly DayWindow[];
  /** Indexed by ISO weekday 1–7. */
  readonly opensOn: readonly boolean[];
}

export interface ValidEdition {
  readonly edition: number;
  /** Day number (JST) from which it is in force. */
  readonly startDay: number;
  readonly lines: readonly ValidLine[];
}

export interface ValidPolicy {
  readonly id: string;
  readonly name: LocalizedName;
  /** Sorted by `startDay`. */
  readonly editions: readonly ValidEdition[];
  /** Every line id of any edition. */
  readonly lineIds: ReadonlySet<string>;
  readonly recordingNotice: LocalizedName | null;
}

const name = (n: LocalizedName): LocalizedName => Object.freeze({ ja: n.ja, en: n.en });

function buildLine(input: LineInput, edition: number): ValidLine {
  const windows = toDayWindows(input.windows);
  const opensOn = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => input.weekdays.includes(d));
  const line: Line = Object.freeze({
    id: input.id,
    edition,
    name: name(input.name),
    tel: input.tel,
    e164: toE164(input.tel) as string,
    ...(input.fax === undefined ? {} : { fax: input.fax }),
    languages: Object.freeze([...input.languages]),
    hours: hoursText(windows),
    weekdays: Object.freeze([1, 2, 3, 4, 5, 6, 7].filter((d) => opensOn[d])),
  });
  return Object.freeze({ line, windows, opensOn: Object.freeze(opensOn) });
}

function buildEdition(input: EditionInput): ValidEdition {
  return Object.freeze({
    edition: input.edition,
    startDay: parseDate(input.effective),
    lines: Object.freeze(input.lines.map((l) => buildLine(l, input.edition))),
  });
}

/**
 * Compiles a policy that is already known to be valid: `definePolicy` checks first, and the
 * built-in preset is checked by the test suite, so importing `desk` carries no validation code.
 */
export function buildPolicy(input: PolicyInput): ValidPolicy {
  const editions = input.editions.map(buildEdition).sort((a, b) => a.startDay - b.startDay);
  return Object.freeze({
    id: input.id,
    name: name(input.name),
    editions: Object.freeze(editions),
    lineIds: new Set(editions.flatMap((e) => e.lines.map((l) => l.line.id))),
    recordingNotice: input.recordingNotice ? name(input.recordingNotice) : null,
  });
}

/** The edition in force on a day number, or `undefined` before the first one. */
export function editionOn(policy: ValidPolicy, day: number): ValidEdition | undefined {
  let found: ValidEdition | undefined;
  for (const edition of policy.editions) if (edition.startDay <= day) found = edition;
  return found;
}
