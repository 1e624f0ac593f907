// npm run bench: madoguchi beside the arithmetic floor, luxon and opening_hours, on one machine in
// one run. Each task calls the function on BATCH pre-generated instants, so the harness's own
// per-iteration cost is spread thin; figures are per call. Writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Bench } from 'tinybench';
import { createDesk, desk, desknetsCloud } from '../dist/index.js';
import { floorIsOpen, floorNextOpening, holidayDays, luxonIsOpen, openingHoursBaseline } from './baselines.mjs';

const BATCH = 1000;
const from = Date.parse('2023-01-01T00:00:00+09:00');
const to = Date.parse('2031-01-01T00:00:00+09:00');
let seed = 20261125;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const instants = Array.from({ length: BATCH }, () => Math.floor(from + random() * (to - from)));
const isoInstants = instants.map((t) => new Date(t).toISOString());

const holidays = holidayDays();
const floor = floorIsOpen(holidays);
const luxonTokyo = luxonIsOpen('Asia/Tokyo');
const luxonFixed = luxonIsOpen('UTC+9');
const oh = openingHoursBaseline();
const yearEnd = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] });
const yearEndDays = new Set();
for (let y = 2020; y <= 2099; y++) {
  for (const [m, d] of [
    [12, 29],
    [12, 30],
    [12, 31],
    [1, 1],
    [1, 2],
    [1, 3],
  ])
    yearEndDays.add(Date.UTC(y, m - 1, d) / 86_400_000);
}
const scan = floorNextOpening(holidays);
const scanYearEnd = floorNextOpening(holidays, yearEndDays);

// The longest closures: Friday 20:00 before Golden Week, the evening before a year-end closure, a Saturday.
const closures = {
  goldenWeek: Date.parse('2026-05-01T20:00:00+09:00'),
  yearEnd: Date.parse('2026-12-28T20:00:00+09:00'),
  saturday: Date.parse('2026-11-21T10:00:00+09:00'),
};

let sink = 0;
const batch = (fn) => () => {
  for (let i = 0; i < BATCH; i++) if (fn(instants[i])) sink++;
};
const repeat = (fn) => () => {
  for (let i = 0; i < BATCH; i++) if (fn()) sink++;
};

const bench = new Bench({ time: 700, warmupTime: 200 });
bench
  .add('floor: bare arithmetic isOpen', batch(floor))
  .add(
    'desk.isOpen(t)',
    batch((t) => desk.isOpen(t)),
  )
  .add(
    'desk.status(t)',
    batch((t) => desk.status(t)),
  )
  .add('desk.status(iso string)', () => {
    for (let i = 0; i < BATCH; i++) if (desk.status(isoInstants[i])) sink++;
  })
  .add(
    'desk.route({ at: t })',
    batch((t) => desk.route({ at: t })),
  )
  .add('luxon isOpen (Asia/Tokyo)', batch(luxonTokyo))
  .add('luxon isOpen (fixed UTC+9)', batch(luxonFixed))
  .add('opening_hours getState', batch(oh.getState))
  .add('opening_hours getNextChange', batch(oh.getNextChange))
  .add(
    'floor: day scan from Golden Week',
    repeat(() => scan(closures.goldenWeek)),
  )
  .add(
    'desk.nextOpening from Golden Week',
    repeat(() => desk.nextOpening(closures.goldenWeek)),
  )
  .add(
    'floor: day scan from year-end',
    repeat(() => scanYearEnd(closures.yearEnd)),
  )
  .add(
    'desk.nextOpening from year-end',
    repeat(() => yearEnd.nextOpening(closures.yearEnd)),
  )
  .add(
    'floor: day scan from a Saturday',
    repeat(() => scan(closures.saturday)),
  )
  .add(
    'desk.nextOpening from a Saturday',
    repeat(() => desk.nextOpening(closures.saturday)),
  );

const RANGES = { '1 day': 1, '1 month': 30, '1 year': 365, '10 years': 3652 };
const rangeStart = Date.parse('2030-01-01T00:00:00+09:00');
const rangeBench = new Bench({ time: 500, warmupTime: 100 });
for (const [name, days] of Object.entries(RANGES)) {
  rangeBench.add(`desk.windows over ${name}`, () => {
    sink += desk.windows(rangeStart, rangeStart + days * 86_400_000).length;
  });
}
rangeBench.add("createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] })", () => {
  sink += createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] }) ? 1 : 0;
});

await bench.run();
await rangeBench.run();

const perCall = {};
for (const task of bench.tasks) perCall[task.name] = (task.result.latency.mean * 1e6) / BATCH; // ns per call
const perRun = {};
for (const task of rangeBench.tasks) perRun[task.name] = task.result.latency.mean * 1e6; // ns per run

// Cold start: a fresh process imports the build and asks its first question.
const coldScript = `const t0 = performance.now(); const m = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}); const t1 = performance.now(); m.desk.status(Date.parse('2026-11-25T10:00:00+09:00')); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
const cold = Array.from({ length: 7 }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', coldScript], { encoding: 'utf8' })));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const coldImportMs = median(cold.map((c) => c[0]));
const coldFirstStatusMs = median(cold.map((c) => c[1]));

const ns = (name) => perCall[name];
const ratios = {
  'isOpen / floor': ns('desk.isOpen(t)') / ns('floor: bare arithmetic isOpen'),
  'status / floor': ns('desk.status(t)') / ns('floor: bare arithmetic isOpen'),
  'luxon (Asia/Tokyo) / status': ns('luxon isOpen (Asia/Tokyo)') / ns('desk.status(t)'),
  'luxon (UTC+9) / status': ns('luxon isOpen (fixed UTC+9)') / ns('desk.status(t)'),
  'opening_hours getState / status': ns('opening_hours getState') / ns('desk.status(t)'),
  'opening_hours getNextChange / nextOpening (Saturday)': ns('opening_hours getNextChange') / ns('desk.nextOpening from a Saturday'),
  'nextOpening / day scan (Golden Week)': ns('desk.nextOpening from Golden Week') / ns('floor: day scan from Golden Week'),
  'nextOpening / day scan (year-end)': ns('desk.nextOpening from year-end') / ns('floor: day scan from year-end'),
  'nextOpening / day scan (Saturday)': ns('desk.nextOpening from a Saturday') / ns('floor: day scan from a Saturday'),
};
const longest = Math.max(ns('desk.nextOpening from Golden Week'), ns('desk.nextOpening from year-end'));
const createNs = perRun["createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] })"];
const targets = [
  ['isOpen costs at most 1.5× the floor', ratios['isOpen / floor'] <= 1.5, `${ratios['isOpen / floor'].toFixed(2)}×`],
  ['status costs at most 3× the floor', ratios['status / floor'] <= 3, `${ratios['status / floor'].toFixed(2)}×`],
  ['status ≥ 100× faster than luxon (Asia/Tokyo)', ratios['luxon (Asia/Tokyo) / status'] >= 100, `${ratios['luxon (Asia/Tokyo) / status'].toFixed(0)}×`],
  [
    'status ≥ 300× faster than opening_hours getState',
    ratios['opening_hours getState / status'] >= 300,
    `${ratios['opening_hours getState / status'].toFixed(0)}×`,
  ],
  [
    'nextOpening from the longest closure ≤ 2× the day scan',
    Math.max(ratios['nextOpening / day scan (Golden Week)'], ratios['nextOpening / day scan (year-end)']) <= 2,
    `${Math.max(ratios['nextOpening / day scan (Golden Week)'], ratios['nextOpening / day scan (year-end)']).toFixed(2)}×`,
  ],
  ['nextOpening from the longest closure < 1 µs', longest < 1000, `${longest.toFixed(0)} ns`],
  ['createDesk < 1 ms', createNs < 1e6, `${(createNs / 1e3).toFixed(1)} µs`],
  ['first status() after a cold import < 20 ms', coldImportMs + coldFirstStatusMs < 20, `${(coldImportMs + coldFirstStatusMs).toFixed(2)} ms`],
];

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0));
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} ×${cpus().length}\n`);
console.log('per call                                             ns/op      ops/s');
for (const [name, v] of Object.entries(perCall)) console.log(`${name.padEnd(50)} ${v.toFixed(1).padStart(9)} ${fmt(1e9 / v).padStart(10)}`);
for (const [name, v] of Object.entries(perRun)) console.log(`${name.padEnd(50)} ${v.toFixed(0).padStart(9)} ${fmt(1e9 / v).padStart(10)}`);
console.log(`cold import of dist/index.js (median of 7)         ${coldImportMs.toFixed(2)} ms`);
console.log(`first status() after it                            ${coldFirstStatusMs.toFixed(2)} ms`);
console.log('\nratios');
for (const [name, v] of Object.entries(ratios)) console.log(`${name.padEnd(58)} ${v.toFixed(2)}×`);
console.log('\ntargets');
for (const [name, ok, value] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${name.padEnd(52)} ${value}`);

writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      nsPerCall: perCall,
      nsPerRun: perRun,
      coldImportMs,
      coldFirstStatusMs,
      ratios,
      targets: targets.map(([name, pass, value]) => ({ name, pass, value })),
      sink: sink > 0,
    },
    null,
    2,
  )}\n`,
);
