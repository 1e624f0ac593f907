import { expect } from 'vitest';
import type { Desk } from '../../src/index.js';
import { type RefOptions, refStatus } from './reference.js';

/** The desk's answer at t in the reference's shape. */
export function deskAnswer(desk: Desk, t: number) {
  const s = desk.status(t);
  return {
    open: s.open,
    line: s.line?.id ?? null,
    reason: s.closed?.reason ?? null,
    next: s.next ? ([s.next.line.id, s.next.opensAt.getTime()] as const) : null,
  };
}

/** Compares the desk with the reference at every instant; fails listing the first disagreements. */
export function expectAgreement(desk: Desk, options: RefOptions, instants: Iterable<number>): number {
  const disagreements: string[] = [];
  let checked = 0;
  for (const t of instants) {
    checked++;
    const ours = deskAnswer(desk, t);
    const theirs = refStatus(t, options);
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      disagreements.push(`${new Date(t).toISOString()}: desk ${JSON.stringify(ours)} reference ${JSON.stringify(theirs)}`);
      if (disagreements.length >= 10) break;
    }
  }
  expect(disagreements).toEqual([]);
  return checked;
}

/** A seeded generator of instants, so a failure names an instant that can be replayed. */
export function* randomInstants(count: number, from: number, to: number, seed: number): Generator<number> {
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const hi = s;
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield from + Math.floor(((hi * 2 ** 32 + s) / 2 ** 64) * (to - from));
  }
}

/** Every minute boundary of a day, and a millisecond either side of it. */
export function* minuteBoundaries(fromMs: number, days: number): Generator<number> {
  for (let m = 0; m < days * 1440; m++) {
    const t = fromMs + m * 60_000;
    yield t - 1;
    yield t;
    yield t + 1;
  }
}
