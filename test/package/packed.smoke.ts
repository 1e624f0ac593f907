import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const versionOf = (name: string): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    // stderr is kept with the error rather than printed: the --offline try below is expected to fail on a cold cache.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });

let project = '';

/** Runs a script in the fresh project with this Node, as CommonJS (`.cjs`) or ESM (`.mjs`), and returns what it printed as JSON. */
function run(kind: 'cjs' | 'mjs', body: string): unknown {
  const file = join(project, `check-${Math.random().toString(36).slice(2)}.${kind}`);
  writeFileSync(file, body);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } }));
}

// The answers below come from the terms (第6条, edition 15): 通常窓口 0120-365-800 9:00–17:30, 夜間延長窓口
// 18:00–20:00; 2026-11-23 is 勤労感謝の日 (a Monday), so after the weekend the next opening is Tuesday 9:00 JST.
const CORE = `
  const open = m.desk.isOpen('2026-11-25T17:29:59.999+09:00');
  const closed = m.desk.isOpen('2026-11-25T17:30:00.000+09:00');
  const tel = m.desk.status('2026-11-25T10:00:00+09:00').line.tel;
  let code = null;
  try { m.desk.status('2026-11-25T10:00'); } catch (e) { code = e instanceof m.MadoguchiError ? e.code : 'not a MadoguchiError'; }
  console.log(JSON.stringify({ open, closed, tel, code }));
`;
const LUXON = `
  const next = lx.luxonDesk.nextOpening(DateTime.fromISO('2026-11-21T10:00:00+09:00'));
  let sameClass = false;
  try { lx.luxonDesk.isOpen(DateTime.invalid('smoke')); } catch (e) { sameClass = e instanceof m.MadoguchiError && e.code === 'INVALID_INSTANT'; }
  console.log(JSON.stringify({ next: next.opensAt.toISO(), zone: next.opensAt.zoneName, sameClass }));
`;
const JODA = `
  const jj = joda.withJsJoda(m.desk);
  console.log(JSON.stringify({ holiday: jj.day(LocalDate.parse('2026-11-23')).closed.name, next: jj.nextOpening(ZonedDateTime.parse('2026-11-25T17:30+09:00')).opensAt.toString() }));
`;

describe(`the packed tarball installed into a fresh project (Node ${process.version})`, () => {
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'madoguchi-smoke-'));
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], root)) as { filename: string }[];
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true, version: '0.0.0' }));
    // japanese-holidays and the optional peers come from the npm cache (npm ci fills it); the registry only if something is missing there.
    const peers = ['luxon', '@js-joda/core', 'ical.js'].map((name) => `${name}@${versionOf(name)}`);
    const install = ['install', '--no-package-lock', join(project, (packed[0] as { filename: string }).filename), ...peers];
    try {
      npm([...install, '--offline'], project);
    } catch {
      npm([...install, '--prefer-offline'], project);
    }
  });

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('installs japanese-holidays as its only dependency', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/madoguchi/package.json'), 'utf8'));
    expect(installed.dependencies).toEqual({ 'japanese-holidays': versionOf('japanese-holidays') });
    expect(JSON.parse(readFileSync(join(project, 'node_modules/japanese-holidays/package.json'), 'utf8')).version).toBe(versionOf('japanese-holidays'));
  });

  it("require('madoguchi') answers from the CommonJS build", () => {
    expect(run('cjs', `const m = require('madoguchi');${CORE}`)).toEqual({ open: true, closed: false, tel: '0120-365-800', code: 'AMBIGUOUS_INSTANT' });
  });

  it("import('madoguchi') answers from the ES module build", () => {
    expect(run('mjs', `const m = await import('madoguchi');${CORE}`)).toEqual({ open: true, closed: false, tel: '0120-365-800', code: 'AMBIGUOUS_INSTANT' });
  });

  it("require('madoguchi/luxon') returns DateTimes in UTC+9 and throws the core's MadoguchiError", () => {
    expect(run('cjs', `const m = require('madoguchi'); const lx = require('madoguchi/luxon'); const { DateTime } = require('luxon');${LUXON}`)).toEqual({
      next: '2026-11-24T09:00:00.000+09:00',
      zone: 'UTC+9',
      sameClass: true,
    });
  });

  it("import('madoguchi/luxon') returns DateTimes in UTC+9 and throws the core's MadoguchiError", () => {
    expect(run('mjs', `import * as m from 'madoguchi'; import * as lx from 'madoguchi/luxon'; import { DateTime } from 'luxon';${LUXON}`)).toEqual({
      next: '2026-11-24T09:00:00.000+09:00',
      zone: 'UTC+9',
      sameClass: true,
    });
  });

  it("require('madoguchi/js-joda') takes a LocalDate and returns ZonedDateTimes at +09:00", () => {
    expect(
      run(
        'cjs',
        `const m = require('madoguchi'); const joda = require('madoguchi/js-joda'); const { LocalDate, ZonedDateTime } = require('@js-joda/core');${JODA}`,
      ),
    ).toEqual({
      holiday: '勤労感謝の日',
      next: '2026-11-25T18:00+09:00',
    });
  });

  it("import('madoguchi/js-joda') takes a LocalDate and returns ZonedDateTimes at +09:00", () => {
    expect(
      run('mjs', `import * as m from 'madoguchi'; import * as joda from 'madoguchi/js-joda'; import { LocalDate, ZonedDateTime } from '@js-joda/core';${JODA}`),
    ).toEqual({
      holiday: '勤労感謝の日',
      next: '2026-11-25T18:00+09:00',
    });
  });

  it("import('madoguchi') in Node takes the node build, which loads japanese-holidays on the first holiday question", () => {
    // 2026-11-23 is 勤労感謝の日 (the National Holidays Act, art. 2), a Monday: every line is closed.
    const body = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const file = require.resolve('japanese-holidays/lib/japanese-holidays.js');
      const m = await import('madoguchi');
      const loadedAtImport = file in require.cache;
      const closed = m.desk.status('2026-11-23T10:00+09:00').closed;
      console.log(JSON.stringify({
        entry: import.meta.resolve('madoguchi').split('/node_modules/')[1],
        loadedAtImport,
        loadedAfter: file in require.cache,
        reason: closed.reason,
        name: closed.name,
      }));`;
    expect(run('mjs', body)).toEqual({
      entry: 'madoguchi/dist/index.node.js',
      loadedAtImport: false,
      loadedAfter: true,
      reason: 'national-holiday',
      name: '勤労感謝の日',
    });
  });

  it('keeps instanceof MadoguchiError true across the two builds when one process loads both (the dual-package hazard)', () => {
    const body = `
      import { createRequire } from 'node:module';
      import * as esm from 'madoguchi';
      const cjs = createRequire(import.meta.url)('madoguchi');
      const thrown = (m) => { try { m.desk.status('2026-11-25T10:00'); } catch (e) { return e; } };
      const fromCjs = thrown(cjs), fromEsm = thrown(esm);
      console.log(JSON.stringify({
        twoClasses: cjs.MadoguchiError !== esm.MadoguchiError,
        cjsErrorIsEsm: fromCjs instanceof esm.MadoguchiError,
        esmErrorIsCjs: fromEsm instanceof cjs.MadoguchiError,
        plainErrorIsNot: new Error('x') instanceof esm.MadoguchiError,
      }));`;
    expect(run('mjs', body)).toEqual({ twoClasses: true, cjsErrorIsEsm: true, esmErrorIsCjs: true, plainErrorIsNot: false });
  });

  it('lets a desk made by one build be read by the faces and adapters of the other (the dual-package hazard)', () => {
    // 2026-11-25 10:00 JST, a Wednesday: the regular line answers (第6条, edition 15); 2026-12-30 is a company holiday of this desk.
    const body = `
      import { createRequire } from 'node:module';
      import * as esm from 'madoguchi';
      import { withLuxon } from 'madoguchi/luxon';
      import { DateTime } from 'luxon';
      const require = createRequire(import.meta.url);
      const cjs = require('madoguchi');
      const custom = cjs.createDesk(cjs.desknetsCloud, { companyHolidays: ['2026-12-30'] });
      console.log(JSON.stringify({
        esmRouteOfCjsDesk: esm.route(cjs.desk, { at: '2026-11-25T10:00+09:00' }).kind,
        esmDayOfCjsDesk: esm.day(custom, '2026-12-30').closed.reason,
        cjsLinesOfEsmDesk: cjs.lines(esm.desk, '2026-11-25T10:00+09:00').map((l) => l.e164),
        esmAdapterOfCjsDesk: withLuxon(cjs.desk).status(DateTime.fromISO('2026-11-25T10:00:00+09:00')).line.id,
      }));`;
    expect(run('mjs', body)).toEqual({
      esmRouteOfCjsDesk: 'connect',
      esmDayOfCjsDesk: 'company-holiday',
      cjsLinesOfEsmDesk: ['+81120365800', '+818007779984'],
      esmAdapterOfCjsDesk: 'regular',
    });
  });

  it.each(['cjs', 'mjs'] as const)('madoguchi/ical and madoguchi/package.json resolve from %s', (kind) => {
    const load =
      kind === 'cjs'
        ? 'const ical = require("madoguchi/ical"); const pkg = require("madoguchi/package.json");'
        : 'const ical = await import("madoguchi/ical"); const { default: pkg } = await import("madoguchi/package.json", { with: { type: "json" } });';
    expect(run(kind, `${load} console.log(JSON.stringify({ exports: Object.keys(ical).sort(), name: pkg.name }));`)).toEqual({
      exports: ['companyHolidaysFromICal', 'importICal', 'toICal'],
      name: 'madoguchi',
    });
  });

  it('ships only dist/ and the bin launcher besides package.json and the README (no sources, tests or examples)', () => {
    const files = (JSON.parse(npm(['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    expect(files.filter((path) => !path.startsWith('dist/') && !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/madoguchi\.js)$/.test(path))).toEqual(
      [],
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.node.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/luxon.js',
        'dist/js-joda.cjs',
      ]),
    );
  });
});
