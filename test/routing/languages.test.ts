import { expect, describe as group, it } from 'vitest';
import { createDesk, describe, desk, desknetsCloud, route } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';
import { expectKind, line, multilingual, policy, taipei } from '../helpers/route-fixtures.js';

// route() for callers who give a language, and for policies the preset does not cover: lines in
// other languages, lines opening at the same time, the last day of the range.
//
// Where the expectations come from:
// - 第6条 of the terms: ed.15 通常窓口 (regular) TEL 0120-365-800 9:00～17:30, 夜間延長窓口 (night)
//   TEL 0800-777-9984 18:00～20:00, closed on 土日祝日・当社休業日, JST, 日本語のみ.
// - The calendar, checked against @holiday-jp/holiday_jp: 2026-11-25 Wed, 2026-11-26 Thu, 2026-11-27
//   Fri, 2026-11-28 Sat, 2026-11-30 Mon, none a holiday; 2099-12-31 Thu, the last day of the range.
// - design.md: what route returns, BCP 47 tags, "status.next is the earliest window of any line",
//   "redirect" only for a dialed line that is closed. The sentences on the last evening of the range
//   are the ones README.md gives for "no further opening".

const jst = (text: string): string => `${text}+09:00`;
const ms = (text: string): number => Date.parse(jst(text));

group('which caller a line serves (language.ts servedBy)', () => {
  // A line promises a language, not a region or script; a line tag with a subtag serves only callers
  // whose tag starts with it (TSDoc of servedBy). Tags compare case-insensitively (BCP 47).
  it.each([
    ['en', 'global'],
    ['en-GB', 'global'],
    ['EN-us', 'global'],
    ['ja', 'global'],
    ['ja-JP', 'global'],
    ['zh', 'chinese'],
    ['zh-Hans-CN', 'chinese'],
  ] as const)('at 11:00 on a Wednesday, a %s caller without a dialed line is put through to the %s line', (language, id) => {
    // 11:00 lies in the Chinese line's hours; 16:00 in the global line's only.
    const at = id === 'chinese' ? '2026-11-25T11:00' : '2026-11-25T16:00';
    const d = expectKind(route(multilingual, { at: jst(at), language }), 'connect');
    expect(d.line.id).toBe(id);
    if (id === 'global') expect(d.closesAt.getTime()).toBe(ms('2026-11-25T17:00'));
  });

  it('puts an English caller through to a line that serves Japanese and English, not only lines serving English alone', () => {
    const d = expectKind(route(multilingual, { at: jst('2026-11-25T16:00'), language: 'en', lineId: 'global' }), 'connect');
    expect(d.line.id).toBe('global');
    expect(d.languages).toEqual(['ja', 'en']);
  });

  it.each([
    ['zh-Hant', 'tw'],
    ['zh-hant', 'tw'],
    ['ZH-HANT-TW', 'tw'],
    ['zh-Hant-HK', 'tw'],
  ] as const)('%s is served by the zh-Hant line', (language, id) => {
    const d = expectKind(route(taipei, { at: jst('2026-11-25T10:00'), language, lineId: id }), 'connect');
    expect(d.line.id).toBe(id);
  });

  it.each(['zh', 'zh-Hans', 'zh-TW'])('%s is not served by a zh-Hant line: the caller learns which languages are', (language) => {
    const d = expectKind(route(taipei, { at: jst('2026-11-25T10:00'), language }), 'unsupported-language');
    expect(d.language).toBe(language);
    expect(d.supported).toEqual(['ja', 'zh-Hant']);
  });

  it.each(['ja_JP', 'en-', '-en', 'ja JP'])('the malformed tag %j is named in the INVALID_LANGUAGE message', (language) => {
    const error = expectMadoguchiError(() => route(desk, { at: jst('2026-11-25T10:00'), language }), 'INVALID_LANGUAGE');
    expect(error.message).toContain(language);
    expect(error.value).toBe(language);
  });
});

group('the next opening for a caller who gave a language (the earliest of the lines speaking it)', () => {
  it.each([
    // 17:45: the regular line has closed; the night line opens at 18:00 the same day.
    ['ja', '2026-11-25T17:45', 'between-windows', 'night', '2026-11-25T18:00', 'today'],
    ['ja-JP', '2026-11-25T17:45', 'between-windows', 'night', '2026-11-25T18:00', 'today'],
    // 20:30: the regular line opens at 9:00 the next day, before the night line at 18:00.
    ['ja', '2026-11-25T20:30', 'after-hours', 'regular', '2026-11-26T09:00', 'tomorrow'],
    ['ja-Jpan', '2026-11-25T08:00', 'before-hours', 'regular', '2026-11-25T09:00', 'today'],
    // Friday evening: Monday.
    ['ja', '2026-11-27T20:30', 'after-hours', 'regular', '2026-11-30T09:00', 'later'],
  ] as const)('a %s caller at %s is told %s, next the %s line at %s (%s)', (language, at, reason, id, opens, when) => {
    const d = expectKind(route(desk, { at: jst(at), language }), 'closed');
    expect(d.reason).toBe(reason);
    expect(d.next?.line.id).toBe(id);
    expect(d.next?.opensAt.getTime()).toBe(ms(opens));
    expect(d.nextWhen).toBe(when);
    expect(d.languages).toEqual(['ja']);
  });

  it('skips a line that never opens again when another one still does', () => {
    // On the last day of the range, the night line is closed by an override: after 8:00 only the
    // regular line's 9:00 window is left.
    const d = createDesk(desknetsCloud, { overrides: [{ date: '2099-12-31', lineId: 'night', closed: true }] });
    const r = expectKind(route(d, { at: jst('2099-12-31T08:00'), language: 'ja' }), 'closed');
    expect(r.reason).toBe('before-hours');
    expect(r.next?.line.id).toBe('regular');
    expect(r.next?.opensAt.getTime()).toBe(ms('2099-12-31T09:00'));
    expect(r.nextWhen).toBe('today');
  });

  it('has no next opening on the last evening of the range, in any language', () => {
    const r = expectKind(route(desk, { at: jst('2099-12-31T21:00'), language: 'ja' }), 'closed');
    expect(r.next).toBeNull();
    expect(r.nextWhen).toBeNull();
    // No line is left whose languages could be named, so the sentence names none.
    expect(r.languages).toEqual([]);
    expect(describe(r, { locale: 'en' })).toBe('We are closed for today. No further opening is scheduled.');
    expect(describe(r, { locale: 'ja', style: 'speech' })).toBe('本日の受付は終了いたしました。次の受付の予定はございません。');
  });

  it('names no language to an English caller on the last evening when only a Japanese line is open', () => {
    // design.md: a decision's languages are the constraint of the line to call; no English line opens
    // again before the range ends (2099-12-31), and the Japanese line open now is not one the caller can use.
    const d = createDesk(
      policy(
        line('evening', '夕方窓口', 'Evening line', '03-4000-0001', ['ja'], [['18:00', '20:00']]),
        line('english', '英語窓口', 'English line', '03-4000-0002', ['en'], [['9:00', '17:00']]),
      ),
    );
    const r = expectKind(route(d, { at: jst('2099-12-31T18:30'), language: 'en' }), 'closed');
    expect(r.next).toBeNull();
    expect(r.languages).toEqual([]);
    expect(describe(r, { locale: 'en' })).not.toContain('Japanese');
  });

  it('names the same next line as status when two lines open at the same time', () => {
    // design.md: status.next is the earliest window of any line; a caller whose language every line
    // speaks must hear of the same one.
    const twins = createDesk(
      policy(
        line('first', '第一窓口', 'First line', '03-3000-0001', ['ja'], [['9:00', '17:00']]),
        line('second', '第二窓口', 'Second line', '03-3000-0002', ['ja'], [['9:00', '17:00']]),
      ),
    );
    const at = jst('2026-11-25T08:00');
    const expected = twins.status(at).next?.line.id;
    expect(expected).toBe(twins.nextOpening(at)?.line.id);
    expect(expectKind(route(twins, { at, language: 'ja' }), 'closed').next?.line.id).toBe(expected);
    expect(expectKind(route(twins, { at }), 'closed').next?.line.id).toBe(expected);
  });
});

group('lines that speak only some callers’ languages', () => {
  // A Japanese line opens at 8:00, two English lines at 9:00; all close at 17:00 on weekdays.
  const desks = createDesk(
    policy(
      line('ja-main', '日本語窓口', 'Japanese line', '03-4000-0001', ['ja'], [['8:00', '17:00']]),
      line('en-a', '英語窓口A', 'English line A', '03-4000-0002', ['en'], [['9:00', '17:00']]),
      line('en-b', '英語窓口B', 'English line B', '03-4000-0003', ['en'], [['9:00', '17:00']]),
    ),
  );

  it.each(['en-a', 'en-b'])('connects an English caller who dialed %s, an open English line, to that line', (lineId) => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T10:00'), language: 'en', lineId }), 'connect');
    expect(d.line.id).toBe(lineId);
    expect(d.closesAt.getTime()).toBe(ms('2026-11-25T17:00'));
    expect(d.languages).toEqual(['en']);
    expect(d.recordingNotice).toBeNull();
  });

  it('plays no recording notice for a custom policy that gives none, even with the edition numbers of the terms', () => {
    // 第6条2項 is desknet's own; a policy numbering its editions 14 and 15 does not borrow its notice.
    const numbered = createDesk({
      id: 'numbered',
      name: { ja: '番号付き', en: 'Numbered' },
      editions: [
        { edition: 14, effective: '2021-01-01', lines: [line('a', 'A', 'A', '03-4100-0001', ['ja'], [['9:00', '17:00']])] },
        { edition: 15, effective: '2024-01-01', lines: [line('a', 'A', 'A', '03-4100-0001', ['ja'], [['9:00', '17:00']])] },
      ],
    });
    for (const at of ['2022-11-16T10:00', '2026-11-25T10:00']) expect(expectKind(route(numbered, { at: jst(at) }), 'connect').recordingNotice).toBeNull();
    // The terms' own desk, compiled by createDesk, carries the notice of 第6条2項.
    expect(expectKind(route(createDesk(desknetsCloud), { at: jst('2026-11-25T10:00') }), 'connect').recordingNotice?.ja).toContain('録音');
    expect(expectKind(route(desk, { at: jst('2022-11-16T10:00') }), 'connect').recordingNotice?.ja).toContain('録音');
  });

  it('connects an English caller who dialed nothing to an English line, not the Japanese one', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T10:00'), language: 'en' }), 'connect');
    expect(d.line.languages).toEqual(['en']);
  });

  it('redirects an English caller who dialed the Japanese line, naming the dialed line', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T10:00'), language: 'en-US', lineId: 'ja-main' }), 'redirect');
    expect(d.dialed?.id).toBe('ja-main');
    expect(d.dialed?.name.ja).toBe('日本語窓口');
    expect(d.line.languages).toEqual(['en']);
    expect(d.languages).toEqual(['en']);
    expect(d.recordingNotice).toBeNull();
  });

  it('tells an English caller at 8:30, when only the Japanese line is open, that the English lines open at 9:00', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T08:30'), language: 'en' }), 'closed');
    expect(d.reason).toBe('before-hours');
    expect(d.next?.line.languages).toEqual(['en']);
    expect(d.next?.opensAt.getTime()).toBe(ms('2026-11-25T09:00'));
    expect(d.languages).toEqual(['en']);
  });

  it('sends an English caller after hours to the English lines of the next day, not the Japanese line opening first', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T17:30'), language: 'en' }), 'closed');
    expect(d.reason).toBe('after-hours');
    expect(d.next?.line.languages).toEqual(['en']);
    expect(d.next?.opensAt.getTime()).toBe(ms('2026-11-26T09:00'));
    expect(d.nextWhen).toBe('tomorrow');
    expect(d.languages).toEqual(['en']);
    // Without a language, the Japanese line opening at 8:00 comes first.
    const any = expectKind(route(desks, { at: jst('2026-11-25T17:30') }), 'closed');
    expect(any.next?.line.id).toBe('ja-main');
    expect(any.next?.opensAt.getTime()).toBe(ms('2026-11-26T08:00'));
  });

  it('tells an English caller on a Saturday that it is the weekend', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-28T10:00'), language: 'en' }), 'closed');
    expect(d.reason).toBe('weekend');
    expect(d.next?.opensAt.getTime()).toBe(ms('2026-11-30T09:00'));
  });

  it('gives status the languages of the open line at 8:30, not those of the English line opening next', () => {
    // design.md: Status.languages is the constraint of `line`, or of `next.line` when closed.
    const s = desks.status(jst('2026-11-25T08:30'));
    expect(s.line?.id).toBe('ja-main');
    expect(s.next?.line.languages).toEqual(['en']);
    expect(s.languages).toEqual(['ja']);
    expect(desks.status(jst('2026-11-25T07:30')).languages).toEqual(['ja']);
    expect(desks.status(jst('2026-11-25T17:30')).languages).toEqual(['ja']);
  });

  it('offers a Korean caller the open Japanese line and the languages served, once each', () => {
    const d = expectKind(route(desks, { at: jst('2026-11-25T08:30'), language: 'ko' }), 'unsupported-language');
    expect(d.supported).toEqual(['ja', 'en']);
    expect(d.open?.id).toBe('ja-main');
    expect(d.closesAt?.getTime()).toBe(ms('2026-11-25T17:00'));
  });

  // design.md: "redirect" is for a dialed line that is closed, so a dialed line that is open connects,
  // whatever other line is open at the same time.
  it('connects a caller who dialed an open line to that line even when another line is open too', () => {
    const twins = createDesk(
      policy(
        line('first', '第一', 'First', '03-3000-0001', ['ja'], [['9:00', '17:00']]),
        line('second', '第二', 'Second', '03-3000-0002', ['ja'], [['9:00', '17:00']]),
      ),
    );
    const dialed = expectKind(route(twins, { at: jst('2026-11-25T10:00'), lineId: 'second' }), 'connect');
    expect(dialed.line.id).toBe('second');
    expect(dialed.closesAt.getTime()).toBe(ms('2026-11-25T17:00'));
    // Without a dialed line, route names the line status names: the first listed.
    expect(expectKind(route(twins, { at: jst('2026-11-25T10:00') }), 'connect').line.id).toBe('first');
    expect(twins.status(jst('2026-11-25T10:00')).line?.id).toBe('first');
  });
});

group('why a caller’s lines are closed while a line in another language is open', () => {
  // A Japanese line 8:00–18:00 that answers on national holidays (closedOn leaves them out) and an
  // English line 9:00–17:00 closed on them, weekdays. On Wednesday 2026-11-25 an override moves the
  // English line to 13:00–17:00: the desk is open all day (status names the Japanese line), and an
  // English caller is told why the English line is not. design.md: an override speaks first for the
  // hours it took away; outside them, before the line's first window of the day, or after its last.
  const shortened = createDesk(
    policy(
      { ...line('ja', '日本語窓口', 'Japanese line', '03-4000-0001', ['ja'], [['8:00', '18:00']]), closedOn: ['company-holiday'] },
      line('en', '英語窓口', 'English line', '03-4000-0002', ['en'], [['9:00', '17:00']]),
    ),
    { overrides: [{ date: '2026-11-25', lineId: 'en', windows: [['13:00', '17:00']], name: '英語窓口短縮' }] },
  );

  it.each([
    ['08:30', 'before-hours', undefined],
    // 9:00 is the first millisecond of the hours the override took away (9:00–13:00).
    ['09:00', 'override', '英語窓口短縮'],
    ['10:00', 'override', '英語窓口短縮'],
    ['12:59:59.999', 'override', '英語窓口短縮'],
    // 17:00 is the end of the English line's day, under the override as usual.
    ['17:00', 'after-hours', undefined],
    ['17:30', 'after-hours', undefined],
  ] as const)('at %s the English caller is told %s (%s)', (hm, reason, name) => {
    const at = jst(`2026-11-25T${hm}`);
    expect(shortened.status(at).line?.id).toBe('ja');
    const d = expectKind(route(shortened, { at, language: 'en' }), 'closed');
    expect(d.reason).toBe(reason);
    expect(d.closed).toEqual(name === undefined ? { reason } : { reason, name });
    expect(d.next?.line.id).toBe('en');
  });

  it('connects the English caller at 13:00, when the shortened hours begin', () => {
    const d = expectKind(route(shortened, { at: jst('2026-11-25T13:00'), language: 'en' }), 'connect');
    expect(d.line.id).toBe('en');
    expect(d.closesAt.getTime()).toBe(ms('2026-11-25T17:00'));
  });

  it('marks 勤労感謝の日 (2026-11-23) when the English line is shut for it and the Japanese line is open', () => {
    const at = jst('2026-11-23T10:00');
    expect(shortened.status(at).line?.id).toBe('ja');
    const d = expectKind(route(shortened, { at, language: 'en' }), 'closed');
    // The English line has no window that day: its day is over, as status says after the last window
    // of such a day; the national holiday is marked whatever the reason (design.md, Closed.holiday).
    expect(d.closed).toEqual({ reason: 'after-hours', holiday: { name: '勤労感謝の日', provisional: false } });
    expect(d.next?.opensAt.getTime()).toBe(ms('2026-11-24T09:00'));
    expect(d.nextWhen).toBe('tomorrow');
  });
});

group('overlapping lines: route names the line status names', () => {
  // design.md: when lines overlap, route and status name the same line; status names the line whose
  // window opened first (lines opening together: the one listed first). Weekdays; 2026-11-25 is a Wednesday.
  it('connects to the line that opened first, not the one listed first', () => {
    // "late" is listed first but opens at 10:00; "early" opened at 9:00. Both are open at 11:00.
    const d = createDesk(
      policy(
        line('late', '後発窓口', 'Late line', '03-7100-0001', ['ja'], [['10:00', '17:00']]),
        line('early', '先発窓口', 'Early line', '03-7100-0002', ['ja'], [['9:00', '17:00']]),
      ),
    );
    const at = jst('2026-11-25T11:00');
    expect(d.status(at).line?.id).toBe('early');
    expect(expectKind(route(d, { at }), 'connect').line.id).toBe('early');
    expect(expectKind(route(d, { at, language: 'ja' }), 'connect').line.id).toBe('early');
  });

  it('redirects a caller of a closed line to the open line listed first, the one status names', () => {
    // "first" and "second" open together 9:00–17:00; "evening" 18:00–20:00 is dialed at 10:00.
    const d = createDesk(
      policy(
        line('first', '第一窓口', 'First line', '03-7200-0001', ['ja'], [['9:00', '17:00']]),
        line('second', '第二窓口', 'Second line', '03-7200-0002', ['ja'], [['9:00', '17:00']]),
        line('evening', '夜間窓口', 'Evening line', '03-7200-0003', ['ja'], [['18:00', '20:00']]),
      ),
    );
    const at = jst('2026-11-25T10:00');
    expect(d.status(at).line?.id).toBe('first');
    for (const language of [undefined, 'ja']) {
      const r = expectKind(route(d, { at, lineId: 'evening', ...(language === undefined ? {} : { language }) }), 'redirect');
      expect(r.dialed?.id).toBe('evening');
      expect(r.line.id).toBe('first');
    }
  });
});

group('unsupported-language after the last opening of the range', () => {
  it('has nothing open and nothing next', () => {
    const r = expectKind(route(desk, { at: jst('2099-12-31T21:00'), language: 'en' }), 'unsupported-language');
    expect(r.open).toBeNull();
    expect(r.closesAt).toBeNull();
    expect(r.next).toBeNull();
    expect(r.nextWhen).toBeNull();
    expect(r.supported).toEqual(['ja']);
  });

  it('tells a caller at 18:30 that day that the night line is open, nothing after it', () => {
    const r = expectKind(route(desk, { at: jst('2099-12-31T18:30'), language: 'en' }), 'unsupported-language');
    expect(r.open?.id).toBe('night');
    expect(r.next).toBeNull();
    expect(r.nextWhen).toBeNull();
  });
});

group('language tags longer than 64 characters', () => {
  // RFC 5646 sets no length limit; madoguchi takes up to 64 characters (a line's or a caller's tag
  // never needs more) and names anything longer. Well-formed for Intl (private-use subtags), but longer than any tag a line or caller needs.
  const long = `ja-x-${Array.from({ length: 8 }, () => 'abcdefgh').join('-')}`;

  it('is past the limit, yet a tag Intl accepts', () => {
    expect(long.length).toBeGreaterThan(64);
    expect(() => Intl.getCanonicalLocales(long)).not.toThrow();
  });

  it('is an INVALID_LANGUAGE from route', () => {
    expectMadoguchiError(() => route(desk, { at: '2026-11-25T10:00:00+09:00', language: long }), 'INVALID_LANGUAGE');
  });

  it('is an INVALID_POLICY as a line language', () => {
    const ed15 = desknetsCloud.editions[1] as (typeof desknetsCloud.editions)[number];
    const policy = { ...desknetsCloud, editions: [{ ...ed15, lines: [{ ...ed15.lines[0], languages: [long] }] }] };
    expectMadoguchiError(() => createDesk(policy as never), 'INVALID_POLICY');
  });

  it('accepts a tag of exactly 64 characters', () => {
    const sixtyFour = `ja-x-${'abcdefgh-'.repeat(6)}abcdefg`.slice(0, 64);
    expect(sixtyFour.length).toBe(64);
    expect(route(desk, { at: '2026-11-25T10:00:00+09:00', language: sixtyFour }).kind).toBe('connect');
  });
});
