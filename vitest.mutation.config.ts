import { defineConfig } from 'vitest/config';

// The unit suite without tests that run the built CLI or a browser: mutants live in src/, not dist/.
// Also left out: tests that load no module of src/ (the architecture checks), tests whose work
// happens in child processes (a mutant is only active in the test process, so they cannot kill one)
// and the random agreement runs against the independent reference (10,000 instants), which would
// be repeated for every engine mutant and take most of the run's time.
// Files share one module graph (isolate: false): Stryker reruns tests per mutant, and re-importing
// src/ and fast-check for every file made two thirds of each run (26 s against 10 s for the suite).
export default defineConfig({
  test: {
    isolate: false,
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/**/*.slow.test.ts',
      'test/cli/**',
      'test/browser/**',
      'test/package/**',
      'test/architecture/**',
      // The platform faces are not mutated (stryker.config.mjs): their suites would only slow each mutant's run.
      'test/http/**',
      'test/connect/**',
      'test/twilio/**',
      'test/web/element*.test.ts',
      'test/**/agreement.test.ts',
      // Bundles of src/: under Stryker the sources are instrumented and keep every message.
      'test/errors/message-bundles.test.ts',
      'test/format/host-independence.test.ts',
      'test/properties/host-timezone.test.ts',
      'node_modules/**',
    ],
  },
});
