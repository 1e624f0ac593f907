import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, describe as group, it } from 'vitest';
import { spokenNumber } from '../../src/format/spoken-number.js';
import { createDesk, describe, desk, desknetsCloud, route } from '../../src/index.js';

// Open JTalk's dictionary (NAIST-jdic, Debian package open-jtalk-mecab-naist-jdic) read through MeCab
// stands in for a Japanese TTS front end: a phone number read aloud must come out as one token per
// digit word, or the voice joins digits into other words (written together, キュウキュウハチヨン is
// キュウ/キュウハ/チヨン). Skipped, saying why, where mecab or the dictionary is not installed; the
// CI step .ci/steps/words.sh installs both with apt-get.

const DICTIONARY = process.env.OPEN_JTALK_DIC ?? '/var/lib/mecab/dic/open-jtalk/naist-jdic';
// The operators' digit words, written from the issue (ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ).
const DIGIT = ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュウ'];

function missing(): string | null {
  try {
    execFileSync('mecab', ['--version'], { stdio: 'pipe' });
  } catch {
    return 'mecab is not installed (Debian: apt-get install mecab)';
  }
  if (!existsSync(join(DICTIONARY, 'sys.dic')))
    return `Open JTalk's dictionary is not at ${DICTIONARY} (Debian: apt-get install open-jtalk-mecab-naist-jdic, or set OPEN_JTALK_DIC)`;
  return null;
}
const why = missing();
if (why !== null) console.warn(`Open JTalk dictionary test skipped: ${why}`);

// Debian's package ships the compiled dictionary without a dicrc, which mecab needs: a copy of the
// directory by links, with the two settings the default output format reads.
let dicdir = '';
function segment(lines: readonly string[]): string[][] {
  if (dicdir === '') {
    dicdir = mkdtempSync(join(tmpdir(), 'naist-jdic-'));
    for (const file of readdirSync(DICTIONARY)) symlinkSync(join(DICTIONARY, file), join(dicdir, file));
    writeFileSync(join(dicdir, 'dicrc'), 'cost-factor = 800\nbos-feature = BOS/EOS,*,*,*,*,*,*,*,*\n');
  }
  const out = execFileSync('mecab', ['-r', '/dev/null', '-d', dicdir], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  return out
    .split('EOS\n')
    .slice(0, lines.length)
    .map((block) =>
      block
        .split('\n')
        .filter((row) => row !== '')
        .map((row) => row.split('\t')[0] as string),
    );
}
afterAll(() => {
  if (dicdir !== '') rmSync(dicdir, { recursive: true, force: true });
});

/** The digit words of a number as the groups printed, pauses left out. */
const expectedWords = (tel: string): string[] => [...tel.replace(/\D/g, '')].map((d) => DIGIT[Number(d)] as string);
/** Whether `tokens` hold `words` in a row, the pause tokens (、) between groups left out. */
function holdsInARow(tokens: readonly string[], words: readonly string[]): boolean {
  const t = tokens.filter((token) => token !== '、');
  return t.some((_, i) => words.every((w, j) => t[i + j] === w));
}

const custom = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] });
// Every digit at every place of a group, and each as the last word before 番です.
const digits = (tel: string) =>
  createDesk({
    id: 'digits',
    name: { ja: '窓口', en: 'Desk' },
    editions: [
      {
        edition: 1,
        effective: '2020-07-01',
        lines: [
          { id: 'd', name: { ja: '番号窓口', en: 'Number line' }, tel, languages: ['ja'], weekdays: [1, 2, 3, 4, 5, 6, 7], windows: [['9:00', '17:00']] },
        ],
      },
    ],
  });
const EVERY_DIGIT = [
  '0123-456-7890',
  '0987-654-3211',
  '03-5555-0002',
  '06-6666-0003',
  '011-222-0005',
  '0120-999-006',
  '0120-888-007',
  '0120-111-008',
  '0120-222-009',
];
// Every number a caller can hear: each line of both editions (open, or next after a closure), and
// the FAX number read by itself.
const SPEECH: readonly [string, string, string][] = [
  ['the regular line, open (edition 15)', '0120-365-800', describe(desk.status('2026-11-25T10:00+09:00'), { locale: 'ja', style: 'speech' })],
  ['the night line, open', '0800-777-9984', describe(desk.status('2026-11-25T19:00+09:00'), { locale: 'ja', style: 'speech' })],
  ['the night line, next after 17:30', '0800-777-9984', describe(desk.status('2026-11-25T17:45+09:00'), { locale: 'ja', style: 'speech' })],
  ['the edition 14 line, after its lunch break', '0120-365-800', describe(desk.status('2022-11-16T12:30+09:00'), { locale: 'ja', style: 'speech' })],
  ['the regular line after the year-end closure', '0120-365-800', describe(custom.status('2026-12-30T10:00+09:00'), { locale: 'ja', style: 'speech' })],
  [
    'the regular line for a caller in another language',
    '0120-365-800',
    describe(route(desk, { at: '2026-11-25T10:00+09:00', language: 'en' }), { locale: 'ja', style: 'speech' }),
  ],
  ...EVERY_DIGIT.map((tel): [string, string, string] => [
    `a line numbered ${tel}`,
    tel,
    describe(digits(tel).status('2026-11-25T10:00+09:00'), { locale: 'ja', style: 'speech' }),
  ]),
  ['the FAX number', '045-640-5918', `ファクス番号は、${spokenNumber('045-640-5918', 'ja')}番です。`],
];

group("Open JTalk's dictionary (NAIST-jdic through MeCab)", () => {
  it.skipIf(why !== null).each(SPEECH)(`segments %s (%s) into one token per digit word${why === null ? '' : ` — skipped: ${why}`}`, (_, tel, sentence) => {
    const [tokens] = segment([sentence]);
    expect(holdsInARow(tokens as string[], expectedWords(tel)), `${(tokens as string[]).join('/')}`).toBe(true);
  });

  it.skipIf(why !== null)(`would split digits written together into other words (the check can fail)${why === null ? '' : ` — skipped: ${why}`}`, () => {
    const [tokens] = segment(['お電話番号は、ゼロハチゼロゼロ、ナナナナナナ、キュウキュウハチヨン番です。']);
    expect(holdsInARow(tokens as string[], expectedWords('0800-777-9984'))).toBe(false);
  });
});
