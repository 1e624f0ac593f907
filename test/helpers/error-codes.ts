import type { MadoguchiErrorCode } from '../../src/index.js';

/** The documented error codes (design notes and the README's error table), the one list the tests share. */
export const ERROR_CODES: readonly MadoguchiErrorCode[] = [
  'INVALID_INSTANT',
  'AMBIGUOUS_INSTANT',
  'INVALID_DATE',
  'INVALID_RANGE',
  'OUT_OF_RANGE',
  'NO_TERMS_IN_FORCE',
  'INVALID_POLICY',
  'UNKNOWN_LINE',
  'INVALID_LANGUAGE',
  'INVALID_ARGUMENT',
];
