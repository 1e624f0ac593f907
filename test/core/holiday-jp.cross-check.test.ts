import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { createDesk, desknetsCloud, type PolicyInput } from '../../src/index.js';
import knownDifferences from './holiday-jp.known-differences.json' with { type: 'json' };

// @holiday-jp/holiday_jp carries the Cabinet Office's list (through 2050-11-23): an independent
// source for every holiday the desk reports. Names differ by convention (休日 for 国民の休日,
// "こどもの日 振替休日" for 振替休日), so presence is compared, and names where they are the same.
const from2020: PolicyInput = { ...desknetsCloud, editions: [{ ...(desknetsCloud.editions[1] as PolicyInput['editions'][number]), effective: '2020-01-01' }] };
const early = createDesk(from2020);

function* daysBetween(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

describe('the holiday calendar against @holiday-jp/holiday_jp, 2020–2050', () => {
  const theirs = holidayJp.holidays as Record<string, { name: string }>;
  const found: { date: string; desk: string | null; holidayJp: string | null }[] = [];
  const sameName: string[] = [];
  for (const date of daysBetween('2020-01-01', '2050-12-31')) {
    const ours = early.day(date).holiday?.name ?? null;
    const other = theirs[date]?.name ?? null;
    if ((ours === null) !== (other === null)) found.push({ date, desk: ours, holidayJp: other });
    else if (ours !== null && ours === other) sameName.push(date);
  }

  it('disagrees on no day except the reviewed ones', () => {
    expect(found).toEqual(knownDifferences.map(({ date, desk, holidayJp }) => ({ date, desk, holidayJp })));
  });

  it('compared a plausible number of holidays by name', () => {
    // About 16–18 holidays a year over 31 years; most names agree letter for letter.
    expect(sameName.length).toBeGreaterThan(400);
    expect(sameName.length).toBeLessThan(600);
  });
});
