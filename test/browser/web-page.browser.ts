import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

// Debian's chromium, driven without any browser download. .ci/steps/browser.sh installs it when it can.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const root = join(import.meta.dirname, '../..');

/** What a person sees in the headline block. */
async function seen(page: Page) {
  const text = (id: string) => page.locator(`#${id}`).innerText();
  return {
    state: await page.locator('#now').getAttribute('data-state'),
    tel: await text('tel'),
    line: `${await text('line-ja')} / ${await text('line-en')}`,
    when: `${await text('when-ja')} / ${await text('when-en')}`,
    summary: `${await text('summary-ja')} ${await text('summary-en')}`,
  };
}

describe.skipIf(!existsSync(CHROMIUM))('examples/web in headless Chromium (host zone America/Los_Angeles, page clock from ?at=)', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(root, ['/examples/web/', '/dist/', '/node_modules/japanese-holidays/']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    // A visitor far from Japan: the page must still speak JST.
    context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US', viewport: { width: 800, height: 720 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(at: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.origin}/examples/web/index.html?at=${encodeURIComponent(at)}`);
    await page.waitForSelector('#now:not([data-state="loading"])');
    return page;
  }

  // Expected values from the terms (第6条, edition 15 from 2023-02-06; edition 14 before) and the
  // National Holidays Act (2026-11-23 勤労感謝の日, a Monday).
  it.each([
    {
      name: 'a Wednesday at 10:00 JST shows the regular line, 0120-365-800, open until 17:30',
      at: '2026-11-25T10:00:00.000+09:00',
      state: 'open',
      tel: '0120-365-800',
      line: '通常窓口 / Regular line',
      when: '17:30まで受付 / Open until 17:30 JST',
      nextChange: '2026-11-25T08:30:00.000Z',
    },
    {
      // A minute before closing, not a second: the page clock runs on from ?at= while a loaded CI
      // machine starts Chromium, and at 20:00 the page rightly changes.
      name: 'a Wednesday at 19:59 JST shows the night line, 0800-777-9984, open until 20:00',
      at: '2026-11-25T19:59:00.000+09:00',
      state: 'open',
      tel: '0800-777-9984',
      line: '夜間延長窓口 / Evening line',
      when: '20:00まで受付 / Open until 20:00 JST',
      nextChange: '2026-11-25T11:00:00.000Z',
    },
    {
      name: '勤労感謝の日 (Monday 2026-11-23) shows the next opening, Tuesday 9:00 on 0120-365-800',
      at: '2026-11-23T10:00:00.000+09:00',
      state: 'closed',
      tel: '0120-365-800',
      line: '通常窓口 / Regular line',
      when: '11月24日(火) 9:00 から / Tue 24 Nov, from 9:00 JST',
      nextChange: '2026-11-24T00:00:00.000Z',
      summary: '勤労感謝の日',
    },
    {
      name: 'a Saturday shows the next opening, Monday 9:00',
      at: '2026-11-28T12:00:00.000+09:00',
      state: 'closed',
      tel: '0120-365-800',
      line: '通常窓口 / Regular line',
      when: '11月30日(月) 9:00 から / Mon 30 Nov, from 9:00 JST',
      nextChange: '2026-11-30T00:00:00.000Z',
      summary: '土曜日',
    },
    {
      name: 'the edition 14 lunch break (12:00–13:00) shows the reopening at 13:00 the same day',
      at: '2022-06-01T12:30:00.000+09:00',
      state: 'closed',
      tel: '0120-365-800',
      line: '問い合わせ窓口 / Support line',
      when: '本日 13:00 から / Today from 13:00 JST',
      nextChange: '2022-06-01T04:00:00.000Z',
    },
  ])('$name', async ({ at, state, tel, line, when, nextChange, summary }) => {
    const page = await open(at);
    const view = await seen(page);
    expect(view).toMatchObject({ state, tel, line, when });
    if (summary !== undefined) expect(view.summary).toContain(summary);
    expect(await page.evaluate(() => document.body.dataset.nextChange)).toBe(nextChange);
    await page.close();
  });

  it('at 17:29:59 JST switches by itself, when its one timer fires at 17:30, to closed with the 18:00 night line next', async () => {
    const page = await open('2026-11-25T17:29:59.000+09:00');
    expect(await seen(page)).toMatchObject({ state: 'open', tel: '0120-365-800' });
    expect(await page.evaluate(() => document.body.dataset.nextChange)).toBe('2026-11-25T08:30:00.000Z');
    await page.waitForSelector('#now[data-state="closed"]', { timeout: 5_000 });
    expect(await seen(page)).toMatchObject({
      state: 'closed',
      tel: '0800-777-9984',
      line: '夜間延長窓口 / Evening line',
      when: '本日 18:00 から / Today from 18:00 JST',
    });
    const body = await page.evaluate(() => ({ ...document.body.dataset }));
    // One render at load, one when the timer fired: no polling. It fired at 17:30:00.000, not before.
    expect(body.renders).toBe('2');
    expect(Date.parse(body.renderedAt ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-11-25T08:30:00.000Z'));
    expect(Date.parse(body.renderedAt ?? '')).toBeLessThan(Date.parse('2026-11-25T08:30:00.500Z'));
    expect(body.nextChange).toBe('2026-11-25T09:00:00.000Z');
    const shots = process.env.MADOGUCHI_SCREENSHOTS;
    if (shots) {
      await mkdir(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'web-page-17-30.png'), fullPage: true });
    }
    await page.close();
  });

  it('reports an instant without an offset as AMBIGUOUS_INSTANT instead of guessing', async () => {
    const page = await open('2026-11-25T10:00');
    expect(await page.locator('#now').getAttribute('data-state')).toBe('error');
    expect(await page.locator('#error').innerText()).toContain('AMBIGUOUS_INSTANT');
    await page.close();
  });

  it('loaded without a script error', () => {
    expect(errors).toEqual([]);
  });
});
