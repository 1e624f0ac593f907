import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { createDesk, type Desk, describe, desknetsCloud, type RouteDecision, route, type Status } from '../../src/index.js';
import { DESKS } from '../properties/desks.js';
import { anyInstant, aroundDates, aroundYearEnd, nearEdge } from '../properties/instants.js';

// The rules of the words issue as properties over random instants, desks and requests. Each rule is
// a plain check on the output (a regular expression or an order), not a second copy of the code.

const RUNS = { numRuns: 200 };
/** What the issue names Japanese script: kana and CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const BRACKETS = /[()（）[\]［］「」『』【】<>]/;
const DIGIT_JA = '(?:ゼロ|イチ|ニー|サン|ヨン|ゴー|ロク|ナナ|ハチ|キュウ)';
const DIGIT_EN = '(?:zero|one|two|three|four|five|six|seven|eight|nine)';
/** A phone number read aloud: six or more digit words in a row (a time has at most two digits). */
const SPOKEN_NUMBER = [new RegExp(`${DIGIT_JA}(?:[ 、]*${DIGIT_JA}){5,}`, 'g'), new RegExp(`\\b${DIGIT_EN}(?:[ ,]+${DIGIT_EN}\\b){5,}`, 'g')];
/** A phone number as printed: digits, a hyphen, digits. */
const PRINTED_NUMBER = /\d{2,}-\d{3,}-\d{3,}/g;
/** The polite endings of the level: です・ます・ございます and their negative and past forms. */
const POLITE_END = /(?:です|ます|ません|ました|ございます|でした)$/;

const named = createDesk(desknetsCloud, {
  companyHolidays: [
    { date: '2026-12-29/2027-01-03', name: '年末年始休業' },
    '2026-08-14',
    { date: '2026-10-01', name: { ja: '創立記念日', en: 'our founding day' } },
    { start: '2026-12-17T13:00+09:00', end: '2026-12-17T18:00+09:00', name: { ja: '棚卸し', en: 'stocktaking' } },
    { start: '2026-12-16T10:00+09:00', end: '2026-12-16T11:00+09:00', name: '全社朝礼' },
  ],
  overrides: [
    { date: '2026-11-26', lineId: 'regular', closed: true, name: '社内研修' },
    { date: '2026-11-27', closed: true },
    { date: '2026-12-28', lineId: 'night', closed: true, name: { ja: '年末', en: 'the year-end' } },
  ],
});
const CASES: readonly { name: string; desk: Desk; lineIds: readonly string[]; dates: readonly string[] }[] = [
  ...DESKS.map((d) => ({ name: d.name, desk: d.desk, lineIds: d.lineIds, dates: d.specialDates })),
  {
    name: 'a desk with named closures',
    desk: named,
    lineIds: ['regular', 'night'],
    dates: ['2026-08-14', '2026-10-01', '2026-11-26', '2026-11-27', '2026-12-28', '2026-12-29'],
  },
];

/** A random instant, weighted towards window edges and the days options change. */
const instantFor = (dates: readonly string[]) => fc.oneof(anyInstant, nearEdge, aroundDates(dates), aroundYearEnd);
const LANGUAGES = [undefined, 'ja', 'ja-JP', 'en', 'en-US', 'zh'];

/** Random subjects for describe: statuses and route decisions of every kind. */
const subjects = fc
  .constantFrom(...CASES)
  .chain((c) =>
    fc.tuple(
      fc.constant(c),
      instantFor(c.dates),
      fc.constantFrom<(string | undefined)[]>(undefined, ...c.lineIds),
      fc.constantFrom(...LANGUAGES),
      fc.boolean(),
    ),
  );
function subjectOf([c, at, lineId, language, asStatus]: [(typeof CASES)[number], number, string | undefined, string | undefined, boolean]):
  | Status
  | RouteDecision {
  return asStatus ? c.desk.status(at) : route(c.desk, { at, ...(lineId === undefined ? {} : { lineId }), ...(language === undefined ? {} : { language }) });
}
const say = (x: Status | RouteDecision, locale: 'ja' | 'en', style: 'text' | 'speech') => describe(x, { locale, style });

group('words over random instants, desks and requests', () => {
  it('never put Japanese script in English, on screen or aloud', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        for (const style of ['text', 'speech'] as const) expect(say(x, 'en', style)).not.toMatch(JAPANESE);
      }),
      RUNS,
    );
  });

  it('never put brackets, ～, a hyphen between digits or two phone numbers in speech', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        for (const locale of ['ja', 'en'] as const) {
          const speech = say(x, locale, 'speech');
          expect(speech).not.toMatch(BRACKETS);
          expect(speech).not.toContain('～');
          expect(speech).not.toMatch(/\d\s*[-‐–－]\s*\d/);
          expect(speech.match(PRINTED_NUMBER)).toBeNull();
          const spoken = speech.match(SPOKEN_NUMBER[locale === 'ja' ? 0 : 1] as RegExp) ?? [];
          expect(spoken.length).toBeLessThanOrEqual(1);
          // A status always gives the one number to call, unless nothing opens again.
          if (!('kind' in x)) expect(spoken.length).toBe(x.line !== null || x.next !== null ? 1 : 0);
        }
      }),
      RUNS,
    );
  });

  it('end every Japanese sentence in a polite form, on screen and aloud', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        for (const style of ['text', 'speech'] as const) {
          const text = say(x, 'ja', style);
          expect(text.endsWith('。')).toBe(true);
          for (const sentence of text.split('。').slice(0, -1)) expect(sentence).toMatch(POLITE_END);
        }
      }),
      RUNS,
    );
  });

  it('chain no の aloud: no clause of a Japanese sentence (the recording notice aside) holds three', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        const notice = 'kind' in x && (x.kind === 'connect' || x.kind === 'redirect') ? (x.recordingNotice?.ja ?? '') : '';
        const speech = say(x, 'ja', 'speech').replace(notice, '');
        for (const clause of speech.split(/[、。]/)) expect([...clause.matchAll(/の/g)].length, clause).toBeLessThan(3);
      }),
      RUNS,
    );
  });

  it('say あす aloud, never 明日, and use full-width brackets only on Japanese screens', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        expect(say(x, 'ja', 'speech')).not.toContain('明日');
        expect(say(x, 'ja', 'text')).not.toMatch(/[()]/);
      }),
      RUNS,
    );
  });

  it('play the recording notice before おつなぎ when a call is put through, read no number then, and print no notice on screen', () => {
    const transfers = subjects
      .map(subjectOf)
      .filter((x): x is Extract<RouteDecision, { kind: 'connect' | 'redirect' }> => 'kind' in x && (x.kind === 'connect' || x.kind === 'redirect'));
    fc.assert(
      fc.property(transfers, (d) => {
        const speech = say(d, 'ja', 'speech');
        expect(speech.endsWith('におつなぎいたします。')).toBe(true);
        expect(speech.match(SPOKEN_NUMBER[0] as RegExp)).toBeNull();
        expect(say(d, 'en', 'speech').match(SPOKEN_NUMBER[1] as RegExp)).toBeNull();
        // A policy without a recording notice (the overnight test desk) has nothing to play.
        const notice = d.recordingNotice;
        if (notice === null) return;
        const at = speech.indexOf(notice.ja);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(speech.indexOf('おつなぎいたします')).toBeGreaterThan(at);
        const english = say(d, 'en', 'speech');
        expect(english.indexOf(notice.en)).toBeGreaterThanOrEqual(0);
        expect(english.indexOf(notice.en)).toBeLessThan(english.indexOf('Connecting you'));
        for (const locale of ['ja', 'en'] as const) expect(say(d, locale, 'text')).not.toContain(notice[locale]);
      }),
      { numRuns: 100 },
    );
  });

  it('name the line to call first when one is open: its number comes before any other', () => {
    fc.assert(
      fc.property(subjects, (s) => {
        const x = subjectOf(s);
        const line = 'kind' in x ? (x.kind === 'connect' || x.kind === 'redirect' ? x.line : x.kind === 'unsupported-language' ? x.open : null) : x.line;
        if (line === null) return;
        const text = say(x, 'ja', 'text');
        const first = text.match(PRINTED_NUMBER)?.[0];
        expect(first).toBe(line.tel);
      }),
      RUNS,
    );
  });
});

group('English names given by the integrator', () => {
  // Names posted as the core will give them (Closed.nameEn, Status.suspended): any string, which may
  // itself be Japanese; English output shows it only when it carries no Japanese script.
  const names = fc.oneof(fc.string(), fc.constantFrom('年末年始', '社内研修', 'Year-end holidays', 'ｆｕｌｌ', ''));
  it('never bring Japanese script into English', () => {
    fc.assert(
      fc.property(fc.constantFrom('2026-12-29T10:00', '2026-11-26T10:00', '2026-12-28T10:00', '2026-12-28T19:00'), names, names, (when, en, lineEn) => {
        const s = JSON.parse(JSON.stringify(named.status(`${when}+09:00`)));
        if (s.closed !== null) s.closed.nameEn = en;
        s.suspended = [{ line: named.status('2026-11-25T19:00+09:00').line, name: '年末', nameEn: lineEn }];
        for (const style of ['text', 'speech'] as const) expect(describe(s, { locale: 'en', style })).not.toMatch(JAPANESE);
      }),
      RUNS,
    );
  });
});
