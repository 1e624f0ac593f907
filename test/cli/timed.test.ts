import { beforeAll, describe, expect, it } from 'vitest';
import { coreSupportsTimedClosures } from '../ical/core-support.js';
import { answered, expectBuiltCli } from './run-cli.js';

beforeAll(expectBuiltCli);

// The Google Calendar export closes 2026-12-17 13:00–18:00 JST (午後休業（全社会議）). The terms (第6条)
// open the regular line 9:00–17:30 and the night line 18:00–20:00 on weekdays; 2026-12-17 is a Thursday.
const GOOGLE = 'test/fixtures/ical/google-calendar.ics';

describe.skipIf(!coreSupportsTimedClosures).concurrent('timed closures from an .ics, through the CLI', () => {
  it.each([
    ['2026-12-17T12:59:59.999+09:00', true, undefined],
    ['2026-12-17T13:00+09:00', false, '午後休業（全社会議）'],
    ['2026-12-17T17:59:59.999+09:00', false, '午後休業（全社会議）'],
    ['2026-12-17T18:00+09:00', true, undefined],
  ])('at %s the desk is open: %s', async (at, open, name) => {
    const status = JSON.parse(await answered(['--at', at, '--json', '--company-holidays', GOOGLE]));
    expect(status.open).toBe(open);
    if (name !== undefined) expect(status.closed).toMatchObject({ reason: 'company-holiday', name });
  });

  it('closes the regular line at 13:00 that day', async () => {
    const status = JSON.parse(await answered(['--at', '2026-12-17T10:00+09:00', '--json', '--company-holidays', GOOGLE]));
    expect(status.closesAt).toBe('2026-12-17T13:00:00.000+09:00');
  });

  it('lists the afternoon closure in holidays with its source line', async () => {
    const list = JSON.parse(await answered(['holidays', '--from', '2026-12-17', '--to', '2026-12-17', '--json', '--company-holidays', GOOGLE]));
    expect(list.companyClosures).toEqual([
      {
        start: '2026-12-17T13:00:00.000+09:00',
        end: '2026-12-17T18:00:00.000+09:00',
        wholeDays: false,
        name: '午後休業（全社会議）',
        source: { file: GOOGLE, line: 84, uid: '9z8y7x6w5v4u@google.com', summary: '午後休業（全社会議）' },
      },
    ]);
  });
});
