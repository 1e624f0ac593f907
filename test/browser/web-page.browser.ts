import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

// examples/web (the element twice, and watch without it) in Debian's Chromium, a visitor in
// America/Los_Angeles, time driven by page.clock. Expected values from 第6条 (edition 15:
// 通常窓口 0120-365-800 9:00–17:30, 夜間延長窓口 0800-777-9984 18:00–20:00) and the Holidays Act.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const root = join(import.meta.dirname, '../..');
const SHOTS = process.env.MADOGUCHI_SCREENSHOTS ?? join(root, 'test/browser/artifacts');
const jst = (wall: string): number => Date.parse(`${wall}+09:00`);

/** What a person sees: each element's number and link, the page's own sentences and hours. */
function seen(page: Page) {
  return page.evaluate(() => {
    const part = (id: string, name: string) => document.getElementById(id)?.shadowRoot?.querySelector(`[part~="${name}"]`);
    const text = (id: string) => document.getElementById(id)?.textContent ?? '';
    return {
      ja: {
        state: (part('contact-ja', 'box') as HTMLElement).dataset.state,
        tel: part('contact-ja', 'tel')?.textContent,
        href: part('contact-ja', 'tel')?.getAttribute('href'),
      },
      en: {
        state: (part('contact-en', 'box') as HTMLElement).dataset.state,
        tel: part('contact-en', 'tel')?.textContent,
        when: part('contact-en', 'when')?.textContent,
      },
      summaryJa: text('summary-ja'),
      summaryEn: text('summary-en'),
      hoursJa: text('hours-ja'),
      hoursEn: text('hours-en'),
      renders: Number(document.body.dataset.renders),
    };
  });
}

describe.skipIf(!existsSync(CHROMIUM))('examples/web in headless Chromium (visitor in America/Los_Angeles)', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(root, ['/examples/web/', '/dist/', '/node_modules/japanese-holidays/']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US', viewport: { width: 375, height: 720 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(at: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.clock.install({ time: jst(at) - 5_000 });
    await page.goto(`${server.origin}/examples/web/index.html`);
    await page.waitForFunction(() => document.body.dataset.renders !== undefined);
    await page.clock.pauseAt(jst(at));
    return page;
  }

  it('at 17:29:59.9 JST shows the regular number; at 17:30 the night number, the page rendered once more by watch', async () => {
    const page = await open('2026-11-25T17:29:59.900');
    const before = await seen(page);
    expect(before.ja).toMatchObject({ state: 'open', tel: '0120-365-800', href: 'tel:+81120365800' });
    expect(before.en).toMatchObject({ state: 'open', tel: '0120-365-800' });
    expect(before.summaryJa).toContain('0120-365-800');
    await page.clock.runFor(100);
    const after = await seen(page);
    expect(after.ja).toMatchObject({ state: 'closed', tel: '0800-777-9984', href: 'tel:+818007779984' });
    expect(after.en.when).toMatch(/today.*18:00/);
    expect(after.summaryJa).toContain('18:00');
    expect(after.renders).toBe(before.renders + 1);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'web-page-17-30.png'), fullPage: true });
    await page.close();
  });

  it('lists the hours in Japanese and English apart, without Japanese script in the English list', async () => {
    const page = await open('2026-11-25T10:00:00');
    const { hoursJa, hoursEn } = await seen(page);
    expect(hoursJa).toMatch(/9:00.*17:30/);
    expect(hoursJa).toMatch(/18:00.*20:00/);
    expect(hoursEn).toMatch(/9:00.*17:30/);
    expect(hoursEn).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.close();
  });

  it('has no axe violations on a holiday', async () => {
    const page = await open('2026-11-23T10:00:00');
    await page.clock.resume();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('loaded without a script error', () => {
    expect(errors).toEqual([]);
  });
});
