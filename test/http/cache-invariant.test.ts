import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/http/index.js';

const from = Date.parse('2020-07-01T00:00:00+09:00');
const to = Date.parse('2031-01-01T00:00:00+09:00');
const maxAge = (response: Response): number => Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);

async function ask(path: string, now: number) {
  const response = await createHandler({ clock: () => now })(new Request(`http://madoguchi.test${path}`));
  const body = (await response.json()) as Record<string, unknown>;
  const { at: _at, jst: _jst, age: _age, ...answer } = body;
  return { response, answer };
}

describe('a cached answer about now never outlives its truth', () => {
  it.each([
    '/v1/status?lang=ja',
    '/v1/status?lang=en&style=speech',
    '/v1/route?language=ja&dialed=0120-365-800',
  ])('%s: the answer asked at the last second of max-age is the one cached, whatever the instant', async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: from, max: to }), async (now) => {
        const first = await ask(path, now);
        const seconds = maxAge(first.response);
        expect(seconds).toBeGreaterThanOrEqual(0);
        expect(seconds).toBeLessThanOrEqual(86_400);
        if (seconds === 0) return;
        // The last instant a cache may still serve the first answer.
        const last = await ask(path, now + seconds * 1000 - 1);
        expect(last.answer).toEqual(first.answer);
        expect(last.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
