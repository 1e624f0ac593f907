import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, desknetsCloud, MadoguchiError } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// How a message shows the value it rejects (src/errors/describe-value.ts), and MadoguchiError's own
// fields, through the company holidays option (first written against survivors of `npm run
// mutation`). design.md: "the message names the offending value and what is accepted".

const withCompany = (companyHolidays: unknown): ReturnType<typeof createDesk> => createDesk(desknetsCloud, { companyHolidays } as unknown as DeskOptions);

describe('an offending value is shown by kind, whatever it is (describe-value)', () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const symbol = Symbol('2026-12-29');
  const fn = (): string => '2026-12-29';
  // [what, how the message shows it, the date given in { date }]
  it.each([
    ['a number', 'got 20261229', 20261229],
    ['a boolean', 'got true', true],
    ['a bigint', 'got 20261229n (a BigInt)', 20261229n],
    ['null', 'got null', null],
    ['a Date', 'got Date(2026-12-29T00:00:00.000Z)', new Date(Date.UTC(2026, 11, 29))],
    ['an invalid Date', 'got Invalid Date', new Date(Number.NaN)],
    ['an array', 'got an array of 2', ['2026-12-29', '2026-12-30']],
    ['a function', 'got a function', fn],
    ['a symbol', 'got a symbol', symbol],
    ['a plain object', 'got an object', { from: '2026-12-29' }],
    ['an object posing as a Date', 'got an unreadable value', { [Symbol.toStringTag]: 'Date' }],
    ['a revoked proxy', 'got an unreadable value', revoked],
  ] as const)('%s given as the date is rejected, and the message says %j', (_what, shown, date) => {
    const error = expectMadoguchiError(() => withCompany([{ date }]), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[0]');
    expect(error.message).toContain(shown);
    expect(error.message).toContain('"YYYY-MM-DD"');
    expect(error.message).toContain('"--MM-DD"');
    expect(error.value).toBe(date);
  });

  it('a missing date is shown as undefined', () => {
    const error = expectMadoguchiError(() => withCompany([{ name: '夏季休業' }]), 'INVALID_POLICY');
    expect(error.message).toContain('got undefined');
    expect(error.message).toContain('"YYYY-MM-DD"');
  });

  it.each([
    ['a boolean', false, 'got false'],
    ['an array', [], 'got an array of 0'],
    ['a function', fn, 'got a function'],
  ] as const)('an item that is %s, neither text nor { date, name }, is named', (_what, item, shown) => {
    const error = expectMadoguchiError(() => withCompany([item]), 'INVALID_POLICY');
    expect(error.message).toContain('options.companyHolidays[0]');
    expect(error.message).toContain(shown);
  });
});

describe('MadoguchiError', () => {
  it('carries its code, message and offending value', () => {
    const error = new MadoguchiError('INVALID_DATE', 'Invalid date: "2026-02-30"; expected "YYYY-MM-DD".', '2026-02-30');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MadoguchiError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('Invalid date: "2026-02-30"; expected "YYYY-MM-DD".');
    expect(error.value).toBe('2026-02-30');
    expect(String(error)).toBe('MadoguchiError: Invalid date: "2026-02-30"; expected "YYYY-MM-DD".');
  });

  it('has no value when none is given', () => {
    expect(new MadoguchiError('UNKNOWN_LINE', 'Unknown line').value).toBeUndefined();
  });

  it('is what createDesk throws, with the offending input as its value', () => {
    const error = expectMadoguchiError(() => withCompany(['2026-02-30']), 'INVALID_DATE');
    expect(error.value).toBe('2026-02-30');
    expect(error.message).toContain('2026-02-30');
  });
});
