/**
 * madoguchi on Cloudflare Workers: the same handler as `madoguchi serve`, answering at the edge.
 *
 *   npx wrangler deploy   (wrangler.toml beside this file; nothing to configure)
 *
 * Company holidays: set the variable COMPANY_HOLIDAYS_URL (an .ics or JSON address) and each
 * isolate reads it on its first request, then again in the background once REFRESH_SECONDS
 * (default 300) have passed; a failed read keeps the last good copy. Answers are cacheable by
 * Cloudflare's CDN with the Cache-Control the handler sets (see the README).
 *
 * In this repository the import is the source; in your project it is 'madoguchi/http'.
 */
import { type CalendarSource, createCalendarSource, createHandler, deskFromDocument, type Handler, urlReader } from '../../../src/http/index.js';
import type { Desk } from '../../../src/index.js';

interface Env {
  readonly COMPANY_HOLIDAYS_URL?: string;
  readonly REFRESH_SECONDS?: string;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

let handler: Handler | undefined;
let source: CalendarSource<Desk> | undefined;

async function handlerFor(env: Env, ctx: ExecutionContext): Promise<Handler> {
  const url = env.COMPANY_HOLIDAYS_URL;
  if (url === undefined || url === '') {
    handler ??= createHandler();
    return handler;
  }
  if (source === undefined) {
    const created = createCalendarSource({
      location: url,
      read: urlReader(url),
      parse: (d) => deskFromDocument(d),
      refreshSeconds: Number(env.REFRESH_SECONDS ?? 300),
    });
    // Throws (a 500 for this request only) while no good copy was ever read; the next request tries again.
    await created.start();
    source = created;
    handler = createHandler({ source });
  } else {
    // Workers have no timers between requests: refresh in the background of a request instead.
    const last = source.health().lastAttempt ?? 0;
    if (Date.now() - last >= source.refreshSeconds * 1000) ctx.waitUntil(source.refresh());
  }
  return handler as Handler;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return (await handlerFor(env, ctx))(request);
  },
};
