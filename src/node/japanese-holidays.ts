/**
 * `japanese-holidays` for the Node build of the core entry (`dist/index.node.js`, chosen by the
 * package's `node` export condition); the build puts this module where the core imports the package.
 *
 * The package is CommonJS. Imported from an ES module, Node first sets up its CommonJS translator
 * and scans the file for export names, about 3 ms of a process's start (`npm run bench:cold`);
 * `require` through `createRequire` loads the same module in about half that. It is loaded on the
 * first holiday question, so an import that asks none (`madoguchi --help`) pays nothing for it.
 *
 * @example
 * ```ts
 * import JapaneseHolidays from 'japanese-holidays'; // in the Node build, this module
 * JapaneseHolidays.getHolidaysOf(2026); // [{ month: 1, date: 1, name: '元日' }, …]
 * ```
 */
import { createRequire } from 'node:module';

type JapaneseHolidays = typeof import('japanese-holidays').default;

let loaded: JapaneseHolidays | undefined;

const load = (): JapaneseHolidays => {
  loaded ??= createRequire(import.meta.url)('japanese-holidays') as JapaneseHolidays;
  return loaded;
};

/** The one function the core calls, with the package's own signature. */
const getHolidaysOf: JapaneseHolidays['getHolidaysOf'] = (year) => load().getHolidaysOf(year);

export default { getHolidaysOf };
