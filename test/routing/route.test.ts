import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClosedReason, createDesk, type Desk, desk, desknetsCloud, type NextWhen, route } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { expectKind } from '../helpers/route-fixtures.js';

// Expected values come from 第6条 of the terms: ed.15 通常窓口 (regular) TEL 0120-365-800 9:00～17:30,
// 夜間延長窓口 (night) TEL 0800-777-9984 18:00～20:00; ed.14 one line 問い合わせ窓口 9:00～12:00 及び
// 13:00～17:30; 土日祝日及び当社休業日を除く; 対応可能言語：日本語のみ. Weekdays and holidays were read off a
// calendar and checked against @holiday-jp/holiday_jp: 2026-11-23 (Mon) 勤労感謝の日, 2026-05-03..06
// 憲法記念日・みどりの日・こどもの日・振替休日, 2026-11-25 Wed, 2026-11-28 Sat, 2022-11-16 Wed, 2099-12-31 Thu.

const jst = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(jst(text));

const REGULAR = { id: 'regular', tel: '0120-365-800' } as const;
const NIGHT = { id: 'night', tel: '0800-777-9984' } as const;

/** A desk with the integrator's own closures, for the reasons the preset cannot produce. */
const custom = createDesk(desknetsCloud, {
  companyHolidays: [{ date: '2026-12-29/2027-01-03', name: '年末年始休業' }, '2026-08-14'],
  overrides: [
    { date: '2026-11-26', lineId: 'regular', closed: true, name: '社内研修' },
    { date: '2026-11-27', closed: true },
  ],
});

describe('connect: a line is open and the caller may be put through', () => {
  it.each([
    ['no line dialed at 10:00 on a Wednesday', '2026-11-25T10:00', undefined, REGULAR, '通常窓口', '2026-11-25T17:30'],
    ['the regular line dialed at 10:00', '2026-11-25T10:00', 'regular', REGULAR, '通常窓口', '2026-11-25T17:30'],
    ['the regular line dialed at its first millisecond', '2026-11-25T09:00', 'regular', REGULAR, '通常窓口', '2026-11-25T17:30'],
    ['the night line dialed at 18:30', '2026-11-25T18:30', 'night', NIGHT, '夜間延長窓口', '2026-11-25T20:00'],
    ['no line dialed at 18:30', '2026-11-25T18:30', undefined, NIGHT, '夜間延長窓口', '2026-11-25T20:00'],
    ['the night line dialed at 19:59:59.999', '2026-11-25T19:59:59.999', 'night', NIGHT, '夜間延長窓口', '2026-11-25T20:00'],
    ['no line dialed at 10:00 under edition 14 (closes for lunch)', '2022-11-16T10:00', undefined, REGULAR, '問い合わせ窓口', '2022-11-16T12:00'],
    ['no line dialed at 13:00 under edition 14', '2022-11-16T13:00', undefined, REGULAR, '問い合わせ窓口', '2022-11-16T17:30'],
  ] as const)('%s connects to the %s line', (_, at, lineId, line, name, closes) => {
    const d = expectKind(route(desk, { at: jst(at), ...(lineId ? { lineId } : {}) }), 'connect');
    expect(d.line.id).toBe(line.id);
    expect(d.line.tel).toBe(line.tel);
    expect(d.line.name.ja).toBe(name);
    expect(d.closesAt.getTime()).toBe(ms(closes));
    expect(d.at.getTime()).toBe(ms(at));
    expect(d.languages).toEqual(['ja']);
  });

  it('reads the desk clock when no instant is given', () => {
    const fixed = createDesk(desknetsCloud, { clock: () => ms('2026-11-25T10:00') });
    const d = expectKind(route(fixed), 'connect');
    expect(d.line.id).toBe('regular');
    expect(d.at.getTime()).toBe(ms('2026-11-25T10:00'));
  });

  it.each([
    ['Date', new Date(ms('2026-11-25T18:30'))],
    ['epoch milliseconds', ms('2026-11-25T18:30')],
    ['an ISO string in UTC', '2026-11-25T09:30:00Z'],
  ] as const)('accepts the instant as %s', (_, at) => {
    expect(expectKind(route(desk, { at }), 'connect').line.id).toBe('night');
  });

  describe('the recording notice of 第6条2項', () => {
    const notice = expectKind(route(desk, { at: jst('2026-11-25T10:00') }), 'connect').recordingNotice;

    // 「通話内容を録音させていただきます。なお、通話録音データは、個人情報として取り扱うものとし、お客様への
    // 適切かつ迅速な回答、サポート品質向上及び円滑なサポート業務遂行の目的以外には使用しないものとします。」
    it.each(['録音', '個人情報', '回答', 'サポート品質の向上', '円滑なサポート業務'])('says %s in Japanese', (words) => {
      expect(notice?.ja).toContain(words);
    });

    it.each(['recorded', 'personal information', 'answer', 'improve', 'smoothly'])('says "%s" in English', (words) => {
      expect(notice?.en).toContain(words);
    });

    it.each([
      ['a night-line connection', '2026-11-25T18:30', 'night'],
      ['an edition 14 connection', '2022-11-16T10:00', undefined],
    ] as const)('is the same on %s', (_, at, lineId) => {
      const d = expectKind(route(desk, { at: jst(at), ...(lineId ? { lineId } : {}) }), 'connect');
      expect(d.recordingNotice).toEqual(notice);
    });
  });
});

describe('redirect: the dialed line is closed while another is open', () => {
  it.each([
    ['the night line dialed at 10:00', '2026-11-25T10:00', 'night', '夜間延長窓口', REGULAR, '2026-11-25T17:30'],
    ['the night line dialed at 17:29:59.999', '2026-11-25T17:29:59.999', 'night', '夜間延長窓口', REGULAR, '2026-11-25T17:30'],
    ['the regular line dialed at 18:30', '2026-11-25T18:30', 'regular', '通常窓口', NIGHT, '2026-11-25T20:00'],
    ['the regular line dialed at 18:00 sharp', '2026-11-25T18:00', 'regular', '通常窓口', NIGHT, '2026-11-25T20:00'],
  ] as const)('%s is offered the %s line', (_, at, lineId, dialedName, offer, closes) => {
    const d = expectKind(route(desk, { at: jst(at), lineId }), 'redirect');
    expect(d.dialed?.id).toBe(lineId);
    expect(d.dialed?.name.ja).toBe(dialedName);
    expect(d.line.id).toBe(offer.id);
    expect(d.line.tel).toBe(offer.tel);
    expect(d.closesAt.getTime()).toBe(ms(closes));
    expect(d.languages).toEqual(['ja']);
    expect(d.recordingNotice?.ja).toContain('録音');
  });

  it('offers the one line of edition 14 to a caller of the night line, which that edition does not define', () => {
    const d = expectKind(route(desk, { at: jst('2022-11-16T10:00'), lineId: 'night' }), 'redirect');
    expect(d.dialed).toBeNull();
    expect(d.line.id).toBe('regular');
    expect(d.line.name.ja).toBe('問い合わせ窓口');
    expect(d.closesAt.getTime()).toBe(ms('2022-11-16T12:00'));
  });
});

describe('closed: no line is open', () => {
  it.each([
    ['a Saturday', desk, '2026-11-28T10:00', 'weekend', undefined, '2026-11-30T09:00', REGULAR, 'later'],
    ['a Sunday', desk, '2026-11-29T10:00', 'weekend', undefined, '2026-11-30T09:00', REGULAR, 'tomorrow'],
    ['勤労感謝の日', desk, '2026-11-23T10:00', 'national-holiday', '勤労感謝の日', '2026-11-24T09:00', REGULAR, 'tomorrow'],
    ['みどりの日 in Golden Week', desk, '2026-05-04T10:00', 'national-holiday', 'みどりの日', '2026-05-07T09:00', REGULAR, 'later'],
    ['the substitute holiday of 2026-05-06', desk, '2026-05-06T18:30', 'national-holiday', '振替休日', '2026-05-07T09:00', REGULAR, 'tomorrow'],
    ['a named company holiday', custom, '2026-12-29T10:00', 'company-holiday', '年末年始休業', '2027-01-04T09:00', REGULAR, 'later'],
    ['the last day of a company holiday', custom, '2027-01-03T10:00', 'company-holiday', '年末年始休業', '2027-01-04T09:00', REGULAR, 'tomorrow'],
    ['a company holiday without a name', custom, '2026-08-14T10:00', 'company-holiday', undefined, '2026-08-17T09:00', REGULAR, 'later'],
    [
      '元日 inside a company holiday (the company holiday speaks first)',
      custom,
      '2027-01-01T10:00',
      'company-holiday',
      '年末年始休業',
      '2027-01-04T09:00',
      REGULAR,
      'later',
    ],
    ['an override closing the regular line', custom, '2026-11-26T10:00', 'override', '社内研修', '2026-11-26T18:00', NIGHT, 'today'],
    ['an override closing every line', custom, '2026-11-27T10:00', 'override', undefined, '2026-11-30T09:00', REGULAR, 'later'],
    ['8:00 on a Wednesday', desk, '2026-11-25T08:00', 'before-hours', undefined, '2026-11-25T09:00', REGULAR, 'today'],
    ['just after midnight', desk, '2026-11-25T00:00', 'before-hours', undefined, '2026-11-25T09:00', REGULAR, 'today'],
    ['17:45, between the regular and night lines', desk, '2026-11-25T17:45', 'between-windows', undefined, '2026-11-25T18:00', NIGHT, 'today'],
    ['12:30, the lunch gap of edition 14', desk, '2022-11-16T12:30', 'between-windows', undefined, '2022-11-16T13:00', REGULAR, 'today'],
    ['20:30 on a Wednesday', desk, '2026-11-25T20:30', 'after-hours', undefined, '2026-11-26T09:00', REGULAR, 'tomorrow'],
    ['20:00 sharp on a Friday', desk, '2026-11-27T20:00', 'after-hours', undefined, '2026-11-30T09:00', REGULAR, 'later'],
    ['17:30 under edition 14', desk, '2022-11-16T17:30', 'after-hours', undefined, '2022-11-17T09:00', REGULAR, 'tomorrow'],
    ['the last Friday evening of edition 14', desk, '2023-02-03T18:30', 'after-hours', undefined, '2023-02-06T09:00', REGULAR, 'later'],
  ] as [
    string,
    Desk,
    string,
    ClosedReason,
    string | undefined,
    string,
    typeof REGULAR | typeof NIGHT,
    NextWhen,
  ][])('on %s the reason is %s (%s), next %s on the %s line', (_, d, at, reason, name, opens, line, when) => {
    const r = expectKind(route(d, { at: jst(at) }), 'closed');
    expect(r.reason).toBe(reason);
    expect(r.closed.reason).toBe(reason);
    expect(r.closed.name).toBe(name);
    expect(r.next?.opensAt.getTime()).toBe(ms(opens));
    expect(r.next?.line.id).toBe(line.id);
    expect(r.next?.line.tel).toBe(line.tel);
    expect(r.nextWhen).toBe(when);
    expect(r.languages).toEqual(['ja']);
  });

  it('marks the national holiday under a company holiday', () => {
    const r = expectKind(route(custom, { at: jst('2027-01-01T10:00') }), 'closed');
    expect(r.closed.holiday).toEqual({ name: '元日', provisional: false });
  });

  it('answers closed, not redirect, when the dialed line and every other are closed', () => {
    const r = expectKind(route(desk, { at: jst('2026-11-28T18:30'), lineId: 'night' }), 'closed');
    expect(r.reason).toBe('weekend');
    expect(r.next?.line.id).toBe('regular');
  });

  it('has no next opening on the last evening of the supported range', () => {
    const r = expectKind(route(desk, { at: jst('2099-12-31T21:00') }), 'closed');
    expect(r.reason).toBe('after-hours');
    expect(r.next).toBeNull();
    expect(r.nextWhen).toBeNull();
  });
});

describe('unsupported-language: no line serves the caller', () => {
  // RFC 5646 §2.1: grandfathered (i-klingon, en-GB-oed, zh-min-nan) and private-use (x-…) tags are well-formed.
  it.each([
    'en',
    'en-US',
    'zh-Hant',
    'fr',
    'jav',
    'EN-gb',
    'i-klingon',
    'en-GB-oed',
    'zh-min-nan',
    'x-private',
    'i-default',
  ])('%s at 10:00 learns that Japanese is served and the regular line is open', (language) => {
    const d = expectKind(route(desk, { at: jst('2026-11-25T10:00'), language }), 'unsupported-language');
    expect(d.language).toBe(language);
    expect(d.supported).toEqual(['ja']);
    expect(d.open?.id).toBe('regular');
    expect(d.closesAt?.getTime()).toBe(ms('2026-11-25T17:30'));
    expect(d.next?.line.id).toBe('night');
  });

  it.each(['en', 'en-US', 'zh-Hant', 'fr'])('%s on a Saturday learns the next opening', (language) => {
    const d = expectKind(route(desk, { at: jst('2026-11-28T10:00'), language }), 'unsupported-language');
    expect(d.supported).toEqual(['ja']);
    expect(d.open).toBeNull();
    expect(d.closesAt).toBeNull();
    expect(d.next?.opensAt.getTime()).toBe(ms('2026-11-30T09:00'));
    expect(d.next?.line.tel).toBe('0120-365-800');
    expect(d.nextWhen).toBe('later');
  });

  it('speaks of the language before the dialed line', () => {
    expectKind(route(desk, { at: jst('2026-11-25T10:00'), language: 'en', lineId: 'night' }), 'unsupported-language');
  });
});

describe('a policy whose lines serve different languages', () => {
  // A custom desk: a Japanese line 9:00–17:00 and an English line 18:00–20:00 on weekdays.
  const bilingual = createDesk({
    id: 'bilingual',
    name: { ja: '二言語窓口', en: 'Bilingual desk' },
    editions: [
      {
        edition: 1,
        effective: '2024-01-01',
        lines: [
          {
            id: 'ja',
            name: { ja: '日本語窓口', en: 'Japanese line' },
            tel: '03-1111-1111',
            languages: ['ja'],
            weekdays: [1, 2, 3, 4, 5],
            windows: [['9:00', '17:00']],
          },
          {
            id: 'en',
            name: { ja: '英語窓口', en: 'English line' },
            tel: '03-2222-2222',
            languages: ['en'],
            weekdays: [1, 2, 3, 4, 5],
            windows: [['18:00', '20:00']],
          },
        ],
      },
    ],
  });

  // The language constraint (issue 3: 「the caller's language … is not served」) must hold for the
  // line a caller is put through or sent to, not only for the policy as a whole.
  it.each([
    ['an English caller at 10:00', 'en', '2026-11-25T10:00', 'en-US', undefined, '2026-11-25T18:00'],
    ['an English caller who dialed the English line at 10:00', 'en', '2026-11-25T10:00', 'en', 'en', '2026-11-25T18:00'],
    ['a Japanese caller at 18:30', 'ja', '2026-11-25T18:30', 'ja-JP', undefined, '2026-11-26T09:00'],
  ] as const)('%s is not put through to a line in another language, and learns when the %s line opens', (_, served, at, language, lineId, opens) => {
    const d = route(bilingual, { at: jst(at), language, ...(lineId ? { lineId } : {}) });
    if (d.kind === 'connect' || d.kind === 'redirect') expect(d.line.languages).toContain(served);
    const next = d.kind === 'closed' || d.kind === 'unsupported-language' ? d.next : null;
    expect(next?.line.id).toBe(served);
    expect(next?.opensAt.getTime()).toBe(ms(opens));
  });

  it('connects an English caller to the English line while it is open', () => {
    const d = expectKind(route(bilingual, { at: jst('2026-11-25T18:30'), language: 'en' }), 'connect');
    expect(d.line.id).toBe('en');
  });
});

describe('language tags', () => {
  // jpn is ISO 639-2 for Japanese; BCP 47 canonicalizes it to ja.
  it.each(['ja', 'ja-JP', 'JA', 'ja-Jpan-JP', 'ja-jp', 'jpn', 'ja-JP-u-ca-japanese'])('%s is served', (language) => {
    expect(route(desk, { at: jst('2026-11-25T10:00'), language }).kind).toBe('connect');
    expect(route(desk, { at: jst('2026-11-28T10:00'), language }).kind).toBe('closed');
    expect(route(desk, { at: jst('2026-11-25T10:00'), language, lineId: 'night' }).kind).toBe('redirect');
  });

  it.each([[''], ['e'], ['english language'], ['123'], ['ja_JP'], ['ja--JP'], [42], [null]] as [
    unknown,
  ][])('a malformed tag %j throws INVALID_LANGUAGE', (language) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst('2026-11-25T10:00'), language: language as string }), 'INVALID_LANGUAGE');
    expect(error.value).toBe(language);
  });
});

describe('bad requests', () => {
  it.each(['evening', 'Regular', ''])('an unknown line id %j throws UNKNOWN_LINE', (lineId) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst('2026-11-25T10:00'), lineId }), 'UNKNOWN_LINE');
    expect(error.message).toContain('regular');
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['an array holding a request', [{ at: '2026-11-25T10:00:00+09:00' }]],
    ['a string', '2026-11-25T10:00:00+09:00'],
    ['a number', ms('2026-11-25T10:00')],
    ['true', true],
  ] as const)('rejects %s in place of the request object with INVALID_ARGUMENT', (_, request) => {
    const error = expectMadoguchiError(() => route(desk, request as never), 'INVALID_ARGUMENT');
    expect(error.value).toBe(request);
    for (const key of ['at', 'language', 'lineId', 'dialed']) expect(error.message).toContain(key);
  });

  it.each([
    ['line', { at: jst('2026-11-25T10:00'), line: 'night' }],
    ['lang', { lang: 'ja' }],
    ['a symbol', { [Symbol('at')]: jst('2026-11-25T10:00') }],
  ] as const)('rejects an unknown key (%s) with INVALID_ARGUMENT, naming the accepted keys', (_, request) => {
    const error = expectMadoguchiError(() => route(desk, request as never), 'INVALID_ARGUMENT');
    for (const key of ['at', 'language', 'lineId', 'dialed']) expect(error.message).toContain(key);
  });

  it('names the unknown key', () => {
    const error = expectMadoguchiError(() => route(desk, { at: jst('2026-11-25T10:00'), number: 'night' } as never), 'INVALID_ARGUMENT');
    expect(error.message).toContain('number');
  });

  it.each([
    ['only at', { at: jst('2026-11-25T10:00') }],
    ['only language', { at: jst('2026-11-25T10:00'), language: 'ja' }],
    ['only lineId', { at: jst('2026-11-25T10:00'), lineId: 'regular' }],
    ['every key', { at: jst('2026-11-25T10:00'), language: 'ja', lineId: 'regular' }],
  ] as const)('accepts a request with %s', (_, request) => {
    expect(expectKind(route(desk, request), 'connect').line.id).toBe('regular');
  });

  it.each([
    ['an instant without offset', '2026-11-25T10:00', 'AMBIGUOUS_INSTANT'],
    ['an instant before edition 14', '2020-06-30T23:59:59.999+09:00', 'NO_TERMS_IN_FORCE'],
    ['an instant in 2100', '2100-01-01T00:00+09:00', 'OUT_OF_RANGE'],
  ] as const)('rejects %s with %s', (_, at, code) => {
    expectMadoguchiError(() => route(desk, { at }), code);
  });
});

describe('route agrees with status, isOpen and nextOpening at random instants (2020-07-01..2099)', () => {
  const FROM = ms('2020-07-01T00:00');
  const TO = ms('2099-12-31T23:59:59.999');
  const DAY = 86_400_000;
  // Half the instants fall on the busy part of a day (8:00–21:00 JST) so open lines are common.
  const instant = fc.oneof(
    fc.integer({ min: FROM, max: TO }),
    fc
      .tuple(fc.integer({ min: 0, max: Math.floor((TO - FROM) / DAY) }), fc.integer({ min: 8 * 3_600_000, max: 21 * 3_600_000 }))
      .map(([day, offset]) => FROM + day * DAY + offset),
  );
  const lineId = fc.constantFrom<'regular' | 'night'>('regular', 'night');

  it('connects exactly when status says a line is open, to that line until it closes', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const s = desk.status(t);
        const d = route(desk, { at: t });
        expect(d.kind === 'connect').toBe(s.open);
        if (d.kind === 'connect') {
          expect(d.line.id).toBe(s.line?.id);
          expect(d.closesAt.getTime()).toBe(s.closesAt?.getTime());
        } else {
          expect(d.kind).toBe('closed');
          if (d.kind === 'closed') {
            expect(d.reason).toBe(s.closed?.reason);
            expect(d.next?.opensAt.getTime()).toBe(desk.nextOpening(t)?.opensAt.getTime());
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('redirects only when the dialed line is closed and another is open; connects a dialed line only when it is open', () => {
    fc.assert(
      fc.property(instant, lineId, (t, id) => {
        const d = route(desk, { at: t, lineId: id });
        const dialedOpen = desk.isOpen(t, id);
        const anyOpen = desk.isOpen(t);
        if (d.kind === 'redirect') {
          expect(dialedOpen).toBe(false);
          expect(anyOpen).toBe(true);
          expect(desk.isOpen(t, d.line.id)).toBe(true);
          expect(d.line.id).not.toBe(id);
        }
        if (d.kind === 'connect') {
          expect(dialedOpen).toBe(true);
          expect(d.line.id).toBe(id);
        }
        const expected = dialedOpen ? 'connect' : anyOpen ? 'redirect' : 'closed';
        expect(d.kind).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('says the next opening is today, tomorrow or later by JST calendar days', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const d = route(desk, { at: t });
        if (d.kind !== 'closed' || d.next === null) return;
        // Shifting both instants by +9 h and reading the UTC date gives the JST date without the host zone.
        const dayOf = (x: number) => Math.floor((x + 9 * 3_600_000) / DAY);
        const gap = dayOf(d.next.opensAt.getTime()) - dayOf(t);
        expect(d.nextWhen).toBe(gap === 0 ? 'today' : gap === 1 ? 'tomorrow' : 'later');
      }),
      { numRuns: 300 },
    );
  });
});

describe('language tags in canonical form, on both sides', () => {
  // Lines tagged with aliases (jpn is ISO 639-2 for ja; iw the withdrawn code of he) and one with a
  // grandfathered tag (RFC 5646 §2.1), whose parts are no subtags: zh-min-nan is Min Nan, not a zh.
  const line = (id: string, languages: string[], windows: [string, string][]) => ({
    id,
    name: { ja: id, en: id },
    tel: '03-0000-0000',
    languages,
    weekdays: [1, 2, 3, 4, 5],
    windows,
  });
  const tagged = createDesk({
    id: 'tagged',
    name: { ja: '多言語', en: 'Many languages' },
    editions: [
      {
        edition: 1,
        effective: '2024-01-01',
        lines: [
          line('jpn', ['jpn'], [['9:00', '12:00']]),
          line('iw', ['iw'], [['12:00', '13:00']]),
          line('zh', ['zh'], [['13:00', '15:00']]),
          line('klingon', ['i-klingon'], [['15:00', '16:00']]),
        ],
      },
    ],
  });
  const at = (hm: string) => jst(`2026-11-25T${hm}`);

  it.each([
    ['ja', '10:00', 'jpn'],
    ['jpn', '10:00', 'jpn'],
    ['he', '12:30', 'iw'],
    ['iw', '12:30', 'iw'],
    ['zh-Hant', '14:00', 'zh'],
    ['I-Klingon', '15:30', 'klingon'],
  ])('a caller speaking %s at %s reaches the line %s', (language, hm, id) => {
    const d = expectKind(route(tagged, { at: at(hm), language }), 'connect');
    expect(d.line.id).toBe(id);
  });

  it('does not put a Min Nan caller (zh-min-nan, nan) through to the Mandarin line zh', () => {
    expectKind(route(tagged, { at: at('14:00'), language: 'zh-min-nan' }), 'unsupported-language');
  });

  it.each(['und', 'und-JP'])('treats %s (undetermined, BCP 47) as no language given', (language) => {
    expect(route(desk, { at: jst('2026-11-25T10:00'), language })).toEqual(route(desk, { at: jst('2026-11-25T10:00') }));
  });
});
