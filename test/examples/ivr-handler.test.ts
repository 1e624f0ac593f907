import { describe, expect, it } from 'vitest';
import { handleCall, type Verb } from '../../examples/ivr-handler.js';
import { createDesk, desknetsCloud } from '../../src/index.js';

// Lines of 第6条1項; the notice of 第6条2項 as the preset words it. 2026-11-25 is a Wednesday,
// 2026-11-23 勤労感謝の日, 2022-11-16 a Wednesday under edition 14 (one line, lunch 12:00～13:00).
const at = (text: string): string => `${text}+09:00`;
const NOTICE_JA =
  'この通話は、お客様への適切かつ迅速な回答、サポート品質の向上および円滑なサポート業務のために録音させていただきます。録音データは個人情報として取り扱い、これらの目的以外には使用いたしません。';
const REGULAR_JA = 'ゼロイチニーゼロ、サンロクゴー、ハチゼロゼロ';
const NIGHT_JA = 'ゼロハチゼロゼロ、ナナナナナナ、キュウキュウハチヨン';
const ja = (say: string): Verb => ({ say, language: 'ja-JP' });

describe('the IVR handler', () => {
  it.each([
    [
      'the main number at 10:00 is put through to the regular line after the notice',
      { dialed: '0120-365-800', callerLanguage: 'ja-JP', at: at('2026-11-25T10:00') },
      'connect',
      [ja(`通常窓口におつなぎします。受付は午後5時30分までです。${NOTICE_JA}`), { dial: '0120-365-800', lineId: 'regular' }],
    ],
    [
      'the night number without hyphens at 18:30 is put through to the night line',
      { dialed: '08007779984', at: at('2026-11-25T18:30') },
      'connect',
      [ja(`夜間延長窓口におつなぎします。受付は午後8時までです。${NOTICE_JA}`), { dial: '0800-777-9984', lineId: 'night' }],
    ],
    [
      'the night number at 10:00 hears why, then is put through to the regular line',
      { dialed: '0800-777-9984', callerLanguage: 'ja', at: at('2026-11-25T10:00') },
      'redirect',
      [
        ja(`お掛けの夜間延長窓口は、ただいま受付時間外です。通常窓口で午後5時30分まで受け付けています。電話番号は、${REGULAR_JA}です。`),
        ja(`通常窓口におつなぎします。受付は午後5時30分までです。${NOTICE_JA}`),
        { dial: '0120-365-800', lineId: 'regular' },
      ],
    ],
    [
      'the main number at 18:30 is put through to the night line',
      { dialed: '0120-365-800', at: at('2026-11-25T18:30') },
      'redirect',
      [
        ja(`お掛けの通常窓口は、ただいま受付時間外です。夜間延長窓口で午後8時まで受け付けています。電話番号は、${NIGHT_JA}です。`),
        ja(`夜間延長窓口におつなぎします。受付は午後8時までです。${NOTICE_JA}`),
        { dial: '0800-777-9984', lineId: 'night' },
      ],
    ],
    [
      'a call on 勤労感謝の日 hears the next opening and is hung up',
      { dialed: '0120-365-800', at: at('2026-11-23T10:00') },
      'closed',
      [
        ja(`本日は祝日の勤労感謝の日のため、受付はお休みです。次の受付は、明日、11月24日 火曜日 午前9時から、通常窓口です。電話番号は、${REGULAR_JA}です。`),
        { hangup: true },
      ],
    ],
    [
      'an English caller at 10:00 hears, in English, that support is in Japanese only',
      { dialed: '0120-365-800', callerLanguage: 'en-US', at: at('2026-11-25T10:00') },
      'unsupported-language',
      [
        {
          say: 'Sorry, we can help in Japanese only. The Regular line is open until 5:30 p.m. Japan time. The number is zero one two zero, three six five, eight zero zero.',
          language: 'en-US',
        },
        { hangup: true },
      ],
    ],
    [
      'a POSIX-style locale ja_JP is read as ja-JP',
      { dialed: '0120-365-800', callerLanguage: 'ja_JP', at: at('2026-11-25T10:00') },
      'connect',
      [ja(`通常窓口におつなぎします。受付は午後5時30分までです。${NOTICE_JA}`), { dial: '0120-365-800', lineId: 'regular' }],
    ],
    [
      'a garbled language tag is ignored rather than failing the call',
      { dialed: '0120-365-800', callerLanguage: 'not a tag', at: at('2026-11-25T10:00') },
      'connect',
      [ja(`通常窓口におつなぎします。受付は午後5時30分までです。${NOTICE_JA}`), { dial: '0120-365-800', lineId: 'regular' }],
    ],
    [
      'the night number under edition 14, which did not list it, routes like the main number',
      { dialed: '0800-777-9984', at: at('2022-11-16T10:00') },
      'connect',
      [ja(`問い合わせ窓口におつなぎします。受付は正午までです。${NOTICE_JA}`), { dial: '0120-365-800', lineId: 'regular' }],
    ],
  ] as const)('%s', (_, request, kind, verbs) => {
    const r = handleCall(request);
    expect(r.kind).toBe(kind);
    expect(r.verbs).toEqual(verbs);
  });

  it('plays the recording notice before every transfer', () => {
    for (const time of ['2026-11-25T09:00', '2026-11-25T17:29', '2026-11-25T18:00', '2026-11-25T19:59']) {
      for (const dialed of ['0120-365-800', '0800-777-9984']) {
        const verbs = handleCall({ dialed, at: at(time) }).verbs;
        const dial = verbs.findIndex((v) => 'dial' in v);
        expect(dial).toBeGreaterThan(0);
        const said = verbs[dial - 1];
        expect(said !== undefined && 'say' in said && said.say.endsWith(NOTICE_JA)).toBe(true);
      }
    }
  });

  it('uses the desk clock when the request has no instant', () => {
    const fixed = createDesk(desknetsCloud, { clock: () => Date.parse(at('2026-11-25T18:30')) });
    expect(handleCall({ dialed: '0800-777-9984' }, fixed).verbs.at(-1)).toEqual({ dial: '0800-777-9984', lineId: 'night' });
  });
});
