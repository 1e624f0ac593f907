// npm run bench: madoguchi beside the arithmetic floor, luxon and opening_hours, on one machine in
// one run, against the built dist/index.js. Each task is its own loop over pre-generated instants
// (its own call site, as in a caller's code), so the harness's per-iteration cost is spread thin
// and figures are per call; each figure is the best of three interleaved rounds. Checks the
// targets of issue 6 and writes bench/results.json. About a minute.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Bench } from 'tinybench';
import { createDesk, desk, desknetsCloud, route, windows } from '../dist/index.js';
import { floorIsOpen, floorNextOpening, holidayDays, luxonIsOpen, openingHoursBaselines, yearEndDays } from './baselines.mjs';

// opening_hours reads the host's zone; madoguchi does not care.
process.env.TZ = 'Asia/Tokyo';

const N = 4096; // instants per fast iteration (a power of 2): enough that branch predictors cannot learn them
const SLOW = 128; // instants per iteration for the microsecond-scale baselines
const REPEAT = 1000; // calls per iteration for the single-instant tasks
const from = Date.parse('2023-01-01T00:00:00+09:00');
const to = Date.parse('2031-01-01T00:00:00+09:00');
let seed = 20261125;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const instants = Array.from({ length: N }, () => Math.floor(from + random() * (to - from)));
const isoInstants = instants.map((t) => new Date(t).toISOString().replace('Z', '+00:00'));
const dates = instants.map((t) => new Date(t));

const holidays = holidayDays();
const floor = floorIsOpen(holidays);
const scan = floorNextOpening(holidays);
const scanYearEnd = floorNextOpening(holidays, yearEndDays());
const luxonTokyo = luxonIsOpen('Asia/Tokyo');
const luxonFixed = luxonIsOpen('UTC+9');
const oh = openingHoursBaselines();
const yearEnd = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] });
const hasRoute = typeof route === 'function';

// The longest closures: Friday 20:00 before Golden Week (next opening Thursday 7 May), the evening
// before the year-end company closure (next opening 4 January), a Saturday morning.
const goldenWeek = Date.parse('2026-05-01T20:00:00+09:00');
const yearEndEve = Date.parse('2026-12-28T20:00:00+09:00');
const saturday = Date.parse('2026-11-21T10:00:00+09:00');

// The baselines must agree with madoguchi where they claim to, or the comparison means nothing.
for (const t of instants) {
  const regular = desk.isOpen(t, 'regular');
  if (floor(t) !== regular || luxonTokyo(t) !== regular || luxonFixed(t) !== regular) throw new Error(`baseline disagrees at ${new Date(t).toISOString()}`);
}
// opening_hours is not exact (its Japanese PH data lacks e.g. 国民の休日 2026-09-22): count, do not stop.
const ohMisses = { plain: [], holidays: [] };
for (const t of instants) {
  const regular = desk.isOpen(t, 'regular');
  for (const k of ['plain', 'holidays']) if (oh[k].getState(new Date(t)) !== regular) ohMisses[k].push(new Date(t).toISOString());
}
for (const [t, d, s] of [
  [goldenWeek, desk, scan],
  [yearEndEve, yearEnd, scanYearEnd],
  [saturday, desk, scan],
]) {
  if (d.nextOpening(t, 'regular').opensAt.getTime() !== s(t).opensAt.getTime()) throw new Error(`day scan disagrees at ${new Date(t).toISOString()}`);
}

let sink = 0;
let k = 0;
// Each task: [name, calls per iteration, fn]. Its own literal loop, so each call site is monomorphic.
const fastTasks = [
  [
    'floor: bare arithmetic isOpen',
    N,
    () => {
      for (let i = 0; i < N; i++) if (floor(instants[i])) sink++;
    },
  ],
  [
    'desk.isOpen(t)',
    N,
    () => {
      for (let i = 0; i < N; i++) if (desk.isOpen(instants[i])) sink++;
    },
  ],
  [
    "desk.isOpen(t, 'regular')",
    N,
    () => {
      for (let i = 0; i < N; i++) if (desk.isOpen(instants[i], 'regular')) sink++;
    },
  ],
  [
    'desk.status(t)',
    N,
    () => {
      for (let i = 0; i < N; i++) if (desk.status(instants[i]).open) sink++;
    },
  ],
  [
    'desk.status(t), reading at, closesAt and next',
    N,
    () => {
      for (let i = 0; i < N; i++) {
        const s = desk.status(instants[i]);
        if (s.at.getTime() + (s.closesAt?.getTime() ?? 0) + (s.next?.opensAt.getTime() ?? 0) > 0) sink++;
      }
    },
  ],
  [
    'desk.status(ISO string)',
    N,
    () => {
      for (let i = 0; i < N; i++) if (desk.status(isoInstants[i]).open) sink++;
    },
  ],
  [
    'Date.parse(ISO string), for scale',
    N,
    () => {
      for (let i = 0; i < N; i++) if (Date.parse(isoInstants[i]) > 0) sink++;
    },
  ],
  ...(hasRoute
    ? [
        [
          'route(desk, { at: t })',
          N,
          () => {
            for (let i = 0; i < N; i++) if (route(desk, { at: instants[i] }).kind === 'connect') sink++;
          },
        ],
      ]
    : []),
  [
    'day scan from Golden Week',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (scan(goldenWeek).opensAt) sink++;
    },
  ],
  [
    'desk.nextOpening from Golden Week',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (desk.nextOpening(goldenWeek)) sink++;
    },
  ],
  [
    'day scan from year-end closure',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (scanYearEnd(yearEndEve).opensAt) sink++;
    },
  ],
  [
    'desk.nextOpening from year-end closure',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (yearEnd.nextOpening(yearEndEve)) sink++;
    },
  ],
  [
    'day scan from a Saturday',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (scan(saturday).opensAt) sink++;
    },
  ],
  [
    'desk.nextOpening from a Saturday',
    REPEAT,
    () => {
      for (let i = 0; i < REPEAT; i++) if (desk.nextOpening(saturday)) sink++;
    },
  ],
];
// One call per tinybench iteration, as a quick measurement would do it: the harness's own cost
// (tens of ns) then dominates. For scale only; the targets use the loops above. Short rounds:
// tinybench keeps and sorts every sample.
const harnessTasks = [
  [
    'floor, one call per tinybench iteration',
    1,
    () => {
      if (floor(instants[k++ & (N - 1)])) sink++;
    },
  ],
  [
    'desk.isOpen(t), one call per tinybench iteration',
    1,
    () => {
      if (desk.isOpen(instants[k++ & (N - 1)])) sink++;
    },
  ],
  [
    'desk.status(t), one call per tinybench iteration',
    1,
    () => {
      if (desk.status(instants[k++ & (N - 1)]).open) sink++;
    },
  ],
];
const slowTasks = [
  [
    'luxon isOpen (Asia/Tokyo)',
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (luxonTokyo(instants[i])) sink++;
    },
  ],
  [
    'luxon isOpen (fixed UTC+9)',
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (luxonFixed(instants[i])) sink++;
    },
  ],
  [
    "opening_hours getState ('Mo-Fr 09:00-17:30')",
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (oh.plain.getState(dates[i])) sink++;
    },
  ],
  [
    "opening_hours getNextChange ('Mo-Fr 09:00-17:30')",
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (oh.plain.getNextChange(dates[i])) sink++;
    },
  ],
  [
    "opening_hours getState ('…; PH off')",
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (oh.holidays.getState(dates[i])) sink++;
    },
  ],
  [
    "opening_hours getNextChange ('…; PH off')",
    SLOW,
    () => {
      for (let i = 0; i < SLOW; i++) if (oh.holidays.getNextChange(dates[i])) sink++;
    },
  ],
];

// How cost grows with the range: windows() scans days, so 10 years should cost ~10× one year.
const RANGES = { '1 day': 1, '1 month': 30, '1 year': 365, '10 years': 3652 };
const rangeStart = Date.parse('2030-01-01T00:00:00+09:00');
const onceTasks = Object.entries(RANGES).map(([name, days]) => {
  const end = rangeStart + days * 86_400_000;
  return [
    `desk.windows over ${name}`,
    1,
    () => {
      sink += windows(desk, rangeStart, end).length;
    },
  ];
});
// nextOpening across a company closure of each length: the scan grows with the days closed.
const closureStart = Date.parse('2030-01-01T00:00:00+09:00');
for (const [name, days] of Object.entries(RANGES)) {
  const last = new Date(closureStart + (days - 1) * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
  const closed = createDesk(desknetsCloud, { companyHolidays: [`2030-01-01/${last}`] });
  closed.nextOpening(closureStart); // fill the day tables first: the figure is the scan, not the build
  onceTasks.push([
    `desk.nextOpening across a closure of ${name}`,
    1,
    () => {
      if (closed.nextOpening(closureStart)) sink++;
    },
  ]);
}
// Not with the years since an edition began: the same query early and late in the range.
// The first Friday of June at 20:00 JST (June has no national holiday): the next opening is Monday 9:00.
for (const year of [2023, 2060, 2095]) {
  const june1 = Date.UTC(year, 5, 1);
  const friday = june1 + ((5 - new Date(june1).getUTCDay() + 7) % 7) * 86_400_000;
  const t = friday + 11 * 3_600_000; // 20:00 JST is 11:00 UTC
  desk.nextOpening(t);
  onceTasks.push([
    `desk.nextOpening from Friday 20:00, June ${year}`,
    1,
    () => {
      if (desk.nextOpening(t)) sink++;
    },
  ]);
}
onceTasks.push([
  "createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] })",
  1,
  () => {
    sink += createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }) ? 1 : 0;
  },
]);

/**
 * ns per call of each task: the best of `rounds` interleaved rounds. The machine is shared, so a
 * round can be slowed by a neighbour; the best round is the least disturbed, for every task alike.
 */
async function measure(tasks, { rounds, time }) {
  const best = {};
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench({ time, warmupTime: time / 2, iterations: 10, setup: gc });
    for (const [name, , fn] of tasks) bench.add(name, fn);
    await bench.run();
    for (const [name, calls] of tasks) {
      const ns = (bench.getTask(name).result.latency.mean * 1e6) / calls;
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, ns);
    }
  }
  return best;
}
const gc = () => globalThis.gc?.();
const ROUNDS = 3;
const perCall = {
  ...(await measure(fastTasks, { rounds: ROUNDS, time: 200 })),
  ...(await measure(harnessTasks, { rounds: ROUNDS, time: 30 })),
  ...(await measure(slowTasks, { rounds: ROUNDS, time: 200 })),
};
const perRun = await measure(onceTasks, { rounds: ROUNDS, time: 150 });

// Cold start: a fresh process imports the build, then times its first status() with performance.now.
const distUrl = new URL('../dist/index.js', import.meta.url).href;
// A data: module is imported first so the figure is the package, not the start of Node's ESM loader;
// japanese-holidays alone, in its own fresh process, shows how much of the import is the dependency.
const emptyModule = JSON.stringify('data:text/javascript,export default 0');
const coldScript = `await import(${emptyModule}); const t0 = performance.now(); const m = await import(${JSON.stringify(distUrl)}); const t1 = performance.now(); m.desk.status(Date.parse('2026-11-25T10:00:00+09:00')); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
const depScript = `await import(${emptyModule}); const t0 = performance.now(); await import('japanese-holidays'); console.log(JSON.stringify([performance.now() - t0]));`;
const fresh = (script) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: new URL('..', import.meta.url) }));
const cold = Array.from({ length: 7 }, () => fresh(coldScript));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const coldDependencyMs = median(Array.from({ length: 7 }, () => fresh(depScript)[0]));
const coldImportMs = median(cold.map((c) => c[0]));
const coldFirstStatusMs = median(cold.map((c) => c[1]));

const ns = (name) => perCall[name];
const floorNs = ns('floor: bare arithmetic isOpen');
const statusNs = ns('desk.status(t)');
const ratios = {
  'isOpen / floor': ns('desk.isOpen(t)') / floorNs,
  'status / floor': statusNs / floorNs,
  'status(ISO) / floor': ns('desk.status(ISO string)') / floorNs,
  'status, reading at, closesAt and next / floor': ns('desk.status(t), reading at, closesAt and next') / floorNs,
  'isOpen / floor, one call per tinybench iteration': ns('desk.isOpen(t), one call per tinybench iteration') / ns('floor, one call per tinybench iteration'),
  'status / floor, one call per tinybench iteration': ns('desk.status(t), one call per tinybench iteration') / ns('floor, one call per tinybench iteration'),
  ...(hasRoute ? { 'route / floor': ns('route(desk, { at: t })') / floorNs } : {}),
  'luxon (Asia/Tokyo) / status': ns('luxon isOpen (Asia/Tokyo)') / statusNs,
  'luxon (UTC+9) / status': ns('luxon isOpen (fixed UTC+9)') / statusNs,
  "opening_hours getState ('Mo-Fr 09:00-17:30') / status": ns("opening_hours getState ('Mo-Fr 09:00-17:30')") / statusNs,
  "opening_hours getState ('…; PH off') / status": ns("opening_hours getState ('…; PH off')") / statusNs,
  "opening_hours getNextChange ('Mo-Fr 09:00-17:30') / nextOpening (Saturday)":
    ns("opening_hours getNextChange ('Mo-Fr 09:00-17:30')") / ns('desk.nextOpening from a Saturday'),
  'nextOpening / day scan (Golden Week)': ns('desk.nextOpening from Golden Week') / ns('day scan from Golden Week'),
  'nextOpening / day scan (year-end closure)': ns('desk.nextOpening from year-end closure') / ns('day scan from year-end closure'),
  'nextOpening / day scan (Saturday)': ns('desk.nextOpening from a Saturday') / ns('day scan from a Saturday'),
  'windows 10 years / 1 year': perRun['desk.windows over 10 years'] / perRun['desk.windows over 1 year'],
  'nextOpening across a closure of 10 years / 1 year':
    perRun['desk.nextOpening across a closure of 10 years'] / perRun['desk.nextOpening across a closure of 1 year'],
  'nextOpening from June 2095 / June 2023': perRun['desk.nextOpening from Friday 20:00, June 2095'] / perRun['desk.nextOpening from Friday 20:00, June 2023'],
};
const longestRatio = Math.max(ratios['nextOpening / day scan (Golden Week)'], ratios['nextOpening / day scan (year-end closure)']);
const longestNs = Math.max(ns('desk.nextOpening from Golden Week'), ns('desk.nextOpening from year-end closure'));
const createNs = perRun["createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] })"];
const x = (v, digits = 2) => `${v.toFixed(digits)}×`;
const targets = [
  ['isOpen ≤ 1.5× the floor', ratios['isOpen / floor'] <= 1.5, x(ratios['isOpen / floor'])],
  ['status ≤ 3× the floor', ratios['status / floor'] <= 3, x(ratios['status / floor'])],
  ['status ≥ 100× faster than luxon (Asia/Tokyo)', ratios['luxon (Asia/Tokyo) / status'] >= 100, x(ratios['luxon (Asia/Tokyo) / status'], 0)],
  [
    "status ≥ 300× faster than opening_hours getState ('Mo-Fr 09:00-17:30')",
    ratios["opening_hours getState ('Mo-Fr 09:00-17:30') / status"] >= 300,
    x(ratios["opening_hours getState ('Mo-Fr 09:00-17:30') / status"], 0),
  ],
  [
    "status ≥ 300× faster than opening_hours getState ('…; PH off')",
    ratios["opening_hours getState ('…; PH off') / status"] >= 300,
    x(ratios["opening_hours getState ('…; PH off') / status"], 0),
  ],
  ['nextOpening from the longest closure ≤ 2× the day scan', longestRatio <= 2, x(longestRatio)],
  ['nextOpening from the longest closure < 1 µs', longestNs < 1000, `${longestNs.toFixed(0)} ns`],
  ['createDesk < 1 ms', createNs < 1e6, `${(createNs / 1e3).toFixed(1)} µs`],
  ['first status() after a cold import < 20 ms', coldFirstStatusMs < 20, `${coldFirstStatusMs.toFixed(2)} ms`],
  ['cold import and first status() together < 20 ms', coldImportMs + coldFirstStatusMs < 20, `${(coldImportMs + coldFirstStatusMs).toFixed(2)} ms`],
];

const cpu = cpus()[0]?.model ?? 'unknown cpu';
const fmt = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0));
const row = (name, v) => `${name.padEnd(70)} ${v.toFixed(v < 100 ? 1 : 0).padStart(10)} ${fmt(1e9 / v).padStart(10)}`;
console.log(`node ${process.version}, ${cpu} ×${cpus().length}\n`);
console.log(`${'per call'.padEnd(70)} ${'ns/op'.padStart(10)} ${'ops/s'.padStart(10)}`);
for (const [name, v] of Object.entries(perCall)) console.log(row(name, v));
for (const [name, v] of Object.entries(perRun)) console.log(row(name, v));
console.log(`cold import of dist/index.js in a fresh node (median of 7)             ${coldImportMs.toFixed(2)} ms`);
console.log(`first status() after it                                               ${coldFirstStatusMs.toFixed(2)} ms`);
console.log(`cold import of japanese-holidays alone, for scale (median of 7)       ${coldDependencyMs.toFixed(2)} ms`);
console.log(
  `opening_hours answers differ from the regular line on ${ohMisses.plain.length} ('Mo-Fr 09:00-17:30') and ${ohMisses.holidays.length} ('…; PH off') of ${N} instants, e.g. ${ohMisses.holidays[0] ?? '-'}`,
);
console.log('\nratios');
for (const [name, v] of Object.entries(ratios)) console.log(`${name.padEnd(78)} ${x(v)}`);
console.log('\ntargets (issue 6)');
for (const [name, ok, value] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${name.padEnd(72)} ${value}`);

writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu,
      cores: cpus().length,
      route: hasRoute,
      method: `per call; best of ${ROUNDS} interleaved tinybench rounds; loops of ${N} random instants 2023–2030 (${SLOW} for luxon and opening_hours)`,
      nsPerCall: perCall,
      nsPerRun: perRun,
      coldImportMs,
      coldFirstStatusMs,
      coldDependencyMs,
      openingHoursDisagreements: { plain: ohMisses.plain.length, phOff: ohMisses.holidays.length, of: N },
      ratios,
      targets: targets.map(([name, pass, value]) => ({ name, pass, value })),
      sink: sink > 0,
    },
    null,
    2,
  )}\n`,
);
