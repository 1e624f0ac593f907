/**
 * Chatbot: answers "今つながりますか？", "is support open?" and "is the service down for maintenance?".
 *
 * How to use: pass the visitor's message (and, in tests, the instant) to `reply`; post what it
 * returns. Give it the desk your service runs with, so announced maintenance is known:
 *
 *   const service = createDesk(desknetsCloud, {
 *     maintenance: [{ period: '2026-12-05T22:00+09:00/2026-12-06T02:00+09:00', title: '基盤更新' }],
 *   });
 *   reply('メンテナンス中ですか？', { from: service });
 *
 * Messages with Japanese characters get Japanese answers, others English. Phone support (第6条) and
 * the service's maintenance (第18条の2) are different things: the phone lines keep their hours during
 * maintenance, and the service keeps running outside the phone hours. The words (politeness level,
 * date forms, no Japanese script in English) are the library's, from src/format.
 */
import { dateTimeWords, JAPANESE_SCRIPT, VOCABULARY } from '../src/format/index.js';
import { type Desk, describe, desk, type InstantInput, type Locale, type MaintenancePeriod, maintenanceOf } from '../src/index.js';

const ABOUT_MAINTENANCE = /メンテ|障害|止ま|使えな|maintenance|\bdown\b|outage/i;

/** `12月5日（土）22:00` / `Sat 5 Dec, 22:00 JST`: the library's date form for chat. */
const when = (at: Date, locale: Locale): string => dateTimeWords(at, locale, 'text');
const span = (p: MaintenancePeriod, locale: Locale): string => `${when(p.start, locale)}${VOCABULARY[locale].range}${when(p.end, locale)}`;
/** A maintenance title in English only when it is English: an English reader cannot read 基盤更新. */
const title = (p: MaintenancePeriod, locale: Locale): string => (locale === 'ja' ? `「${p.title}」` : JAPANESE_SCRIPT.test(p.title) ? '' : ` ("${p.title}")`);

function maintenanceReply(from: Desk, at: InstantInput | undefined, locale: Locale): string {
  const m = maintenanceOf(from).status(at);
  const [active] = m.active;
  const upcoming: MaintenancePeriod | undefined = m.planned.find((p) => !m.active.includes(p));
  const ja = locale === 'ja';
  let now: string;
  if (active !== undefined) {
    now = ja
      ? `ただいま${title(active, 'ja')}のため、${when(active.end, 'ja')}までサービスを停止しております。`
      : `The service is down for maintenance${title(active, 'en')} until ${when(active.end, 'en')}.`;
  } else if (m.inRegularWindow) {
    // 第18条の2第2項: the daily window brings delays of tens of seconds or brief interruptions, not an outage.
    now = ja
      ? 'ただいま定期メンテナンスの時間帯（毎日1:00～6:00）です。数十秒の遅延や一時的な中断が起きる場合がございます。'
      : 'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.';
  } else {
    now = ja ? 'ただいまメンテナンスは行っておりません。' : 'No maintenance is under way.';
  }
  if (upcoming === undefined) return now;
  return ja
    ? `${now}次の計画メンテナンス${title(upcoming, 'ja')}は、${span(upcoming, 'ja')}に予定しております。`
    : `${now} Next planned maintenance${title(upcoming, 'en')}: ${when(upcoming.start, 'en')} to ${when(upcoming.end, 'en')}.`;
}

/**
 * The chatbot's answer to one message.
 *
 * @example
 * ```ts
 * reply('今つながりますか？', { at: '2026-11-25T20:30+09:00' });
 * //=> '本日の受付は終了いたしました。明日11月26日（木）9:00から、通常窓口（TEL 0120-365-800）で承ります。'
 * ```
 */
export function reply(message: string, { at, from = desk }: { at?: InstantInput; from?: Desk } = {}): string {
  const locale: Locale = JAPANESE_SCRIPT.test(message) ? 'ja' : 'en';
  if (ABOUT_MAINTENANCE.test(message)) return maintenanceReply(from, at, locale);
  return describe(from.status(at), { locale });
}
