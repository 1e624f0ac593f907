/**
 * A calendar document as read from its source.
 *
 * @example
 * ```ts
 * const doc: SourceDocument = { text: 'BEGIN:VCALENDAR…', contentType: 'text/calendar' };
 * ```
 */
export interface SourceDocument {
  readonly text: string;
  /** The media type the source declared (an HTTP `Content-Type`), or `null` (a file). */
  readonly contentType: string | null;
}

/**
 * The validators of the copy held, sent back so an unchanged document costs a `304`.
 *
 * @example
 * ```ts
 * const v: Validators = { etag: '"33a64df5"', lastModified: 'Wed, 02 Dec 2026 03:00:00 GMT' };
 * ```
 */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

/**
 * What one read gives: the document unchanged since `validators`, or a (new) document.
 *
 * @example
 * ```ts
 * const r: ReadResult = { changed: false };
 * ```
 */
export type ReadResult = { readonly changed: false } | { readonly changed: true; readonly document: SourceDocument; readonly validators: Validators };

/**
 * Reads the document once. Throws (or rejects) for any failure; should stop when `signal` aborts.
 *
 * @example
 * ```ts
 * const read: Reader = async () => ({ changed: true, document: { text: '[]', contentType: 'application/json' }, validators: {} });
 * ```
 */
export type Reader = (validators: Validators, signal: AbortSignal) => Promise<ReadResult>;

/**
 * Options of `createCalendarSource`.
 *
 * @example
 * ```ts
 * const options: CalendarSourceOptions<string> = { location: 'holidays.json', read, parse: (doc) => doc.text };
 * ```
 */
export interface CalendarSourceOptions<T> {
  /** Where the document comes from, as `/healthz` shows it (keep secrets out of it). */
  readonly location: string;
  readonly read: Reader;
  /** Turns a document into the value served; throws for a document that is not valid. */
  readonly parse: (document: SourceDocument) => T;
  /** Seconds between refreshes (default 300); also the longest a cache may keep an answer. */
  readonly refreshSeconds?: number;
  /** Milliseconds one read may take before it counts as failed (default 10 000). */
  readonly timeoutMs?: number;
  /** Age in seconds past which `/healthz` flags the copy as too old (default 86 400). */
  readonly maxAgeSeconds?: number;
  /** Whether the copy ages between reads (a URL polled); `false` for a file read on demand. Default true. */
  readonly ages?: boolean;
  readonly clock?: () => number;
}

/**
 * The value served and how current it is.
 *
 * @example
 * ```ts
 * const c: Copy<Desk> = { value: desk, loadedAt: 1_795_000_000_000, stale: false, ageSeconds: 12 };
 * ```
 */
export interface Copy<T> {
  readonly value: T;
  /** Epoch ms at which this copy was read (the data's version). */
  readonly loadedAt: number;
  /** The last attempt to refresh it failed: the copy is older than the source may be. */
  readonly stale: boolean;
  /** Seconds since the source last confirmed or replaced this copy. */
  readonly ageSeconds: number;
}

/**
 * The state of a source, as `/healthz` reports it. Instants are epoch ms.
 *
 * @example
 * ```ts
 * source.health().lastError; //=> { at: 1_795_000_000_000, message: 'HTTP 503 Service Unavailable' }
 * ```
 */
export interface SourceHealth {
  readonly location: string;
  readonly refreshSeconds: number;
  readonly maxAgeSeconds: number;
  readonly lastAttempt: number | null;
  readonly lastSuccess: number | null;
  readonly lastChange: number | null;
  readonly lastError: { readonly at: number; readonly message: string } | null;
  readonly stale: boolean;
  readonly ageSeconds: number | null;
  readonly tooOld: boolean;
}

/**
 * A source of data that may fail: its last good copy, refreshed on demand or on a timer.
 *
 * @example
 * ```ts
 * await source.start(); // throws when there is no good copy at all
 * source.current().value;
 * ```
 */
export interface CalendarSource<T> {
  readonly location: string;
  readonly refreshSeconds: number;
  /** Reads the document; the first success is the first copy. Throws when no copy was ever good. */
  start(): Promise<void>;
  /** Reads again now; resolves to whether the copy is current (a failure keeps the last good copy). */
  refresh(): Promise<boolean>;
  /** Refreshes every `refreshSeconds` from now on (a timer that does not keep a Node process alive). */
  poll(): void;
  stop(): void;
  /** The last good copy; throws if `start` never succeeded. */
  current(): Copy<T>;
  health(): SourceHealth;
}

/**
 * A source that keeps the last good copy of a document through failed reads, timeouts and
 * documents that do not parse: nothing is lost, and no answer flips because a source hiccuped.
 * It knows nothing of calendars: `read` fetches, `parse` validates and converts.
 *
 * @example
 * ```ts
 * const source = createCalendarSource({ location: url, read: urlReader(url), parse: deskFromDocument });
 * await source.start();
 * source.poll();
 * ```
 */
export function createCalendarSource<T>(options: CalendarSourceOptions<T>): CalendarSource<T> {
  const { location, read, parse } = options;
  const refreshSeconds = positive(options.refreshSeconds ?? 300, 'refreshSeconds');
  const timeoutMs = positive(options.timeoutMs ?? 10_000, 'timeoutMs');
  const maxAgeSeconds = positive(options.maxAgeSeconds ?? 86_400, 'maxAgeSeconds');
  const ages = options.ages ?? true;
  const clock = options.clock ?? Date.now;

  let copy: { value: T; loadedAt: number; validators: Validators } | null = null;
  let lastAttempt: number | null = null;
  let lastSuccess: number | null = null;
  let lastError: { at: number; message: string } | null = null;
  // The last error stays on record after a success; only the latest attempt decides staleness.
  let lastFailed = false;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  async function readOnce(): Promise<boolean> {
    const started = clock();
    lastAttempt = started;
    const controller = new AbortController();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    try {
      const result = await Promise.race([
        read(copy?.validators ?? {}, controller.signal),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => {
            controller.abort();
            reject(new Error(`no answer within ${timeoutMs} ms`));
          }, timeoutMs);
        }),
      ]);
      if (result.changed) {
        const value = parse(result.document);
        copy = { value, loadedAt: clock(), validators: result.validators };
      } else if (copy === null) {
        throw new Error('the source answered "not modified" but no copy is held');
      }
      lastSuccess = clock();
      lastFailed = false;
      return true;
    } catch (error) {
      lastError = { at: clock(), message: messageOf(error) };
      lastFailed = true;
      return false;
    } finally {
      clearTimeout(timeout);
    }
  }

  const source: CalendarSource<T> = {
    location,
    refreshSeconds,
    async start() {
      if (copy !== null) return;
      if (!(await source.refresh())) throw new Error(`No company holidays from ${location}: ${lastError?.message ?? 'unknown error'}`);
    },
    refresh() {
      inFlight ??= readOnce().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    poll() {
      if (timer !== null) return;
      timer = setInterval(() => void source.refresh(), refreshSeconds * 1000);
      (timer as { unref?: () => void }).unref?.();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
    current() {
      if (copy === null) throw new Error(`No company holidays from ${location} yet: call start() first.`);
      return { value: copy.value, loadedAt: copy.loadedAt, stale: isStale(), ageSeconds: ageSeconds() ?? 0 };
    },
    health() {
      const age = ageSeconds();
      return {
        location,
        refreshSeconds,
        maxAgeSeconds,
        lastAttempt,
        lastSuccess,
        lastChange: copy?.loadedAt ?? null,
        lastError,
        stale: isStale(),
        ageSeconds: age,
        tooOld: ages && (age === null || age > maxAgeSeconds),
      };
    },
  };

  function isStale(): boolean {
    return copy !== null && lastFailed;
  }

  function ageSeconds(): number | null {
    return lastSuccess === null ? null : Math.max(0, Math.floor((clock() - lastSuccess) / 1000));
  }

  return source;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, not ${String(value)}`);
  return value;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // One line, bounded: the message is shown on /healthz and in logs.
  return text.split('\n')[0]?.slice(0, 300) ?? '';
}

/**
 * A `Reader` for an `http(s)` URL: a conditional GET (`If-None-Match`, `If-Modified-Since`), so an
 * unchanged calendar costs a `304`. Any status but 2xx and 304 is a failure; so is a body over 4 MB.
 *
 * @param url - the document's address, e.g. a shared calendar's secret iCal address
 * @param fetcher - `fetch`, or another with its signature (tests, proxies)
 * @example
 * ```ts
 * const read = urlReader('https://calendar.example/company.ics');
 * ```
 */
export function urlReader(url: string, fetcher: typeof fetch = fetch): Reader {
  return async (validators, signal) => {
    const headers: Record<string, string> = { accept: 'text/calendar, application/json;q=0.9, */*;q=0.1' };
    if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
    if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
    const response = await fetcher(url, { headers, signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return { changed: false };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const text = await response.text();
    if (text.length > 4 * 1024 * 1024) throw new Error(`the document is ${text.length} characters long; at most 4 MiB are read`);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      changed: true,
      document: { text, contentType: response.headers.get('content-type') },
      validators: { ...(etag === null ? {} : { etag }), ...(lastModified === null ? {} : { lastModified }) },
    };
  };
}

/**
 * Where a source is, fit to show on a public `/healthz`: a URL keeps only its scheme and host (a
 * shared calendar's secret address is a password in its path).
 *
 * @example
 * ```ts
 * publicLocation('https://calendar.example/ical/abc%40group/private-0123/basic.ics'); //=> 'https://calendar.example/…'
 * ```
 */
export function publicLocation(location: string): string {
  if (!/^https?:\/\//i.test(location)) return location;
  try {
    const url = new URL(location);
    return `${url.protocol}//${url.host}/…`;
  } catch {
    return 'a URL';
  }
}
