// What the page says, in Japanese and English. Dates are shown in JST by fixed-offset arithmetic
// (Japan has no daylight saving time), so the visitor's own time zone never changes the wording.
const JST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;
const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** @param {number} ms */
function jst(ms) {
  const d = new Date(ms + JST_MS);
  return {
    day: Math.floor((ms + JST_MS) / DAY_MS),
    month: d.getUTCMonth(),
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
    time: `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`,
  };
}

/**
 * The headline for a status: the number to call now, or the next opening.
 *
 * @param {import('madoguchi').Status} s
 * @returns {{ state: 'open' | 'closed', tel: string | null, label: { ja: string, en: string }, line: { ja: string, en: string } | null, when: { ja: string, en: string } }}
 */
export function headline(s) {
  if (s.open && s.line && s.closesAt) {
    const until = jst(s.closesAt.getTime()).time;
    return {
      state: 'open',
      tel: s.line.tel,
      label: { ja: 'ただいまのお問い合わせ先', en: 'Call now' },
      line: s.line.name,
      when: { ja: `${until}まで受付`, en: `Open until ${until} JST` },
    };
  }
  const label = { ja: '受付時間外です。次の受付', en: 'Closed now. Next opening' };
  if (!s.next) return { state: 'closed', tel: null, label, line: null, when: { ja: '受付の予定はありません', en: 'No opening is scheduled' } };
  const now = jst(s.at.getTime());
  const opens = jst(s.next.opensAt.getTime());
  const today = opens.day === now.day;
  return {
    state: 'closed',
    tel: s.next.line.tel,
    label,
    line: s.next.line.name,
    when: {
      ja: today ? `本日 ${opens.time} から` : `${opens.month + 1}月${opens.date}日(${WEEKDAY_JA[opens.weekday]}) ${opens.time} から`,
      en: today ? `Today from ${opens.time} JST` : `${WEEKDAY_EN[opens.weekday]} ${opens.date} ${MONTH_EN[opens.month]}, from ${opens.time} JST`,
    },
  };
}

/**
 * The instant the headline changes next: the open line closes, or the next line opens.
 *
 * @param {import('madoguchi').Status} s
 * @returns {number | null} epoch milliseconds, or `null` when nothing is scheduled
 */
export function nextChange(s) {
  const change = Math.min(s.closesAt?.getTime() ?? Number.POSITIVE_INFINITY, s.next?.opensAt.getTime() ?? Number.POSITIVE_INFINITY);
  return Number.isFinite(change) ? change : null;
}
