import { describe, expect, it } from 'vitest';
import { reply } from '../../examples/chatbot-reply.js';
import { createDesk, desknetsCloud } from '../../src/index.js';

// Phone hours from 第6条1項; maintenance from 第18条の2 (daily 1:00～6:00 UTC+9, delays of tens of
// seconds or brief interruptions). 2026-11-25 is a Wednesday, 2026-11-28 a Saturday, 2026-12-05 a
// Saturday and 2026-12-06 a Sunday.
const at = (text: string): string => `${text}+09:00`;
const service = createDesk(desknetsCloud, {
  maintenance: [{ period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00', title: '基盤更新', cause: 'equipment', announcedAt: '2026-11-20T10:00+09:00' }],
});

describe('the chatbot', () => {
  it.each([
    [
      '今つながりますか？',
      '2026-11-25T10:00',
      'ただいま通常窓口（TEL 0120-365-800）で受け付けています。受付は17:30までです。夜間延長窓口（TEL 0800-777-9984）は18:00から20:00まで受け付けます。',
    ],
    ['今つながりますか？', '2026-11-25T20:30', '本日の受付は終了しました。次の受付は、明日、11月26日(木) 9:00から、通常窓口（TEL 0120-365-800）です。'],
    [
      'is support open?',
      '2026-11-28T10:00',
      'We are closed today (Saturday). The next opening is Mon 30 Nov, at 9:00 JST, on the Regular line (0120-365-800). Support is in Japanese only.',
    ],
    ['is support open?', '2026-11-25T18:30', 'The Evening line (0800-777-9984) is open until 20:00 JST. Support is in Japanese only.'],
  ] as const)('answers %j at %s from the phone hours', (message, time, expected) => {
    expect(reply(message, { at: at(time), from: service })).toBe(expected);
  });

  it.each([
    [
      'メンテナンス中ですか？',
      '2026-11-25T03:00',
      'ただいま定期メンテナンスの時間帯（毎日1:00～6:00）です。数十秒の遅延や一時的な中断が起きることがあります。',
    ],
    [
      'is the service down for maintenance?',
      '2026-11-25T03:00',
      'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.',
    ],
    ['メンテナンス中ですか？', '2026-11-25T06:00', 'ただいまメンテナンスは行っていません。'],
    ['is the service down for maintenance?', '2026-11-25T12:00', 'No maintenance is under way.'],
  ] as const)('answers %j at %s from the daily window (default desk)', (message, time, expected) => {
    expect(reply(message, { at: at(time) })).toBe(expected);
  });

  it.each([
    [
      'メンテナンス中ですか？',
      '2026-12-01T12:00',
      'ただいまメンテナンスは行っていません。次の計画メンテナンスは「基盤更新」、12月5日(土) 22:00～12月6日(日) 2:00です。',
    ],
    [
      'is the service down for maintenance?',
      '2026-12-01T12:00',
      'No maintenance is under way. Next planned maintenance: "基盤更新", Sat 5 Dec 22:00 to Sun 6 Dec 2:00 JST.',
    ],
    ['サービスが使えないのですが障害ですか？', '2026-12-05T23:00', 'ただいま「基盤更新」のため、サービスを停止しています（12月6日(日) 2:00まで）。'],
    ['is the service down for maintenance?', '2026-12-06T01:30', 'The service is down for maintenance ("基盤更新") until Sun 6 Dec 2:00 JST.'],
    [
      'is the service down?',
      '2026-12-06T02:00',
      'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.',
    ],
  ] as const)('answers %j at %s from the announced maintenance', (message, time, expected) => {
    expect(reply(message, { at: at(time), from: service })).toBe(expected);
  });

  it('tells phone hours apart from maintenance: the phone lines keep their hours during the works', () => {
    expect(reply('今つながりますか？', { at: at('2026-12-04T18:30'), from: service })).toBe(
      'ただいま夜間延長窓口（TEL 0800-777-9984）で受け付けています。受付は20:00までです。',
    );
  });
});
