/**
 * The page's clock: the real one, or, with `?at=<ISO instant with offset>`, one that starts at that
 * instant and runs on in real time, so a test or a demo sees the page change as a visitor would.
 *
 * @param {string} search - `location.search`
 * @param {(iso: string) => number} parse - epoch milliseconds of an ISO instant; throws on a bad one
 * @returns {() => number} epoch milliseconds now
 */
export function clockFrom(search, parse) {
  const at = new URLSearchParams(search).get('at');
  if (at === null) return () => Date.now();
  const start = parse(at);
  const t0 = performance.now();
  return () => start + Math.floor(performance.now() - t0);
}
