/**
 * Browser helpers for the end-to-end tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), pages that record console errors and CSP violations, waiting for the search
 * page to settle, and screenshots under test-results/screenshots/ (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 360, height: 740 };
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: no Chromium at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<TestPage> {
  const mobile = viewport.width < 600;
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'ar',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, context, problems };
}

/** Types like a person (one key at a time), so the page's search-as-you-type runs. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  const input = page.locator('#q');
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 25 });
}

/**
 * Waits until the URL's `q` is `q` (the debounce has fired) and the results shown belong to the
 * current URL with no request pending.
 */
export async function waitForSearch(page: Page, q?: string): Promise<void> {
  if (q !== undefined) {
    await page.waitForURL((url) => url.pathname === '/' && (url.searchParams.get('q') ?? '') === q);
  }
  await page.waitForFunction(() => {
    const results = document.getElementById('results');
    return (
      results !== null &&
      results.getAttribute('aria-busy') === 'false' &&
      results.dataset.url === location.pathname + location.search
    );
  });
}

export async function hitIds(page: Page): Promise<string[]> {
  return page.locator('#results .hit').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ''));
}

export async function shownTotal(page: Page): Promise<number> {
  return Number(await page.locator('#status').getAttribute('data-total'));
}

/**
 * Takes the picture once the fonts are loaded and every finite animation or transition (the target
 * passage's emphasis, a fade) has finished: waiting for the condition, not for a fixed time.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await settled(page);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Waits until no finite CSS animation or transition is running (an endless spinner does not count). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/**
 * Holds back the answers to the requests `matches` picks until `release()`; `done` resolves when such
 * a request has ended (answered, or aborted by the page) after being released, and the page has had
 * a turn to handle it. For "a late answer is ignored" tests, without guessing how late is late.
 */
export async function holdRequests(page: Page, pattern: string, matches: (url: URL) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const ended = new Promise<void>((resolve) => {
    const onEnd = (request: { url(): string }) => {
      if (matches(new URL(request.url()))) resolve();
    };
    page.on('requestfinished', onEnd);
    page.on('requestfailed', onEnd);
  });
  await page.route(pattern, async (route) => {
    if (matches(new URL(route.request().url()))) await released;
    await route.continue().catch(() => undefined); // the page may have aborted it meanwhile
  });
  return {
    release,
    done: async () => {
      await ended;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    },
  };
}

/** Is the element at least partly inside the viewport? */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
    });
}

/**
 * One server (seeds plus `docs`) and one Chromium for a test file, registered as its hooks. Each test
 * opens pages with `open`; after each test the page is closed and must have seen no script error and
 * no CSP violation.
 */
export function browserSession(options: { docs?: string[] } = {}) {
  let server: TestServer;
  let browser: Browser;
  let current: TestPage | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const problems = current?.problems ?? [];
    await current?.context.close();
    current = undefined;
    expect(problems).toEqual([]);
  });
  return {
    baseUrl: () => server.baseUrl,
    async open(url = '/', viewport = DESKTOP): Promise<TestPage> {
      current = await openPage(browser, server.baseUrl, viewport);
      await current.page.goto(url);
      return current;
    },
  };
}
