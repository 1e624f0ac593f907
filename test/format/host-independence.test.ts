import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

// A worker thread cannot change its own time zone (assigning process.env.TZ there has no effect),
// so the same sentences are printed by child processes started under other TZ and LANG values.
const script = fileURLToPath(new URL('./host/print-describe.ts', import.meta.url));
const run = promisify(execFile);

interface Printed {
  zone: string;
  locale: string;
  out: string[];
}

async function printUnder(tz: string, lang: string): Promise<Printed> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang } });
  return JSON.parse(stdout) as Printed;
}

it('describes the same instants in the same words under three host zones and locales', { timeout: 30_000 }, async () => {
  const hosts = await Promise.all([
    printUnder('Pacific/Kiritimati', 'en_US.UTF-8'),
    printUnder('America/St_Johns', 'ja_JP.UTF-8'),
    printUnder('Asia/Tokyo', 'C'),
  ]);
  // The children really ran under different zones, or the comparison would prove nothing.
  expect(hosts.map((h) => h.zone)).toEqual(['Pacific/Kiritimati', 'America/St_Johns', 'Asia/Tokyo']);
  const [first, ...others] = hosts as [Printed, ...Printed[]];
  for (const other of others) expect(other.out).toEqual(first.out);
  // 2026-11-23 is 勤労感謝の日 (Mon); the next opening is 11-24 (Tue) 9:00 on 通常窓口.
  expect(first.out[0]).toBe('本日は勤労感謝の日のため、休業日となっております。明日11月24日（火）9:00から、通常窓口（TEL 0120-365-800）で承ります。');
  // 23:30 JST on Wednesday is still Wednesday in JST, whatever day it is in the host's zone.
  expect(first.out[8]).toBe('本日の受付は終了いたしました。明日11月26日（木）9:00から、通常窓口（TEL 0120-365-800）で承ります。');
});
