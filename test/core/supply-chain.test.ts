import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('supply chain', () => {
  it('has exactly one runtime dependency, pinned: japanese-holidays', () => {
    expect(pkg.dependencies).toEqual({ 'japanese-holidays': '1.0.10' });
  });

  it('keeps the adapters’ libraries optional peers', () => {
    for (const name of ['luxon', '@js-joda/core', 'ical.js']) expect(pkg.peerDependenciesMeta[name]).toEqual({ optional: true });
  });

  it('runs no script when a user installs it', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) expect(pkg.scripts[hook]).toBeUndefined();
  });

  it('installs no runtime package that runs an install script', () => {
    const runtime = Object.entries(lock.packages as Record<string, { dev?: boolean; hasInstallScript?: boolean; optional?: boolean }>).filter(
      ([path, p]) => path !== '' && !p.dev,
    );
    expect(runtime.map(([path]) => path)).toEqual(['node_modules/japanese-holidays']);
    expect(runtime.some(([, p]) => p.hasInstallScript)).toBe(false);
  });

  it('declares the Node versions it supports and ships a lockfile', () => {
    expect(pkg.engines.node).toBe('>=20');
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
  });
});
