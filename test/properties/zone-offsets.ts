// Host-zone facts taken from the platform's time zone data through Intl with an explicit
// timeZone, so they do not depend on process.env.TZ (which the tests switch) nor on madoguchi.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of `zone` at instant `t`, in minutes (e.g. -420 for -07:00). */
export function offsetMinutes(zone: string, t: number): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, f);
  }
  const name = f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name} for ${zone}`);
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The instants of `year` at which `zone` changes its offset (first millisecond of the new offset). */
export function transitions(zone: string, year: number): number[] {
  const found: number[] = [];
  for (let month = 0; month < 12; month++) {
    let lo = Date.UTC(year, month, 1);
    let hi = Date.UTC(year, month + 1, 1);
    const before = offsetMinutes(zone, lo);
    if (offsetMinutes(zone, hi) === before) continue;
    // The zones under test change at most once a month: bisect down to the millisecond.
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

/** `t` as an RFC 3339 string in `zone`'s wall-clock time with its offset, e.g. `2026-03-08T03:00:00.000-07:00`. */
export function isoIn(zone: string, t: number): string {
  const off = offsetMinutes(zone, t);
  const abs = Math.abs(off);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(t + off * 60_000).toISOString().slice(0, 23)}${off < 0 ? '-' : '+'}${hh}:${mm}`;
}
