import type { PolicyInput } from '../policy/types.js';
import { deepFreeze } from './deep-freeze.js';

// 第6条2項 (the same words in editions 14 and 15): 「通話内容を録音させていただきます。なお、通話録音データは、
// 個人情報として取り扱うものとし、お客様への適切かつ迅速な回答、サポート品質向上及び円滑なサポート業務遂行の
// 目的以外には使用しないものとします。」 Said to a caller before the transfer.
const RECORDING_NOTICE = {
  ja: 'この通話は、お客様への適切かつ迅速な回答、サポート品質の向上および円滑なサポート業務のために録音させていただきます。録音データは個人情報として取り扱い、これらの目的以外には使用いたしません。',
  en: 'This call is recorded so that we can answer you properly and promptly, improve our support and run it smoothly. The recording is handled as personal information and used for no other purpose.',
};

// 「土日祝日及び当社休業日を除く」 (both editions, every line): weekends by `weekdays`, the rest here.
const CLOSED_ON = ['national-holiday', 'company-holiday'] as const;

/**
 * 第6条 (問い合わせ窓口) of the desknet's クラウドサービス利用約款, as data. Each value stands next to
 * the words of the terms it comes from. Both editions say: 受付時間 in UTC+9, 土日祝日及び当社休業日を除く,
 * 対応可能言語：日本語のみ. The terms name no 当社休業日: pass them to `createDesk` as `companyHolidays`.
 *
 * @example
 * ```ts
 * import { createDesk, desknetsCloud } from 'madoguchi';
 * const custom = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] });
 * desknetsCloud.editions.map((e) => e.edition); //=> [14, 15]
 * ```
 */
export const desknetsCloud: PolicyInput = /* @__PURE__ */ deepFreeze({
  id: 'desknets-cloud',
  name: { ja: "desknet's クラウド カスタマーセンター", en: "desknet's Cloud customer center" },
  editions: [
    {
      // 第14版 (2020年7月1日): the earliest edition this library knows.
      edition: 14,
      effective: '2020-07-01',
      source: "desknet's クラウドサービス利用約款 2020年7月1日 第14版 第6条1項",
      lines: [
        {
          id: 'regular',
          // 「問い合わせ窓口：株式会社ネオジャパン カスタマーセンター」
          name: { ja: '問い合わせ窓口', en: 'Support line' },
          tel: '0120-365-800', // 「TEL：0120-365-800」
          fax: '045-640-5918', // 「FAX：045-640-5918」
          languages: ['ja'], // 「対応可能言語：日本語のみ」
          weekdays: [1, 2, 3, 4, 5], // 「土日祝日及び当社休業日を除く」
          windows: [
            ['9:00', '12:00'], // 「受付時間：9:00～12:00 及び 13:00～17:30（UTC+9…）」
            ['13:00', '17:30'],
          ],
          closedOn: CLOSED_ON,
        },
      ],
      recordingNotice: RECORDING_NOTICE, // 第6条2項
      // Edition 14 has no 第18条の2: no regular maintenance window is promised.
    },
    {
      // 第15版: 付則 第1条「改訂された約款は、2023年2月6日から実施します。」
      edition: 15,
      effective: '2023-02-06',
      source: "desknet's クラウドサービス利用約款 2023年2月6日 第15版 第6条1項",
      lines: [
        {
          id: 'regular',
          // 第6条1項(1)「通常窓口：株式会社ネオジャパン カスタマーセンター」
          name: { ja: '通常窓口', en: 'Regular line' },
          tel: '0120-365-800', // 「TEL：0120-365-800」
          fax: '045-640-5918', // 「FAX：045-640-5918」
          languages: ['ja'], // 「対応可能言語：日本語のみ」
          weekdays: [1, 2, 3, 4, 5], // 「土日祝日及び当社休業日を除く」
          windows: [['9:00', '17:30']], // 「受付時間：9:00～17:30（UTC+9…）」
          closedOn: CLOSED_ON,
        },
        {
          id: 'night',
          // 第6条1項(2)「夜間延長窓口：株式会社ネオジャパン カスタマーセンター」
          name: { ja: '夜間延長窓口', en: 'Evening line' },
          tel: '0800-777-9984', // 「TEL：0800-777-9984」 (no FAX is listed for this line)
          languages: ['ja'], // 「対応可能言語：日本語のみ」
          weekdays: [1, 2, 3, 4, 5], // 「土日祝日及び当社休業日を除く」
          windows: [['18:00', '20:00']], // 「受付時間：18:00～20:00 (UTC+9…)」
          closedOn: CLOSED_ON,
        },
      ],
      recordingNotice: RECORDING_NOTICE, // 第6条2項
      maintenance: {
        // 第18条の2第2項「定期メンテナンスは、毎日1:00～6:00 (UTC+9) の間に定期的実施するもので、
        // 本サービスの数十秒の遅延又は一時的な中断を伴う場合があります。」 (new in edition 15)
        daily: [['1:00', '6:00']],
        source: "desknet's クラウドサービス利用約款 第15版 第18条の2第2項",
      },
    },
  ],
});
