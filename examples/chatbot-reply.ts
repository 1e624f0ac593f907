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
 * maintenance, and the service keeps running outside the phone hours.
 */
import { type Desk, describe, desk, type InstantInput, type Locale, type MaintenancePeriod, maintenanceOf } from '../src/index.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ABOUT_MAINTENANCE = /メンテ|障害|止ま|使えな|maintenance|\bdown\b|outage/i;

const JST_MS = 9 * 3_600_000;
const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12月5日(土) 22:00` / `Sat 5 Dec 22:00` in Japan time: the UTC fields of an instant shifted by +9 h. */
function when(at: Date, locale: Locale): string {
  const j = new Date(at.getTime() + JST_MS);
  const time = `${j.getUTCHours()}:${String(j.getUTCMinutes()).padStart(2, '0')}`;
  return locale === 'ja'
    ? `${j.getUTCMonth() + 1}月${j.getUTCDate()}日(${WEEKDAY_JA[j.getUTCDay()]}) ${time}`
    : `${WEEKDAY_EN[j.getUTCDay()]} ${j.getUTCDate()} ${MONTH_EN[j.getUTCMonth()]} ${time}`;
}

function maintenanceReply(from: Desk, at: InstantInput | undefined, locale: Locale): string {
  const m = maintenanceOf(from).status(at);
  const [active] = m.active;
  const upcoming: MaintenancePeriod | undefined = m.planned.find((p) => !m.active.includes(p));
  const ja = locale === 'ja';
  let now: string;
  if (active !== undefined) {
    now = ja
      ? `ただいま「${active.title}」のため、サービスを停止しています（${when(active.end, 'ja')}まで）。`
      : `The service is down for maintenance ("${active.title}") until ${when(active.end, 'en')} JST.`;
  } else if (m.inRegularWindow) {
    // 第18条の2第2項: the daily window brings delays of tens of seconds or brief interruptions, not an outage.
    now = ja
      ? 'ただいま定期メンテナンスの時間帯（毎日1:00～6:00）です。数十秒の遅延や一時的な中断が起きることがあります。'
      : 'We are in the daily maintenance window (1:00–6:00 JST): delays of some tens of seconds or brief interruptions may occur.';
  } else {
    now = ja ? 'ただいまメンテナンスは行っていません。' : 'No maintenance is under way.';
  }
  if (upcoming === undefined) return now;
  return ja
    ? `${now}次の計画メンテナンスは「${upcoming.title}」、${when(upcoming.start, 'ja')}～${when(upcoming.end, 'ja')}です。`
    : `${now} Next planned maintenance: "${upcoming.title}", ${when(upcoming.start, 'en')} to ${when(upcoming.end, 'en')} JST.`;
}

export function reply(message: string, { at, from = desk }: { at?: InstantInput; from?: Desk } = {}): string {
  const locale: Locale = JAPANESE.test(message) ? 'ja' : 'en';
  if (ABOUT_MAINTENANCE.test(message)) return maintenanceReply(from, at, locale);
  return describe(from.status(at), { locale });
}
