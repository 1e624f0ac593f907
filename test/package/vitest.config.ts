import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The packed tarball installed as a user would: run by .ci/steps/pack-smoke.sh (npm run test:package),
// not by the default suite (it packs, installs and spawns Node, which takes seconds).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/package/**/*.smoke.ts'],
    globalSetup: ['test/package/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
