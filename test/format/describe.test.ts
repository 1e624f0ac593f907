import { afterEach, expect, describe as group, it, vi } from 'vitest';
import { createDesk, describe, desk, desknetsCloud, type RouteDecision, route, type Status } from '../../src/index.js';
import { everyDay } from '../helpers/every-day-policy.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Every expected sentence below is written by hand from 第6条 of the terms (line names, numbers,
// hours), the calendar (2026-11-23 Mon 勤労感謝の日; 2026-11-24 Tue; 2026-11-25 Wed; 2026-11-28 Sat;
// 2026-11-30 Mon; 2022-11-16 Wed; 2027-01-04 Mon) and the template wording of src/format/describe.ts.
// Times on screen are H:MM as the terms write them; aloud, 午後5時30分 / 5:30 p.m., and phone numbers
// digit by digit, group by group.

type Subject = Status | RouteDecision;
type Row = readonly [label: string, subject: () => Subject, jaText: string, jaSpeech: string, enText: string, enSpeech: string];

const at = (text: string): string => `${text}+09:00`;

const REGULAR_JA = 'ゼロイチニーゼロ、サンロクゴー、ハチゼロゼロ';
const NIGHT_JA = 'ゼロハチゼロゼロ、ナナナナナナ、キュウキュウハチヨン';
const REGULAR_EN = 'zero one two zero, three six five, eight zero zero';
const NIGHT_EN = 'zero eight zero zero, seven seven seven, nine nine eight four';
// The notice of 第6条2項 as the preset words it for an IVR.
const NOTICE_JA =
  'この通話は、お客様への適切かつ迅速な回答、サポート品質の向上および円滑なサポート業務のために録音させていただきます。録音データは個人情報として取り扱い、これらの目的以外には使用いたしません。';
const NOTICE_EN =
  'This call is recorded so that we can answer you properly and promptly, improve our support and run it smoothly. The recording is handled as personal information and used for no other purpose.';

const custom = createDesk(desknetsCloud, {
  companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, '2026-08-14'],
  overrides: [
    { date: '2026-11-26', lineId: 'regular', closed: true, name: '社内研修' },
    { date: '2026-11-27', closed: true },
  ],
});

/** Expands a row into its four locale × style cases, each its own test. */
const cases = (rows: readonly Row[]) =>
  rows.flatMap(([label, subject, jaText, jaSpeech, enText, enSpeech]) => [
    [label, 'ja', 'text', subject, jaText] as const,
    [label, 'ja', 'speech', subject, jaSpeech] as const,
    [label, 'en', 'text', subject, enText] as const,
    [label, 'en', 'speech', subject, enSpeech] as const,
  ]);

group('a status while a line is open', () => {
  const rows: Row[] = [
    [
      'the regular line at 10:00, the night line later today',
      () => desk.status(at('2026-11-25T10:00')),
      'ただいま通常窓口（TEL 0120-365-800）で受け付けています。受付は17:30までです。夜間延長窓口（TEL 0800-777-9984）は18:00から20:00まで受け付けます。',
      `ただいま通常窓口で受け付けています。電話番号は、${REGULAR_JA}です。受付は午後5時30分までです。夜間延長窓口は午後6時から午後8時まで受け付けます。電話番号は、${NIGHT_JA}です。`,
      'The Regular line (0120-365-800) is open until 17:30 JST. The Evening line (0800-777-9984) is open from 18:00 to 20:00 JST. Support is in Japanese only.',
      `The Regular line is open until 5:30 p.m. Japan time. The number is ${REGULAR_EN}. The Evening line is open from 6 p.m. to 8 p.m. Japan time. The number is ${NIGHT_EN}. Support is in Japanese only.`,
    ],
    [
      'the night line at 18:30, nothing more today',
      () => desk.status(at('2026-11-25T18:30')),
      'ただいま夜間延長窓口（TEL 0800-777-9984）で受け付けています。受付は20:00までです。',
      `ただいま夜間延長窓口で受け付けています。電話番号は、${NIGHT_JA}です。受付は午後8時までです。`,
      'The Evening line (0800-777-9984) is open until 20:00 JST. Support is in Japanese only.',
      `The Evening line is open until 8 p.m. Japan time. The number is ${NIGHT_EN}. Support is in Japanese only.`,
    ],
    [
      'the edition 14 line at 10:00, closing at noon',
      () => desk.status(at('2022-11-16T10:00')),
      'ただいま問い合わせ窓口（TEL 0120-365-800）で受け付けています。受付は12:00までです。13:00から17:30まで再び受け付けます。',
      `ただいま問い合わせ窓口で受け付けています。電話番号は、${REGULAR_JA}です。受付は正午までです。午後1時から午後5時30分まで再び受け付けます。`,
      'The Support line (0120-365-800) is open until 12:00 JST. It opens again from 13:00 to 17:30 JST. Support is in Japanese only.',
      `The Support line is open until noon Japan time. The number is ${REGULAR_EN}. It opens again from 1 p.m. to 5:30 p.m. Japan time. Support is in Japanese only.`,
    ],
  ];
  it.each(cases(rows))('%s, in %s %s', (_, locale, style, subject, expected) => {
    expect(describe(subject(), { locale, style })).toBe(expected);
  });
});

/** Closed answers read the same from a status and from a closed route decision. */
const closedRows: Row[] = [
  [
    'weekend: a Saturday, next on Monday',
    () => desk.status(at('2026-11-28T10:00')),
    '本日は土曜日のため、受付はお休みです。次の受付は、11月30日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日は土曜日のため、受付はお休みです。次の受付は、11月30日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed today (Saturday). The next opening is Mon 30 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed today (Saturday). The next opening is Monday, November 30, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'weekend: a Sunday, next tomorrow',
    () => desk.status(at('2026-11-29T10:00')),
    '本日は日曜日のため、受付はお休みです。次の受付は、明日、11月30日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日は日曜日のため、受付はお休みです。次の受付は、明日、11月30日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed today (Sunday). The next opening is tomorrow, Mon 30 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed today (Sunday). The next opening is tomorrow, Monday, November 30, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'national-holiday: 勤労感謝の日',
    () => desk.status(at('2026-11-23T10:00')),
    '本日は祝日（勤労感謝の日）のため、受付はお休みです。次の受付は、明日、11月24日(火) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日は祝日の勤労感謝の日のため、受付はお休みです。次の受付は、明日、11月24日 火曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed today for a national holiday (Labor Thanksgiving Day). The next opening is tomorrow, Tue 24 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed today for a national holiday, Labor Thanksgiving Day. The next opening is tomorrow, Tuesday, November 24, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'company-holiday with a name, next in the new year',
    () => custom.status(at('2026-12-29T10:00')),
    '本日は当社休業日（年末年始休業）のため、受付はお休みです。次の受付は、1月4日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日は当社休業日の年末年始休業のため、受付はお休みです。次の受付は、1月4日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed today for a company holiday (年末年始休業). The next opening is Mon 4 Jan, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed today for a company holiday, 年末年始休業. The next opening is Monday, January 4, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'company-holiday without a name',
    () => custom.status(at('2026-08-14T10:00')),
    '本日は当社休業日のため、受付はお休みです。次の受付は、8月17日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日は当社休業日のため、受付はお休みです。次の受付は、8月17日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed today for a company holiday. The next opening is Mon 17 Aug, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed today for a company holiday. The next opening is Monday, August 17, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'override with a name, the night line later today',
    () => custom.status(at('2026-11-26T10:00')),
    '社内研修のため、ただいま受付を休止しています。次の受付は、本日18:00から、夜間延長窓口（TEL 0800-777-9984）です。',
    `社内研修のため、ただいま受付を休止しています。次の受付は、本日午後6時から、夜間延長窓口です。電話番号は、${NIGHT_JA}です。`,
    'We are closed at the moment (社内研修). The next opening is today at 18:00 JST, on the Evening line (0800-777-9984). Support is in Japanese only.',
    `We are closed at the moment, 社内研修. The next opening is today at 6 p.m. Japan time, on the Evening line. The number is ${NIGHT_EN}. Support is in Japanese only.`,
  ],
  [
    'override without a name',
    () => custom.status(at('2026-11-27T10:00')),
    '臨時の変更により、ただいま受付を休止しています。次の受付は、11月30日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `臨時の変更により、ただいま受付を休止しています。次の受付は、11月30日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed at the moment for a change of hours. The next opening is Mon 30 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed at the moment for a change of hours. The next opening is Monday, November 30, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'before-hours at 8:00',
    () => desk.status(at('2026-11-25T08:00')),
    'ただいま受付開始前です。次の受付は、本日9:00から、通常窓口（TEL 0120-365-800）です。',
    `ただいま受付開始前です。次の受付は、本日午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are not open yet. The next opening is today at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are not open yet. The next opening is today at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'between-windows at 17:45',
    () => desk.status(at('2026-11-25T17:45')),
    'ただいま受付時間外です。次の受付は、本日18:00から、夜間延長窓口（TEL 0800-777-9984）です。',
    `ただいま受付時間外です。次の受付は、本日午後6時から、夜間延長窓口です。電話番号は、${NIGHT_JA}です。`,
    'We are closed at the moment. The next opening is today at 18:00 JST, on the Evening line (0800-777-9984). Support is in Japanese only.',
    `We are closed at the moment. The next opening is today at 6 p.m. Japan time, on the Evening line. The number is ${NIGHT_EN}. Support is in Japanese only.`,
  ],
  [
    'between-windows in the edition 14 lunch gap at 12:30',
    () => desk.status(at('2022-11-16T12:30')),
    'ただいま受付時間外です。次の受付は、本日13:00から、問い合わせ窓口（TEL 0120-365-800）です。',
    `ただいま受付時間外です。次の受付は、本日午後1時から、問い合わせ窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed at the moment. The next opening is today at 13:00 JST, on the Support line (0120-365-800). Support is in Japanese only.',
    `We are closed at the moment. The next opening is today at 1 p.m. Japan time, on the Support line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
  [
    'after-hours at 20:30, next tomorrow',
    () => desk.status(at('2026-11-25T20:30')),
    '本日の受付は終了しました。次の受付は、明日、11月26日(木) 9:00から、通常窓口（TEL 0120-365-800）です。',
    `本日の受付は終了しました。次の受付は、明日、11月26日 木曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
    'We are closed for today. The next opening is tomorrow, Thu 26 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    `We are closed for today. The next opening is tomorrow, Thursday, November 26, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
  ],
];

group('a closed status, for each reason', () => {
  it.each(cases(closedRows))('%s, in %s %s', (_, locale, style, subject, expected) => {
    expect(describe(subject(), { locale, style })).toBe(expected);
  });
});

group('a closed route decision reads like the closed status', () => {
  const asDecision = closedRows.map(([label, subject, ...words]): Row => {
    return [
      label,
      () => {
        const s = subject() as Status;
        const d = route(label.startsWith('company') || label.startsWith('override') ? custom : desk, { at: s.at });
        expect(d.kind).toBe('closed');
        return d;
      },
      ...words,
    ];
  });
  it.each(cases(asDecision))('%s, in %s %s', (_, locale, style, subject, expected) => {
    expect(describe(subject(), { locale, style })).toBe(expected);
  });
});

group('route decisions', () => {
  const rows: Row[] = [
    [
      'connect to the regular line at 10:00, with the recording notice',
      () => route(desk, { at: at('2026-11-25T10:00') }),
      `通常窓口（TEL 0120-365-800）におつなぎします。受付は17:30までです。${NOTICE_JA}`,
      `通常窓口におつなぎします。受付は午後5時30分までです。${NOTICE_JA}`,
      `Connecting you to the Regular line (0120-365-800), open until 17:30 JST. Support is in Japanese only. ${NOTICE_EN}`,
      `Connecting you to the Regular line, open until 5:30 p.m. Japan time. Support is in Japanese only. ${NOTICE_EN}`,
    ],
    [
      'connect to the night line at 18:30',
      () => route(desk, { at: at('2026-11-25T18:30'), lineId: 'night' }),
      `夜間延長窓口（TEL 0800-777-9984）におつなぎします。受付は20:00までです。${NOTICE_JA}`,
      `夜間延長窓口におつなぎします。受付は午後8時までです。${NOTICE_JA}`,
      `Connecting you to the Evening line (0800-777-9984), open until 20:00 JST. Support is in Japanese only. ${NOTICE_EN}`,
      `Connecting you to the Evening line, open until 8 p.m. Japan time. Support is in Japanese only. ${NOTICE_EN}`,
    ],
    [
      'connect to the edition 14 line at 10:00, open until noon',
      () => route(desk, { at: at('2022-11-16T10:00') }),
      `問い合わせ窓口（TEL 0120-365-800）におつなぎします。受付は12:00までです。${NOTICE_JA}`,
      `問い合わせ窓口におつなぎします。受付は正午までです。${NOTICE_JA}`,
      `Connecting you to the Support line (0120-365-800), open until 12:00 JST. Support is in Japanese only. ${NOTICE_EN}`,
      `Connecting you to the Support line, open until noon Japan time. Support is in Japanese only. ${NOTICE_EN}`,
    ],
    [
      'redirect a caller of the night line at 10:00 to the regular line',
      () => route(desk, { at: at('2026-11-25T10:00'), lineId: 'night' }),
      'お掛けの夜間延長窓口は、ただいま受付時間外です。通常窓口（TEL 0120-365-800）で17:30まで受け付けています。',
      `お掛けの夜間延長窓口は、ただいま受付時間外です。通常窓口で午後5時30分まで受け付けています。電話番号は、${REGULAR_JA}です。`,
      'The Evening line is closed at the moment. Please call the Regular line (0120-365-800), open until 17:30 JST. Support is in Japanese only.',
      `The Evening line is closed at the moment. Please call the Regular line, open until 5:30 p.m. Japan time. The number is ${REGULAR_EN}. Support is in Japanese only.`,
    ],
    [
      'redirect a caller of the regular line at 18:30 to the night line',
      () => route(desk, { at: at('2026-11-25T18:30'), lineId: 'regular' }),
      'お掛けの通常窓口は、ただいま受付時間外です。夜間延長窓口（TEL 0800-777-9984）で20:00まで受け付けています。',
      `お掛けの通常窓口は、ただいま受付時間外です。夜間延長窓口で午後8時まで受け付けています。電話番号は、${NIGHT_JA}です。`,
      'The Regular line is closed at the moment. Please call the Evening line (0800-777-9984), open until 20:00 JST. Support is in Japanese only.',
      `The Regular line is closed at the moment. Please call the Evening line, open until 8 p.m. Japan time. The number is ${NIGHT_EN}. Support is in Japanese only.`,
    ],
    [
      'redirect a caller of the night line under edition 14, which has no such line',
      () => route(desk, { at: at('2022-11-16T10:00'), lineId: 'night' }),
      'お掛けの窓口は、ただいま受付時間外です。問い合わせ窓口（TEL 0120-365-800）で12:00まで受け付けています。',
      `お掛けの窓口は、ただいま受付時間外です。問い合わせ窓口で正午まで受け付けています。電話番号は、${REGULAR_JA}です。`,
      'The line you called is closed at the moment. Please call the Support line (0120-365-800), open until 12:00 JST. Support is in Japanese only.',
      `The line you called is closed at the moment. Please call the Support line, open until noon Japan time. The number is ${REGULAR_EN}. Support is in Japanese only.`,
    ],
    [
      'unsupported-language (en) while the regular line is open',
      () => route(desk, { at: at('2026-11-25T10:00'), language: 'en' }),
      '申し訳ございません。対応言語は日本語のみです。ただいま通常窓口（TEL 0120-365-800）で受け付けています。受付は17:30までです。',
      `申し訳ございません。対応言語は日本語のみです。ただいま通常窓口で受け付けています。電話番号は、${REGULAR_JA}です。受付は午後5時30分までです。`,
      'Sorry, we can help in Japanese only. The Regular line (0120-365-800) is open until 17:30 JST.',
      `Sorry, we can help in Japanese only. The Regular line is open until 5:30 p.m. Japan time. The number is ${REGULAR_EN}.`,
    ],
    [
      'unsupported-language (en-US) on a Saturday',
      () => route(desk, { at: at('2026-11-28T10:00'), language: 'en-US' }),
      '申し訳ございません。対応言語は日本語のみです。次の受付は、11月30日(月) 9:00から、通常窓口（TEL 0120-365-800）です。',
      `申し訳ございません。対応言語は日本語のみです。次の受付は、11月30日 月曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`,
      'Sorry, we can help in Japanese only. The next opening is Mon 30 Nov, at 9:00 JST, on the Regular line (0120-365-800).',
      `Sorry, we can help in Japanese only. The next opening is Monday, November 30, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}.`,
    ],
    [
      'closed on the last evening of the supported range, with no next opening',
      () => route(desk, { at: at('2099-12-31T21:00') }),
      '本日の受付は終了しました。次の受付予定はありません。',
      '本日の受付は終了しました。次の受付予定はありません。',
      'We are closed for today. No further opening is scheduled.',
      'We are closed for today. No further opening is scheduled.',
    ],
  ];
  it.each(cases(rows))('%s, in %s %s', (_, locale, style, subject, expected) => {
    expect(describe(subject(), { locale, style })).toBe(expected);
  });
});

group('options', () => {
  it('defaults to the text style', () => {
    expect(describe(desk.status(at('2026-11-25T18:30')), { locale: 'ja' })).toBe(
      'ただいま夜間延長窓口（TEL 0800-777-9984）で受け付けています。受付は20:00までです。',
    );
  });

  // BCP 47 tags are read by their language subtag, case-insensitively; jpn is ISO 639-2 for Japanese.
  it.each([
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['jpn', 'ja'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
  ] as const)('reads the locale %s as %s', (locale, language) => {
    const s = desk.status(at('2026-11-23T10:00'));
    expect(describe(s, { locale: locale as 'ja' })).toBe(describe(s, { locale: language }));
  });

  it.each([['fr'], ['jp'], ['fr-JP'], ['ja_JP'], [''], [undefined], [42]] as [unknown][])('rejects the locale %j with INVALID_LANGUAGE', (locale) => {
    expectMadoguchiError(() => describe(desk.status(at('2026-11-25T10:00')), { locale } as never), 'INVALID_LANGUAGE');
  });

  it('rejects an unknown option key with INVALID_POLICY, naming it and the accepted keys', () => {
    const error = expectMadoguchiError(() => describe(desk.status(at('2026-11-25T10:00')), { locale: 'en', tz: 'UTC' } as never), 'INVALID_POLICY');
    expect(error.message).toContain('"tz"');
    expect(error.message).toContain('locale, style');
  });

  it('says what the options are when given a bare locale string', () => {
    const error = expectMadoguchiError(() => describe(desk.status(at('2026-11-25T10:00')), 'en' as never), 'INVALID_LANGUAGE');
    expect(error.message).toContain('"en"');
    expect(error.message).toContain('{ locale');
  });

  it.each([['audio'], ['SPEECH'], [''], [null]] as [unknown][])('rejects the style %j with INVALID_POLICY', (style) => {
    expectMadoguchiError(() => describe(desk.status(at('2026-11-25T10:00')), { locale: 'ja', style } as never), 'INVALID_POLICY');
  });

  it.each([
    ['null', null],
    ['a string', '2026-11-25T10:00:00+09:00'],
    ['an object without at', { open: true }],
  ] as const)('rejects %s in place of a status with INVALID_POLICY', (_, x) => {
    expectMadoguchiError(() => describe(x as never, { locale: 'ja' }), 'INVALID_POLICY');
  });
});

group('no global locale state', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // The suite also runs under several TZ values in CI; here the host's own locale and zone readers
  // are made to throw, so any use of them fails the test whatever the host is.
  it.each([
    ['ja', 'text', '本日は祝日（勤労感謝の日）のため、受付はお休みです。次の受付は、明日、11月24日(火) 9:00から、通常窓口（TEL 0120-365-800）です。'],
    [
      'en',
      'speech',
      `We are closed today for a national holiday, Labor Thanksgiving Day. The next opening is tomorrow, Tuesday, November 24, at 9 a.m. Japan time, on the Regular line. The number is ${REGULAR_EN}. Support is in Japanese only.`,
    ],
  ] as const)('speaks %s %s without reading the host zone or locale', (locale, style, expected) => {
    const status = desk.status(at('2026-11-23T10:00'));
    const boom = () => {
      throw new Error('host locale or zone read');
    };
    for (const name of [
      'getHours',
      'getMinutes',
      'getDate',
      'getDay',
      'getMonth',
      'getFullYear',
      'getTimezoneOffset',
      'toLocaleString',
      'toLocaleDateString',
      'toLocaleTimeString',
    ] as const) {
      vi.spyOn(Date.prototype, name).mockImplementation(boom);
    }
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(boom);
    vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(boom);
    expect(describe(status, { locale, style })).toBe(expected);
  });
});

group('holidays that are 休日 but not 国民の祝日', () => {
  // 祝日法 第3条2項 (振替休日) and 3項 (国民の休日): 2026-05-06 follows 憲法記念日 on Sunday 05-03;
  // 2026-09-22 lies between 敬老の日 (09-21) and 秋分の日 (09-23).
  it.each([
    ['2026-05-06T10:00', '本日は振替休日のため、受付はお休みです。'],
    ['2026-09-22T10:00', '本日は国民の休日のため、受付はお休みです。'],
  ])('at %s are named as what they are', (when, sentence) => {
    expect(describe(desk.status(at(when)), { locale: 'ja' }).startsWith(sentence)).toBe(true);
    expect(describe(desk.status(at(when)), { locale: 'ja', style: 'speech' }).startsWith(sentence)).toBe(true);
  });
});

group('a window closing at midnight', () => {
  // A line open 20:00–24:00 closes at the end of its day: 24:00, not 0:00 (which reads as already past).
  const late = createDesk(everyDay([['20:00', '24:00']]));
  const s = (): Status => late.status(at('2026-11-25T21:00'));

  it.each([
    ['ja', 'text', '受付は24:00までです。'],
    ['ja', 'speech', '受付は24時までです。'],
    ['en', 'text', 'is open until 24:00 JST.'],
    ['en', 'speech', 'is open until midnight Japan time.'],
  ] as const)('says so in %s %s', (locale, style, words) => {
    expect(describe(s(), { locale, style })).toContain(words);
  });

  it('connects until 24:00', () => {
    expect(describe(route(late, { at: at('2026-11-25T21:00') }), { locale: 'ja' })).toContain('受付は24:00までです。');
  });
});

group('a Status or decision that went through JSON', () => {
  // A backend posts status.toJSON() or a decision to a page, which describes it there.
  const subjects: [string, () => Subject][] = [
    ['an open status', () => desk.status(at('2026-11-25T10:00'))],
    ['a closed status', () => desk.status(at('2026-11-23T10:00'))],
    ['a status after the last opening of 2099', () => desk.status(at('2099-12-31T21:00'))],
    ['a connect decision', () => route(desk, { at: at('2026-11-25T10:00') })],
    ['a redirect decision', () => route(desk, { at: at('2026-11-25T18:30'), lineId: 'regular' })],
    ['a closed decision', () => route(desk, { at: at('2026-11-28T10:00') })],
    ['an unsupported-language decision', () => route(desk, { at: at('2026-11-25T10:00'), language: 'en' })],
  ];
  it.each(subjects)('reads %s as it read the original', (_, subject) => {
    const original = subject();
    const posted = JSON.parse(JSON.stringify(original));
    for (const locale of ['ja', 'en'] as const) {
      for (const style of ['text', 'speech'] as const) expect(describe(posted, { locale, style })).toBe(describe(original, { locale, style }));
    }
  });

  const closedJson = () => JSON.parse(JSON.stringify(desk.status(at('2026-11-23T10:00'))));
  const connectJson = () => JSON.parse(JSON.stringify(route(desk, { at: at('2026-11-25T10:00') })));
  it.each<[string, () => unknown, string]>([
    ['an instant without an offset', () => ({ ...closedJson(), at: '2026-11-25T10:00' }), 'its at'],
    ['no next at all (not a null next: nothing says no opening follows)', () => ({ ...closedJson(), next: undefined }), 'its next'],
    ['a reason describe does not know', () => ({ ...closedJson(), closed: { reason: 'lunch' } }), 'its closed'],
    ['an open status without its line', () => ({ ...closedJson(), open: true, closesAt: '2026-11-23T17:30:00+09:00' }), 'its line'],
    ['a line without its number', () => ({ ...connectJson(), line: { ...connectJson().line, tel: undefined } }), 'its line'],
    ['a decision of an unknown kind', () => ({ ...connectJson(), kind: 'bogus' }), '"bogus"'],
    ['a next opening without its closing', () => ({ ...closedJson(), next: { ...closedJson().next, closesAt: 'soon' } }), 'its next'],
  ])('rejects %s with INVALID_POLICY naming the field', (_, posted, named) => {
    const error = expectMadoguchiError(() => describe(posted() as never, { locale: 'ja' }), 'INVALID_POLICY');
    expect(error.message).toContain(named);
  });

  it('reads an object mixing Dates and ISO strings', () => {
    const original = desk.status(at('2026-11-25T10:00'));
    const mixed = { ...JSON.parse(JSON.stringify(original)), at: original.at };
    expect(describe(mixed, { locale: 'en' })).toBe(describe(original, { locale: 'en' }));
  });
});
