import { beforeAll, describe, expect, it } from 'vitest';
import { answered, expectBuiltCli, runCli } from './run-cli.js';

beforeAll(expectBuiltCli);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ERROR_LINE = /^madoguchi: [^\n]+\n$/;

describe.concurrent('--lang takes locale tags', () => {
  // Wording belongs to describe() and the words of src/format: assert the language, not the sentences.
  it.each([
    ['ja-JP', 'ja'],
    ['ja', 'ja'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
  ])('--lang %s answers in %s', async (tag, lang) => {
    const out = await answered(['--at', '2026-11-25T10:00+09:00', '--lang', tag]);
    expect(out).toContain('0120-365-800');
    if (lang === 'ja') expect(out).not.toContain('Regular line');
    else expect(out.replaceAll(/通常窓口|夜間延長窓口/g, '')).not.toMatch(JAPANESE);
  });

  it('rejects a language the CLI does not speak, listing what it takes', async () => {
    const result = await runCli(['--lang', 'fr-FR']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ERROR_LINE);
    expect(result.stderr).toContain('"fr-FR"');
    expect(result.stderr).toContain('ja-JP');
  });
});

describe.concurrent('errors speak the user’s language', () => {
  it.each<[string, string[], Record<string, string>]>([
    ['--lang ja', ['--lang', 'ja', '--at', '2026-11-25T10:00'], {}],
    ['--lang ja-JP', ['--at', '2026-11-25T10:00', '--lang', 'ja-JP'], {}],
    ['LANG=ja_JP.UTF-8', ['--at', '2026-11-25T10:00'], { LANG: 'ja_JP.UTF-8' }],
    ['LC_ALL=ja_JP.UTF-8 over LANG=C', ['--at', '2026-11-25T10:00'], { LANG: 'C', LC_ALL: 'ja_JP.UTF-8' }],
  ])('in Japanese with %s, quoting the value as typed', async (_, args, env) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ERROR_LINE);
    expect(result.stderr).toMatch(JAPANESE);
    expect(result.stderr).toContain('2026-11-25T10:00');
  });

  it.each<[string[], Record<string, string>]>([
    [['--at', '2026-11-25T10:00'], {}],
    [['--at', '2026-11-25T10:00', '--lang', 'en-US'], { LANG: 'ja_JP.UTF-8' }],
    [['--bogus'], {}],
  ])('in English for %j %j, with no Japanese script outside quoted values', async (args, env) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ERROR_LINE);
    expect(result.stderr).not.toMatch(JAPANESE);
  });

  it.each([
    ['ja', ['--bogus'], '「--bogus」というオプションはありません'],
    ['ja', ['status', '--line', 'night'], 'status は --line を受け付けません'],
    ['ja', ['open'], '「open」というコマンドはありません'],
    ['ja', ['--company-holidays', 'test/fixtures/no-such-file.json'], 'test/fixtures/no-such-file.json を読めません: ファイルがありません'],
  ])('in --lang %s: %j says %s', async (lang, args, expected) => {
    const result = await runCli([...args, '--lang', lang]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
  });
});

describe.concurrent('instants in errors are echoed as typed and in JST, never only in UTC', () => {
  // 2019-06-01T00:00Z is 9:00 JST on Saturday 1 June 2019, before edition 14 took effect (2020-07-01).
  it.each([
    ['en', '--at "2019-06-01T00:00Z" (2019-06-01 (Sat) 9:00 JST) is before the first edition', '2020-07-01'],
    ['ja', '--at の「2019-06-01T00:00Z」（日本時間 2019-06-01 (土) 9:00）', '2020-07-01'],
  ])('--lang %s', async (lang, echoed, first) => {
    const result = await runCli(['--at', '2019-06-01T00:00Z', '--lang', lang]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(echoed);
    expect(result.stderr).toContain(first);
  });

  it('from 2100 on (2099-12-31T15:00Z is midnight JST)', async () => {
    const result = await runCli(['--at', '2099-12-31T15:00:00Z', '--lang', 'en']);
    expect(result.stderr).toContain('--at "2099-12-31T15:00:00Z" (2100-01-01 (Fri) 0:00 JST) is out of range');
  });
});

describe.concurrent('every form an error lists is accepted', () => {
  it('the --at examples of the error message all answer', async () => {
    const result = await runCli(['--at', 'tomorrow', '--lang', 'en']);
    const examples = [...result.stderr.matchAll(/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})/g)].map((m) => m[0]);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(result.stderr).not.toContain('epoch');
    for (const at of examples) expect((await runCli(['--at', at])).code, at).toBe(0);
  });

  it.each([
    '2026-11-25T10:00+09:00',
    '2026-11-25T10:00:00.000+09:00',
    '2026-11-25T01:00Z',
    '2026-11-25T10:00+0900',
    '2026-11-25T10:00+09',
  ])('--at %s answers', async (at) => {
    expect((await runCli(['--at', at])).code).toBe(0);
  });
});

describe.concurrent('options that do not apply are usage errors, not ignored', () => {
  it.each<[string[], string, string | undefined]>([
    [['calendar', '--ics', '2026-12-01/2026-12-02', '--json'], '--json', 'month'],
    [['calendar', '--ics', '2026-12-01/2026-12-02', '--lang', 'en'], '--lang', undefined],
    [['calendar', '2026-12', '--ics', '2026-12-01/2026-12-02'], '2026-12', undefined],
    [['next', '--ics', '2026-12-01/2026-12-02'], 'next does not take --ics', undefined],
    [['status', '--out', 'x.ics'], 'status does not take --out', undefined],
  ])('%j', async (args, named, notNamed) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(ERROR_LINE);
    expect(result.stderr).toContain(named);
    if (notNamed !== undefined) expect(result.stderr).not.toContain(notNamed);
  });
});

describe.concurrent('provisional holidays are marked in status and calendar', () => {
  it.each([
    ['ja', '（暫定）', '春分の日'],
    ['en', '(provisional)', 'Vernal Equinox Day'],
  ])('status --lang %s on 2028-03-20 marks the equinox %s', async (lang, mark, name) => {
    const rows = (await answered(['--at', '2028-03-20T10:00+09:00', '--lang', lang])).split('\n').filter((r) => r.includes(mark));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(name);
  });

  it('calendar 2028-03 marks 03-20 only', async () => {
    const rows = (await answered(['calendar', '2028-03', '--lang', 'ja'])).split('\n').filter((r) => r.includes('暫定'));
    expect(rows.map((r) => r.slice(0, 10))).toEqual(['2028-03-20']);
  });

  it('status on 2027-03-21 (an announced equinox) carries no mark', async () => {
    expect(await answered(['--at', '2027-03-21T10:00+09:00', '--lang', 'ja'])).not.toContain('暫定');
  });
});

describe.concurrent('--help', () => {
  it.each([
    ['ja', '使い方:'],
    ['en', 'Usage:'],
  ])('--lang %s prints the help in its language, with the holidays command', async (lang, heading) => {
    const out = await answered(['--help', '--lang', lang]);
    expect(out).toContain(heading);
    expect(out).toContain('madoguchi holidays [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>]');
    expect(out).toContain('--strict');
  });
});

describe.concurrent('npm start --at … (npm keeps the options before -- for itself)', () => {
  it('says to write npm start -- --at …, in the user’s language', async () => {
    // What npm passes on for `npm start --at 2026-11-25T10:00+09:00 --lang en`: the values only.
    const en = await runCli(['2026-11-25T10:00+09:00', 'en'], { npm_lifecycle_event: 'start' });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(ERROR_LINE);
    expect(en.stderr).toContain('write npm start -- --at');
    const ja = await runCli(['2026-11-25T10:00+09:00'], { npm_lifecycle_event: 'start', LANG: 'ja_JP.UTF-8' });
    expect(ja.stderr).toContain('npm start -- --at');
    expect(ja.stderr).toMatch(JAPANESE);
  });

  it('still calls a mistyped command unknown', async () => {
    expect((await runCli(['stauts'], { npm_lifecycle_event: 'start' })).stderr).toContain('unknown command "stauts"');
  });
});
