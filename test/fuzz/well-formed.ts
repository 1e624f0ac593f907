import { expect } from 'vitest';
import { type DayInfo, type Desk, type Line, MadoguchiError, type MadoguchiErrorCode, type Opening, type Status } from '../../src/index.js';
import { ERROR_CODES } from '../helpers/error-codes.js';

export const CODES = ERROR_CODES;
const REASONS = ['weekend', 'national-holiday', 'company-holiday', 'override', 'before-hours', 'between-windows', 'after-hours'];
const DAY = 86_400_000;

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

export function expectLine(l: Line): void {
  expect(l.id).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(Number.isInteger(l.edition)).toBe(true);
  expect(typeof l.name.ja).toBe('string');
  expect(typeof l.name.en).toBe('string');
  expect(typeof l.tel).toBe('string');
  expect(l.fax === undefined || typeof l.fax === 'string').toBe(true);
  expect(l.languages.length).toBeGreaterThan(0);
  for (const tag of l.languages) expect(typeof tag).toBe('string');
  expect(typeof l.hours).toBe('string');
  for (const w of l.weekdays) expect(w >= 1 && w <= 7 && Number.isInteger(w)).toBe(true);
}

export function expectOpening(o: Opening): void {
  expectLine(o.line);
  expect(isValidDate(o.opensAt) && isValidDate(o.closesAt)).toBe(true);
  const length = o.closesAt.getTime() - o.opensAt.getTime();
  expect(length > 0 && length <= DAY).toBe(true);
}

function expectClosed(c: Status['closed']): void {
  expect(REASONS).toContain(c?.reason);
  expect(c?.name === undefined || typeof c.name === 'string').toBe(true);
  if (c?.holiday !== undefined) expect([typeof c.holiday.name, typeof c.holiday.provisional]).toEqual(['string', 'boolean']);
}

export function expectStatus(s: Status): void {
  expect(isValidDate(s.at)).toBe(true);
  expect(s.jst).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/);
  expect(Number.isInteger(s.edition)).toBe(true);
  expect(typeof s.open).toBe('boolean');
  if (s.open) {
    expectLine(s.line as Line);
    expect((s.closesAt as Date).getTime()).toBeGreaterThan(s.at.getTime());
    expect(s.closed).toBeNull();
  } else {
    expect([s.line, s.closesAt]).toEqual([null, null]);
    expectClosed(s.closed);
  }
  if (s.next !== null) {
    expectOpening(s.next);
    expect(s.next.opensAt.getTime()).toBeGreaterThan(s.at.getTime());
  }
  for (const tag of s.languages) expect(typeof tag).toBe('string');
}

export function expectDay(d: DayInfo): void {
  expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(d.weekday >= 1 && d.weekday <= 7).toBe(true);
  expect(Number.isInteger(d.edition)).toBe(true);
  if (d.closed !== null) expectClosed(d.closed);
  if (d.holiday !== null) expect([typeof d.holiday.name, typeof d.holiday.provisional]).toEqual(['string', 'boolean']);
  const start = Date.parse(`${d.date}T00:00:00+09:00`);
  for (const w of d.windows) {
    expectOpening(w);
    expect(w.opensAt.getTime() >= start && w.closesAt.getTime() <= start + DAY).toBe(true);
  }
}

export function expectDesk(d: Desk): void {
  for (const f of ['status', 'isOpen', 'nextOpening', 'nextChange'] as const) expect(typeof d[f]).toBe('function');
}

/**
 * Runs `fn`: either it returns an answer that `check` accepts, or it throws a MadoguchiError with a
 * documented code and a message. Any other throw (TypeError, RangeError, …) fails the test.
 */
export function answersOrRejects<T>(fn: () => T, check: (answer: T) => void): 'answered' | MadoguchiErrorCode {
  let answer: T;
  try {
    answer = fn();
  } catch (error) {
    if (!(error instanceof MadoguchiError)) throw error;
    expect(error.name).toBe('MadoguchiError');
    expect(CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(20);
    return error.code;
  }
  check(answer);
  return 'answered';
}

/** The code a call throws, or 'answered'. */
export function outcome(fn: () => unknown): 'answered' | MadoguchiErrorCode {
  return answersOrRejects(fn, () => {});
}
