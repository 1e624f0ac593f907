import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, day, desknetsCloud, type MadoguchiErrorCode } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

// The options of createDesk (src/policy/options.ts): an error names where in the options the
// problem is (design.md: "The message names the offending value and what is accepted").

const bad =
  (options: unknown): (() => unknown) =>
  () =>
    createDesk(desknetsCloud, options as DeskOptions);

describe('createDesk names the offending option', () => {
  it.each([
    ['options', 5, 'INVALID_POLICY', 'Invalid policy at options: expected an object'],
    ['options.clock', { clock: 5 }, 'INVALID_POLICY', 'Invalid policy at options.clock: expected a function returning epoch milliseconds, got 5.'],
    ['options.nationalHolidays', { nationalHolidays: 5 }, 'INVALID_POLICY', 'Invalid policy at options.nationalHolidays: '],
    ['options.nationalHolidays.add', { nationalHolidays: { add: 5 } }, 'INVALID_POLICY', 'Invalid policy at options.nationalHolidays.add: expected an array'],
    ['options.nationalHolidays.add[0]', { nationalHolidays: { add: [5] } }, 'INVALID_POLICY', 'Invalid policy at options.nationalHolidays.add[0]: '],
    [
      'options.nationalHolidays.add[1].date',
      {
        nationalHolidays: {
          add: [
            { date: '2026-11-24', name: 'a' },
            { date: '2026-02-30', name: 'b' },
          ],
        },
      },
      'INVALID_DATE',
      'Invalid options.nationalHolidays.add[1].date: "2026-02-30"',
    ],
    [
      'options.nationalHolidays.add[0].name',
      { nationalHolidays: { add: [{ date: '2026-11-24', name: ' ' }] } },
      'INVALID_POLICY',
      'Invalid policy at options.nationalHolidays.add[0].name: expected a non-empty string',
    ],
    ['options.nationalHolidays.remove', { nationalHolidays: { remove: 'x' } }, 'INVALID_POLICY', 'Invalid policy at options.nationalHolidays.remove: '],
    [
      'options.nationalHolidays.remove[1]',
      { nationalHolidays: { remove: ['2026-11-23', '11/23'] } },
      'INVALID_DATE',
      'Invalid options.nationalHolidays.remove[1]: "11/23"',
    ],
    // A timed closure takes ISO 8601 instants only (README: `{ start, end }` with an offset); the
    // message shows the end that is not one.
    [
      'options.companyHolidays[0] (a start in epoch milliseconds)',
      { companyHolidays: [{ start: 1_796_090_400_000, end: '2026-12-01T18:00+09:00' }] },
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[0]: expected start and end as ISO 8601 instants with an offset, got 1796090400000.',
    ],
    [
      'options.companyHolidays[1] (an end in epoch milliseconds)',
      { companyHolidays: ['2026-12-29', { start: '2026-12-01T13:00+09:00', end: 1_796_115_600_000 }] },
      'INVALID_POLICY',
      'Invalid policy at options.companyHolidays[1]: expected start and end as ISO 8601 instants with an offset, got 1796115600000.',
    ],
  ] as const)('an error at %s says where', (_, options, code, start) => {
    const error = expectMadoguchiError(bad(options), code as MadoguchiErrorCode);
    expect(error.message.startsWith(start)).toBe(true);
  });
});

describe('nationalHolidays corrections', () => {
  it('closes an added day with its name and opens a removed one', () => {
    const d = createDesk(desknetsCloud, {
      nationalHolidays: { add: [{ date: '2026-11-25', name: '臨時の祝日' }], remove: ['2026-11-23'] },
    });
    expect(day(d, '2026-11-25').closed).toEqual({ reason: 'national-holiday', name: '臨時の祝日', holiday: { name: '臨時の祝日', provisional: false } });
    expect(day(d, '2026-11-23').closed).toBeNull();
    expect(d.isOpen('2026-11-23T10:00:00+09:00')).toBe(true);
  });
});
