import { describe, expect, it } from 'vitest';
import { desk } from '../../src/index.js';
import { expectAgreement, minuteBoundaries, randomInstants } from './agreement.js';
import { closuresForReference, withClosures } from './options.js';

// npm run test:reference: the long run, kept out of the default suite.
const PRESET = {};
const FROM = Date.parse('2020-07-01T00:00:00+09:00');
const TO = Date.parse('2050-12-01T00:00:00+09:00');

describe('the desk against the independent reference, at length', () => {
  it('agrees on 500,000 random instants 2020-07..2050, preset desk', () => {
    const n = expectAgreement(desk, PRESET, randomInstants(500_000, FROM, TO, 20261125));
    console.log(`checked ${n} instants (preset)`);
    expect(n).toBe(500_000);
  });

  it('agrees on 500,000 random instants 2020-07..2050, with company holidays and overrides', () => {
    const n = expectAgreement(withClosures, closuresForReference, randomInstants(500_000, FROM, TO, 7));
    console.log(`checked ${n} instants (company holidays and overrides)`);
    expect(n).toBe(500_000);
  });

  it('agrees at every minute boundary (±1 ms) of the whole year 2026', () => {
    const n = expectAgreement(withClosures, closuresForReference, minuteBoundaries(Date.parse('2026-01-01T00:00:00+09:00'), 365));
    console.log(`checked ${n} instants (every minute of 2026, ±1 ms)`);
    expect(n).toBe(365 * 1440 * 3);
  });
});
