import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.js';

// <madoguchi-contact> in Debian's Chromium (playwright-core, no browser download), time driven by
// Playwright's page.clock. Expected values from 第6条 of the terms (edition 15: 通常窓口 0120-365-800
// 9:00–17:30, 夜間延長窓口 0800-777-9984 18:00–20:00, weekdays but national and company holidays,
// Japanese only), E.164 for Japan (+81, trunk 0 dropped) and the National Holidays Act.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const root = join(import.meta.dirname, '../..');
const SHOTS = process.env.MADOGUCHI_SCREENSHOTS ?? join(root, 'test/browser/artifacts');
const REGULAR = { tel: '0120-365-800', href: 'tel:+81120365800' };
const NIGHT = { tel: '0800-777-9984', href: 'tel:+818007779984' };
const jst = (wall: string): number => Date.parse(`${wall}+09:00`);

interface Seen {
  state: string | null;
  stateText: string;
  tel: string;
  href: string | null;
  line: string;
  when: string;
  provisional: string;
  languages: string;
  error: string;
  boxLang: string | null;
  changes: number;
  pending: number;
}

/** What the element shows, read from its open shadow root, and the page's counters. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const el = document.querySelector('madoguchi-contact') as HTMLElement;
    const part = (name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement;
    const w = window as unknown as { __changes: number; __pending: () => number };
    return {
      state: part('box').dataset.state ?? null,
      stateText: part('state').textContent ?? '',
      tel: part('tel').textContent ?? '',
      href: part('tel').getAttribute('href'),
      line: part('line').textContent ?? '',
      when: part('when').textContent ?? '',
      provisional: part('provisional').textContent ?? '',
      languages: part('languages').textContent ?? '',
      error: part('error').textContent ?? '',
      boxLang: part('box').getAttribute('lang'),
      changes: w.__changes,
      pending: w.__pending(),
    };
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!existsSync(CHROMIUM))('<madoguchi-contact> in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(root, ['/examples/web/', '/dist/', '/node_modules/japanese-holidays/', '/test/browser/pages/']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function context(timezoneId: string, width: number): Promise<BrowserContext> {
    const key = `${timezoneId} ${width}`;
    const found = contexts.get(key);
    if (found) return found;
    const made = await browser.newContext({ timezoneId, locale: 'en-US', viewport: { width, height: 640 } });
    contexts.set(key, made);
    return made;
  }

  /**
   * Opens the test page with the element, its clock started a few seconds before `at` and paused
   * at `at`: from then on only page.clock moves time.
   */
  async function open(
    at: string,
    attributes: Record<string, string> = {},
    { timezoneId = 'Asia/Tokyo', width = 480 }: { timezoneId?: string; width?: number } = {},
  ): Promise<Page> {
    const page = await (await context(timezoneId, width)).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.clock.install({ time: jst(at) - 5_000 });
    await page.goto(`${server.origin}/test/browser/pages/element.html?${new URLSearchParams(attributes)}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.clock.pauseAt(jst(at));
    return page;
  }

  describe.each(['Asia/Tokyo', 'America/New_York'])('browser time zone %s: the answers are Japan time', (timezoneId) => {
    it('at 17:29:59.9 shows the regular number, open until 17:30; at 17:30:00.000 the night number from 18:00, one change event', async () => {
      const page = await open('2026-11-25T17:29:59.900', {}, { timezoneId });
      const before = await seen(page);
      expect(before).toMatchObject({ state: 'open', ...REGULAR, boxLang: 'ja', pending: 1 });
      expect(before.stateText).toMatch(/受付中/);
      expect(before.when).toContain('17:30');
      expect(before.languages).toContain('日本語');
      await page.clock.runFor(99);
      expect(await seen(page)).toMatchObject({ state: 'open', changes: before.changes });
      await page.clock.runFor(1);
      const after = await seen(page);
      expect(after).toMatchObject({ state: 'closed', ...NIGHT, changes: before.changes + 1, pending: 1 });
      expect(after.when).toMatch(/本日.*18:00/);
      expect(after.stateText).not.toMatch(/受付中/);
      if (timezoneId === 'Asia/Tokyo') await shot(page, 'element-17-30-ja');
      await page.close();
    });

    it('at 19:59:59.9 shows the night line open until 20:00; at 20:00 closed with the regular line tomorrow at 9:00', async () => {
      const page = await open('2026-11-25T19:59:59.900', {}, { timezoneId });
      expect(await seen(page)).toMatchObject({ state: 'open', ...NIGHT });
      expect((await seen(page)).when).toContain('20:00');
      await page.clock.runFor(99);
      expect((await seen(page)).state).toBe('open');
      await page.clock.runFor(1);
      const after = await seen(page);
      expect(after).toMatchObject({ state: 'closed', ...REGULAR });
      expect(after.when).toMatch(/明日.*11月26日.*9:00/);
      await page.close();
    });

    it('on 勤労感謝の日 (Mon 2026-11-23) at 23:59:58 says 明日 9:00, and 本日 9:00 from 00:00:00.000 exactly', async () => {
      const page = await open('2026-11-23T23:59:58', {}, { timezoneId });
      const eve = await seen(page);
      expect(eve).toMatchObject({ state: 'closed', ...REGULAR });
      expect(eve.stateText).toContain('勤労感謝の日');
      expect(eve.when).toMatch(/明日.*9:00/);
      await page.clock.runFor(1_999);
      expect((await seen(page)).when).toMatch(/明日/);
      await page.clock.runFor(1);
      const midnight = await seen(page);
      expect(midnight.when).toMatch(/本日.*9:00/);
      expect(midnight.when).not.toMatch(/明日/);
      expect(midnight.stateText).not.toContain('勤労感謝の日');
      expect(midnight.changes).toBe(eve.changes + 1);
      await page.close();
    });
  });

  it('a 90-day company closure renders once at its start and once at its end, with one timer pending throughout', async () => {
    const holidays = JSON.stringify([{ date: '2026-12-01/2027-02-26', name: '長期休業' }]);
    const page = await open('2026-12-01T10:00:00', { 'company-holidays': holidays });
    const start = await seen(page);
    expect(start).toMatchObject({ state: 'closed', ...REGULAR, pending: 1 });
    expect(start.stateText).toContain('長期休業');
    expect(start.when).toMatch(/3月1日.*9:00/); // Mon 2027-03-01: the closure ends on a Friday
    const changes = start.changes;
    for (const wall of ['2026-12-31T12:00:00', '2027-01-11T12:00:00', '2027-02-26T23:59:59.999']) {
      await page.clock.runFor(jst(wall) - (await page.evaluate(() => Date.now())));
      expect(await seen(page)).toMatchObject({ changes, pending: 1 });
    }
    await page.clock.runFor(1);
    const end = await seen(page);
    expect(end).toMatchObject({ changes: changes + 1, pending: 1 });
    expect(end.stateText).toContain('土曜日');
    expect(await page.evaluate(() => (window as unknown as { __longest: number }).__longest)).toBeLessThan(2 ** 31 - 1);
    await page.close();
  });

  it('a tab hidden across 17:30 and 18:00 shows the open night line the moment it is visible again', async () => {
    const page = await open('2026-11-25T17:20:00');
    expect(await seen(page)).toMatchObject({ state: 'open', ...REGULAR });
    const visibility = (state: string) =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await visibility('hidden');
    // A hidden tab's timers are frozen or throttled: the wall clock moves on, no timer runs.
    await page.clock.setSystemTime(jst('2026-11-25T18:05:00'));
    expect(await seen(page)).toMatchObject({ ...REGULAR });
    await visibility('visible');
    const shown = await seen(page);
    expect(shown).toMatchObject({ state: 'open', ...NIGHT, pending: 1 });
    expect(shown.when).toContain('20:00');
    await page.close();
  });

  it.each([
    ['ja', 320],
    ['ja', 375],
    ['en', 320],
    ['en', 375],
  ])('lang=%s at %i px keeps the number on one line inside the box, without horizontal scrolling', async (lang, width) => {
    const page = await open('2026-11-25T18:30:00', { lang }, { width });
    const layout = await page.evaluate(() => {
      const el = document.querySelector('madoguchi-contact') as HTMLElement;
      const tel = el.shadowRoot?.querySelector('[part~="tel"]') as HTMLElement;
      const box = el.shadowRoot?.querySelector('[part~="box"]') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(tel);
      const lineBoxes = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      return {
        lines: lineBoxes.size,
        telRight: tel.getBoundingClientRect().right,
        boxRight: box.getBoundingClientRect().right,
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      };
    });
    expect(await seen(page)).toMatchObject({ ...NIGHT });
    expect(layout.lines).toBe(1);
    expect(layout.telRight).toBeLessThanOrEqual(layout.boxRight);
    expect(layout.scroll).toBeLessThanOrEqual(layout.viewport);
    await shot(page, `element-${lang}-${width}px`);
    await page.close();
  });

  it.each([
    ['ja', '2026-11-25T10:00:00'],
    ['ja', '2026-11-23T10:00:00'],
    ['en', '2026-11-25T10:00:00'],
    ['en', '2026-11-23T10:00:00'],
  ])('lang=%s at %s has no axe violations', async (lang, at) => {
    const page = await open(at, { lang });
    await page.clock.resume(); // axe waits on timers of its own
    const results = await new AxeBuilder({ page }).include('madoguchi-contact').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
    await page.close();
  });

  it('in English says a Japanese-only company holiday name as "company holiday", and an English name as given', async () => {
    const only = await open('2026-12-01T10:00:00', { lang: 'en', 'company-holidays': JSON.stringify([{ date: '2026-12-01', name: '創立記念日' }]) });
    const view = await seen(only);
    expect(view.boxLang).toBe('en');
    expect(view.stateText).toMatch(/company holiday/i);
    expect(view.languages).toMatch(/Japanese/);
    const text = await only.evaluate(() => document.querySelector('madoguchi-contact')?.shadowRoot?.querySelector('[part~="box"]')?.textContent ?? '');
    expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await shot(only, 'element-en-company-holiday');
    const named = await open('2026-12-01T10:00:00', {
      lang: 'en',
      'company-holidays': JSON.stringify([{ date: '2026-12-01', name: { ja: '創立記念日', en: 'Founding Day' } }]),
    });
    expect((await seen(named)).stateText).toContain('Founding Day');
    await only.close();
    await named.close();
  });

  it('marks 春分の日 2028 (computed, not yet published by the Cabinet Office) as provisional', async () => {
    const page = await open('2028-03-20T10:00:00');
    const view = await seen(page);
    expect(view.stateText).toContain('春分の日');
    expect(view.provisional).toContain('春分の日');
    expect(view.provisional).toMatch(/暫定/);
    const published = await open('2026-11-23T10:00:00');
    expect((await seen(published)).provisional).toBe('');
    await page.close();
    await published.close();
  });

  it('is one polite live region, and switches language when its lang attribute changes', async () => {
    const page = await open('2026-11-25T10:00:00');
    const live = await page.evaluate(() => {
      const box = document.querySelector('madoguchi-contact')?.shadowRoot?.querySelector('[part~="box"]');
      return { live: box?.getAttribute('aria-live'), regions: document.querySelector('madoguchi-contact')?.shadowRoot?.querySelectorAll('[aria-live]').length };
    });
    expect(live).toEqual({ live: 'polite', regions: 1 });
    const ja = await seen(page);
    await page.evaluate(() => document.querySelector('madoguchi-contact')?.setAttribute('lang', 'en'));
    const en = await seen(page);
    expect(en).toMatchObject({ boxLang: 'en', ...REGULAR, changes: ja.changes + 1 });
    expect(en.stateText + en.line + en.when + en.languages).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.close();
  });

  it('line="night" shows only the night line: closed at 10:00 with 18:00 today', async () => {
    const page = await open('2026-11-25T10:00:00', { line: 'night' });
    const view = await seen(page);
    expect(view).toMatchObject({ state: 'closed', ...NIGHT });
    expect(view.when).toMatch(/本日.*18:00/);
    await page.close();
  });

  it.each([
    ['<img src=x onerror=alert(1)>', 'ja'],
    ['"><script>window.__xss = 1</script>', 'ja'],
    ['<img src=x onerror=alert(1)>', 'en'],
    ['"><script>window.__xss = 1</script><b>', 'en'],
  ])('renders a company holiday named %s as text (lang=%s): no element or script is created', async (name, lang) => {
    // English shows only an English name (name: { ja, en }); the same untrusted text in both.
    const page = await open('2026-12-01T10:00:00', { lang, 'company-holidays': JSON.stringify([{ date: '2026-12-01', name: { ja: name, en: name } }]) });
    await page.clock.runFor(1_000);
    expect((await seen(page)).stateText).toContain(name);
    const injected = await page.evaluate(() => ({
      inShadow: document.querySelector('madoguchi-contact')?.shadowRoot?.querySelectorAll('img, script, b').length,
      inPage: document.querySelectorAll('img, b').length,
      scripts: document.querySelectorAll('script').length,
      xss: (window as unknown as { __xss?: number }).__xss,
    }));
    expect(injected).toEqual({ inShadow: 0, inPage: 0, scripts: 3, xss: undefined });
    await page.close();
  });

  it('says what is wrong with a malformed company-holidays attribute or an unknown line instead of a wrong answer', async () => {
    const bad = await open('2026-11-25T10:00:00', { 'company-holidays': '["2026-13-01"]' });
    expect(await seen(bad)).toMatchObject({ state: 'error', tel: '', href: null });
    expect((await seen(bad)).stateText).toMatch(/INVALID_DATE|INVALID_POLICY/);
    const unknown = await open('2026-11-25T10:00:00', { line: 'fax' });
    expect((await seen(unknown)).stateText).toContain('UNKNOWN_LINE');
    await bad.close();
    await unknown.close();
  });

  it('uses a desk set as a property, and stops (no timer left) when removed from the document', async () => {
    const page = await open('2026-11-25T10:00:00');
    // A string, so the test runner leaves the page's own import() alone.
    await page.evaluate(`(async () => {
      const { createDesk, desknetsCloud } = await import('madoguchi');
      document.querySelector('madoguchi-contact').desk = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-11-25', name: '棚卸し' }] });
    })()`);
    const view = await seen(page);
    expect(view.state).toBe('closed');
    expect(view.stateText).toContain('棚卸し');
    expect(view.pending).toBe(1);
    await page.evaluate(() => document.querySelector('madoguchi-contact')?.remove());
    expect(await page.evaluate(() => (window as unknown as { __pending: () => number }).__pending())).toBe(0);
    await page.close();
  });

  it('a second import, or a page that defined the tag first, does not throw', async () => {
    const page = await open('2026-11-25T10:00:00');
    const outcome = await page.evaluate(`(async () => {
      await import('/dist/element.js?again');
      const mod = await import('/dist/element.js');
      return { defined: mod.defineMadoguchiContact(), tag: customElements.get('madoguchi-contact') !== undefined };
    })()`);
    expect(outcome).toEqual({ defined: true, tag: true });
    await page.close();
  });

  it('uses a desk set on the element before the tag was defined', async () => {
    const page = await open('2026-11-25T10:00:00', { 'early-desk-holiday': '2026-11-25' });
    const view = await seen(page);
    expect(view.state).toBe('closed');
    expect(view.stateText).toContain('棚卸し');
    await page.close();
  });

  it('leaves alone a tag another script defined first, without an error', async () => {
    const before = errors.length;
    const page = await open('2026-11-25T10:00:00', { predefine: '' });
    expect(await page.evaluate(() => document.querySelector('madoguchi-contact')?.shadowRoot ?? null)).toBeNull();
    expect(errors.slice(before)).toEqual([]);
    await page.close();
  });

  it('loaded without a script error or a dialog', () => {
    expect(errors).toEqual([]);
  });
});
