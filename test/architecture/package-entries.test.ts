import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// TypeScript under `moduleResolution: node10` (older projects) ignores `exports`: it finds a subpath's
// types only through `typesVersions`. `npm run check:package` (attw, default profile) proves the built
// files resolve; this test says which entry lacks its line before anything is built.
type Conditions = { require?: { types?: string }; import?: { types?: string } };
const typesOf = (c: Conditions) => c.require?.types ?? c.import?.types;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | Conditions>;
  typesVersions: Record<string, Record<string, string[]>>;
};

const subpaths = Object.entries(pkg.exports).filter(
  (entry): entry is [string, Conditions] => entry[0] !== '.' && typeof entry[1] === 'object' && typesOf(entry[1]) !== undefined,
);

describe('typesVersions, the way node10 resolution finds each entry', () => {
  it('finds subpath entries to check', () => {
    expect(subpaths.map(([path]) => path)).toEqual(expect.arrayContaining(['./luxon', './js-joda', './ical']));
  });

  it.each(subpaths)('maps %s to the types its require condition names (or import, for an ES-only entry)', (path, conditions) => {
    expect(pkg.typesVersions['*']?.[path.slice(2)]).toEqual([typesOf(conditions)]);
  });

  it('maps nothing that is not an entry', () => {
    const entries = new Set(subpaths.map(([path]) => path.slice(2)));
    expect(Object.keys(pkg.typesVersions['*'] ?? {}).filter((key) => !entries.has(key))).toEqual([]);
  });
});
