import { describe, expect, it } from 'vitest';
import { createDesk, type Desk, desk, desknetsCloud } from '../../src/index.js';
import { describeDisagreement, disagreementsAt } from './compare.js';
import { createReference, type Reference } from './reference.js';
import { HAND_OVERRIDES, instantSampler, minuteBoundaries, prng, randomClosures, randomOverrides, runSeed, withOptions } from './scenarios.js';

// The desk against reference.ts, a plain second implementation of 第6条 built on luxon and the
// Cabinet Office holiday list. Random instants use a fresh seed each run (MADOGUCHI_SEED=<n>
// replays one); the seed is part of every failure message.
const seed = runSeed();
const overrides = [...HAND_OVERRIDES, ...randomOverrides(seed, 60)];
const closures = randomClosures(seed, 60);
const { deskOptions, referenceOptions } = withOptions(overrides, closures);
const dateOf = (t: number): string => new Date(t + 9 * 3_600_000).toISOString().slice(0, 10);

const subjects: { name: string; desk: Desk; reference: Reference; focusDays: string[] }[] = [
  { name: 'the preset desk', desk, reference: createReference(), focusDays: ['2023-02-03', '2023-02-06'] },
  {
    name: 'a desk with company holidays, timed closures and overrides',
    desk: createDesk(desknetsCloud, deskOptions),
    reference: createReference(referenceOptions),
    focusDays: [
      ...new Set([
        ...overrides.map((o) => o.date),
        ...closures.flatMap((c) => [dateOf(c.start), dateOf(c.end)]),
        '2026-08-14',
        '2026-12-29',
        '2027-01-01',
        '2027-01-04',
        '2023-02-06',
      ]),
    ],
  },
];

/** Checks every instant, collecting (up to 20) disagreements so one failure does not hide the rest. */
function check(subject: (typeof subjects)[number], instants: Iterable<number>): { checked: number; failures: string[] } {
  const failures: string[] = [];
  let checked = 0;
  for (const t of instants) {
    checked++;
    const found = disagreementsAt(subject.desk, subject.reference, t);
    if (found.length > 0 && failures.length < 20) failures.push(describeDisagreement(t, found));
  }
  return { checked, failures };
}

function* randomInstants(subject: (typeof subjects)[number], count: number): Generator<number> {
  const next = instantSampler(prng(seed ^ 0x5eed), subject.focusDays);
  for (let i = 0; i < count; i++) yield next();
}

describe.each(subjects)('$name agrees with the reference implementation', (subject) => {
  it('at 10,000 random instants from 2020-07-01 to 2050-12-31', () => {
    const { checked, failures } = check(subject, randomInstants(subject, 10_000));
    expect(checked).toBe(10_000);
    expect(failures, `seed ${seed} (replay with MADOGUCHI_SEED=${seed})`).toEqual([]);
  });

  it.each([
    ['2021-06-15', 'an edition 14 Tuesday'],
    ['2026-11-25', 'an edition 15 Wednesday'],
    ['2023-02-06', 'the first day of edition 15'],
  ])('at every minute boundary and 1 ms either side on %s (%s)', (date) => {
    const { checked, failures } = check(subject, minuteBoundaries(date, date));
    expect(checked).toBe(3 * 1441);
    expect(failures, `seed ${seed}`).toEqual([]);
  });
});

describe('the desk with company holidays and overrides, on the hand-picked days', () => {
  const [, subject] = subjects as [unknown, (typeof subjects)[number]];
  it.each([
    ...HAND_OVERRIDES.map((o) => o.date),
    '2026-08-14',
    '2027-01-04',
  ])('agrees with the reference at every minute boundary and 1 ms either side on %s', (date) => {
    const { checked, failures } = check(subject, minuteBoundaries(date, date));
    expect(checked).toBeGreaterThanOrEqual(3 * 1441 - 1);
    expect(failures, `seed ${seed}`).toEqual([]);
  });
});
