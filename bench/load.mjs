#!/usr/bin/env node
// Load figures for the README: autocannon against `madoguchi serve` and, in the same run, against
// a bare node:http server answering a constant JSON of the same size. Loopback only, bounded in
// time (2 × ROUNDS runs of DURATION seconds, each after a 1 s warm-up). Build first: npm run build.
//
//   node bench/load.mjs [--duration 10] [--connections 50] [--rounds 2] [--path /v1/status?lang=en]
// Rounds alternate the order; the figures are the medians (the lower middle of an even count).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    path: { type: 'string', default: '/v1/status?lang=en' },
    rounds: { type: 'string', default: '2' },
  },
});
const duration = Math.min(60, Math.max(1, Number(values.duration)));
const connections = Math.min(500, Math.max(1, Number(values.connections)));
const rounds = Math.min(5, Math.max(1, Number(values.rounds)));
const root = new URL('..', import.meta.url);

/** Starts a child process that prints its URL as JSON {"url": …} on stderr (serve) or stdout (bare). */
async function start(args, stream) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child[stream].setEncoding('utf8');
  for await (const chunk of child[stream]) {
    text += chunk;
    const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(text);
    if (match) return { child, url: match[1] };
  }
  throw new Error(`no URL from ${args.join(' ')}: ${text}`);
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is missing (not Linux). */
function cpuMs(pid) {
  if (!existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
}

function run(url, seconds) {
  return autocannon({ url, connections, duration: seconds, pipelining: 1 });
}

const serve = await start(['dist/cli.js', 'serve', '--port', '0', '--quiet'], 'stderr');
// The bare server answers what serve answers for the same path, fixed: the cost of HTTP alone.
const sample = await (await fetch(`${serve.url}${values.path}`)).text();
const bareSource = `
  const http = require('node:http');
  const body = ${JSON.stringify(sample)};
  const server = http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' }); res.end(body); });
  server.keepAliveTimeout = 5000;
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
`;
const bare = await start(['-e', bareSource], 'stdout');

try {
  // Rounds alternate which server goes first, so neither always gets the cooler machine.
  const runs = { 'bare node:http': [], 'madoguchi serve': [] };
  const servers = [
    ['bare node:http', bare.url],
    ['madoguchi serve', serve.url],
  ];
  const pids = { 'bare node:http': bare.child.pid, 'madoguchi serve': serve.child.pid };
  for (let round = 0; round < rounds; round++) {
    for (const [name, base] of round % 2 === 0 ? servers : [...servers].reverse()) {
      await run(`${base}${values.path}`, 1); // warm-up: JIT, connections
      const before = cpuMs(pids[name]);
      const r = await run(`${base}${values.path}`, duration);
      const after = cpuMs(pids[name]);
      // CPU per request: what the server costs, whatever else the machine is doing at the time.
      const cpuMicrosPerRequest = before === null || after === null ? null : Math.round(((after - before) * 10_000) / r.requests.total) / 10;
      runs[name].push({
        requestsPerSecond: Math.round(r.requests.average),
        p50ms: r.latency.p50,
        p99ms: r.latency.p99,
        cpuMicrosPerRequest,
        errors: r.errors + r.timeouts + r.non2xx,
      });
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const results = Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [
      name,
      {
        requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
        p50ms: median(rs.map((r) => r.p50ms)),
        p99ms: median(rs.map((r) => r.p99ms)),
        cpuMicrosPerRequest: rs[0]?.cpuMicrosPerRequest === null ? null : median(rs.map((r) => r.cpuMicrosPerRequest)),
        errors: rs.reduce((n, r) => n + r.errors, 0),
        rounds: rs,
      },
    ]),
  );
  const ratio = results['madoguchi serve'].requestsPerSecond / results['bare node:http'].requestsPerSecond;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 100) / 100),
    path: values.path,
    connections,
    durationSeconds: duration,
    results,
    throughputRatio: Math.round(ratio * 1000) / 1000,
    cpuRatio:
      results['madoguchi serve'].cpuMicrosPerRequest === null
        ? null
        : Math.round((results['bare node:http'].cpuMicrosPerRequest / results['madoguchi serve'].cpuMicrosPerRequest) * 1000) / 1000,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  for (const { child } of [serve, bare]) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}
