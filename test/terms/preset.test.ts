import { describe, expect, it } from 'vitest';
import { desknetsCloud } from '../../src/index.js';
import { definePolicy } from '../../src/policy/define-policy.js';
import { DESKNETS_CLOUD, DESKNETS_CLOUD_NOTICES } from '../../src/presets/desknets-cloud.compiled.js';

const frozen = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));

describe('the built-in preset', () => {
  it('passes every check of definePolicy, and the compiled copy `desk` is built from agrees with it (run `npm run compile:preset` after editing the preset)', () => {
    // `desk` reads the preset compiled ahead of time, to keep the checks and the builder out of a browser bundle.
    // Its recording notices are kept apart (only routing reads them): put back, the two are the same.
    const editions = DESKNETS_CLOUD.editions.map((e) => ({ ...e, recordingNotice: DESKNETS_CLOUD_NOTICES[e.edition] }));
    expect({ ...DESKNETS_CLOUD, editions }).toEqual(definePolicy(desknetsCloud));
    expect(DESKNETS_CLOUD.editions.map((e) => e.recordingNotice)).toEqual([null, null]);
  });

  it('is frozen all the way down, in both forms, so no caller can change the terms for everyone', () => {
    expect(frozen(desknetsCloud)).toBe(true);
    expect(frozen(DESKNETS_CLOUD)).toBe(true);
    expect(frozen(DESKNETS_CLOUD_NOTICES)).toBe(true);
  });

  it('says, per edition, what 第6条2項 and 第18条の2 say: calls are recorded in both editions, regular maintenance 1:00–6:00 only from edition 15', () => {
    const [ed14, ed15] = DESKNETS_CLOUD.editions;
    expect(DESKNETS_CLOUD_NOTICES[14]?.ja).toContain('録音');
    expect(DESKNETS_CLOUD_NOTICES[15]?.ja).toContain('録音');
    expect(ed14?.maintenance).toEqual([]);
    expect(ed15?.maintenance).toEqual([{ opens: 1 * 3_600_000, closes: 6 * 3_600_000 }]);
  });

  it('closes every line on national holidays and company holidays (「土日祝日及び当社休業日を除く」)', () => {
    for (const edition of DESKNETS_CLOUD.editions) {
      for (const line of edition.lines) expect([line.closedOnNational, line.closedOnCompany]).toEqual([true, true]);
    }
  });
});
