// JST, the zone a floating time (no TZID, no Z) is read in: the terms speak only JST.
export { JST_OFFSET_MS } from '../time/constants.js';

/**
 * Windows time-zone names that calendar exports write in TZID without a VTIMEZONE block, mapped to
 * IANA names (from the CLDR windowsZones table; only zones without daylight saving that a Japanese
 * company's calendar is likely to use).
 */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formats.set(zone, format);
  }
  return format;
}

/**
 * The IANA zone a TZID names without a VTIMEZONE block: an IANA name the runtime knows (quotes and
 * a leading `/` or `/mozilla.org/…/` as some exporters write them are dropped), or a known Windows
 * name; else undefined.
 *
 * @example
 * ```ts
 * ianaZone('Tokyo Standard Time'); //=> 'Asia/Tokyo'
 * ianaZone('Mars/Olympus'); //=> undefined
 * ```
 */
export function ianaZone(tzid: string): string | undefined {
  // Older Mozilla and Lotus exports prefix the IANA name: /mozilla.org/20050126_1/Asia/Tokyo, /Asia/Tokyo.
  const name = tzid.replace(/^"|"$/g, '').replace(/^\/(?:mozilla\.org\/[^/]+\/)?/, '');
  const zone = WINDOWS_ZONES[name] ?? name;
  return formatFor(zone) === null ? undefined : zone;
}

/** Offset of `zone` from UTC at an instant, in ms. */
function offsetAt(zone: string, epochMs: number): number {
  const format = formatFor(zone) as Intl.DateTimeFormat;
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(epochMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in an IANA zone. A time skipped by a clock change is read with
 * the offset before it, a repeated one as its first occurrence (RFC 5545 §3.3.5).
 *
 * @param wallMs - the wall-clock time as if it were UTC (`Date.UTC(y, m - 1, d, h, min, s)`)
 * @example
 * ```ts
 * new Date(instantInZone('Asia/Tokyo', Date.UTC(2026, 11, 17, 13))).toISOString(); //=> '2026-12-17T04:00:00.000Z'
 * ```
 */
export function instantInZone(zone: string, wallMs: number): number {
  const before = offsetAt(zone, wallMs - 86_400_000);
  const after = offsetAt(zone, wallMs + 86_400_000);
  const candidates = [wallMs - before, wallMs - after].filter((t) => t + offsetAt(zone, t) === wallMs).sort((a, b) => a - b);
  return candidates[0] ?? wallMs - before;
}
