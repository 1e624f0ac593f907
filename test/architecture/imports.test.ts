import { join, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { beforeAll, describe, expect, it } from 'vitest';

// The rules themselves are in .dependency-cruiser.cjs (the layout of the design notes, bottom first);
// dependency-cruiser reads every import of src/, type-only ones included, and judges it by them.
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/architecture');

async function cruiseSrc(baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(join(ROOT, 'tsconfig.json'));
  const { output } = await cruise(['src'], { ...options, baseDir }, {}, { tsConfig });
  if (typeof output === 'string') throw new Error(`dependency-cruiser reported text, not a result: ${output}`);
  return output;
}

const line = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.cycle ? v.cycle.map((d) => d.name).join(' → ') : v.to}`;

/** The layout rule's own pattern: what a module path must match to sit in a known folder. */
function inLayout(result: ICruiseResult): (path: string) => boolean {
  const rule = result.summary.ruleSetUsed?.forbidden?.find((r) => r.name === 'not-in-layout');
  const known = rule && 'pathNot' in rule.from ? [rule.from.pathNot ?? []].flat() : [];
  if (known.length === 0) throw new Error('the rule not-in-layout is missing from .dependency-cruiser.cjs');
  return (path) => known.some((pattern) => new RegExp(pattern).test(path));
}

describe('the imports of src/', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await cruiseSrc(ROOT);
  }, 60_000);

  it('are read from every module, the front door and the bottom folder included', () => {
    const sources = result.modules.map((m) => m.source);
    expect(sources).toEqual(expect.arrayContaining(['src/index.ts', 'src/model/types.ts', 'src/faces/desk.ts', 'src/cli/main.ts']));
    expect(result.summary.totalDependenciesCruised).toBeGreaterThan(100);
  });

  it('break no rule: no cycle, each folder imports only the folders below it, the core stays free of Node and packages', () => {
    expect(result.summary.violations.map(line)).toEqual([]);
  });

  it('come only from modules in a folder of the layout (a folder must be added to it before use)', () => {
    const known = inLayout(result);
    const strays = result.modules.map((m) => m.source).filter((path) => path.startsWith('src/') && !known(path));
    expect(strays).toEqual([]);
  });
});

// A small tree that breaks each rule once, so that the test above can be seen to fail.
describe('the rules, tried on a tree that breaks each of them', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await cruiseSrc(FIXTURE);
  }, 60_000);

  it.each([
    ['no-circular', 'src/model/a.ts'],
    ['layer-model', 'src/model/a.ts → src/errors/failure.ts'],
    ['core-no-node', 'src/model/a.ts → fs'],
    ['core-only-japanese-holidays', 'src/model/a.ts → '],
    ['faces-only-from-entries', 'src/format/words.ts → src/faces/status.ts'],
    ['layer-schedule', 'src/schedule/plan.ts → src/index.ts'],
    ['layer-connect', 'src/connect/handler.ts → src/twilio/voice.ts'],
    ['not-to-unresolvable', 'src/ical/export.ts → ./gone.js'],
    ['not-in-layout', 'src/extra/extra.ts → src/format/words.ts'],
  ])('%s catches %s', (rule, dependency) => {
    const found = result.summary.violations.map(line).filter((l) => l.startsWith(`${rule}: ${dependency}`));
    expect(found).not.toEqual([]);
  });

  it('lets an entry import the front door, as a user imports the package', () => {
    const fromIcal = result.modules.find((m) => m.source === 'src/ical/export.ts')?.dependencies.map((d) => d.resolved);
    expect(fromIcal).toContain('src/index.ts');
    expect(result.summary.violations.filter((v) => v.from === 'src/ical/export.ts').map((v) => v.rule.name)).toEqual(['not-to-unresolvable']);
  });

  it('catches a module outside the layout that imports nothing', () => {
    const known = inLayout(result);
    expect(result.modules.map((m) => m.source).filter((path) => path.startsWith('src/') && !known(path))).toEqual(['src/extra/alone.ts', 'src/extra/extra.ts']);
  });
});
