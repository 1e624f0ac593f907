// The import rules of src/ (design notes, "Layout"), checked by test/architecture/imports.test.ts
// and by `npm run check:imports`. Each folder imports only folders listed before it in LAYOUT, so the
// folders form no cycle. src/index.ts, the package's front door, may import anything; the entries
// built on it (ENTRIES) may import it as a user imports 'madoguchi', and no-circular keeps the two
// from reaching each other.
// Adding a folder means adding it to LAYOUT at its place: a module outside these folders breaks the
// rule not-in-layout, which the test also applies to modules that import nothing.

/** The folders of src/, bottom first. */
const LAYOUT = [
  'model',
  'errors',
  'time',
  'phone',
  'calendar',
  'policy',
  'presets',
  'schedule',
  'faces',
  'format',
  'node',
  'adapters',
  'ical',
  'element',
  'connect',
  'twilio',
  'http',
  'cli',
];

/** The package's other entries, built on the desk's faces: only they import src/faces/ and src/index.ts. */
const ENTRIES = ['adapters', 'ical', 'element', 'connect', 'twilio', 'http', 'cli'];

/** The core: what runs in browsers and edge runtimes (no Node API, no npm package but japanese-holidays). */
const CORE = LAYOUT.slice(0, LAYOUT.indexOf('format') + 1);

const anyOf = (folders) => `^src/(${folders.join('|')})/`;

/** One rule per folder: within src/, only itself and the folders before it in LAYOUT. */
const layerRules = LAYOUT.map((folder, i) => ({
  name: `layer-${folder}`,
  comment: `src/${folder}/ may import only folders listed before it: ${LAYOUT.slice(0, i).join(', ') || '(none)'}${ENTRIES.includes(folder) ? ', and src/index.ts' : ''}.`,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: '^src/', pathNot: [anyOf(LAYOUT.slice(0, i + 1)), ...(ENTRIES.includes(folder) ? ['^src/index\\.ts$'] : [])] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module reaches itself through its imports, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'faces-only-from-entries',
      comment: `Only ${ENTRIES.join(', ')} and src/index.ts import src/faces/; format takes subjects, not desks.`,
      severity: 'error',
      from: { path: '^src/', pathNot: [anyOf([...ENTRIES, 'faces']), '^src/index\\.ts$'] },
      to: { path: '^src/faces/' },
    },
    {
      name: 'core-no-node',
      comment: 'The core runs in browsers and edge runtimes: no Node built-in module.',
      severity: 'error',
      from: { path: [anyOf(CORE), '^src/index\\.ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-only-japanese-holidays',
      comment: 'The core has one runtime dependency, japanese-holidays.',
      severity: 'error',
      from: { path: [anyOf(CORE), '^src/index\\.ts$'] },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/japanese-holidays/' },
    },
    {
      name: 'not-in-layout',
      comment: `Every module of src/ is src/index.ts or lives in a folder of the layout (${LAYOUT.join(', ')}).`,
      severity: 'error',
      from: { path: '^src/', pathNot: [anyOf(LAYOUT), '^src/index\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or a package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: src/model/ exists so that public types sit at the bottom too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
