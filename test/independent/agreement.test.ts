import { describe, expect, it } from 'vitest';
import { desk } from '../../src/index.js';
import { expectAgreement, minuteBoundaries, randomInstants } from './agreement.js';
import { closuresForReference, withClosures } from './options.js';

const PRESET = {};
const FROM = Date.parse('2020-07-01T00:00:00+09:00');
const TO = Date.parse('2050-12-01T00:00:00+09:00');

describe('the desk against an independent reference (luxon + @holiday-jp/holiday_jp)', () => {
  it('agrees on 10,000 random instants, preset desk', () => {
    expect(expectAgreement(desk, PRESET, randomInstants(10_000, FROM, TO, 1))).toBe(10_000);
  }, 60_000);

  it('agrees on 10,000 random instants, with company holidays and overrides', () => {
    expect(expectAgreement(withClosures, closuresForReference, randomInstants(10_000, FROM, TO, 2))).toBe(10_000);
  }, 60_000);

  it.each([
    ['an edition 14 weekday', '2022-11-16'],
    ['an edition 15 weekday', '2026-11-25'],
    ['the edition switch', '2023-02-06'],
    ['the overridden night line', '2026-12-28'],
    ['the shortened regular line', '2030-11-26'],
    ['the emergency closure', '2031-03-03'],
    ['the Saturday opening', '2031-03-08'],
  ])(
    'agrees at every minute boundary (±1 ms) of %s, %s',
    (_, date) => {
      expectAgreement(withClosures, closuresForReference, minuteBoundaries(Date.parse(`${date}T00:00:00+09:00`), 1));
    },
    60_000,
  );
});
