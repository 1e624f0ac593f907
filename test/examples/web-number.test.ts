import { describe, expect, it } from 'vitest';
import { numberToShow } from '../../examples/web-number.js';
import { createDesk, desknetsCloud } from '../../src/index.js';

// Numbers, names and hours from 第6条1項 (ed.15): 通常窓口 0120-365-800 9:00～17:30, 夜間延長窓口
// 0800-777-9984 18:00～20:00. 2026-11-25 is a Wednesday, 2026-11-23 勤労感謝の日 (Monday).
const at = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(at(text));

describe('the number a web page shows', () => {
  it.each([
    ['10:00, regular line open', '2026-11-25T10:00', 'ja', true, '0120-365-800', 'tel:+81120365800', '通常窓口', '2026-11-25T17:30'],
    ['17:45, the night line opens next', '2026-11-25T17:45', 'en', false, '0800-777-9984', 'tel:+818007779984', 'Evening line', '2026-11-25T18:00'],
    ['18:30, night line open', '2026-11-25T18:30', 'ja', true, '0800-777-9984', 'tel:+818007779984', '夜間延長窓口', '2026-11-25T20:00'],
    [
      'a holiday morning: the date turns before the next opening',
      '2026-11-23T10:00',
      'ja',
      false,
      '0120-365-800',
      'tel:+81120365800',
      '通常窓口',
      '2026-11-24T00:00',
    ],
    ['8:00 on a weekday', '2026-11-25T08:00', 'en', false, '0120-365-800', 'tel:+81120365800', 'Regular line', '2026-11-25T09:00'],
  ] as const)('at %s: open %s, number %s', (_, time, locale, open, tel, href, name, changes) => {
    const n = numberToShow({ at: at(time), locale });
    expect(n.open).toBe(open);
    expect(n.tel).toBe(tel);
    expect(n.telHref).toBe(href);
    expect(n.lineName).toBe(name);
    expect(n.changesAt?.getTime()).toBe(ms(changes));
  });

  // The words are src/format's (their own tests hold the sentences): here, what a page relies on.
  it.each([
    ['ja', '2026-11-25T10:00', ['0120-365-800', '17:30'], []],
    ['en', '2026-11-25T17:45', ['0800-777-9984', '18:00', 'Japanese'], []],
    ['ja', '2026-11-23T10:00', ['0120-365-800', '勤労感謝の日', '9:00'], []],
  ] as const)('prints a %s sentence at %s with the number to call and its time', (locale, time, present, absent) => {
    const { sentence } = numberToShow({ at: at(time), locale });
    for (const text of present) expect(sentence).toContain(text);
    for (const text of absent) expect(sentence).not.toContain(text);
    // Action first: the number to call now comes before any other.
    expect(sentence.search(/\d{4}-\d{3}-\d{3,4}/)).toBe(sentence.indexOf(present[0] as string));
    if (locale === 'en') expect(sentence).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it.each([
    [
      'ja',
      '2026-11-25T10:00',
      [
        '通常窓口（TEL 0120-365-800）平日 9:00～17:30（土日祝日・当社休業日を除く）',
        '夜間延長窓口（TEL 0800-777-9984）平日 18:00～20:00（土日祝日・当社休業日を除く）',
      ],
    ],
    [
      'en',
      '2026-11-25T10:00',
      [
        'Regular line (0120-365-800): Weekdays 9:00–17:30 JST (closed on weekends, national holidays and company holidays)',
        'Evening line (0800-777-9984): Weekdays 18:00–20:00 JST (closed on weekends, national holidays and company holidays)',
      ],
    ],
    ['ja', '2022-11-16T10:00', ['問い合わせ窓口（TEL 0120-365-800）平日 9:00～12:00、13:00～17:30（土日祝日・当社休業日を除く）']],
  ] as const)('lists the %s hours of the edition in force at %s', (locale, time, hours) => {
    expect(numberToShow({ at: at(time), locale }).hours).toEqual(hours);
  });

  it('defaults to Japanese and the desk clock', () => {
    const fixed = createDesk(desknetsCloud, { clock: () => ms('2026-11-25T18:30') });
    const n = numberToShow({ from: fixed });
    expect(n.tel).toBe('0800-777-9984');
    expect(n.lineName).toBe('夜間延長窓口');
  });

  it('follows company holidays of the desk it is given', () => {
    const yearEnd = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }] });
    const n = numberToShow({ at: at('2026-12-29T10:00'), from: yearEnd });
    expect(n.open).toBe(false);
    expect(n.sentence).toContain('年末年始休業');
    expect(n.sentence).toMatch(/1月4日.*9:00/); // Monday 2027-01-04, the first working day after the closure
  });

  it('has nothing to show after the last opening of the supported range', () => {
    const n = numberToShow({ at: at('2099-12-31T21:00'), locale: 'en' });
    expect(n.tel).toBeNull();
    expect(n.telHref).toBeNull();
    expect(n.changesAt).toBeNull();
  });
});
