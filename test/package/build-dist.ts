import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// What the packed package and the web page load; the oldest of them must be newer than every input.
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'luxon.js', 'luxon.cjs', 'js-joda.js', 'js-joda.cjs', 'cli.js'];
const INPUTS = ['src', 'package.json', 'tsup.config.ts'];

const newest = (path: string): number => {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
};
const oldestOutput = (): number => {
  try {
    return Math.min(...OUTPUTS.map((name) => statSync(join(ROOT, 'dist', name)).mtimeMs));
  } catch {
    return 0;
  }
};

/** Vitest globalSetup: runs `npm run build` (tsup, every entry) when dist/ is missing or older than its inputs. */
export default function setup(): void {
  if (oldestOutput() < Math.max(...INPUTS.map((p) => newest(join(ROOT, p))))) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
