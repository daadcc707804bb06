/**
 * Page defects a first-week user met, in a real Chromium at 1280 px and 360 px, each with its
 * screenshots (test-results/screenshots/first-week-*.png):
 *  - the empty search box is right-to-left: placeholder and caret beside the search icon;
 *  - the home page suggests what the collection holds (GET /api/suggestions), not a fixed list;
 *  - a 429 (too many requests, from the real rate limiter) says so, not "unexpected error";
 *  - on a phone the article's match bar shows the whole query and which match is current ("١ / ٢");
 *  - the open filter panel on a phone leaves the first result on the screen.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestions } from '../../server/suggestions.ts';
import { testClient } from '../support/engine.ts';
import { seededApp } from '../support/server.ts';
import {
  DESKTOP,
  MOBILE,
  inViewport,
  launchBrowser,
  openPage,
  screenshot,
  typeQuery,
  waitForSearch,
  type TestPage,
} from './browser.ts';

const VIEWPORTS = [
  ['1280', DESKTOP],
  ['360', MOBILE],
] as const;
/** A test types, searches and opens an article in a real browser: on a loaded 2-core machine that takes tens of seconds. */
const BROWSER_TEST_MS = 90_000;

let browser: Browser;
const servers: { server: Server; baseUrl: string; indexUid: string }[] = [];
let current: TestPage | undefined;
/** Resource errors the browser logs for answers a test provokes on purpose (the 429s). */
let expectedStatus: number | undefined;

async function serve(rateLimitPerMinute = 100_000): Promise<string> {
  const { app, indexUid } = await seededApp({ rateLimitPerMinute });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  servers.push({ server, baseUrl: `http://127.0.0.1:${port}`, indexUid });
  return `http://127.0.0.1:${port}`;
}

let baseUrl: string;
beforeAll(async () => {
  [baseUrl, browser] = await Promise.all([serve(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  for (const s of servers) {
    s.server.closeAllConnections();
    await new Promise<void>((r) => s.server.close(() => r()));
    await testClient().deleteIndex(s.indexUid).waitTask();
  }
});
afterEach(closePageWithoutProblems);

/** Each page must have seen no script error and no CSP violation (but the 429s a test provokes). */
async function closePageWithoutProblems(): Promise<void> {
  const problems = (current?.problems ?? []).filter(
    (p) => expectedStatus === undefined || !p.includes(String(expectedStatus)),
  );
  await current?.context.close();
  current = undefined;
  expectedStatus = undefined;
  expect(problems).toEqual([]);
}

async function open(url: string, viewport: { width: number; height: number }, server = baseUrl): Promise<TestPage> {
  current = await openPage(browser, server, viewport);
  await current.page.goto(url);
  return current;
}

describe.each(VIEWPORTS)('at %s px', (width, viewport) => {
  it(
    'the empty search box is right-to-left, its placeholder beside the icon; a Latin name typed runs left to right',
    async () => {
      const { page } = await open('/', viewport);
      const box = page.locator('#q');
      expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      // The icon sits at the box's right edge; the placeholder's text starts at the right too.
      const icon = await page.locator('.search-icon').boundingBox();
      const input = await box.boundingBox();
      expect(icon!.x).toBeGreaterThan(input!.x + input!.width - 5);
      await screenshot(page, `first-week-search-box-empty-${width}`);
      await box.fill('Patrushev');
      expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    },
    BROWSER_TEST_MS,
  );

  it(
    'suggests what the collection holds, in the order the API gives, and each suggestion finds articles',
    async () => {
      const { page } = await open('/', viewport);
      const api = (await (await fetch(`${baseUrl}/api/suggestions`)).json()) as Suggestions;
      await page.waitForSelector('.suggestion');
      const shown = await page
        .locator('.suggestion')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.q));
      expect(shown).toEqual(api.suggestions.map((s) => s.q));
      expect(await page.locator('.suggestion').first().textContent()).toContain('بلد'); // "country", with its article count
      await screenshot(page, `first-week-suggestions-${width}`);
      const last = api.suggestions.at(-1)!.q;
      await page.locator(`.suggestion[data-q="${last}"]`).click();
      await waitForSearch(page, last);
      expect(await page.locator('#results .hit').count()).toBeGreaterThan(0);
    },
    BROWSER_TEST_MS,
  );

  it(
    'the article view\'s match bar shows the whole query and which match is current, "١ / N"',
    async () => {
      const { page } = await open('/', viewport);
      await typeQuery(page, 'Patrushev');
      await waitForSearch(page, 'Patrushev');
      await Promise.all([page.waitForURL(/\/doc\//), page.locator('#results .hit-link').first().click()]);
      await page.waitForSelector('#article[aria-busy="false"]');
      const summary = page.locator('.match-summary');
      expect(await summary.textContent()).toContain('Patrushev');
      expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true); // not cut
      const counter = page.locator('.match-counter');
      const total = await page.locator('#passages mark').count();
      expect(total).toBeGreaterThan(1);
      // Before any click the counter already says which match is current: the first in or after the target passage.
      const current = await page.evaluate(() => {
        const marks = [...document.querySelectorAll('#passages mark')];
        const target = document.querySelector('.passage.is-target')!;
        return {
          index: marks.indexOf(document.querySelector('mark.is-current')!) + 1,
          after:
            marks.findIndex(
              (m) => target.contains(m) || (target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
            ) + 1,
        };
      });
      expect(current.index).toBeGreaterThan(0);
      expect(current.index).toBe(current.after);
      expect(await counter.getAttribute('data-current')).toBe(String(current.index));
      expect(await counter.textContent()).toBe(`${current.index.toLocaleString('ar')} / ${total.toLocaleString('ar')}`);
      const before = Number(await counter.getAttribute('data-current'));
      await page.getByRole('button', { name: 'التطابق التالي' }).click();
      expect(Number(await counter.getAttribute('data-current'))).toBe(before === total ? 1 : before + 1);
      expect(await inViewport(page, '.match-counter')).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `first-week-match-bar-${width}`);
    },
    BROWSER_TEST_MS,
  );

  it(
    'with the filter panel open, the first result is still on the screen',
    async () => {
      const { page } = await open('/?q=%D8%A7%D9%84%D8%B5%D9%8A%D9%86', viewport); // الصين (China)
      await waitForSearch(page, 'الصين');
      const panel = page.locator('#facets-panel');
      if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open)))
        await page.locator('.facets-summary').click();
      expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator('#facet-country-list li').count()).toBeGreaterThan(3);
      const first = await page.locator('#results .hit').first().boundingBox();
      expect(first!.y + 60).toBeLessThan(viewport.height); // its title line at least
      await screenshot(page, `first-week-filters-open-${width}`);
    },
    BROWSER_TEST_MS,
  );
});

describe('too many requests', () => {
  it.each(VIEWPORTS)(
    'at %s px: a 429 says to wait a minute, not "unexpected error"',
    async (width, viewport) => {
      const limited = await serve(3); // 3 API requests a minute: the suggestions and two searches
      const { page } = await open('/', viewport, limited);
      expectedStatus = 429;
      for (const q of ['الصين', 'روسيا', 'موسكو', 'بكين']) {
        await page.locator('#q').fill(q);
        await page.locator('#q').press('Enter');
        if ((await page.locator('.error').count()) > 0) break;
        await waitForSearch(page, q);
      }
      await page.waitForSelector('.error');
      const text = await page.locator('.error').textContent();
      expect(text).toContain('طلبات كثيرة في وقت قصير'); // too many requests in a short time
      expect(text).toContain('انتظر دقيقة');
      expect(text).not.toContain('غير متوقع');
      await screenshot(page, `first-week-429-${width}`);
    },
    120_000,
  );
});
