import { expect, describe as group, it } from 'vitest';
import { createDesk, describe, desk, hoursText, type Line, lines, route, type Status } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { expectKind, line, multilingual, policy, taipei } from '../helpers/route-fixtures.js';

// The sentences describe() and hoursText() make of route decisions and statuses that the preset
// never produces: lines in other languages, windows at midnight and noon, months and weekdays no
// other test speaks of, the last day of the range; and the arguments describe() accepts.
//
// Where the expectations come from:
// - 第6条 of the terms: ed.15 通常窓口 (Regular line) TEL 0120-365-800 9:00～17:30, 夜間延長窓口 (Evening
//   line) TEL 0800-777-9984 18:00～20:00, closed on 土日祝日・当社休業日, JST, 日本語のみ.
// - The calendar, read off `date` and checked against @holiday-jp/holiday_jp: 2026-02-04 Wed, 03-06 Fri,
//   04-08 Wed, 05-15 Fri, 06-10 Wed, 07-10 Fri, 09-02 Wed, 10-09 Fri, 12-02 Wed, none a holiday, each the
//   day after a working day; 2026-11-25 Wed, 2026-11-26 Thu; 2099-12-31 Thu, the last day of the range.
// - design.md (what route returns, `BCP 47` tags) and the sentence formats of README.md and the TSDoc
//   of describe/hoursText: times H:MM on screen, 午後5時30分 / 5:30 p.m. aloud (so 12:30 is 午後0時30分 /
//   12:30 p.m. and 0:00 is 午前0時 / midnight), dates 11月24日(火) / Tue 24 Nov on screen and 11月24日
//   火曜日 / Tuesday, November 24 aloud, phone numbers digit by digit, group by group. Every expected
//   sentence is written out by hand.

const jst = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(jst(text));

const REGULAR_JA = 'ゼロ イチ ニー ゼロ、サン ロク ゴー、ハチ ゼロ ゼロ';
const REGULAR_EN = 'zero one two zero, three six five, eight zero zero';

group('describe: unsupported-language after the last opening of the range', () => {
  const d = () => route(desk, { at: jst('2099-12-31T21:00'), language: 'en' });

  it.each([
    ['ja', 'text', '申し訳ございません。対応言語は日本語のみです。次の受付の予定はございません。'],
    ['ja', 'speech', '申し訳ございません。対応言語は日本語のみです。次の受付の予定はございません。'],
    ['en', 'text', 'Sorry, we can help in Japanese only. No further opening is scheduled.'],
    ['en', 'speech', 'Sorry, we can help in Japanese only. No further opening is scheduled.'],
  ] as const)('reads, in %s %s: %s', (locale, style, expected) => {
    expect(describe(d(), { locale, style })).toBe(expected);
  });
});

group('describe: an open line with nothing after it in the whole range', () => {
  it.each([
    ['ja', 'text', 'ただいま夜間延長窓口（TEL 0800-777-9984）で受け付けております。受付は20:00までです。'],
    ['en', 'text', 'The Evening line (0800-777-9984) is open now, until 20:00 JST. Support is in Japanese only.'],
    [
      'en',
      'speech',
      'The Evening line is open now. The number is zero eight zero zero, seven seven seven, nine nine eight four. It is open until 8 p.m. Japan time. Support is in Japanese only.',
    ],
  ] as const)('on 2099-12-31 at 18:30, in %s %s', (locale, style, expected) => {
    const s = desk.status(jst('2099-12-31T18:30'));
    expect(s.next).toBeNull();
    expect(describe(s, { locale, style })).toBe(expected);
  });
});

group('describe: lines in several languages', () => {
  it.each([
    [
      'ja',
      'text',
      '申し訳ございません。対応言語は日本語・英語・中国語・韓国語のみです。ただいまグローバル窓口（TEL 03-1234-0001）で受け付けております。受付は17:00までです。',
    ],
    [
      'ja',
      'speech',
      '申し訳ございません。対応言語は日本語・英語・中国語・韓国語のみです。ただいまグローバル窓口で受け付けております。お電話番号は、ゼロ サン、イチ ニー サン ヨン、ゼロ ゼロ ゼロ イチ番です。受付は午後5時までです。',
    ],
    ['en', 'text', 'Sorry, we can help in Japanese, English, Chinese and Korean only. The Global line (03-1234-0001) is open now, until 17:00 JST.'],
    [
      'en',
      'speech',
      'Sorry, we can help in Japanese, English, Chinese and Korean only. The Global line is open now. The number is zero three, one two three four, zero zero zero one. It is open until 5 p.m. Japan time.',
    ],
  ] as const)('a French caller at 16:00, in %s %s, learns the four languages served', (locale, style, expected) => {
    const d = expectKind(route(multilingual, { at: jst('2026-11-25T16:00'), language: 'fr' }), 'unsupported-language');
    expect(d.supported).toEqual(['ja', 'en', 'zh', 'ko']);
    expect(describe(d, { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'text', '申し訳ございません。対応言語は日本語・zh-Hantのみです。ただいま日本語窓口（TEL 03-2000-0001）で受け付けております。受付は17:00までです。'],
    ['en', 'text', 'Sorry, we can help in Japanese and zh-Hant only. The Japanese line (03-2000-0001) is open now, until 17:00 JST.'],
  ] as const)('a language the library has no name for is given as its tag, in %s %s', (locale, style, expected) => {
    const d = expectKind(route(taipei, { at: jst('2026-11-25T10:00'), language: 'zh' }), 'unsupported-language');
    expect(d.open?.id).toBe('ja');
    expect(describe(d, { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'text', 'ただいまグローバル窓口（TEL 03-1234-0001）で受け付けております。受付は17:00までです。'],
    ['en', 'text', 'The Global line (03-1234-0001) is open now, until 17:00 JST. Support is in Japanese and English only.'],
  ] as const)('a status of the Japanese and English line at 16:00, in %s %s', (locale, style, expected) => {
    const s = multilingual.status(jst('2026-11-25T16:00'));
    expect(s.line?.id).toBe('global');
    expect(s.languages).toEqual(['ja', 'en']);
    expect(describe(s, { locale, style })).toBe(expected);
  });

  // A custom policy without a recording notice: aloud, only the connection sentence (and the
  // language constraint in English); on screen, where there is no call, the line to call.
  it.each([
    ['ja', 'text', 'ただいまグローバル窓口（TEL 03-1234-0001）で受け付けております。受付は17:00までです。'],
    ['ja', 'speech', 'グローバル窓口におつなぎいたします。'],
    ['en', 'text', 'The Global line (03-1234-0001) is open now, until 17:00 JST. Support is in Japanese and English only.'],
    ['en', 'speech', 'Support is in Japanese and English only. Connecting you to the Global line now.'],
  ] as const)('a connection without a recording notice, in %s %s', (locale, style, expected) => {
    const d = expectKind(route(multilingual, { at: jst('2026-11-25T16:00'), language: 'en' }), 'connect');
    expect(d.recordingNotice).toBeNull();
    expect(describe(d, { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'text', 'ただいまグローバル窓口（TEL 03-1234-0001）で受け付けております。受付は17:00までです。中国語窓口は、ただいま受付時間外です。'],
    [
      'en',
      'text',
      'The Global line (03-1234-0001) is open now, until 17:00 JST. The Chinese line is closed at the moment. Support is in Japanese and English only.',
    ],
  ] as const)('a caller of the closed Chinese line at 16:00 is redirected, in %s %s', (locale, style, expected) => {
    const d = expectKind(route(multilingual, { at: jst('2026-11-25T16:00'), lineId: 'chinese' }), 'redirect');
    expect(d.dialed?.id).toBe('chinese');
    expect(describe(d, { locale, style })).toBe(expected);
  });
});

group('describe: next openings in every month and on every weekday', () => {
  // At 20:30 on a working day, the next opening is the regular line at 9:00 the next day.
  const rows = [
    ['2026-02-03', 2, 4, '水', 'Wednesday', 'February'],
    ['2026-03-05', 3, 6, '金', 'Friday', 'March'],
    ['2026-04-07', 4, 8, '水', 'Wednesday', 'April'],
    ['2026-05-14', 5, 15, '金', 'Friday', 'May'],
    ['2026-06-09', 6, 10, '水', 'Wednesday', 'June'],
    ['2026-07-09', 7, 10, '金', 'Friday', 'July'],
    ['2026-09-01', 9, 2, '水', 'Wednesday', 'September'],
    ['2026-10-08', 10, 9, '金', 'Friday', 'October'],
    ['2026-12-01', 12, 2, '水', 'Wednesday', 'December'],
  ] as const;
  const cases = rows.flatMap(([day, month, dom, wJa, wEn, mEn]) => [
    [day, 'ja', 'text', `本日の受付は終了いたしました。明日${month}月${dom}日（${wJa}）9:00から、通常窓口（TEL 0120-365-800）で承ります。`],
    [
      day,
      'ja',
      'speech',
      `本日の受付は終了いたしました。あす${month}月${dom}日、${wJa}曜日の午前9時から、通常窓口で承ります。お電話番号は、${REGULAR_JA}番です。`,
    ],
    [
      day,
      'en',
      'text',
      `We are closed for today. The Regular line (0120-365-800) reopens tomorrow, ${wEn.slice(0, 3)} ${dom} ${mEn.slice(0, 3)}, 9:00 JST. Support is in Japanese only.`,
    ],
    [
      day,
      'en',
      'speech',
      `We are closed for today. The Regular line reopens tomorrow, ${wEn} ${dom} ${mEn}, 9 a.m. Japan time. The number is ${REGULAR_EN}. Support is in Japanese only.`,
    ],
  ]) as [string, 'ja' | 'en', 'text' | 'speech', string][];

  it.each(cases)('after hours on %s, in %s %s', (day, locale, style, expected) => {
    expect(describe(desk.status(jst(`${day}T20:30`)), { locale, style })).toBe(expected);
    expect(describe(route(desk, { at: jst(`${day}T20:30`) }), { locale, style })).toBe(expected);
  });

  // A weekend-only line: on a Wednesday or a Friday the reason is the weekday itself.
  const weekend = createDesk(policy(line('weekend', '週末窓口', 'Weekend line', '03-6000-0000', ['ja'], [['10:00', '16:00']], [6, 7])));
  it.each([
    ['2026-11-25', 'ja', '本日は水曜日のため、休業日となっております。11月28日（土）10:00から、週末窓口（TEL 03-6000-0000）で承ります。'],
    ['2026-11-25', 'en', 'We are closed today, Wednesday. The Weekend line (03-6000-0000) reopens on Sat 28 Nov, 10:00 JST. Support is in Japanese only.'],
    ['2026-11-27', 'ja', '本日は金曜日のため、休業日となっております。明日11月28日（土）10:00から、週末窓口（TEL 03-6000-0000）で承ります。'],
    ['2026-11-27', 'en', 'We are closed today, Friday. The Weekend line (03-6000-0000) reopens tomorrow, Sat 28 Nov, 10:00 JST. Support is in Japanese only.'],
  ] as const)('a weekend-only line on %s names the weekday, in %s', (day, locale, expected) => {
    const s = weekend.status(jst(`${day}T12:00`));
    expect(s.closed?.reason).toBe('weekend');
    expect(describe(s, { locale })).toBe(expected);
  });
});

group('describe: times at midnight, past noon and a few minutes past the hour', () => {
  // A line open 0:00–0:30 and 9:05–12:30 every day of the week.
  const owl = createDesk(
    policy(
      line(
        'owl',
        '深夜窓口',
        'Night owl line',
        '03-5555-0000',
        ['ja'],
        [
          ['0:00', '0:30'],
          ['9:05', '12:30'],
        ],
        [1, 2, 3, 4, 5, 6, 7],
      ),
    ),
  );
  const OWL_JA = 'ゼロ サン、ゴー ゴー ゴー ゴー、ゼロ ゼロ ゼロ ゼロ';
  const OWL_EN = 'zero three, five five five five, zero zero zero zero';

  it.each([
    // A gap of more than two hours is no break: no 昼休み / lunch break is named.
    ['ja', 'text', 'ただいま深夜窓口（TEL 03-5555-0000）で受け付けております。受付は0:30までです。9:05～12:30に再び承ります。'],
    [
      'ja',
      'speech',
      `ただいま深夜窓口で受け付けております。お電話番号は、${OWL_JA}番です。受付は午前0時30分までです。午前9時5分から午後0時30分まで再び承ります。`,
    ],
    ['en', 'text', 'The Night owl line (03-5555-0000) is open now, until 0:30 JST. It reopens from 9:05 to 12:30 JST. Support is in Japanese only.'],
    [
      'en',
      'speech',
      `The Night owl line is open now. The number is ${OWL_EN}. It is open until 12:30 a.m. Japan time. It reopens from 9:05 a.m. to 12:30 p.m. Japan time. Support is in Japanese only.`,
    ],
  ] as const)('open at 0:10, in %s %s', (locale, style, expected) => {
    expect(describe(owl.status(jst('2026-11-25T00:10')), { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'text', '本日の受付は終了いたしました。明日11月26日（木）0:00から、深夜窓口（TEL 03-5555-0000）で承ります。'],
    ['ja', 'speech', `本日の受付は終了いたしました。あす11月26日、木曜日の午前0時から、深夜窓口で承ります。お電話番号は、${OWL_JA}番です。`],
    ['en', 'text', 'We are closed for today. The Night owl line (03-5555-0000) reopens tomorrow, Thu 26 Nov, 0:00 JST. Support is in Japanese only.'],
    [
      'en',
      'speech',
      `We are closed for today. The Night owl line reopens tomorrow, Thursday 26 November, midnight Japan time. The number is ${OWL_EN}. Support is in Japanese only.`,
    ],
  ] as const)('closed at 13:00, next at midnight, in %s %s', (locale, style, expected) => {
    expect(describe(owl.status(jst('2026-11-25T13:00')), { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'speech', `ただいま受付時間外です。本日午前9時5分から、深夜窓口で承ります。お電話番号は、${OWL_JA}番です。`],
    ['en', 'speech', `It is after hours. The Night owl line opens today at 9:05 a.m. Japan time. The number is ${OWL_EN}. Support is in Japanese only.`],
  ] as const)('between the windows at 5:00, in %s %s', (locale, style, expected) => {
    expect(describe(owl.status(jst('2026-11-25T05:00')), { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', 'speech', '深夜窓口におつなぎいたします。'],
    ['en', 'speech', 'Support is in Japanese only. Connecting you to the Night owl line now.'],
  ] as const)('a connection at 12:00 until 12:30, in %s %s', (locale, style, expected) => {
    expect(describe(route(owl, { at: jst('2026-11-25T12:00') }), { locale, style })).toBe(expected);
  });

  it.each([
    ['ja', '月・火・水・木・金・土・日 0:00～0:30、9:05～12:30（祝日・当社休業日を除く）'],
    ['en', 'Mon, Tue, Wed, Thu, Fri, Sat, Sun 0:00–0:30 and 9:05–12:30 JST (closed on national holidays and company holidays)'],
  ] as const)('its published hours, in %s', (locale, expected) => {
    expect(hoursText(lines(owl, jst('2026-11-25T12:00'))[0] as Line, locale)).toBe(expected);
  });
});

group('hoursText for lines open on weekends', () => {
  it.each([
    [[6, 7], 'ja', '土・日 10:00～16:00（祝日・当社休業日を除く）'],
    [[6, 7], 'en', 'Sat, Sun 10:00–16:00 JST (closed on national holidays and company holidays)'],
    [[7], 'ja', '日 10:00～16:00（祝日・当社休業日を除く）'],
    [[7], 'en', 'Sun 10:00–16:00 JST (closed on national holidays and company holidays)'],
    [[1, 3, 5], 'ja', '月・水・金 10:00～16:00（祝日・当社休業日を除く）'],
    [[1, 3, 5], 'en', 'Mon, Wed, Fri 10:00–16:00 JST (closed on national holidays and company holidays)'],
    [[5, 4, 3, 2, 1], 'ja', '平日 10:00～16:00（土日祝日・当社休業日を除く）'],
    [[5, 4, 3, 2, 1], 'en', 'Weekdays 10:00–16:00 JST (closed on weekends, national holidays and company holidays)'],
  ] as const)('weekdays %j read, in %s: %s', (weekdays, locale, expected) => {
    const d = createDesk(policy(line('desk', '窓口', 'Desk', '03-7000-0000', ['ja'], [['10:00', '16:00']], [...weekdays])));
    expect(hoursText(lines(d, jst('2026-11-25T12:00'))[0] as Line, locale)).toBe(expected);
  });

  it.each([['fr'], ['jp'], [null], [42]] as [unknown][])('rejects the locale %j with INVALID_LANGUAGE, naming it', (locale) => {
    const regular = lines(desk, jst('2026-11-25T10:00'))[0] as Line;
    const error = expectMadoguchiError(() => hoursText(regular, locale as 'ja'), 'INVALID_LANGUAGE');
    expect(error.message).toContain(String(locale));
  });
});

group('describe checks its arguments', () => {
  const status = (): Status => desk.status(jst('2026-11-25T10:00'));

  it.each([
    ['no options at all', undefined],
    ['null options', null],
  ] as const)('rejects %s with INVALID_ARGUMENT (options of the wrong shape)', (_, options) => {
    expectMadoguchiError(() => describe(status(), options as never), 'INVALID_ARGUMENT');
  });

  it('names the locale it does not speak', () => {
    const error = expectMadoguchiError(() => describe(status(), { locale: 'fr' as never }), 'INVALID_LANGUAGE');
    expect(error.message).toContain('fr');
    expect(error.value).toBe('fr');
  });

  it('names the style it does not know', () => {
    const error = expectMadoguchiError(() => describe(status(), { locale: 'en', style: 'audio' as never }), 'INVALID_ARGUMENT');
    expect(error.message).toContain('audio');
    expect(error.value).toBe('audio');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['undefined', undefined],
    ['an object whose at is a string', { at: '2026-11-25T10:00:00+09:00', open: true }],
    ['an object whose at is a number', { at: ms('2026-11-25T10:00'), kind: 'connect' }],
  ] as const)('rejects %s in place of a status or decision with INVALID_ARGUMENT', (_, x) => {
    const error = expectMadoguchiError(() => describe(x as never, { locale: 'en' }), 'INVALID_ARGUMENT');
    expect(error.value).toBe(x);
  });
});
