import { watchArgumentsInvalid } from '../errors/messages.js';
import type { Status } from '../model/types.js';
import { jstDay as dayOf } from '../time/jst.js';
import type { Desk } from './desk-type.js';
import { coreOf } from './registry.js';

/**
 * The part of an `AbortSignal` that `watch` uses: a real `AbortSignal` (browsers, Node, edge
 * runtimes) fits, and the core needs no DOM or Node types to accept it.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * watch(desk, render, { signal: controller.signal }); // controller.abort() stops it
 * ```
 */
export interface WatchSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Options of `watch`.
 *
 * @example
 * ```ts
 * watch(desk, render, { signal: AbortSignal.timeout(60_000) });
 * ```
 */
export interface WatchOptions {
  /** Stops watching when aborted (as calling the returned function does); an aborted signal calls nothing. */
  readonly signal?: WatchSignal;
}

// setTimeout holds a signed 32-bit delay: 2^31 ms or more fires at once (browsers) or after 1 ms
// with a TimeoutOverflowWarning (Node). Longer waits are chained, each re-checking the clock.
const MAX_DELAY = 2 ** 31 - 2;
// How many later changes are looked at before a timer is set: a quiet stretch (a 90-day closure,
// where each midnight is a candidate) becomes one wait instead of one wake-up a day.
const LOOKAHEAD = 400;

type Timer = unknown;
interface Host {
  setTimeout(callback: () => void, ms: number): Timer;
  clearTimeout(timer: Timer): void;
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
  document?: {
    readonly visibilityState?: string;
    addEventListener(type: string, listener: () => void): void;
    removeEventListener(type: string, listener: () => void): void;
  };
}

const jstDay = (d: Date): number => dayOf(d.getTime());

/**
 * What a person sees of a status: every field but the instant, and what the sentences take from
 * the instant: whether the next opening is 本日, 明日 or later, and the weekday of a weekend. A
 * national holiday inside a company closure or an override is not the reason given: left out.
 */
function seen(s: Status): string {
  const instant = (d: Date | null | undefined): number | null => d?.getTime() ?? null;
  const today = jstDay(s.at);
  return JSON.stringify([
    s.edition,
    s.open,
    s.line?.id ?? null,
    instant(s.closesAt),
    s.next === null ? null : [s.next.line.id, instant(s.next.opensAt), instant(s.next.closesAt), Math.min(jstDay(s.next.opensAt) - today, 2)],
    s.closed === null ? null : { ...s.closed, holiday: s.closed.reason === 'national-holiday' ? s.closed.holiday : undefined },
    s.closed?.reason === 'weekend' ? today % 7 : null,
    s.languages,
    s.suspended.map((x) => [x.line.id, x.name, x.nameEn]),
  ]);
}

/**
 * Calls `listener(status)` now and again each time the desk's answer changes (a line opens or
 * closes, a closure starts or ends, JST midnight turns 明日 into 本日, a new edition takes effect),
 * until the returned function is called or `options.signal` aborts. One timer at a time, set to the
 * instant of the next change (`desk.nextChange`), never polling: a stretch where nothing a person
 * sees changes, such as a 90-day closure (national holidays inside it included: the closure stays
 * the reason), is one wait and no call. Waits longer than a timer holds
 * (2^31 − 1 ms, about 24.8 days) are chained and the clock is read again at each link, so nothing
 * fires early. After a sleep, a frozen background tab or a clock jump, the status is read again at
 * once: when a timer fires (late) the desk's clock decides, and in a browser the page's
 * `visibilitychange`, `resume` and `pageshow` events re-check too. The listener is called at most once per
 * change. Time comes from the desk's clock (`createDesk(…, { clock })`, default `Date.now`).
 *
 * @param desk - the desk to watch, e.g. `desk` or one from `createDesk`
 * @param listener - called with the current `Status`; an exception it throws propagates from that call
 * @param options - `signal`, an `AbortSignal` that stops watching
 * @returns a function that stops watching (idempotent)
 * @throws `MadoguchiError` `INVALID_ARGUMENT` for something other than a desk, a listener that is not
 *   a function, options that are not an object or a `signal` that is not an `AbortSignal`; what `desk.status()` throws now
 * @example
 * ```ts
 * import { desk, describe, watch } from 'madoguchi';
 *
 * const stop = watch(desk, (status) => {
 *   const line = status.line ?? status.next?.line;
 *   link.textContent = line?.tel ?? '';                  //=> '0120-365-800'
 *   note.textContent = describe(status, { locale: 'ja' });
 * });
 * // later, e.g. when the component unmounts:
 * stop();
 * ```
 */
export function watch(desk: Desk, listener: (status: Status) => void, options: WatchOptions = {}): () => void {
  coreOf(desk);
  const signal = (options as WatchOptions | null)?.signal;
  // One check and one message for the rest: the call's shape is short enough to show whole.
  if (
    typeof listener !== 'function' ||
    typeof options !== 'object' ||
    options === null ||
    (signal !== undefined && typeof signal?.addEventListener !== 'function')
  ) {
    throw watchArgumentsInvalid(listener, options);
  }
  const host = globalThis as unknown as Host;
  let stopped = false;
  let timer: Timer | undefined;
  // The change the timer waits for, and what the listener was last given.
  let target = Number.POSITIVE_INFINITY;
  let from = Number.NEGATIVE_INFINITY;
  let last: string | undefined;

  const disarm = (): void => {
    if (timer !== undefined) host.clearTimeout(timer);
    timer = undefined;
  };

  function arm(now: number): void {
    disarm();
    if (stopped || !Number.isFinite(target)) return;
    timer = host.setTimeout(
      () => {
        timer = undefined;
        check();
      },
      Math.max(0, Math.min(target - now, MAX_DELAY)),
    );
  }

  /** The first later change that a person would see, or the last candidate looked at. */
  function nextVisible(s: Status, key: string): number {
    let change = desk.nextChange(s.at);
    for (let i = 0; change !== null && i < LOOKAHEAD; i++) {
      if (seen(desk.status(change)) !== key) return change.getTime();
      change = desk.nextChange(change);
    }
    return change === null ? Number.POSITIVE_INFINITY : change.getTime();
  }

  function update(): void {
    const s = desk.status();
    const now = s.at.getTime();
    const key = seen(s);
    from = now;
    target = nextVisible(s, key);
    arm(now);
    if (key !== last) {
      last = key;
      listener(s);
    }
  }

  function check(): void {
    if (stopped) return;
    const now = desk.status().at.getTime();
    // A chained wait, or a timer the host fired early by its own clock: wait the rest.
    if (now < target && now >= from) arm(now);
    else update();
  }

  // A page coming back into view, unfrozen (Page Lifecycle `resume`) or out of the back/forward
  // cache: its timers may have been frozen or throttled past the change.
  function wake(): void {
    if (host.document?.visibilityState !== 'hidden') check();
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    disarm();
    host.document?.removeEventListener('visibilitychange', wake);
    host.document?.removeEventListener('resume', wake);
    host.removeEventListener?.('pageshow', wake);
    signal?.removeEventListener('abort', stop);
  }

  if (signal?.aborted) return () => {};
  signal?.addEventListener('abort', stop, { once: true });
  host.document?.addEventListener('visibilitychange', wake);
  host.document?.addEventListener('resume', wake);
  host.addEventListener?.('pageshow', wake);
  try {
    update();
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}
