import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      luxon: 'src/adapters/luxon.ts',
      'js-joda': 'src/adapters/js-joda.ts',
      ical: 'src/ical/index.ts',
      http: 'src/http/index.ts',
      'http-lambda': 'src/http/lambda.ts',
      // The words (vocabulary, spoken numbers, transfer speech) for faces built outside this package.
      format: 'src/format/index.ts',
    },
    format: ['esm', 'cjs'],
    // madoguchi/http speaks Request and Response: the Web platform's types (the core uses none).
    dts: { compilerOptions: { lib: ['ES2022', 'DOM'] } },
    sourcemap: true,
    clean: true,
    // Shared chunks in both formats, so every entry sees one MadoguchiError class (instanceof works).
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['japanese-holidays', 'luxon', '@js-joda/core', 'ical.js'],
  },
  {
    // `madoguchi serve` is two files of its own, loaded only by that command: the other commands stay
    // one file with no HTTP code in it and answer without ical.js; serve checks for ical.js before
    // it loads serve-server.js, whose bundled code imports it.
    entry: { cli: 'src/cli/main.ts', serve: 'src/cli/serve.ts', 'serve-server': 'src/cli/serve-server.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    external: ['japanese-holidays', 'ical.js', './serve.js', './serve-server.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
