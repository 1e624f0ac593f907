import { beforeAll, expect, describe as group, it } from 'vitest';
import { createDesk, describe, desk, desknetsCloud } from '../../src/index.js';
import { answered, expectBuiltCli } from './run-cli.js';

// Expected values come from 第6条 of the terms (edition 15 from 2023-02-06, edition 14 before) and
// the National Holidays Act; the library is consulted only to check the CLI passes its answer on.
const ICS = 'test/fixtures/company-holidays.ics';
const lines = async (args: string[]): Promise<string[]> => (await answered(args)).trimEnd().split('\n');

beforeAll(expectBuiltCli);

group.concurrent('madoguchi status, open', () => {
  it('names the regular line with TEL, FAX and 17:30 on a Wednesday morning (edition 15), then describe()’s sentence', async () => {
    const at = '2026-11-25T10:00+09:00';
    expect(await lines(['status', '--at', at, '--lang', 'ja'])).toEqual([
      '2026-11-25（水）10:00 日本時間  第15版',
      '受付中: 通常窓口  TEL 0120-365-800  FAX 045-640-5918',
      '受付終了: 17:30',
      '次の受付: 2026-11-25（水）18:00～20:00 日本時間  夜間延長窓口  TEL 0800-777-9984',
      '対応言語: 日本語のみ',
      describe(desk.status(at), { locale: 'ja' }),
    ]);
  });

  it('says the same in English, with the language constraint "Japanese only"', async () => {
    const out = await lines(['--at', '2026-11-25T01:00:00Z', '--lang', 'en']);
    expect(out.slice(0, 5)).toEqual([
      '2026-11-25 (Wed) 10:00 JST  edition 15',
      'Open:      Regular line  TEL 0120-365-800  FAX 045-640-5918',
      'Closes:    17:30',
      'Next:      2026-11-25 (Wed) 18:00–20:00 JST  Evening line  TEL 0800-777-9984',
      'Languages: Japanese only',
    ]);
  });

  it('is still open at 17:29:59.999 (half-open window)', async () => {
    expect(await lines(['--at', '2026-11-25T17:29:59.999+09:00', '--lang', 'ja'])).toContain('受付中: 通常窓口  TEL 0120-365-800  FAX 045-640-5918');
  });

  it('names the night line, which has no FAX, at 19:00', async () => {
    const out = await lines(['--at', '2026-11-25T19:00+09:00', '--lang', 'ja']);
    expect(out).toContain('受付中: 夜間延長窓口  TEL 0800-777-9984');
    expect(out).toContain('受付終了: 20:00');
  });

  it('shows a window that closes at midnight as closing at 24:00, not 0:00', async () => {
    // test/fixtures/midnight.json moves the night line to 20:00–24:00 on 2026-11-25.
    const out = await lines(['--at', '2026-11-25T21:00+09:00', '--lang', 'ja', '--company-holidays', 'test/fixtures/midnight.json']);
    expect(out).toContain('受付終了: 24:00');
    const before = await lines(['--at', '2026-11-25T19:00+09:00', '--lang', 'en', '--company-holidays', 'test/fixtures/midnight.json']);
    expect(before).toContain('Next:      2026-11-25 (Wed) 20:00–24:00 JST  Evening line  TEL 0800-777-9984');
  });

  it('names edition 14’s 問い合わせ窓口, open until the lunch break, in June 2021', async () => {
    const out = await lines(['--at', '2021-06-01T10:00+09:00', '--lang', 'ja']);
    expect(out[0]).toBe('2021-06-01（火）10:00 日本時間  第14版');
    expect(out).toContain('受付中: 問い合わせ窓口  TEL 0120-365-800  FAX 045-640-5918');
    expect(out).toContain('受付終了: 12:00');
  });
});

group.concurrent('madoguchi status, closed', () => {
  const REGULAR = '通常窓口  TEL 0120-365-800  FAX 045-640-5918';
  it.each([
    ['2026-11-23T10:00+09:00', [], '現在: 休業日（勤労感謝の日）', `次の受付: 2026-11-24（火）9:00～17:30 日本時間  ${REGULAR}`],
    // 祝日法 第3条3項: 2026-09-22 lies between 敬老の日 and 秋分の日, a 国民の休日 (a 休日, not a 祝日).
    ['2026-09-22T10:00+09:00', [], '現在: 休業日（国民の休日）', `次の受付: 2026-09-24（木）9:00～17:30 日本時間  ${REGULAR}`],
    ['2026-11-25T17:30+09:00', [], '現在: 受付時間外', '次の受付: 2026-11-25（水）18:00～20:00 日本時間  夜間延長窓口  TEL 0800-777-9984'],
    ['2026-11-25T20:00+09:00', [], '現在: 本日の受付は終了', `次の受付: 2026-11-26（木）9:00～17:30 日本時間  ${REGULAR}`],
    ['2026-11-25T08:59:59.999+09:00', [], '現在: 受付時間外', `次の受付: 2026-11-25（水）9:00～17:30 日本時間  ${REGULAR}`],
    ['2026-11-28T10:00+09:00', [], '現在: 休業日（土曜日）', `次の受付: 2026-11-30（月）9:00～17:30 日本時間  ${REGULAR}`],
    ['2021-06-01T12:30+09:00', [], '現在: 昼休み', '次の受付: 2021-06-01（火）13:00～17:30 日本時間  問い合わせ窓口  TEL 0120-365-800  FAX 045-640-5918'],
    ['2026-12-30T10:00+09:00', ['--company-holidays', ICS], '現在: 休業日（年末年始休業）', `次の受付: 2027-01-04（月）9:00～17:30 日本時間  ${REGULAR}`],
    ['2027-01-01T10:00+09:00', ['--company-holidays', ICS], '現在: 休業日（年末年始休業・元日）', `次の受付: 2027-01-04（月）9:00～17:30 日本時間  ${REGULAR}`],
  ])('at %s %j it prints "%s" and "%s"', async (at, extra, closed, next) => {
    const out = await lines(['--at', at, '--lang', 'ja', ...extra]);
    expect(out.slice(1, 4)).toEqual([closed, next, '対応言語: 日本語のみ']);
  });

  it('gives the reason in English too, without Japanese script', async () => {
    const out = await lines(['--at', '2026-11-23T10:00+09:00', '--lang', 'en']);
    expect(out.slice(1, 3)).toEqual([
      'Now:       closed (Labor Thanksgiving Day)',
      'Next:      2026-11-24 (Tue) 9:00–17:30 JST  Regular line  TEL 0120-365-800  FAX 045-640-5918',
    ]);
  });
});

group.concurrent('madoguchi status --json', () => {
  const JST_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/;

  /** Instants on both sides as epoch ms, so the CLI's strings and the library's Dates compare. */
  function epochs(value: unknown): unknown {
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'string' && JST_INSTANT.test(value)) return Date.parse(value);
    if (Array.isArray(value)) return value.map(epochs);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, epochs(v)]));
    return value;
  }

  it.each([
    ['2026-11-25T10:00:00+09:00', false],
    ['2026-11-23T10:00:00+09:00', false],
    ['2026-11-25T17:45:00+09:00', false],
    ['2021-06-01T12:30:00+09:00', false],
    ['2027-01-01T10:00:00+09:00', true],
    ['2099-12-31T21:00:00+09:00', false],
  ])('at %s (company holidays from the .ics: %s) agrees with the library’s Status, every instant in +09:00', async (at, withIcs) => {
    const json = JSON.parse(await answered(['--at', at, '--json', ...(withIcs ? ['--company-holidays', ICS] : [])]));
    const library = withIcs
      ? createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] }).status(at)
      : desk.status(at);
    for (const instant of [json.at, json.jst, json.closesAt, json.next?.opensAt, json.next?.closesAt])
      if (instant != null) expect(instant).toMatch(JST_INSTANT);
    const { at: a, jst, edition, open, line, closesAt, next, closed, languages, suspended } = library;
    expect(epochs(json)).toEqual(epochs({ at: a, jst, edition, open, line, closesAt, next, closed, languages, suspended }));
  });

  it('prints open until 17:30+09:00 on 2026-11-25 10:00 JST, as the terms say', async () => {
    expect(JSON.parse(await answered(['--at', '2026-11-25T01:00Z', '--json']))).toMatchObject({
      at: '2026-11-25T10:00:00.000+09:00',
      edition: 15,
      open: true,
      line: { id: 'regular', tel: '0120-365-800', fax: '045-640-5918', languages: ['ja'] },
      closesAt: '2026-11-25T17:30:00.000+09:00',
      next: { line: { id: 'night', tel: '0800-777-9984' }, opensAt: '2026-11-25T18:00:00.000+09:00', closesAt: '2026-11-25T20:00:00.000+09:00' },
      closed: null,
      languages: ['ja'],
    });
  });
});
