// Mutation testing of the library core. Left out: the CLI (its tests run the built program) and the
// platform faces (element, connect, twilio, http), whose tests run browsers, servers and CDK synthesis,
// and the Node build's loader of japanese-holidays (src/node), tested through the packed package.
// Run with `npm run mutation`; the score goes in the README with the date.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/element/**', '!src/connect/**', '!src/twilio/**', '!src/http/**', '!src/node/**', '!src/**/*.d.ts', '!src/index.ts', '!src/presets/desknets-cloud.compiled.ts'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};
