import { beforeAll, describe, expect, it } from 'vitest';
import { desk } from '../../src/index.js';
import { answered, expectBuiltCli } from './run-cli.js';

// Edition 15 (from 2023-02-06, a Monday): 通常窓口 9:00–17:30 and 夜間延長窓口 18:00–20:00 on
// weekdays; edition 14 before it: 問い合わせ窓口 9:00–12:00 and 13:00–17:30.
const REGULAR = '通常窓口  TEL 0120-365-800  FAX 045-640-5918';
const NIGHT = '夜間延長窓口  TEL 0800-777-9984';

beforeAll(expectBuiltCli);

describe.concurrent('madoguchi next', () => {
  it.each([
    ['2026-11-25T10:00+09:00', [], `2026-11-25（水）18:00～20:00 日本時間  ${NIGHT}`],
    ['2026-11-25T10:00+09:00', ['--line', 'regular'], `2026-11-26（木）9:00～17:30 日本時間  ${REGULAR}`],
    ['2026-11-25T10:00+09:00', ['--line', 'night'], `2026-11-25（水）18:00～20:00 日本時間  ${NIGHT}`],
    ['2026-11-27T20:00+09:00', [], `2026-11-30（月）9:00～17:30 日本時間  ${REGULAR}`],
    ['2026-11-20T20:00+09:00', [], `2026-11-24（火）9:00～17:30 日本時間  ${REGULAR}`],
    ['2023-02-03T18:00+09:00', [], `2023-02-06（月）9:00～17:30 日本時間  ${REGULAR}`],
    ['2023-02-01T10:00+09:00', ['--line', 'night'], `2023-02-06（月）18:00～20:00 日本時間  ${NIGHT}`],
    ['2021-06-01T10:00+09:00', [], '2021-06-01（火）13:00～17:30 日本時間  問い合わせ窓口  TEL 0120-365-800  FAX 045-640-5918'],
  ])('after %s %j the next opening is %s', async (at, extra, expected) => {
    expect(await answered(['next', '--at', at, '--lang', 'ja', ...extra])).toBe(`${expected}\n`);
  });

  it('says in English when no opening is left before 2100', async () => {
    expect(await answered(['next', '--at', '2099-12-31T20:00+09:00', '--lang', 'en'])).toBe('No further opening is scheduled.\n');
  });

  it('prints null as JSON when no opening is left', async () => {
    expect(JSON.parse(await answered(['next', '--at', '2099-12-31T20:00+09:00', '--json']))).toBeNull();
  });

  it('prints the opening as JSON in +09:00, agreeing with the library', async () => {
    const at = '2026-11-25T10:00:00+09:00';
    const json = JSON.parse(await answered(['next', '--line', 'regular', '--at', at, '--json']));
    expect(json).toMatchObject({
      line: { id: 'regular', tel: '0120-365-800' },
      opensAt: '2026-11-26T09:00:00.000+09:00',
      closesAt: '2026-11-26T17:30:00.000+09:00',
    });
    const library = desk.nextOpening(at, 'regular');
    expect(Date.parse(json.opensAt)).toBe(library?.opensAt.getTime());
    expect(json.line).toEqual(JSON.parse(JSON.stringify(library?.line)));
  });
});
