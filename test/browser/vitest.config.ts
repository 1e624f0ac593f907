import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The web page in real headless Chromium: run by .ci/steps/browser.sh (npm run test:browser), not
// by the default suite, which runs three times per CI run and must stay fast.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.browser.ts'],
    globalSetup: ['test/package/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
