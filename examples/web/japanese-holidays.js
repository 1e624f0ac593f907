// japanese-holidays ships as a script that sets window.JapaneseHolidays when no CommonJS `module`
// exists. index.html loads that script first; the import map points the bare specifier here, so
// dist/index.js gets it as the default export, as it does in Node and in bundlers.
export default globalThis.JapaneseHolidays;
