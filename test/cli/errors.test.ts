import { beforeAll, describe, expect, it } from 'vitest';
import { expectBuiltCli, runCli } from './run-cli.js';

beforeAll(expectBuiltCli);

describe.concurrent('usage errors exit with 2 and one line on stderr naming the problem', () => {
  it.each<[string, string[], string]>([
    ['an unknown flag', ['--bogus'], "'--bogus'"],
    ['a flag the command does not take', ['status', '--line', 'night'], '--line'],
    ['a flag without its value', ['--at'], '--at'],
    ['a value for a boolean flag', ['--json=yes'], '--json'],
    ['--at without an offset', ['--at', '2026-11-25T10:00'], '"2026-11-25T10:00" is not an instant (it has no offset'],
    ['--at that is no instant', ['--at', 'tomorrow'], '"tomorrow"'],
    ['--at on a day February lacks', ['--at', '2026-02-30T10:00+09:00'], 'day 30'],
    ['--at before edition 14 took effect', ['--at', '2020-06-30T23:59:59.999+09:00'], '2020-07-01'],
    ['--at from 2100 on', ['--at', '2100-01-01T00:00+09:00'], '2099-12-31'],
    ['an unknown --lang', ['--lang', 'fr'], '"fr"'],
    ['--at given twice', ['--at', '2026-11-25T10:00+09:00', '--at', '2026-11-26T10:00+09:00'], '--at is given twice'],
    ['an unknown command', ['open'], '"open"'],
    ['an extra argument', ['next', 'soon'], '"soon"'],
    ['a malformed month', ['calendar', '2026-13'], '"2026-13"'],
    ['an unknown line', ['next', '--line', 'evening'], '"evening"'],
    ['a missing file', ['--company-holidays', 'test/fixtures/no-such-file.json'], 'no-such-file.json: no such file'],
    ['a directory for a file', ['--company-holidays', 'test/fixtures'], 'it is a directory'],
    ['malformed JSON', ['--company-holidays', 'test/fixtures/malformed.json'], 'neither iCalendar nor valid JSON'],
    ['an unknown key in the JSON', ['--company-holidays', 'test/fixtures/unknown-key.json'], 'unknown key "holidays"'],
    ['an impossible date in the JSON', ['--company-holidays', 'test/fixtures/impossible-date.json'], '"2026-02-30"'],
    ['a malformed .ics (bad DTSTART) with --strict', ['--company-holidays', 'test/fixtures/malformed.ics', '--strict'], 'line 6, DTSTART;VALUE=DATE:2026XX29'],
    ['an .ics that is no iCalendar', ['--company-holidays', 'test/fixtures/not-ical.ics'], 'BEGIN:VCALENDAR'],
    ['--ics without a range', ['calendar', '--ics', '2026-12-01'], '"2026-12-01"'],
    ['--ics with the range reversed', ['calendar', '--ics', '2026-12-31/2026-12-01'], 'before from'],
    ['--ics with an impossible day', ['calendar', '--ics', '2026-02-29/2026-03-01'], '"2026-02-29"'],
    ['--out without --ics', ['calendar', '--out', 'x.ics'], '--out'],
    ['--out into a missing folder', ['calendar', '--ics', '2026-12-01/2026-12-02', '--out', '/nonexistent-dir/x.ics'], 'cannot write'],
  ])('%s', async (_, args, named) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
    expect(result.stderr).toContain(named);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
