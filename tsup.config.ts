import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The Node build of the core entry loads japanese-holidays through require (src/node/japanese-holidays.ts):
// every other module's import of the package resolves to that module instead.
const requireJapaneseHolidays: Plugin = {
  name: 'require-japanese-holidays',
  setup(build) {
    const shim = fileURLToPath(new URL('src/node/japanese-holidays.ts', import.meta.url));
    build.onResolve({ filter: /^japanese-holidays$/ }, ({ importer }) => (importer === shim ? undefined : { path: shim }));
  },
};

// The core entry is one file: a page or process that imports only 'madoguchi' loads one module
// (measured by `npm run bench:cold`: four shared chunks cost about 2.5 ms more to load). The other
// entries share chunks among themselves. A desk from either reaches the faces of the other, as its
// core hangs on a registered symbol (src/faces/registry.ts), and MadoguchiError's instanceof is a brand.
const library = {
  format: ['esm', 'cjs'],
  // madoguchi/http speaks Request and Response: the Web platform's types (the core uses none).
  dts: { compilerOptions: { lib: ['ES2022', 'DOM'] } },
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // 'madoguchi': the element loads createDesk on demand through the package's own name.
  external: ['japanese-holidays', 'luxon', '@js-joda/core', 'ical.js', 'madoguchi'],
} satisfies Options;

export default defineConfig([
  { ...library, entry: { index: 'src/index.ts' }, splitting: false },
  // The same entry for Node's `import` (the package's `node` condition), built for a process's start:
  // japanese-holidays through require (above), and minified, as Node reads it at every start while a
  // bundler minifies the default build itself (the source map names the sources; `npm run bench:cold`).
  {
    ...library,
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    splitting: false,
    // tsup makes every dependency external ahead of any plugin: this lets the plugin see the import.
    external: library.external.filter((name) => name !== 'japanese-holidays'),
    noExternal: ['japanese-holidays'],
    removeNodeProtocol: false,
    minify: true,
    esbuildPlugins: [requireJapaneseHolidays],
  },
  {
    ...library,
    entry: {
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
    // Shared chunks in both formats among these entries.
    splitting: true,
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
