import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The CLI tests run the built program, as a user would. Build only when dist/ is older than src/.
const newest = (dir: string): number =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));

export default function setup(): void {
  let built = 0;
  try {
    built = statSync('dist/cli.js').mtimeMs;
  } catch {
    // not built yet
  }
  if (built < newest('src')) execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
