import type { PolicyInput } from '../../src/index.js';

/**
 * A one-line policy in force from `effective`, open every day of the week (holidays aside) on the
 * given windows: what custom-policy tests need when weekdays should not matter.
 */
export function everyDay(windows: readonly (readonly [string, string])[], effective = '1949-01-01'): PolicyInput {
  return {
    id: 'every-day',
    name: { ja: '毎日', en: 'Every day' },
    editions: [
      {
        edition: 1,
        effective,
        lines: [
          {
            id: 'main',
            name: { ja: '窓口', en: 'Desk' },
            tel: '0120-000-000',
            languages: ['ja'],
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            windows: windows as PolicyInput['editions'][number]['lines'][number]['windows'],
          },
        ],
      },
    ],
  };
}
