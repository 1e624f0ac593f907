import type { ClosedReason, Locale } from '../index.js';

/**
 * The element's short labels, in the vocabulary of the sentences (受付, 休業日 for a whole day,
 * 受付時間外 for the time of day, 休止 for a line closed by an override). Dates, times, weekdays,
 * holiday and language names come from src/format; these are only the words around them.
 */
export const LABELS = {
  ja: {
    open: '受付中',
    closed: '受付時間外',
    until: (time: string) => `${time}まで`,
    next: '次の受付',
    from: (when: string) => `${when}から`,
    today: '本日',
    tomorrow: '明日',
    none: '次の受付予定はありません',
    dayOff: (name: string) => `休業日（${name}）`,
    companyHoliday: '当社休業日',
    suspended: (name: string) => `休止中（${name}）`,
    temporaryClosure: '臨時休止',
    provisional: (names: string) => `${names}は暫定の祝日です（内閣府の公表前）`,
    only: (languages: string) => `対応言語：${languages}のみ`,
    error: (code: string) => `受付時間を表示できません（${code}）`,
  },
  en: {
    open: 'Open now',
    closed: 'Closed now',
    until: (time: string) => `Until ${time} JST`,
    next: 'Next opening',
    from: (when: string) => when,
    today: 'today',
    tomorrow: 'tomorrow',
    none: 'No opening is scheduled',
    dayOff: (name: string) => `Closed today (${name})`,
    companyHoliday: 'company holiday',
    suspended: (name: string) => `Suspended (${name})`,
    temporaryClosure: 'temporary closure',
    provisional: (names: string) => `Provisional holiday: ${names} (not yet published by the Cabinet Office)`,
    only: (languages: string) => `Support in ${languages} only`,
    error: (code: string) => `Cannot show the contact hours (${code})`,
  },
} as const satisfies Record<Locale, unknown>;

/** Words for the part of a working day outside the windows; between two windows the state says it all. */
export const TIME_OF_DAY: Record<Locale, Partial<Record<ClosedReason, string>>> = {
  ja: { 'before-hours': '受付開始前', 'after-hours': '本日の受付は終了いたしました' },
  en: { 'before-hours': 'Not open yet today', 'after-hours': 'Closed for today' },
};
