import type { DeskOptions, OverrideInput } from '../../src/index.js';
import type { LineId, ReferenceClosure, ReferenceOptions, ReferenceOverride } from './reference.js';

/** Epoch ms of a JST wall-clock date (and optional time); written out so no library is involved. */
export const jst = (date: string, time = '00:00'): number => Date.parse(`${date}T${time}:00.000+09:00`);

/** The range sampled: the first day of edition 14 to the last day of the Cabinet Office list. */
export const SAMPLE_FROM = jst('2020-07-01');
export const SAMPLE_TO = jst('2051-01-01');
export const MS_PER_DAY = 86_400_000;

/** mulberry32: a small seeded PRNG, so a failing run can be repeated from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of this run: `MADOGUCHI_SEED` when set (to replay a failure), otherwise a fresh one. */
export function runSeed(): number {
  const given = process.env.MADOGUCHI_SEED;
  return given === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(given);
}

/** 当社休業日 of the tests: year-end holidays every year, and one named summer day. */
export const COMPANY_HOLIDAYS: DeskOptions['companyHolidays'] = ['--12-29/--01-03', { date: '2026-08-14', name: '夏季休業' }];
export const isCompanyHoliday = (date: string): boolean => {
  const monthDay = date.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03' || date === '2026-08-14';
};

/** Overrides chosen by hand, each exercising one rule; comments give the day's situation. */
export const HAND_OVERRIDES: readonly ReferenceOverride[] = [
  { date: '2020-07-01', lineId: 'regular', windows: [['10:00', '11:00']] }, // the first day of the terms
  { date: '2021-03-10', lineId: 'regular', windows: [['9:00', '17:30']] }, // ed.14 Wednesday: lunch break filled
  { date: '2022-06-15', closed: true }, // ed.14 Wednesday, closed
  { date: '2023-02-06', lineId: 'night', closed: true }, // ed.15's first day, night line closed
  { date: '2026-08-13', closed: true }, // Thursday before the summer company holiday
  {
    date: '2026-10-07',
    lineId: 'regular',
    windows: [
      ['10:00', '11:00'],
      ['14:00', '16:00'],
    ],
  }, // shorter day: 'override' in the gaps
  { date: '2026-10-08', lineId: 'regular', windows: [['17:00', '19:00']] }, // overlaps the night line 18:00–20:00
  { date: '2026-10-09', lineId: 'regular', windows: [['0:00', '24:00']] }, // both lines all day
  { date: '2026-10-09', lineId: 'night', windows: [['0:00', '24:00']] },
  { date: '2021-03-11', windows: [['8:00', '20:00']] }, // ed.14 has one line: hours need no lineId
  { date: '2026-11-23', lineId: 'night', windows: [['18:00', '21:00']] }, // 勤労感謝の日 (Monday), night line opens
  { date: '2026-11-28', lineId: 'regular', windows: [['10:00', '15:00']] }, // Saturday opening
  { date: '2026-11-29', lineId: 'night', closed: true }, // Sunday: closing a closed line
  { date: '2026-12-28', lineId: 'night', closed: true }, // the design notes' example
  { date: '2026-12-30', lineId: 'regular', windows: [['9:00', '12:00']] }, // company holiday, regular opens
  { date: '2050-12-30', lineId: 'night', windows: [['20:00', '23:59']] }, // the last Friday sampled
];

const hm = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** 1–3 windows at whole minutes, apart from each other, within one day. */
function randomWindows(random: () => number): [string, string][] {
  const count = 1 + Math.floor(random() * 3);
  const points = new Set<number>();
  while (points.size < 2 * count) points.add(Math.floor(random() * 1441));
  const sorted = [...points].sort((a, b) => a - b);
  return Array.from({ length: count }, (_, i) => [hm(sorted[2 * i] as number), hm(sorted[2 * i + 1] as number)]);
}

/**
 * `count` overrides on distinct random dates (none of the hand-picked ones): a line or every line
 * closed, or given random windows. The lines named are those of the edition in force that day.
 */
export function randomOverrides(seed: number, count: number): ReferenceOverride[] {
  const random = prng(seed);
  const taken = new Set(HAND_OVERRIDES.map((o) => o.date));
  const found: ReferenceOverride[] = [];
  while (found.length < count) {
    const date = new Date(SAMPLE_FROM + 9 * 3_600_000 + Math.floor(random() * ((SAMPLE_TO - SAMPLE_FROM) / MS_PER_DAY)) * MS_PER_DAY)
      .toISOString()
      .slice(0, 10);
    if (taken.has(date)) continue;
    taken.add(date);
    const lines: LineId[] = date >= '2023-02-06' ? ['regular', 'night'] : ['regular'];
    const pick = random();
    if (pick < 0.2) found.push({ date, closed: true });
    else if (pick < 0.3 && lines.length === 1) found.push({ date, windows: randomWindows(random) });
    else {
      // One rule for one line, or one rule for each line.
      const chosen = lines.length === 1 || random() < 0.3 ? lines : [lines[Math.floor(random() * lines.length)] as LineId];
      for (const lineId of chosen) found.push(random() < 0.4 ? { date, lineId, closed: true } : { date, lineId, windows: randomWindows(random) });
    }
  }
  return found;
}

/** The same company holidays and overrides, in the desk's option shape and the reference's. */
export function withOptions(
  overrides: readonly ReferenceOverride[],
  closures: readonly ReferenceClosure[] = [],
): { deskOptions: DeskOptions; referenceOptions: ReferenceOptions } {
  // The desk is given the closures as an integrator writes them: ISO 8601 with +09:00, at whole minutes.
  const iso = (t: number): string => `${new Date(t + 9 * 3_600_000).toISOString().slice(0, 16)}+09:00`;
  const timed = closures.map((c) => ({ start: iso(c.start), end: iso(c.end), name: '臨時休業' }));
  return {
    deskOptions: { companyHolidays: [...(COMPANY_HOLIDAYS ?? []), ...timed], overrides: overrides as readonly OverrideInput[] },
    referenceOptions: { isCompanyHoliday, overrides, closures },
  };
}

/**
 * `count` company closures between two instants at whole minutes: most within a day (an afternoon,
 * an evening), some across midnight, some over several whole days, as calendars export them.
 */
export function randomClosures(seed: number, count: number): ReferenceClosure[] {
  const random = prng(seed ^ 0xc105ed);
  const minutes = Math.floor((SAMPLE_TO - SAMPLE_FROM) / 60_000);
  return Array.from({ length: count }, () => {
    const start = SAMPLE_FROM + Math.floor(random() * (minutes - 6 * 1440)) * 60_000;
    const pick = random();
    const length = pick < 0.6 ? 10 + Math.floor(random() * 600) : pick < 0.85 ? 600 + Math.floor(random() * 1440) : 1440 * (1 + Math.floor(random() * 4));
    return { start, end: start + length * 60_000 };
  });
}

/**
 * Random instants in [SAMPLE_FROM, SAMPLE_TO): mostly uniform over the whole range, a quarter on
 * `focusDays` (where overrides and company holidays live), and a third of all moved onto a minute
 * boundary or 1 ms either side of it, where windows open and close.
 */
export function instantSampler(random: () => number, focusDays: readonly string[]): () => number {
  // Two draws: one alone has 2^32 steps, coarser than a millisecond over thirty years.
  const uniform = (span: number): number => Math.floor((random() + random() / 4_294_967_296) * span);
  return () => {
    let t =
      focusDays.length > 0 && random() < 0.25
        ? jst(focusDays[Math.floor(random() * focusDays.length)] as string) + uniform(MS_PER_DAY)
        : SAMPLE_FROM + uniform(SAMPLE_TO - SAMPLE_FROM);
    if (random() < 1 / 3) t = Math.round(t / 60_000) * 60_000 + Math.floor(random() * 3) - 1;
    return Math.min(Math.max(t, SAMPLE_FROM), SAMPLE_TO - 1);
  };
}

/** Every minute boundary of the JST days `from`..`to` and 1 ms either side, within the sampled range. */
export function* minuteBoundaries(from: string, to: string): Generator<number> {
  for (let minute = jst(from); minute <= jst(to, '24:00'); minute += 60_000) {
    for (const t of [minute - 1, minute, minute + 1]) if (t >= SAMPLE_FROM && t < SAMPLE_TO) yield t;
  }
}
