import { describe, expect, it } from 'vitest';
import { createDesk, type Desk, desk, desknetsCloud } from '../../src/index.js';
import { describeDisagreement, disagreementsAt } from './compare.js';
import { createReference, type Reference } from './reference.js';
import { HAND_OVERRIDES, instantSampler, minuteBoundaries, prng, randomClosures, randomOverrides, runSeed, withOptions } from './scenarios.js';

// `npm run test:reference`: the long run of the desk against reference.ts. One million random
// instants over both editions with company holidays and 500 random overrides, then every minute
// boundary (and 1 ms either side) of a whole year, with and without options.
const seed = runSeed();
const overrides = [...HAND_OVERRIDES, ...randomOverrides(seed, 500)];
// Timed closures (any minute, across midnight, several days), as calendar exports give them.
const closures = randomClosures(seed, 300);
const { deskOptions, referenceOptions } = withOptions(overrides, closures);
const custom = createDesk(desknetsCloud, deskOptions);
const customReference = createReference(referenceOptions);
const dateOf = (t: number): string => new Date(t + 9 * 3_600_000).toISOString().slice(0, 10);
const focusDays = [
  ...new Set([
    ...overrides.map((o) => o.date),
    ...closures.flatMap((c) => [dateOf(c.start), dateOf(c.end)]),
    '2026-08-14',
    '2026-12-29',
    '2027-01-04',
    '2023-02-06',
  ]),
];

// Hands the event loop a turn every 10,000 instants: vitest talks to its worker over messages that a
// test running synchronously for seconds would hold back until they time out ("Timeout calling
// onTaskUpdate"), even when the test is split into parts.
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function check(subject: Desk, reference: Reference, instants: Iterable<number>): Promise<{ checked: number; failures: string[] }> {
  const failures: string[] = [];
  let checked = 0;
  for (const t of instants) {
    if (++checked % 10_000 === 0) await yieldToEventLoop();
    const found = disagreementsAt(subject, reference, t);
    if (found.length > 0 && failures.length < 50) failures.push(describeDisagreement(t, found));
  }
  return { checked, failures };
}

function* randomInstants(count: number, part: number): Generator<number> {
  const next = instantSampler(prng((seed ^ 0x5eed) + part), focusDays);
  for (let i = 0; i < count; i++) yield next();
}

describe('the desk against the reference implementation, at length', () => {
  // Ten tests of 100,000 rather than one of 1,000,000, so a failure names the part to replay.
  it.each([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
  ])('agrees at 100,000 random instants from 2020-07-01 to 2050-12-31 (company holidays, overrides), part %i of 10', async (part) => {
    const started = performance.now();
    const { checked, failures } = await check(custom, customReference, randomInstants(100_000, part));
    console.log(`random part ${part}: ${checked} instants checked in ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}`);
    expect(checked).toBe(100_000);
    expect(failures, `seed ${seed} (replay with MADOGUCHI_SEED=${seed})`).toEqual([]);
  });

  it.each([
    ['with company holidays and overrides', custom, customReference],
    ['the preset', desk, createReference()],
  ] as const)('agrees at every minute boundary of 2026 and 1 ms either side (%s)', async (name, subject, reference) => {
    const started = performance.now();
    const { checked, failures } = await check(subject, reference, minuteBoundaries('2026-01-01', '2026-12-31'));
    console.log(`2026 minutes (${name}): ${checked} instants checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(checked).toBe(3 * (365 * 1440 + 1));
    expect(failures, `seed ${seed}`).toEqual([]);
  });
});
