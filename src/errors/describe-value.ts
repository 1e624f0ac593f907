/** Shows an offending input in an error message without ever throwing while doing so. */
export function describeValue(value: unknown): string {
  try {
    if (value == null || typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    // Said as a BigInt: "10" alone would read as the number the caller meant to pass.
    if (typeof value === 'bigint') return `${value}n (a BigInt)`;
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const ms = Date.prototype.getTime.call(value);
      return Number.isNaN(ms) ? 'Invalid Date' : `Date(${new Date(ms).toISOString()})`;
    }
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return 'a symbol';
    return 'an object';
  } catch {
    // A revoked Proxy or a hostile getter: say so rather than throw from an error message.
    return 'an unreadable value';
  }
}
