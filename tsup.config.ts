import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      luxon: 'src/adapters/luxon.ts',
      'js-joda': 'src/adapters/js-joda.ts',
      ical: 'src/ical/index.ts',
      connect: 'src/connect/index.ts',
      twilio: 'src/twilio/index.ts',
      element: 'src/element/index.ts',
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
    // 'madoguchi': the element loads createDesk on demand through the package's own name.
    external: ['japanese-holidays', 'luxon', '@js-joda/core', 'ical.js', 'madoguchi'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    // One file, no chunks: `madoguchi serve`, imported on demand, is inlined and set up only when run.
    splitting: false,
    external: ['japanese-holidays'],
    // ical.js is bundled: the installed CLI reads and writes .ics without an extra install, while
    // the library entries keep it an optional peer dependency.
    noExternal: ['ical.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
