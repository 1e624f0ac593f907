import { describe, expect, it } from 'vitest';
import { desk, desknetsCloud, lines } from '../../src/index.js';

// The preset read against the terms (/work/shared/terms): 第6条1項 (lines, TEL/FAX, 受付時間,
// 土日祝日及び当社休業日を除く, 日本語のみ), 第6条2項 (recording), 付則 第1条 (2023-02-06) (first written
// against survivors of `npm run mutation`).

const at = (date: string, time = '10:00'): string => `${date}T${time}+09:00`;

describe("the preset is 第6条 of the terms (desknet's クラウドサービス利用約款)", () => {
  const byEdition = (n: number) => desknetsCloud.editions.find((e) => e.edition === n);

  it('knows edition 14 (2020年7月1日) and edition 15 (付則 第1条: 2023年2月6日から実施)', () => {
    expect(desknetsCloud.editions.map((e) => [e.edition, e.effective])).toEqual([
      [14, '2020-07-01'],
      [15, '2023-02-06'],
    ]);
  });

  it.each([
    [14, ['第14版', '2020年7月1日', '第6条']],
    [15, ['第15版', '2023年2月6日', '第6条']],
  ] as const)('edition %i cites its source', (n, parts) => {
    for (const p of parts) expect(byEdition(n)?.source).toContain(p);
    expect(byEdition(n)?.source).toContain("desknet's クラウドサービス利用約款");
  });

  // 第6条1項: TEL/FAX, 受付時間 (UTC+9), 土日祝日及び当社休業日を除く (Monday–Friday), 日本語のみ.
  it.each([
    [
      14,
      'regular',
      '問い合わせ窓口',
      '0120-365-800',
      '045-640-5918',
      [
        ['9:00', '12:00'],
        ['13:00', '17:30'],
      ],
    ],
    [15, 'regular', '通常窓口', '0120-365-800', '045-640-5918', [['9:00', '17:30']]],
    [15, 'night', '夜間延長窓口', '0800-777-9984', undefined, [['18:00', '20:00']]],
  ] as const)('edition %i, line %s: %s, TEL %s, FAX %s, %j', (n, id, ja, tel, fax, windows) => {
    const line = byEdition(n)?.lines.find((l) => l.id === id);
    expect(line?.name.ja).toBe(ja);
    expect(line?.tel).toBe(tel);
    expect(line?.fax).toBe(fax);
    expect(line?.languages).toEqual(['ja']);
    expect(line?.weekdays).toEqual([1, 2, 3, 4, 5]);
    expect(line?.windows).toEqual(windows);
  });

  it('lists the lines of each edition in the order of the terms, each with an English name of its own', () => {
    expect(byEdition(14)?.lines.map((l) => l.id)).toEqual(['regular']);
    expect(byEdition(15)?.lines.map((l) => l.id)).toEqual(['regular', 'night']);
    const en = (n: number) => byEdition(n)?.lines.map((l) => l.name.en.trim()) ?? [];
    for (const name of [...en(14), ...en(15)]) expect(name.length).toBeGreaterThan(0);
    expect(new Set(en(15)).size).toBe(2);
  });

  it('names the カスタマーセンター of the terms, in Japanese and English', () => {
    expect(desknetsCloud.id.trim().length).toBeGreaterThan(0);
    expect(desknetsCloud.name.ja).toContain('カスタマーセンター');
    expect(desknetsCloud.name.en.toLowerCase()).toContain('customer center');
  });

  it.each([14, 15])('announces the recording of 第6条2項 and its purposes in edition %i', (edition) => {
    const notice = desknetsCloud.editions.find((e) => e.edition === edition)?.recordingNotice;
    for (const p of ['録音', '個人情報', '適切かつ迅速な回答', 'サポート品質', '円滑なサポート業務']) expect(notice?.ja).toContain(p);
    for (const p of ['recorded', 'personal information']) expect(notice?.en).toContain(p);
  });

  it('gives the desk the lines of 第15版 on Wednesday 2026-11-25, with English names', () => {
    const [regular, night] = lines(desk, at('2026-11-25'));
    expect([regular?.name.ja, night?.name.ja]).toEqual(['通常窓口', '夜間延長窓口']);
    expect(regular?.name.en).not.toBe(night?.name.en);
    expect(lines(desk, at('2022-11-16'))[0]?.name.en.trim()).not.toBe('');
  });
});
