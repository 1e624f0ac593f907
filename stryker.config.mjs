// Mutation testing of the library core (the CLI is left out: its tests run the built program).
// Run with `npm run mutation`; the score goes in the README with the date.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/**/*.d.ts', '!src/index.ts'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};
