import fc from 'fast-check';
import { afterEach, beforeEach, expect, it, describe as suite, vi } from 'vitest';
import { createDesk, type Desk, describe, desk, desknetsCloud, type Status, watch } from '../../src/index.js';

// Expectations from 第6条 (edition 15: 通常窓口 0120-365-800 9:00–17:30, 夜間延長窓口 0800-777-9984
// 18:00–20:00, weekdays but national and company holidays) and the National Holidays Act; JST.
const jst = (wall: string): number => Date.parse(`${wall}+09:00`);
const MAX_TIMER = 2 ** 31 - 1;

/** A listener that keeps what it was given, with the instant (by the faked clock) of each call. */
function recorder() {
  const calls: { at: number; status: Status }[] = [];
  const listener = (status: Status) => calls.push({ at: Date.now(), status });
  return { calls, listener };
}

/** `setTimeout` as watch sees it, recording every delay asked for. */
function delaysAsked(): number[] {
  const delays: number[] = [];
  const original = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
    delays.push(ms ?? 0);
    return original(callback, ms);
  }) as typeof setTimeout);
  return delays;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

suite('watch: the listener now and at each change', () => {
  it('calls the listener at once with the status of now', () => {
    vi.setSystemTime(jst('2026-11-25T10:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.status.open).toBe(true);
    expect(calls[0]?.status.line?.tel).toBe('0120-365-800');
    expect(calls[0]?.status.at.getTime()).toBe(jst('2026-11-25T10:00:00'));
    stop();
  });

  it('calls again at 17:30:00.000 exactly, not a millisecond before, with the night line next at 18:00', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:59.900'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.advanceTimersByTime(99);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.at).toBe(jst('2026-11-25T17:30:00'));
    expect(calls[1]?.status.open).toBe(false);
    expect(calls[1]?.status.next?.line.tel).toBe('0800-777-9984');
    expect(calls[1]?.status.next?.opensAt.getTime()).toBe(jst('2026-11-25T18:00:00'));
    stop();
  });

  it.each([
    ['2026-11-25T19:59:59.900', '2026-11-25T20:00:00', 'the night line closes at 20:00'],
    ['2026-11-23T23:59:58', '2026-11-24T00:00:00', 'midnight after 勤労感謝の日: the next opening becomes today'],
    ['2026-11-25T08:59:59', '2026-11-25T09:00:00', 'the regular line opens at 9:00'],
    ['2023-02-05T23:59:59', '2023-02-06T00:00:00', 'edition 15 takes effect on Monday 2023-02-06'],
  ])('from %s calls next at %s (%s)', (start, expected) => {
    vi.setSystemTime(jst(start));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.advanceTimersByTime(jst(expected) - jst(start) - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.at)).toEqual([jst(start), jst(expected)]);
    stop();
  });

  it('gives the listener what desk.status gives at that instant', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:59'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.advanceTimersByTime(1000);
    expect(calls.map((c) => JSON.stringify(c.status))).toEqual([
      JSON.stringify(desk.status(jst('2026-11-25T17:29:59'))),
      JSON.stringify(desk.status(jst('2026-11-25T17:30:00'))),
    ]);
    stop();
  });

  it('follows a working week: each opening and closing once, and midnight only when the words change', () => {
    vi.setSystemTime(jst('2026-11-24T08:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.advanceTimersByTime(jst('2026-11-25T08:00:00') - jst('2026-11-24T08:00:00'));
    // Tuesday: 9:00 opens, 17:30 closes, 18:00 night opens, 20:00 closes; midnight turns 明日 9:00 into 本日.
    expect(calls.map((c) => new Date(c.at).toISOString())).toEqual(
      ['2026-11-24T08:00:00', '2026-11-24T09:00:00', '2026-11-24T17:30:00', '2026-11-24T18:00:00', '2026-11-24T20:00:00', '2026-11-25T00:00:00'].map((w) =>
        new Date(jst(w)).toISOString(),
      ),
    );
    stop();
  });
});

suite('watch: long waits', () => {
  const closure = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-01/2027-02-26', name: '長期休業' }] });

  it('a 90-day company closure is one call at its start and one at its end, with one timer pending throughout', () => {
    vi.setSystemTime(jst('2026-12-01T10:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(closure, listener);
    const end = jst('2027-02-27T00:00:00'); // a Saturday: the closure ends, the weekend begins
    for (let t = jst('2026-12-01T10:00:00'); t < end - 86_400_000; t += 86_400_000) {
      vi.advanceTimersByTime(86_400_000);
      expect(vi.getTimerCount()).toBe(1);
    }
    vi.advanceTimersByTime(end - 1 - Date.now());
    expect(calls).toHaveLength(1);
    expect(calls[0]?.status.closed?.reason).toBe('company-holiday');
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.at).toBe(end);
    expect(calls[1]?.status.closed?.reason).toBe('weekend');
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('never asks for a timer of 2^31 − 1 ms or more across a 10-year closure, and calls once at its end', () => {
    const delays = delaysAsked();
    const decade = createDesk(desknetsCloud, { companyHolidays: ['2027-01-01/2036-12-31'] });
    vi.setSystemTime(jst('2027-01-01T12:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(decade, listener);
    const end = jst('2037-01-01T00:00:00'); // 元日: a national holiday follows the company closure
    vi.advanceTimersByTime(end - 1 - Date.now());
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.status.closed?.reason).toBe('national-holiday');
    expect(delays.length).toBeGreaterThan(0);
    expect(Math.max(...delays)).toBeLessThan(MAX_TIMER);
    stop();
  });

  it('stops asking for timers past the supported range (2099-12-31 JST)', () => {
    vi.setSystemTime(jst('2099-12-31T21:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});

suite('watch: sleep, frozen tabs and clock jumps', () => {
  it('a timer that fires late (the machine slept past two changes) gives one call with the status of now', () => {
    vi.setSystemTime(jst('2026-11-25T17:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    // Asleep from 17:00: the wall clock moves on to 18:05 while the timer for 17:30 has not run.
    vi.setSystemTime(jst('2026-11-25T18:05:00'));
    vi.advanceTimersToNextTimer();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.status.line?.tel).toBe('0800-777-9984');
    stop();
  });

  it('a clock set back before the timer fires waits again instead of calling early', () => {
    vi.setSystemTime(jst('2026-11-25T17:00:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.advanceTimersByTime(10 * 60_000);
    vi.setSystemTime(jst('2026-11-25T16:00:00'));
    vi.advanceTimersToNextTimer(); // due at 17:30 by the old clock: by the wall clock it is 16:50
    expect(calls.at(-1)?.status.open).toBe(true);
    expect(calls).toHaveLength(1);
    stop();
  });

  it('re-reads at once when a hidden page becomes visible, and calls only when something changed', () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('document', document);
    vi.setSystemTime(jst('2026-11-25T17:50:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toHaveLength(1); // nothing changed: no second call
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.setSystemTime(jst('2026-11-25T18:05:00')); // a frozen tab: its timer for 18:00 never ran
    document.visibilityState = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toHaveLength(2);
    expect(calls[1]?.status.line?.tel).toBe('0800-777-9984');
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });

  it('re-reads on pageshow (a page restored from the back/forward cache)', () => {
    const window = new EventTarget();
    vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
    vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
    vi.setSystemTime(jst('2026-11-25T17:50:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.setSystemTime(jst('2026-11-25T18:05:00'));
    window.dispatchEvent(new Event('pageshow'));
    expect(calls).toHaveLength(2);
    stop();
    vi.setSystemTime(jst('2026-11-25T20:05:00'));
    window.dispatchEvent(new Event('pageshow'));
    expect(calls).toHaveLength(2);
  });
});

suite('watch: stopping', () => {
  it('stop() clears its timer and no call follows', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(calls).toHaveLength(1);
  });

  it('an AbortSignal stops it like stop()', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:00'));
    const controller = new AbortController();
    const { calls, listener } = recorder();
    watch(desk, listener, { signal: controller.signal });
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(calls).toHaveLength(1);
  });

  it('an already aborted signal calls nothing and sets no timer', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:00'));
    const { calls, listener } = recorder();
    watch(desk, listener, { signal: AbortSignal.abort() });
    expect(calls).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps watching after a listener throws from a timer', () => {
    vi.setSystemTime(jst('2026-11-25T17:29:59'));
    let n = 0;
    const stop = watch(desk, () => {
      n++;
      if (n === 2) throw new Error('listener failed');
    });
    expect(() => vi.advanceTimersByTime(1000)).toThrow('listener failed');
    vi.advanceTimersByTime(30 * 60_000);
    expect(n).toBe(3);
    stop();
  });

  it('reads time from the desk clock', () => {
    let now = jst('2026-11-28T12:00:00'); // a Saturday
    const fixed: Desk = createDesk(desknetsCloud, { clock: () => now });
    const { calls, listener } = recorder();
    const stop = watch(fixed, listener);
    expect(calls[0]?.status.closed?.reason).toBe('weekend');
    now = jst('2026-11-30T10:00:00');
    vi.advanceTimersToNextTimer();
    expect(calls.at(-1)?.status.open).toBe(true);
    stop();
  });
});

suite('watch: a call whenever the sentence changes, and only at a change', () => {
  const closures = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-01/2027-02-26', name: '長期休業' }, '--08-13/--08-15'] });

  it('for random starts over four days, calls at every instant where describe() changes, and nowhere but at desk.nextChange instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: jst('2026-01-01T00:00:00'), max: jst('2029-12-27T00:00:00') }), fc.boolean(), (start, closed) => {
        const d = closed ? closures : desk;
        const end = start + 4 * 86_400_000;
        const changes: number[] = [];
        const sentence = (t: number) => `${describe(d.status(t), { locale: 'ja' })}|${describe(d.status(t), { locale: 'en' })}`;
        const expected: number[] = [];
        for (let t = start, c = d.nextChange(t); c !== null && c.getTime() <= end; t = c.getTime(), c = d.nextChange(t)) {
          changes.push(c.getTime());
          if (sentence(c.getTime()) !== sentence(t)) expected.push(c.getTime());
        }
        vi.setSystemTime(start);
        const { calls, listener } = recorder();
        const stop = watch(d, listener);
        vi.advanceTimersByTime(end - start);
        stop();
        const at = calls.slice(1).map((c) => c.at);
        for (const t of expected) expect(at).toContain(t);
        for (const t of at) expect(changes).toContain(t);
      }),
      { numRuns: 40 },
    );
  });
});

suite('watch: a page unfrozen by the browser', () => {
  it("re-reads on the document's resume event (Page Lifecycle) after its timers were frozen", () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('document', document);
    vi.setSystemTime(jst('2026-11-25T17:50:00'));
    const { calls, listener } = recorder();
    const stop = watch(desk, listener);
    vi.setSystemTime(jst('2026-11-25T18:05:00'));
    document.dispatchEvent(new Event('resume'));
    expect(calls).toHaveLength(2);
    expect(calls[1]?.status.line?.tel).toBe('0800-777-9984');
    stop();
  });
});

suite('watch: wrong arguments', () => {
  it.each([
    ['a plain object for the desk', () => watch({} as Desk, () => {})],
    ['null for the desk', () => watch(null as unknown as Desk, () => {})],
    ['a string for the listener', () => watch(desk, 'render' as unknown as () => void)],
    ['a number for the signal', () => watch(desk, () => {}, { signal: 1 as unknown as AbortSignal })],
    ['null for the options', () => watch(desk, () => {}, null as unknown as object)],
  ])('%s is INVALID_ARGUMENT, and no timer is left', (_, call) => {
    vi.setSystemTime(jst('2026-11-25T10:00:00'));
    expect(call).toThrow(expect.objectContaining({ name: 'MadoguchiError', code: 'INVALID_ARGUMENT' }));
    expect(vi.getTimerCount()).toBe(0);
  });
});
