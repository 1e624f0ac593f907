import { expect } from 'vitest';
import { createDesk, type LineInput, type PolicyInput, type RouteDecision } from '../../src/index.js';

/** Asserts a decision's kind and narrows it, so a test reads the fields of that kind. */
export function expectKind<K extends RouteDecision['kind']>(d: RouteDecision, kind: K): Extract<RouteDecision, { kind: K }> {
  expect(d.kind).toBe(kind);
  return d as Extract<RouteDecision, { kind: K }>;
}

type Windows = LineInput['windows'];

/** A line for a custom policy; weekdays default to Monday–Friday. */
export function line(id: string, ja: string, en: string, tel: string, languages: string[], windows: Windows, weekdays = [1, 2, 3, 4, 5]): LineInput {
  return { id, name: { ja, en }, tel, languages, weekdays, windows };
}

/** A one-edition policy in force from 2024-01-01, without a recording notice. */
export function policy(...lines: LineInput[]): PolicyInput {
  return { id: 'custom', name: { ja: '独自窓口', en: 'Custom desk' }, editions: [{ edition: 1, effective: '2024-01-01', lines }] };
}

/** A global line speaking Japanese and English 9:00–17:00, a Chinese line 10:00–12:00 and a Korean line 13:00–15:00, on weekdays. No recording notice. */
export const multilingual = createDesk(
  policy(
    line('global', 'グローバル窓口', 'Global line', '03-1234-0001', ['ja', 'en'], [['9:00', '17:00']]),
    line('chinese', '中国語窓口', 'Chinese line', '03-1234-0002', ['zh'], [['10:00', '12:00']]),
    line('korean', '韓国語窓口', 'Korean line', '03-1234-0003', ['ko'], [['13:00', '15:00']]),
  ),
);

/** A Japanese line and a Traditional Chinese line, 9:00–17:00 on weekdays: a line tag with a script subtag. */
export const taipei = createDesk(
  policy(
    line('ja', '日本語窓口', 'Japanese line', '03-2000-0001', ['ja'], [['9:00', '17:00']]),
    line('tw', '繁体字窓口', 'Traditional Chinese line', '03-2000-0002', ['zh-Hant'], [['9:00', '17:00']]),
  ),
);
