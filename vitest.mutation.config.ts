import { defineConfig } from 'vitest/config';

// The unit suite without tests that run the built CLI or a browser: mutants live in src/, not dist/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', 'test/cli/**', 'test/browser/**', 'test/package/**', 'node_modules/**'],
  },
});
