import {
  policyDuplicateLine,
  policyEditionNumber,
  policyEditionsOutOfOrder,
  policyEditionsSameDay,
  policyEditionTwice,
  policyEffectiveTooEarly,
  policyLanguageTag,
  policyLineId,
  policyListedTwice,
  policyNoEditions,
  policyNoLanguages,
  policyNoLines,
  policyNotOneOf,
  policyTel,
  policyUntil,
  policyWeekday,
  policyWeekdayTwice,
} from '../errors/messages.js';
import { toE164 } from '../phone/e164.js';
import { formatDate, parseDate } from '../time/calendar-date.js';
import { END_DAY, FIRST_POLICY_DAY } from '../time/constants.js';
import { compilePolicy } from './compile-policy.js';
import type { CompiledPolicy } from './compiled.js';
import { isLanguageTag, list, optionalText, record, text } from './shape.js';
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
  if (!LINE_ID.test(id)) throw policyLineId(`${path}.id`, id);
  checkName(r.name, `${path}.name`);
  const tel = text(r.tel, `${path}.tel`);
  if (toE164(tel) === null) throw policyTel(`${path}.tel`, tel);
  optionalText(r.fax, `${path}.fax`);
  const languages = list(r.languages, `${path}.languages`);
  if (languages.length === 0) throw policyNoLanguages(`${path}.languages`, r.languages);
  languages.forEach((tag, i) => {
    if (!isLanguageTag(tag)) throw policyLanguageTag(`${path}.languages[${i}]`, tag);
  });
  const weekdays = list(r.weekdays, `${path}.weekdays`);
  weekdays.forEach((day, i) => {
    if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) throw policyWeekday(`${path}.weekdays[${i}]`, day);
    if (weekdays.indexOf(day) !== i) throw policyWeekdayTwice(`${path}.weekdays[${i}]`, day);
  });
  checkWindows(r.windows, `${path}.windows`);
  checkNotAcrossMidnight(r.windows, `${path}.windows`);
  if (r.closedOn !== undefined) checkClosedOn(r.closedOn, `${path}.closedOn`);
  return id;
}

const CLOSURES = ['national-holiday', 'company-holiday'];

function checkClosedOn(value: unknown, path: string): void {
  list(value, path).forEach((item, i, all) => {
    if (typeof item !== 'string' || !CLOSURES.includes(item)) throw policyNotOneOf(`${path}[${i}]`, CLOSURES, item);
    if (all.indexOf(item) !== i) throw policyListedTwice(`${path}[${i}]`, item);
  });
}

function checkMaintenance(value: unknown, path: string): void {
  const r = record(value, path, ['daily', 'source']);
  checkWindows(r.daily, `${path}.daily`);
  optionalText(r.source, `${path}.source`);
}

function checkEdition(value: unknown, path: string): { edition: number; startDay: number } {
  const r = record(value, path, ['edition', 'effective', 'source', 'lines', 'recordingNotice', 'maintenance']);
  if (!Number.isInteger(r.edition) || (r.edition as number) < 1) throw policyEditionNumber(`${path}.edition`, r.edition);
  const startDay = parseDate(r.effective, `${path}.effective`, 'INVALID_POLICY');
  if (startDay < FIRST_POLICY_DAY) throw policyEffectiveTooEarly(`${path}.effective`, r.effective);
  optionalText(r.source, `${path}.source`);
  if (r.recordingNotice !== undefined) checkName(r.recordingNotice, `${path}.recordingNotice`);
  if (r.maintenance !== undefined) checkMaintenance(r.maintenance, `${path}.maintenance`);
  const lines = list(r.lines, `${path}.lines`);
  if (lines.length === 0) throw policyNoLines(`${path}.lines`, lines);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const id = checkLine(line, `${path}.lines[${i}]`);
    if (seen.has(id)) throw policyDuplicateLine(`${path}.lines`, id);
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
  if (items.length === 0) throw policyNoEditions('policy.editions', items);
  const editions = items.map((item, i) => checkEdition(item, `policy.editions[${i}]`)).sort((a, b) => a.startDay - b.startDay);
  for (let i = 1; i < editions.length; i++) {
    const prev = editions[i - 1] as (typeof editions)[number];
    const cur = editions[i] as (typeof editions)[number];
    if (cur.startDay === prev.startDay) throw policyEditionsSameDay('policy.editions', prev.edition, cur.edition, items);
    // Numbers must rise with dates: comparing neighbours then also catches a number listed twice
    // with another edition between them.
    if (cur.edition === prev.edition) throw policyEditionTwice('policy.editions', cur.edition, items);
    if (cur.edition < prev.edition) {
      const dated = (e: typeof cur) => ({ edition: e.edition, date: formatDate(e.startDay) });
      throw policyEditionsOutOfOrder('policy.editions', dated(cur), dated(prev), items);
    }
  }
  if (r.until !== undefined) {
    const until = parseDate(r.until, 'policy.until', 'INVALID_POLICY');
    if (until >= END_DAY || until < (editions[0] as (typeof editions)[number]).startDay) throw policyUntil('policy.until', r.until);
  }
  return compilePolicy(input as PolicyInput);
}
