import { expect, describe as group, it } from 'vitest';
import { createDesk, desk, desknetsCloud, MadoguchiError, route } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// What is left here has its subject outside src/format and its suite outside test/format: the
// instanceof group belongs in test/errors/errors.test.ts ("instanceof MadoguchiError"), the
// language-tag group in test/routing/route.test.ts (route) and test/policy/define-policy.test.ts
// (createDesk). describe's own checks of its subject moved to test/format/describe.test.ts.

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
