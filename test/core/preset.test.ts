import { describe, expect, it } from 'vitest';
import { desknetsCloud } from '../../src/index.js';
import { buildPolicy } from '../../src/policy/build-policy.js';
import { definePolicy } from '../../src/policy/define-policy.js';

describe('the built-in preset', () => {
  it('passes every check of definePolicy and compiles to the same policy desk is built from', () => {
    // `desk` is compiled with buildPolicy alone, to keep the checks out of a browser bundle.
    expect(buildPolicy(desknetsCloud)).toEqual(definePolicy(desknetsCloud));
  });

  it('is frozen all the way down, so no caller can change the terms for everyone', () => {
    const frozen = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));
    expect(frozen(desknetsCloud)).toBe(true);
  });
});
