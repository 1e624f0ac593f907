import type { Line } from '../engine/types.js';
import { describeValue } from '../errors/describe-value.js';
import { parseDate } from '../time/calendar-date.js';
import { daysFromCivil } from '../time/civil.js';
import { isLanguageTag, list, optionalText, policyError, record, text } from './shape.js';
import type { LocalizedName } from './types.js';
import { type DayWindow, hoursText, parseWindows } from './windows.js';

/** A line checked and compiled: its public face plus what the engine needs. */
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

// The first full year under the National Holidays Act (祝日法, 1948): earlier days have no holiday data.
const FIRST_SUPPORTED_DAY = daysFromCivil(1949, 1, 1);
const LINE_ID = /^[a-z][a-z0-9-]*$/;

function localizedName(value: unknown, path: string): LocalizedName {
  const r = record(value, path, ['ja', 'en']);
  return Object.freeze({ ja: text(r.ja, `${path}.ja`), en: text(r.en, `${path}.en`) });
}

function validLine(value: unknown, path: string, edition: number): ValidLine {
  const r = record(value, path, ['id', 'name', 'tel', 'fax', 'languages', 'weekdays', 'windows']);
  const id = text(r.id, `${path}.id`);
  if (!LINE_ID.test(id)) policyError(`${path}.id`, `${describeValue(id)} is not a line id; expected lowercase letters, digits and "-", such as "regular"`, id);
  const languages = list(r.languages, `${path}.languages`).map((tag, i) => {
    if (!isLanguageTag(tag)) policyError(`${path}.languages[${i}]`, `${describeValue(tag)} is not a BCP 47 language tag such as "ja"`, tag);
    return tag;
  });
  if (languages.length === 0) policyError(`${path}.languages`, 'expected at least one language tag such as "ja"', r.languages);
  const opensOn = [false, false, false, false, false, false, false, false];
  for (const [i, day] of list(r.weekdays, `${path}.weekdays`).entries()) {
    if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) {
      policyError(`${path}.weekdays[${i}]`, `${describeValue(day)} is not an ISO weekday; expected 1 (Monday) to 7 (Sunday)`, day);
    }
    opensOn[day as number] = true;
  }
  const windows = parseWindows(r.windows, `${path}.windows`, false);
  const fax = optionalText(r.fax, `${path}.fax`);
  const line: Line = Object.freeze({
    id,
    edition,
    name: localizedName(r.name, `${path}.name`),
    tel: text(r.tel, `${path}.tel`),
    ...(fax === undefined ? {} : { fax }),
    languages: Object.freeze(languages),
    hours: hoursText(windows),
    weekdays: Object.freeze([1, 2, 3, 4, 5, 6, 7].filter((d) => opensOn[d])),
  });
  return Object.freeze({ line, windows, opensOn: Object.freeze(opensOn) });
}

function validEdition(value: unknown, path: string): ValidEdition {
  const r = record(value, path, ['edition', 'effective', 'source', 'lines']);
  const edition = r.edition;
  if (!Number.isInteger(edition) || (edition as number) < 1) {
    policyError(`${path}.edition`, `expected a positive whole number, got ${describeValue(edition)}`, edition);
  }
  const startDay = parseDate(r.effective, `${path}.effective`, 'INVALID_POLICY');
  if (startDay < FIRST_SUPPORTED_DAY) {
    policyError(
      `${path}.effective`,
      `${describeValue(r.effective)} is before 1949-01-01; holidays under the National Holidays Act are known from 1949 on`,
      r.effective,
    );
  }
  optionalText(r.source, `${path}.source`);
  const items = list(r.lines, `${path}.lines`);
  if (items.length === 0) policyError(`${path}.lines`, 'expected at least one line', items);
  const lines = items.map((item, i) => validLine(item, `${path}.lines[${i}]`, edition as number));
  const seen = new Set<string>();
  for (const { line } of lines) {
    if (seen.has(line.id)) policyError(`${path}.lines`, `duplicate line id ${describeValue(line.id)}`, line.id);
    seen.add(line.id);
  }
  return Object.freeze({ edition: edition as number, startDay, lines: Object.freeze(lines) });
}

/**
 * Checks a policy completely and returns its compiled, frozen form; throws `INVALID_POLICY`
 * naming the first problem (unknown keys, malformed, inverted, overlapping windows, duplicates).
 */
export function definePolicy(input: unknown): ValidPolicy {
  const r = record(input, 'policy', ['id', 'name', 'editions', 'recordingNotice']);
  const items = list(r.editions, 'policy.editions');
  if (items.length === 0) policyError('policy.editions', 'expected at least one edition', items);
  const editions = items.map((item, i) => validEdition(item, `policy.editions[${i}]`)).sort((a, b) => a.startDay - b.startDay);
  for (let i = 1; i < editions.length; i++) {
    const prev = editions[i - 1] as ValidEdition;
    const cur = editions[i] as ValidEdition;
    if (cur.startDay === prev.startDay) policyError('policy.editions', `editions ${prev.edition} and ${cur.edition} take effect on the same day`, items);
    if (cur.edition === prev.edition) policyError('policy.editions', `edition ${cur.edition} is listed twice`, items);
  }
  const lineIds = new Set(editions.flatMap((e) => e.lines.map((l) => l.line.id)));
  return Object.freeze({
    id: text(r.id, 'policy.id'),
    name: localizedName(r.name, 'policy.name'),
    editions: Object.freeze(editions),
    lineIds,
    recordingNotice: r.recordingNotice === undefined ? null : localizedName(r.recordingNotice, 'policy.recordingNotice'),
  });
}
