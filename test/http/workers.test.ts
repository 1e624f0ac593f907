import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ics, startCalendarServer } from './calendar-server.js';
import { COMPARED_HEADERS, FIXTURE_REQUESTS } from './fixtures.js';
import { schemaErrors, schemaFor } from './openapi-schemas.js';
import { type ServeProcess, startServe } from './serve-process.js';

const WORKER = fileURLToPath(new URL('../../examples/http/cloudflare/worker.ts', import.meta.url));

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | null>;
  readonly body: string;
}

async function read(response: Response): Promise<Answer> {
  const headers = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()).toString('base64') };
}

// Cloudflare's own runtime (workerd, from the npm package miniflare), run locally: no account, no network.
async function workerScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [WORKER],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]?.text ?? '';
}

describe('the Cloudflare Workers entry in workerd answers byte for byte as madoguchi serve on Node', () => {
  let mf: Miniflare;
  let serve: ServeProcess;
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [WORKER],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      target: 'es2022',
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    mf = new Miniflare({ modules: true, script, compatibilityDate: '2026-04-01' });
    serve = await startServe(['--quiet']);
  }, 60_000);
  afterAll(async () => {
    await mf?.dispose();
    await serve?.stop();
  });

  it.each(FIXTURE_REQUESTS.map((r) => [`${r.method ?? 'GET'} ${r.path}`, r] as const))('%s', async (_, r) => {
    const init = { method: r.method ?? 'GET', headers: r.headers ?? {} };
    const edge = await read((await mf.dispatchFetch(`http://madoguchi.test${r.path}`, init)) as unknown as Response);
    const node = await read(await fetch(`${serve.origin}${r.path}`, init));
    // The calendar's lifetime runs to the next JST midnight: the two runtimes may ask a second apart.
    if (r.path.startsWith('/v1/calendar.ics')) {
      const seconds = (a: Answer) => Number(/max-age=(\d+)/.exec(a.headers['cache-control'] ?? '')?.[1]);
      expect(Math.abs(seconds(edge) - seconds(node))).toBeLessThanOrEqual(1);
      edge.headers['cache-control'] = node.headers['cache-control'] ?? null;
    }
    expect(edge).toEqual(node);
    const text = Buffer.from(edge.body, 'base64').toString('utf8');
    const schema = schemaFor(new URL(r.path, 'http://x').pathname, { status: edge.status, headers: { get: (n) => edge.headers[n] ?? null } });
    if (schema !== null && text !== '') expect(schemaErrors(schema, JSON.parse(text))).toEqual([]);
  });

  it('answers for now with a max-age no later than the next change, in workerd too', async () => {
    const response = (await mf.dispatchFetch('http://madoguchi.test/v1/status')) as unknown as Response;
    const body = (await response.json()) as { at: string; nextChange: string | null };
    const seconds = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);
    expect(body.nextChange).not.toBeNull();
    expect(seconds).toBe(Math.min(86_400, Math.floor((Date.parse(body.nextChange ?? '') - Date.parse(body.at)) / 1000)));
  });
});

describe('the Workers entry with COMPANY_HOLIDAYS_URL', () => {
  it('reads the calendar on its first request and answers from it', async () => {
    const server = await startCalendarServer({ kind: 'ics', text: ics([['2026-12-28', '年末休業']]) });
    const mf = new Miniflare({ modules: true, script: await workerScript(), compatibilityDate: '2026-04-01', bindings: { COMPANY_HOLIDAYS_URL: server.url } });
    try {
      const response = (await mf.dispatchFetch('http://madoguchi.test/v1/status?at=2026-12-28T10:00%2B09:00')) as unknown as Response;
      expect(await response.json()).toMatchObject({ open: false, closed: { reason: 'company-holiday', name: '年末休業' }, stale: false });
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(server.requests).toHaveLength(1);
    } finally {
      await mf.dispose();
      await server.close();
    }
  }, 60_000);
});
