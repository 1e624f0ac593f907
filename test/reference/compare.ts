import type { Desk, Opening } from '../../src/index.js';
import { BEYOND, LAST_KNOWN_DATE, type LineId, type Reference, type ReferenceWindow } from './reference.js';
import { jst } from './scenarios.js';

const LINES: readonly LineId[] = ['regular', 'night'];
const AFTER_KNOWN = jst(LAST_KNOWN_DATE, '24:00');

const showWindow = (w: ReferenceWindow | null): string =>
  w === null ? 'null' : `${w.line} ${new Date(w.opensAt).toISOString()}–${new Date(w.closesAt).toISOString()}`;
const asWindow = (o: Opening | null): ReferenceWindow | null =>
  o === null ? null : { line: o.line.id as LineId, opensAt: o.opensAt.getTime(), closesAt: o.closesAt.getTime() };

/**
 * Compares one "next opening" answer. Where the reference cannot see far enough (its holiday list
 * ends), only what it does know is checked: the desk's answer lies beyond that list.
 */
function sameNext(ours: Opening | null, theirs: ReferenceWindow | typeof BEYOND | null): boolean {
  const mine = asWindow(ours);
  if (theirs === BEYOND) return mine !== null && mine.opensAt >= AFTER_KNOWN;
  if (mine === null || theirs === null) return mine === theirs;
  return mine.line === theirs.line && mine.opensAt === theirs.opensAt && mine.closesAt === theirs.closesAt;
}

/**
 * Every way the desk and the reference disagree at instant `t`: status (edition, open, line,
 * closesAt, closed reason, next), `isOpen` for any line and for each line, `nextOpening` per line.
 * Empty when they agree.
 */
export function disagreementsAt(desk: Desk, reference: Reference, t: number): string[] {
  const found: string[] = [];
  const differ = (what: string, ours: unknown, theirs: unknown): void => {
    found.push(`${what}: desk ${String(ours)}, reference ${String(theirs)}`);
  };
  const s = desk.status(t);
  const r = reference.status(t);
  if (s.edition !== r.edition) differ('edition', s.edition, r.edition);
  if (s.open !== r.open) differ('open', s.open, r.open);
  if ((s.line?.id ?? null) !== r.line) differ('line', s.line?.id ?? null, r.line);
  if ((s.closesAt?.getTime() ?? null) !== r.closesAt)
    differ('closesAt', s.closesAt?.toISOString() ?? null, r.closesAt === null ? null : new Date(r.closesAt).toISOString());
  if ((s.closed?.reason ?? null) !== r.reason) differ('closed reason', s.closed?.reason ?? null, r.reason);
  if (!sameNext(s.next, r.next)) differ('status next', showWindow(asWindow(s.next)), r.next === BEYOND ? BEYOND : showWindow(r.next));
  if (desk.isOpen(t) !== r.open) differ('isOpen()', desk.isOpen(t), r.open);
  for (const line of LINES) {
    const open = reference.isOpen(t, line);
    if (desk.isOpen(t, line) !== open) differ(`isOpen(${line})`, !open, open);
    const ours = desk.nextOpening(t, line);
    const theirs = reference.nextOpening(t, line);
    if (!sameNext(ours, theirs)) differ(`nextOpening(${line})`, showWindow(asWindow(ours)), theirs === BEYOND ? BEYOND : showWindow(theirs));
  }
  return found;
}

/** A line of a failure report: the instant in UTC and JST, then what differs. */
export const describeDisagreement = (t: number, found: readonly string[]): string =>
  `${new Date(t).toISOString()} (${new Date(t + 9 * 3_600_000).toISOString().replace('Z', '+09:00 JST')}, ${t} ms): ${found.join('; ')}`;
