import type { Locale } from '../format/index.js';

/**
 * The few words the element needs beyond src/format's vocabulary (受付中, 休業日, 次の受付, 受付終了,
 * 対応言語 …, taken from there): 本日/明日 before a date, 「のみ」 after the languages, and the mark of a
 * provisional holiday.
 */
export const LABELS = {
  ja: {
    today: '本日',
    tomorrow: '明日',
    from: (when: string) => `${when}から`,
    only: (languages: string) => `${languages}のみ`,
    provisional: (names: string) => `${names}は暫定の祝日です（内閣府の公表前）`,
  },
  en: {
    today: 'today',
    tomorrow: 'tomorrow,',
    from: (when: string) => when,
    only: (languages: string) => `${languages} only`,
    provisional: (names: string) => `${names}: provisional (unpublished)`,
  },
} as const satisfies Record<Locale, unknown>;
