import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import buildDist from '../package/build-dist.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('madoguchi/element where there is no DOM (Node, server rendering)', () => {
  beforeAll(() => buildDist(), 120_000);

  it('the source imports without touching HTMLElement or customElements, and defines nothing', async () => {
    expect('HTMLElement' in globalThis).toBe(false);
    const element = await import('../../src/element/index.js');
    expect(element.defineMadoguchiContact()).toBe(false);
    expect('customElements' in globalThis).toBe(false);
  });

  it('the built ES module imports in plain Node by its package name', () => {
    expect(node(['--input-type=module', '-e', "const m = await import('madoguchi/element'); console.log(m.defineMadoguchiContact())"]).trim()).toBe('false');
  });

  it('the built CommonJS module requires in plain Node by its package name', () => {
    expect(node(['-e', "console.log(require('madoguchi/element').defineMadoguchiContact())"]).trim()).toBe('false');
  });
});
