import { expect, describe as group, it } from 'vitest';
import { MadoguchiError } from '../../src/index.js';

// The instanceof group belongs in test/errors/errors.test.ts ("instanceof MadoguchiError").

group('instanceof MadoguchiError reads the mark of objects only', () => {
  const BRAND = Symbol.for('madoguchi.MadoguchiError');
  it('is false for a function carrying the mark, and for null', () => {
    expect(Object.assign(() => 0, { [BRAND]: true }) instanceof MadoguchiError).toBe(false);
    expect((null as unknown) instanceof MadoguchiError).toBe(false);
  });
});
