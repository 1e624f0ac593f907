import { expect, describe as group, it } from 'vitest';
import { createDesk, describe, desk, desknetsCloud, MadoguchiError, route } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// Tests written to kill mutants that survived `npm run mutation` in src/format/read-subject.ts
// (describe's check of what it is given), src/errors/madoguchi-error.ts (instanceof) and the
// language-tag checks of src/policy/shape.ts and src/routing/language.ts.
//
// Where the expectations come from: design.md (a Status: at, open, line, closesAt, next, closed,
// languages; the four RouteDecision kinds and their fields; "Bad input never yields a silent wrong
// answer"), README ("describe takes a Status or RouteDecision as returned, or as JSON"), and the terms,
// 第6条: at Wednesday 2026-11-25 10:00 JST the 通常窓口 (0120-365-800) is open until 17:30; at 10:00 on
// Monday 2026-11-23 (勤労感謝の日) every line is closed and the next opening is Tuesday 9:00.

const json = (x: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(x));
const openStatus = () => json(desk.status('2026-11-25T10:00:00+09:00'));
const closedStatus = () => json(desk.status('2026-11-23T10:00:00+09:00'));
const connect = () => json(route(desk, { at: '2026-11-25T10:00:00+09:00' }));
const unsupported = () => json(route(desk, { at: '2026-11-25T10:00:00+09:00', language: 'en' }));

const rejects = (subject: unknown, named: string): void => {
  const error = expectMadoguchiError(() => describe(subject as never, { locale: 'en' }), 'INVALID_ARGUMENT');
  expect(error.message).toContain(named);
};

group('describe names the field of its subject that is wrong', () => {
  it.each<[string, () => unknown, string]>([
    ['an at that is a boolean', () => ({ ...openStatus(), at: true }), 'its at'],
    ['an at that is an object', () => ({ ...openStatus(), at: { ms: 0 } }), 'its at'],
    ['an invalid Date for at', () => ({ ...openStatus(), at: new Date(Number.NaN) }), 'its at'],
    ['a recordingNotice without English', () => ({ ...connect(), recordingNotice: { ja: '録音します' } }), 'its recordingNotice'],
    ['a recordingNotice that is a string', () => ({ ...connect(), recordingNotice: '録音します' }), 'its recordingNotice'],
    ['a recordingNotice without Japanese', () => ({ ...connect(), recordingNotice: { en: 'recorded' } }), 'its recordingNotice'],
    ['languages that hold a number', () => ({ ...openStatus(), languages: ['ja', 1] }), 'its languages'],
    ['languages that are a string', () => ({ ...openStatus(), languages: 'ja' }), 'its languages'],
    ['a closed that is a string', () => ({ ...closedStatus(), closed: 'national-holiday' }), 'its closed'],
    ['a closed without a reason', () => ({ ...closedStatus(), closed: { name: '勤労感謝の日' } }), 'its closed'],
    ['a closed whose name is a number', () => ({ ...closedStatus(), closed: { reason: 'national-holiday', name: 23 } }), 'its closed'],
    ['a next whose line has no number', () => ({ ...closedStatus(), next: { ...(closedStatus().next as object), line: { id: 'regular' } } }), 'its next'],
    ['a next without its opening', () => ({ ...closedStatus(), next: { ...(closedStatus().next as object), opensAt: undefined } }), 'its next'],
    ['an open line that is not a line', () => ({ ...unsupported(), open: { id: 'regular' } }), 'its open'],
    ['a Date, which is no Status', () => new Date('2026-11-25T01:00:00Z'), 'its at'],
    ['a string', () => '2026-11-25T10:00:00+09:00', 'it is not an object'],
  ])('%s', (_, subject, named) => {
    rejects(subject(), named);
  });

  it('asks an open Status for its line and closing time, and names the missing one', () => {
    rejects({ ...closedStatus(), open: true, line: null, closed: null }, 'its line');
    rejects({ ...openStatus(), closesAt: null }, 'its closesAt');
  });

  it('reads instants given as epoch milliseconds', () => {
    const status = desk.status('2026-11-25T10:00:00+09:00');
    const posted = { ...openStatus(), at: status.at.getTime(), closesAt: status.closesAt?.getTime() };
    expect(describe(posted as never, { locale: 'en' })).toBe(describe(status, { locale: 'en' }));
  });

  it('takes a closed Status whose line and closing time are null, as the desk gives them', () => {
    // 勤労感謝の日 (2026-11-23): closed, the next opening Tuesday 9:00 on the regular line.
    expect(describe(closedStatus() as never, { locale: 'en' })).toBe(
      'We are closed today for Labor Thanksgiving Day, a national holiday. The Regular line (0120-365-800) reopens tomorrow, Tue 24 Nov, 9:00 JST. Support is in Japanese only.',
    );
  });
});

group('instanceof MadoguchiError reads the mark of objects only', () => {
  const BRAND = Symbol.for('madoguchi.MadoguchiError');
  it('is false for a function carrying the mark, and for null', () => {
    expect(Object.assign(() => 0, { [BRAND]: true }) instanceof MadoguchiError).toBe(false);
    expect((null as unknown) instanceof MadoguchiError).toBe(false);
  });
});

group('language tags longer than 64 characters', () => {
  // Well-formed for Intl (private-use subtags), but longer than any tag a line or caller needs.
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
