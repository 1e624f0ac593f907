import { describeValue } from '../errors/describe-value.js';
import { toE164 } from '../phone/e164.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { END_DAY, FIRST_POLICY_DAY } from '../time/constants.js';
import { compilePolicy } from './compile-policy.js';
import type { CompiledPolicy } from './compiled.js';
import { isLanguageTag, list, optionalText, policyError, record, text } from './shape.js';
import type { PolicyInput } from './types.js';
import { checkNotAcrossMidnight, checkWindows } from './windows.js';

const LINE_ID = /^[a-z][a-z0-9-]*$/;

function checkName(value: unknown, path: string): void {
  const r = record(value, path, ['ja', 'en']);
  text(r.ja, `${path}.ja`);
  text(r.en, `${path}.en`);
}

function checkLine(value: unknown, path: string): string {
  const r = record(value, path, ['id', 'name', 'tel', 'fax', 'languages', 'weekdays', 'windows', 'closedOn']);
  const id = text(r.id, `${path}.id`);
  if (!LINE_ID.test(id)) policyError(`${path}.id`, `${describeValue(id)} is not a line id; expected lowercase letters, digits and "-", such as "regular"`, id);
  checkName(r.name, `${path}.name`);
  const tel = text(r.tel, `${path}.tel`);
  if (toE164(tel) === null)
    policyError(`${path}.tel`, `${describeValue(tel)} is not a phone number; expected one such as "0120-365-800" or "+81120365800"`, tel);
  optionalText(r.fax, `${path}.fax`);
  const languages = list(r.languages, `${path}.languages`);
  if (languages.length === 0) policyError(`${path}.languages`, 'expected at least one language tag such as "ja"', r.languages);
  languages.forEach((tag, i) => {
    if (!isLanguageTag(tag)) policyError(`${path}.languages[${i}]`, `${describeValue(tag)} is not a BCP 47 language tag such as "ja"`, tag);
  });
  const weekdays = list(r.weekdays, `${path}.weekdays`);
  weekdays.forEach((day, i) => {
    if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) {
      policyError(`${path}.weekdays[${i}]`, `${describeValue(day)} is not an ISO weekday; expected 1 (Monday) to 7 (Sunday)`, day);
    }
    if (weekdays.indexOf(day) !== i) policyError(`${path}.weekdays[${i}]`, `weekday ${day} is listed twice; list each once`, day);
  });
  checkWindows(r.windows, `${path}.windows`);
  checkNotAcrossMidnight(r.windows, `${path}.windows`);
  if (r.closedOn !== undefined) checkClosedOn(r.closedOn, `${path}.closedOn`);
  return id;
}

const CLOSURES = ['national-holiday', 'company-holiday'];

function checkClosedOn(value: unknown, path: string): void {
  list(value, path).forEach((item, i, all) => {
    if (typeof item !== 'string' || !CLOSURES.includes(item)) {
      policyError(`${path}[${i}]`, `expected "national-holiday" or "company-holiday", got ${describeValue(item)}`, item);
    }
    if (all.indexOf(item) !== i) policyError(`${path}[${i}]`, `${describeValue(item)} is listed twice; list each once`, item);
  });
}

function checkMaintenance(value: unknown, path: string): void {
  const r = record(value, path, ['daily', 'source']);
  checkWindows(r.daily, `${path}.daily`);
  optionalText(r.source, `${path}.source`);
}

function checkEdition(value: unknown, path: string): { edition: number; startDay: number } {
  const r = record(value, path, ['edition', 'effective', 'source', 'lines', 'recordingNotice', 'maintenance']);
  if (!Number.isInteger(r.edition) || (r.edition as number) < 1) {
    policyError(`${path}.edition`, `expected a positive whole number, got ${describeValue(r.edition)}`, r.edition);
  }
  const startDay = parseDate(r.effective, `${path}.effective`, 'INVALID_POLICY');
  if (startDay < FIRST_POLICY_DAY) {
    policyError(
      `${path}.effective`,
      `${describeValue(r.effective)} is before 1949-01-01; holidays under the National Holidays Act are known from 1949 on`,
      r.effective,
    );
  }
  optionalText(r.source, `${path}.source`);
  if (r.recordingNotice !== undefined) checkName(r.recordingNotice, `${path}.recordingNotice`);
  if (r.maintenance !== undefined) checkMaintenance(r.maintenance, `${path}.maintenance`);
  const lines = list(r.lines, `${path}.lines`);
  if (lines.length === 0) policyError(`${path}.lines`, 'expected at least one line', lines);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const id = checkLine(line, `${path}.lines[${i}]`);
    if (seen.has(id)) policyError(`${path}.lines`, `duplicate line id ${describeValue(id)}`, id);
    seen.add(id);
  });
  return { edition: r.edition as number, startDay };
}

/**
 * Checks a policy completely and returns its compiled, frozen form; throws `INVALID_POLICY`
 * naming the first problem (unknown keys, malformed, inverted, overlapping windows, duplicates).
 */
export function definePolicy(input: unknown): CompiledPolicy {
  const r = record(input, 'policy', ['id', 'name', 'editions', 'recordingNotice', 'until']);
  text(r.id, 'policy.id');
  checkName(r.name, 'policy.name');
  if (r.recordingNotice !== undefined) checkName(r.recordingNotice, 'policy.recordingNotice');
  const items = list(r.editions, 'policy.editions');
  if (items.length === 0) policyError('policy.editions', 'expected at least one edition', items);
  const editions = items.map((item, i) => checkEdition(item, `policy.editions[${i}]`)).sort((a, b) => a.startDay - b.startDay);
  for (let i = 1; i < editions.length; i++) {
    const prev = editions[i - 1] as (typeof editions)[number];
    const cur = editions[i] as (typeof editions)[number];
    if (cur.startDay === prev.startDay) policyError('policy.editions', `editions ${prev.edition} and ${cur.edition} take effect on the same day`, items);
    // Numbers must rise with dates: comparing neighbours then also catches a number listed twice
    // with another edition between them.
    if (cur.edition === prev.edition) policyError('policy.editions', `edition ${cur.edition} is listed twice`, items);
    if (cur.edition < prev.edition) {
      policyError(
        'policy.editions',
        `edition ${cur.edition} takes effect ${formatDate(cur.startDay)}, after edition ${prev.edition} (${formatDate(prev.startDay)}); edition numbers must increase with their effective dates`,
        items,
      );
    }
  }
  if (r.until !== undefined) {
    const until = parseDate(r.until, 'policy.until', 'INVALID_POLICY');
    if (until >= END_DAY || until < (editions[0] as (typeof editions)[number]).startDay) {
      policyError(
        'policy.until',
        `${describeValue(r.until)} is not between the first edition's effective date and 2099-12-31 (the last day holidays are known)`,
        r.until,
      );
    }
  }
  return compilePolicy(input as PolicyInput);
}
