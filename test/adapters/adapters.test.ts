import { Instant, LocalDate, ZonedDateTime } from '@js-joda/core';
import fc from 'fast-check';
import { DateTime, Interval } from 'luxon';
import { describe, expect, it } from 'vitest';
import { withJsJoda } from '../../src/adapters/js-joda.js';
import { withLuxon } from '../../src/adapters/luxon.js';
import { desk } from '../../src/index.js';
import { expectMadoguchiError } from '../helpers/expect-error.js';

const instant = fc.integer({ min: Date.parse('2020-07-01T00:00:00+09:00'), max: Date.parse('2099-12-01T00:00:00+09:00') });
const lx = withLuxon(desk);
const jj = withJsJoda(desk);

describe('madoguchi/luxon', () => {
  it('agrees with the core at random instants', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('Asia/Tokyo', 'UTC', 'America/New_York'), (t, zone) => {
        const dt = DateTime.fromMillis(t, { zone });
        const core = desk.status(t);
        const s = lx.status(dt);
        expect(s.open).toBe(core.open);
        expect(s.at.toMillis()).toBe(t);
        expect(s.closesAt?.toMillis()).toBe(core.closesAt?.getTime());
        expect(s.next?.opensAt.toMillis()).toBe(core.next?.opensAt.getTime());
        expect(s.closed).toEqual(core.closed);
        expect(lx.isOpen(dt, 'night')).toBe(desk.isOpen(t, 'night'));
        expect(lx.nextOpening(dt)?.opensAt.toMillis()).toBe(desk.nextOpening(t)?.opensAt.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('returns DateTimes in UTC+9 and takes an Interval for windows', () => {
    const next = lx.nextOpening(DateTime.fromISO('2026-11-21T10:00', { zone: 'Asia/Tokyo' }));
    expect(next?.opensAt.toISO()).toBe('2026-11-24T09:00:00.000+09:00');
    const week = Interval.fromDateTimes(DateTime.fromISO('2026-11-23T00:00+09:00'), DateTime.fromISO('2026-11-25T00:00+09:00'));
    expect(lx.windows(week).map((w) => w.opensAt.toISO())).toEqual(['2026-11-24T09:00:00.000+09:00', '2026-11-24T18:00:00.000+09:00']);
  });

  it('judges day() by the JST day of the instant, not the DateTime zone', () => {
    // 2026-11-22 20:00 in New York is 2026-11-23 10:00 in Tokyo: 勤労感謝の日.
    expect(lx.day(DateTime.fromISO('2026-11-22T20:00', { zone: 'America/New_York' })).closed?.reason).toBe('national-holiday');
  });

  it('rejects an invalid DateTime with INVALID_INSTANT', () => {
    expectMadoguchiError(() => lx.isOpen(DateTime.invalid('broken')), 'INVALID_INSTANT');
  });
});

describe('madoguchi/js-joda', () => {
  it('agrees with the core at random instants', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const i = Instant.ofEpochMilli(t);
        const core = desk.status(t);
        const s = jj.status(i);
        expect(s.open).toBe(core.open);
        expect(s.at.toInstant().toEpochMilli()).toBe(t);
        expect(s.next?.opensAt.toInstant().toEpochMilli()).toBe(core.next?.opensAt.getTime());
        expect(jj.isOpen(i, 'regular')).toBe(desk.isOpen(t, 'regular'));
      }),
      { numRuns: 200 },
    );
  });

  it('returns ZonedDateTimes at +09:00 and takes a LocalDate for day()', () => {
    expect(jj.isOpen(ZonedDateTime.parse('2026-11-25T17:29:59.999+09:00'))).toBe(true);
    expect(jj.isOpen(ZonedDateTime.parse('2026-11-25T17:30+09:00'))).toBe(false);
    expect(jj.nextOpening(ZonedDateTime.parse('2026-11-25T17:30+09:00'))?.opensAt.toString()).toBe('2026-11-25T18:00+09:00');
    const day = jj.day(LocalDate.parse('2026-11-23'));
    expect(day.closed?.name).toBe('勤労感謝の日');
  });

  it('rejects what is not an Instant or ZonedDateTime with INVALID_INSTANT', () => {
    expectMadoguchiError(() => jj.isOpen({} as Instant), 'INVALID_INSTANT');
  });
});
