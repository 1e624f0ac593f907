import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The adapters' libraries are optional peer dependencies: only their own entry points may load them.
const src = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const core = files(src)
  .filter((f) => !relative(src, f).startsWith('adapters'))
  .map((f) => [relative(src, f), readFileSync(f, 'utf8')] as const);
const SPECIFIER = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the core imports no adapter library', () => {
  it('finds core modules to check', () => {
    expect(core.map(([path]) => path)).toContain('index.ts');
  });

  it.each(core)('src/%s imports neither luxon nor @js-joda/*', (_, text) => {
    const specifiers = [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(specifiers.filter((s) => s === 'luxon' || s?.startsWith('@js-joda/'))).toEqual([]);
  });
});
