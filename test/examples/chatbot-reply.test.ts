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
      'ただいま通常窓口（TEL 0120-365-800）で受け付けております。受付は17:30までです。18:00～20:00は、夜間延長窓口（TEL 0800-777-9984）で承ります。',
    ],
    ['今つながりますか？', '2026-11-25T20:30', '本日の受付は終了いたしました。明日11月26日（木）9:00から、通常窓口（TEL 0120-365-800）で承ります。'],
    [
      'is support open?',
      '2026-11-28T10:00',
      'We are closed today, Saturday. The Regular line (0120-365-800) reopens on Mon 30 Nov, 9:00 JST. Support is in Japanese only.',
    ],
    ['is support open?', '2026-11-25T18:30', 'The Evening line (0800-777-9984) is open now, until 20:00 JST. Support is in Japanese only.'],
  ] as const)('answers %j at %s from the phone hours', (message, time, expected) => {
    expect(reply(message, { at: at(time), from: service })).toBe(expected);
  });

  it.each([
    [
      'メンテナンス中ですか？',
      '2026-11-25T03:00',
      'ただいま定期メンテナンスの時間帯（毎日1:00～6:00）です。数十秒の遅延や一時的な中断が起きる場合がございます。',
    ],
    [
      'is the service down for maintenance?',
      '2026-11-25T03:00',
      'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.',
    ],
    ['メンテナンス中ですか？', '2026-11-25T06:00', 'ただいまメンテナンスは行っておりません。'],
    ['is the service down for maintenance?', '2026-11-25T12:00', 'No maintenance is under way.'],
  ] as const)('answers %j at %s from the daily window (default desk)', (message, time, expected) => {
    expect(reply(message, { at: at(time) })).toBe(expected);
  });

  it.each([
    [
      'メンテナンス中ですか？',
      '2026-12-01T12:00',
      'ただいまメンテナンスは行っておりません。次の計画メンテナンス「基盤更新」は、12月5日（土）22:00～12月6日（日）2:00に予定しております。',
    ],
    [
      'is the service down for maintenance?',
      '2026-12-01T12:00',
      // The title is Japanese only: English leaves it out rather than show script an English reader cannot read.
      'No maintenance is under way. Next planned maintenance: Sat 5 Dec, 22:00 JST to Sun 6 Dec, 2:00 JST.',
    ],
    ['サービスが使えないのですが障害ですか？', '2026-12-05T23:00', 'ただいま「基盤更新」のため、12月6日（日）2:00までサービスを停止しております。'],
    ['is the service down for maintenance?', '2026-12-06T01:30', 'The service is down for maintenance until Sun 6 Dec, 2:00 JST.'],
    [
      'is the service down?',
      '2026-12-06T02:00',
      'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.',
    ],
  ] as const)('answers %j at %s from the announced maintenance', (message, time, expected) => {
    expect(reply(message, { at: at(time), from: service })).toBe(expected);
  });

  it('names an English maintenance title in English', () => {
    const english = createDesk(desknetsCloud, { maintenance: [{ period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00', title: 'Platform upgrade' }] });
    expect(reply('is the service down?', { at: at('2026-12-05T23:00'), from: english })).toBe(
      'The service is down for maintenance ("Platform upgrade") until Sun 6 Dec, 2:00 JST.',
    );
  });

  it('never answers in English with Japanese script', () => {
    for (const time of ['2026-12-01T12:00', '2026-12-05T23:00', '2026-11-23T10:00', '2026-11-25T10:00'])
      expect(reply('is support open? is the service down?', { at: at(time), from: service })).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('tells phone hours apart from maintenance: the phone lines keep their hours during the works', () => {
    expect(reply('今つながりますか？', { at: at('2026-12-04T18:30'), from: service })).toBe(
      'ただいま夜間延長窓口（TEL 0800-777-9984）で受け付けております。受付は20:00までです。',
    );
  });
});
