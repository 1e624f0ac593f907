import { expect } from 'vitest';
import { MadoguchiError, type MadoguchiErrorCode } from '../../src/index.js';

/** Runs `fn` and checks it throws a MadoguchiError with `code`; returns it for more checks. */
export function expectMadoguchiError(fn: () => unknown, code: MadoguchiErrorCode): MadoguchiError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a MadoguchiError to be thrown').toBeInstanceOf(MadoguchiError);
  const error = thrown as MadoguchiError;
  expect(error.name).toBe('MadoguchiError');
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}
