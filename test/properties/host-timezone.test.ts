import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAnswers } from './host/all-answers.js';
import { anyInstant, nearEdge } from './instants.js';
import { offsetMinutes, transitions } from './zone-offsets.js';

// Node re-reads process.env.TZ when it is assigned, but only on the main thread: in a vitest
// worker thread the assignment has no effect (measured: getTimezoneOffset() stayed 0). So each
// host zone is a child process started with TZ set, with its own fresh library and caches. The
// children run one esbuild bundle of the library and print-answers.ts: plain node starts in
// about half the time tsx takes (0.45 s against 0.8 s measured), which counts with seven of them.

const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Athens', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];
const DST_ZONES = ['America/Los_Angeles', 'Europe/Athens', 'Australia/Lord_Howe', 'America/St_Johns'];
const YEARS = [2023, 2038, 2099];
const WINTER = Date.UTC(2026, 0, 15);
const script = fileURLToPath(new URL('./host/print-answers.ts', import.meta.url));
const run = promisify(execFile);

interface Printed {
  zone: string;
  winterOffset: number;
  answers: string[];
}

const seed = Date.now() | 0;
const random = fc.sample(fc.oneof(anyInstant, nearEdge), { seed, numRuns: 60 });
const aroundTransitions = new Map(
  DST_ZONES.map((zone) => [zone, YEARS.flatMap((year) => transitions(zone, year)).flatMap((t) => [t - 3_600_001, t - 1, t, t + 1, t + 3_600_000])]),
);
const instants = [...random, ...[...aroundTransitions.values()].flat()];
const hosts = new Map<string, Printed>();

const bundleDir = mkdtempSync(join(tmpdir(), 'madoguchi-host-'));
const bundle = join(bundleDir, 'print-answers.mjs');
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

beforeAll(async () => {
  await build({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  const printed = await Promise.all(
    ZONES.map(async (zone) => {
      const { stdout } = await run(process.execPath, [bundle, JSON.stringify(instants)], {
        env: { ...process.env, TZ: zone },
        maxBuffer: 64 * 1024 * 1024,
      });
      return [zone, JSON.parse(stdout) as Printed] as const;
    }),
  );
  for (const [zone, p] of printed) hosts.set(zone, p);
}, 60_000);

const position = new Map(instants.map((t, i) => [t, i]));

/** Checks every host, and this worker, answered `subset` as the UTC host did; names the first instant that differs. */
function expectSameEverywhere(subset: readonly number[], label: string): void {
  const pick = (answers: readonly string[]) => subset.map((t) => answers[position.get(t) as number]);
  const expected = pick((hosts.get('UTC') as Printed).answers);
  const byHost: [string, (string | undefined)[]][] = [...hosts].map(([zone, host]) => [`TZ=${zone}`, pick(host.answers)]);
  byHost.push(['this test worker', allAnswers(subset)]);
  for (const [host, got] of byHost) {
    const i = got.findIndex((answer, k) => answer !== expected[k]);
    const at = i < 0 ? '' : new Date(subset[i] as number).toISOString();
    expect(i, `${label}: ${host} answers differently from TZ=UTC at ${at}`).toBe(-1);
  }
}

describe('answers under several host time zones', () => {
  it('ran each child process in the zone it was given', () => {
    expect(ZONES.map((zone) => hosts.get(zone)?.winterOffset)).toEqual(ZONES.map((zone) => 0 - offsetMinutes(zone, WINTER) || 0));
    expect(ZONES.slice(1).map((zone) => hosts.get(zone)?.zone)).toEqual(ZONES.slice(1));
  });

  it(`gives the same answers at 60 random instants (fast-check seed ${seed})`, () => {
    expectSameEverywhere(random, `seed ${seed}`);
  });

  it.each(DST_ZONES)('gives the same answers around the daylight-saving transitions of %s', (zone) => {
    const around = aroundTransitions.get(zone) as number[];
    // Two transitions a year: a year without them would leave this row testing nothing.
    expect(around.length).toBe(YEARS.length * 2 * 5);
    expectSameEverywhere(around, zone);
  });
});
