import type { Line, LocalizedName } from '../model/types.js';
import { toE164 } from '../phone/e164.js';
import { parseDate } from '../time/calendar-date.js';
import { END_DAY } from '../time/constants.js';
import type { CompiledEdition, CompiledLine, CompiledPolicy } from './compiled.js';
import { toDayWindows, windowsText } from './day-windows.js';
import type { EditionInput, LineInput, PolicyInput } from './types.js';

const name = (n: LocalizedName): LocalizedName => Object.freeze({ ja: n.ja, en: n.en });

function compileLine(input: LineInput, edition: number): CompiledLine {
  const windows = toDayWindows(input.windows);
  const closedOn = input.closedOn ?? ['national-holiday', 'company-holiday'];
  const line: Line = Object.freeze({
    id: input.id,
    edition,
    name: name(input.name),
    tel: input.tel,
    e164: toE164(input.tel) as string,
    ...(input.fax === undefined ? {} : { fax: input.fax }),
    languages: Object.freeze([...input.languages]),
    hours: windowsText(windows),
    weekdays: Object.freeze([1, 2, 3, 4, 5, 6, 7].filter((d) => input.weekdays.includes(d))),
  });
  return Object.freeze({
    line,
    windows,
    closedOnNational: closedOn.includes('national-holiday'),
    closedOnCompany: closedOn.includes('company-holiday'),
  });
}

function compileEdition(input: EditionInput, notice: LocalizedName | undefined): CompiledEdition {
  const recordingNotice = input.recordingNotice ?? notice;
  return Object.freeze({
    edition: input.edition,
    startDay: parseDate(input.effective),
    lines: Object.freeze(input.lines.map((l) => compileLine(l, input.edition))),
    recordingNotice: recordingNotice === undefined ? null : name(recordingNotice),
    maintenance: input.maintenance === undefined ? Object.freeze([]) : toDayWindows(input.maintenance.daily),
  });
}

/**
 * Compiles a policy that is already known to be valid (`definePolicy` checks first; the preset is
 * compiled ahead of time and checked by the test suite).
 */
export function compilePolicy(input: PolicyInput): CompiledPolicy {
  const editions = input.editions.map((e) => compileEdition(e, input.recordingNotice)).sort((a, b) => a.startDay - b.startDay);
  return Object.freeze({
    editions: Object.freeze(editions),
    firstDay: (editions[0] as CompiledEdition).startDay,
    endDay: input.until === undefined ? END_DAY : parseDate(input.until) + 1,
  });
}
