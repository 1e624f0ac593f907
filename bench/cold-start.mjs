// Cold start: what a process pays to answer its first question. Fresh `node` processes, one after
// another, alternating with an empty one so that a neighbour slowing the machine slows both alike:
//   (a) import of 'madoguchi' by its name, as a user's process imports it (Node's conditions pick
//       dist/index.node.js), timed inside the process (after a data: module has started the ESM loader);
//   (b) the first desk.status() after it, timed inside the process;
//   (c) the empty process (the same ESM entry, without the import), timed from outside;
//   and the cost over an empty process: the median wall time of (a)+(b)'s process minus that of (c);
// each also in CPU time, which a busy machine disturbs less.
// Medians of RUNS each. `npm run bench` calls it; `npm run bench:cold` (or `node bench/cold-start.mjs
// [--runs N]` after a build) runs only this.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The target of issue 11: import + first status() over an empty process. */
export const COLD_START_TARGET_MS = 12;

const root = new URL('..', import.meta.url);
// The package's own name: run from its folder, Node resolves it through package.json's exports.
const entry = 'madoguchi';
const emptyModule = JSON.stringify('data:text/javascript,export default 0');

// Both scripts start the same way and print one line of JSON, so they differ by the package alone.
// Each also prints the CPU time its whole process used (process.cpuUsage counts from its start): on a
// machine shared with other work, wall time grows with the queue for a core, CPU time much less.
const cpuMs = 'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };';
const SCRIPTS = {
  empty: `${cpuMs} await import(${emptyModule}); console.log(JSON.stringify({ processCpu: cpu() }));`,
  status: `${cpuMs} await import(${emptyModule}); const t0 = performance.now(), c0 = cpu(); const { desk } = await import(${JSON.stringify(entry)}); const t1 = performance.now(), c1 = cpu(); desk.status(); const t2 = performance.now(), c2 = cpu(); console.log(JSON.stringify({ import: t1 - t0, status: t2 - t1, importCpu: c1 - c0, statusCpu: c2 - c1, processCpu: cpu() }));`,
  dependency: `await import(${emptyModule}); const t0 = performance.now(); await import('japanese-holidays'); console.log(JSON.stringify({ import: performance.now() - t0 }));`,
};

// A cache of compiled code would make the second process warm, not cold.
const env = { ...process.env };
delete env.NODE_COMPILE_CACHE;

/** Runs one fresh process; returns its wall time (ms, as seen from here) and what it printed. */
function fresh(script) {
  const start = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root, env });
  return { wallMs: performance.now() - start, inside: JSON.parse(out) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Measures the cold start `runs` times for each kind of process, interleaved: empty, package,
 * dependency alone, and the next round starting with a different one of them.
 */
export function measureColdStart({ runs = 25 } = {}) {
  const kinds = Object.keys(SCRIPTS);
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  // The first processes after a while read node and dist/ from disk: not the cold start measured here.
  for (const kind of kinds) fresh(SCRIPTS[kind]);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(r + i) % kinds.length];
      samples[kind].push(fresh(SCRIPTS[kind]));
    }
  }
  const med = (kind, key) => median(samples[kind].map((s) => (key === 'wall' ? s.wallMs : s.inside[key])));
  return {
    runs,
    loadAverage: loadavg()[0],
    importMs: med('status', 'import'),
    firstStatusMs: med('status', 'status'),
    emptyProcessMs: med('empty', 'wall'),
    statusProcessMs: med('status', 'wall'),
    overEmptyMs: med('status', 'wall') - med('empty', 'wall'),
    cpu: {
      importMs: med('status', 'importCpu'),
      firstStatusMs: med('status', 'statusCpu'),
      emptyProcessMs: med('empty', 'processCpu'),
      statusProcessMs: med('status', 'processCpu'),
      overEmptyMs: med('status', 'processCpu') - med('empty', 'processCpu'),
    },
    dependencyImportMs: med('dependency', 'import'),
  };
}

/** The figures as lines of text, the target last. */
export function coldStartLines(c) {
  const ms = (v) => ` ${v.toFixed(2)} ms`.padStart(10);
  const label = (s) => s.padEnd(78);
  return [
    `cold start, fresh processes, median of ${c.runs} each, interleaved (load average ${c.loadAverage.toFixed(1)} on ${cpus().length} cores)`,
    `${label('')}${'wall'.padStart(10)}${'CPU'.padStart(10)}`,
    `${label("(a) import of 'madoguchi' (dist/index.node.js), inside the process")}${ms(c.importMs)}${ms(c.cpu.importMs)}`,
    `${label('(b) first desk.status() after it, inside the process')}${ms(c.firstStatusMs)}${ms(c.cpu.firstStatusMs)}`,
    `${label('(c) an empty node process, whole')}${ms(c.emptyProcessMs)}${ms(c.cpu.emptyProcessMs)}`,
    `${label('    the process doing (a) and (b), whole')}${ms(c.statusProcessMs)}${ms(c.cpu.statusProcessMs)}`,
    `${label('import + first status() over an empty process')}${ms(c.overEmptyMs)}${ms(c.cpu.overEmptyMs)}`,
    `${label('import of japanese-holidays alone, inside its own process, for scale')}${ms(c.dependencyImportMs)}`,
    `${c.overEmptyMs <= COLD_START_TARGET_MS ? 'PASS' : 'MISS'}  import + first status() over an empty process ≤ ${COLD_START_TARGET_MS} ms (wall): ${c.overEmptyMs.toFixed(2)} ms`,
    ...(c.loadAverage > cpus().length
      ? [
          `note: more processes wanted a core than there are cores (load ${c.loadAverage.toFixed(1)}): the wall times are inflated; measure again on a quiet machine`,
        ]
      : []),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 25;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive whole number, not ${process.argv[at + 1]}`);
  for (const line of coldStartLines(measureColdStart({ runs }))) console.log(line);
}
