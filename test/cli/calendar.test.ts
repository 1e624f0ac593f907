import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './cli-build.js';
import { answered, expectBuiltCli, runCli } from './run-cli.js';

// Holidays from the National Holidays Act: 文化の日 11-03, 勤労感謝の日 11-23, 元日 01-01,
// 成人の日 the second Monday of January. Weekdays from Date.UTC, not from the code under test.
const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'];
const weekdayJa = (date: string): string => WEEKDAY_JA[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
const ED15 = '通常窓口 9:00～17:30  夜間延長窓口 18:00～20:00';

beforeAll(expectBuiltCli);

/** Rows by date of one month view; each distinct command runs once however many rows read it. */
const views = new Map<string, Promise<Map<string, string>>>();
function rows(...args: string[]): Promise<Map<string, string>> {
  const key = args.join(' ');
  let view = views.get(key);
  if (view === undefined) {
    view = answered(['calendar', '--lang', 'ja', ...args]).then(
      (out) =>
        new Map(
          out
            .trimEnd()
            .split('\n')
            .slice(1)
            .map((line) => [line.slice(0, 10), line]),
        ),
    );
    views.set(key, view);
  }
  return view;
}

const NOVEMBER = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);

describe.concurrent('madoguchi calendar', () => {
  it('has a title and one row per day of November 2026', async () => {
    const out = (await answered(['calendar', '2026-11', '--lang', 'ja'])).trimEnd().split('\n');
    expect(out[0]).toBe('2026年11月（日本時間）');
    expect(out.slice(1).map((row) => row.slice(0, 10))).toEqual(NOVEMBER);
  });

  it.each(NOVEMBER)('shows %s with its weekday, and windows or a reason', async (date) => {
    const weekday = weekdayJa(date);
    const holidays: Record<string, string> = { '2026-11-03': '文化の日', '2026-11-23': '勤労感謝の日' };
    const expected =
      holidays[date] !== undefined ? `休業日（${holidays[date]}）` : weekday === '土' ? '休業日（土曜日）' : weekday === '日' ? '休業日（日曜日）' : ED15;
    expect((await rows('2026-11')).get(date)).toBe(`${date} ${weekday}  ${expected}`);
  });

  it.each([
    ['2027-01-01', '休業日（年末年始休業・元日）'],
    ['2027-01-02', '休業日（年末年始休業）'],
    ['2027-01-03', '休業日（年末年始休業）'],
    ['2027-01-04', ED15],
    ['2027-01-11', '休業日（成人の日）'],
  ])('with the .ics company holidays, shows %s as "%s"', async (date, expected) => {
    expect((await rows('2027-01', '--company-holidays', 'test/fixtures/company-holidays.ics')).get(date)).toBe(`${date} ${weekdayJa(date)}  ${expected}`);
  });

  it.each([
    ['2026-12-25', '休業日（臨時の祝日）'],
    ['2026-12-28', '通常窓口 9:00～17:30  夜間延長窓口 休止'],
    ['2026-12-29', '休業日（年末年始休業）'],
  ])('with the JSON options (holidays, overrides, national holiday corrections), shows %s as "%s"', async (date, expected) => {
    expect((await rows('2026-12', '--company-holidays', 'test/fixtures/company-holidays.json')).get(date)).toBe(`${date} ${weekdayJa(date)}  ${expected}`);
  });

  it('shows edition 14 (with its lunch break) before 2023-02-06 and edition 15 from that day', async () => {
    const february = await rows('2023-02');
    expect(february.get('2023-02-03')).toBe('2023-02-03 金  問い合わせ窓口 9:00～12:00、13:00～17:30');
    expect(february.get('2023-02-06')).toBe(`2023-02-06 月  ${ED15}`);
  });

  it('takes the month of --at in JST, whatever the host zone', async () => {
    const out = (await answered(['calendar', '--at', '2026-11-30T20:00Z', '--lang', 'en'], { TZ: 'America/Los_Angeles' })).split('\n');
    expect(out.slice(0, 2)).toEqual(['December 2026 (JST)', '2026-12-01 Tue  Regular line 9:00–17:30  Evening line 18:00–20:00']);
  });

  it('names the holidays by their English names alone in English (no Japanese script)', async () => {
    // September 2026: 敬老の日 on the third Monday (21), 秋分の日 on 23, and the day between them a 国民の休日 (祝日法 第3条3項).
    const out = (await answered(['calendar', '2026-09', '--lang', 'en'])).split('\n');
    expect(out.filter((row) => row.startsWith('2026-09-2'))).toEqual([
      '2026-09-20 Sun  closed (Sunday)',
      '2026-09-21 Mon  closed (Respect for the Aged Day)',
      "2026-09-22 Tue  closed (Citizen's Holiday)",
      '2026-09-23 Wed  closed (Autumnal Equinox Day)',
      '2026-09-24 Thu  Regular line 9:00–17:30  Evening line 18:00–20:00',
      '2026-09-25 Fri  Regular line 9:00–17:30  Evening line 18:00–20:00',
      '2026-09-26 Sat  closed (Saturday)',
      '2026-09-27 Sun  closed (Sunday)',
      '2026-09-28 Mon  Regular line 9:00–17:30  Evening line 18:00–20:00',
      '2026-09-29 Tue  Regular line 9:00–17:30  Evening line 18:00–20:00',
    ]);
    expect(out.join('\n')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('shows a window that closes at midnight as ending at 24:00', async () => {
    const out = (await answered(['calendar', '2026-11', '--lang', 'ja', '--company-holidays', 'test/fixtures/midnight.json'])).split('\n');
    expect(out).toContain('2026-11-25 水  通常窓口 9:00～17:30  夜間延長窓口 20:00～24:00');
  });

  it('prints the days as JSON with windows in +09:00', async () => {
    const days = JSON.parse(await answered(['calendar', '2026-11', '--json']));
    expect(days).toHaveLength(30);
    expect(days[22]).toMatchObject({ date: '2026-11-23', weekday: 1, closed: { reason: 'national-holiday', name: '勤労感謝の日' }, windows: [] });
    expect(days[23].windows.map((w: { opensAt: string }) => w.opensAt)).toEqual(['2026-11-24T09:00:00.000+09:00', '2026-11-24T18:00:00.000+09:00']);
  });
});

describe.concurrent('colour', () => {
  const ESC = '\u001b[';

  it('is off when stdout is a pipe', async () => {
    expect((await runCli(['calendar', '2026-11'])).stdout).not.toContain(ESC);
  });

  // `script` runs the CLI on a pseudo-terminal, so its stdout is a TTY.
  const inTerminal = (env: Record<string, string>): Promise<string | null> =>
    new Promise((resolve) => {
      const command = `"${process.execPath}" "${CLI}" calendar 2026-11 --lang en`;
      execFile('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C', ...env } }, (error, stdout) =>
        resolve(error === null ? stdout : null),
      );
    });

  it('is on in a terminal (skipped where util-linux script is missing)', async (context) => {
    const out = await inTerminal({});
    if (out === null) context.skip();
    expect(out).toContain(`${ESC}31m`);
  });

  it('is off in a terminal when NO_COLOR is set', async (context) => {
    const out = await inTerminal({ NO_COLOR: '1' });
    if (out === null) context.skip();
    expect(out).toContain('2026-11-02 Mon');
    expect(out).not.toContain(ESC);
  });
});
