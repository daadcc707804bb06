/**
 * The article view in a real Chromium: a result opens on its highlighted passage, the way back
 * restores the search, and a document whose text holds `<script>` shows it as text.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, MOBILE, hitIds, inViewport, screenshot, typeQuery, waitForSearch } from './browser.ts';

const FIXTURES = path.resolve('test/fixtures/e2e');

const session = browserSession({ docs: [FIXTURES] });
const open = session.open;

/** Searches `q` and opens the hit whose best passage is deepest in its article (the real scroll case). */
async function openDeepestHit(page: Page, q: string): Promise<{ id: string; passage: string; searchUrl: string }> {
  await typeQuery(page, q);
  await waitForSearch(page, q);
  const hits = await page
    .locator('#results .hit')
    .evaluateAll((els) =>
      els.map((el) => ({ id: (el as HTMLElement).dataset.id!, passage: Number((el as HTMLElement).dataset.passage) })),
    );
  expect(hits.length).toBeGreaterThan(0);
  const deepest = hits.reduce((a, b) => (b.passage > a.passage ? b : a));
  const searchUrl = page.url();
  await Promise.all([page.waitForURL(/\/doc\//), page.locator(`.hit[data-id="${deepest.id}"] .hit-link`).click()]);
  await page.waitForSelector('#article[aria-busy="false"]');
  return { id: deepest.id, passage: `p-${deepest.passage}`, searchUrl };
}

describe('the article view', () => {
  it('opens a result on its passage: scrolled into view, emphasized, matches marked', async () => {
    const { page } = await open('/');
    const { id, passage } = await openDeepestHit(page, 'باتروشيف');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/doc/${id}`);
    expect(url.searchParams.get('q')).toBe('باتروشيف');
    expect(url.hash).toBe(`#${passage}`);

    const target = page.locator('.passage.is-target');
    expect(await target.count()).toBe(1);
    expect(await target.getAttribute('id')).toBe(passage);
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    expect(await inViewport(page, '.passage.is-target')).toBe(true);
    const look = await target.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, edge: style.borderInlineStartColor };
    });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.edge).not.toBe('rgba(0, 0, 0, 0)');
    // Every passage is there, with its anchor, and every match is marked.
    expect(await page.locator('#passages .passage[id^="p-"]').count()).toBeGreaterThan(1);
    expect(await page.locator('#passages mark').allTextContents()).toContain('باتروشيف');
    expect(await page.locator('#doc-title').textContent()).not.toBe('…');
    await screenshot(page, 'article-desktop');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'article-top-desktop');
  });

  it('goes back to the same search with the back button and with the back link', async () => {
    const { page } = await open('/');
    const { searchUrl } = await openDeepestHit(page, 'باتروشيف');
    const before = new URL(searchUrl);

    await page.goBack();
    await waitForSearch(page, 'باتروشيف');
    expect(page.url()).toBe(searchUrl);
    expect(await page.locator('#q').inputValue()).toBe('باتروشيف');
    expect(await hitIds(page)).not.toHaveLength(0);

    await page.goForward();
    await page.waitForSelector('#article[aria-busy="false"]');
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.locator('#back-link').click()]);
    await waitForSearch(page, 'باتروشيف');
    expect(new URL(page.url()).search).toBe(before.search);
    expect(await page.locator('#q').inputValue()).toBe('باتروشيف');
  });

  it('the back link restores filters too, even when the article was opened in a new tab', async () => {
    const { page, context } = await open(
      `/?${new URLSearchParams([
        ['q', 'الصين'],
        ['country', 'CN'],
        ['sort', 'date'],
      ])}`,
    );
    await waitForSearch(page);
    const href = await page.locator('#results .hit-link').first().getAttribute('href');
    expect(href).toBeTruthy();
    const tab = await context.newPage();
    await tab.goto(href!);
    await tab.waitForSelector('#article[aria-busy="false"]');
    const back = new URL((await tab.locator('#back-link').getAttribute('href')) ?? '', session.baseUrl());
    expect(back.searchParams.get('q')).toBe('الصين');
    expect(back.searchParams.getAll('country')).toEqual(['CN']);
    expect(back.searchParams.get('sort')).toBe('date');
  });

  it('shows <script> and other markup inside a document as text, never running it', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'حقن');
    await waitForSearch(page, 'حقن');
    const link = page.locator('#results .hit-link').first();
    expect(await link.textContent()).toContain('<script>window.__xss = 1</script>');
    expect(await page.locator('#results script, #results img').count()).toBe(0);

    await Promise.all([page.waitForURL(/\/doc\//), link.click()]);
    await page.waitForSelector('#article[aria-busy="false"]');
    const text = await page.locator('#passages').textContent();
    expect(text).toContain('<script>window.__xss = 2</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=3">');
    expect(text).toContain(`الرموز & و" و' تبقى`);
    expect(await page.locator('#passages script, #passages img, #doc-title script').count()).toBe(0);
    expect(await page.locator('#doc-title').textContent()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('answers an unknown article with a friendly message', async () => {
    const { page, problems } = await open('/doc/no-such-article?q=x');
    await page.waitForSelector('#doc-message .error');
    expect(await page.locator('#doc-message').textContent()).toContain('لم نجد');
    // The browser logs the 404 of the API call itself; that one is expected.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')));
  });

  it('reads well on a 360 px phone', async () => {
    const { page } = await open('/', MOBILE);
    await openDeepestHit(page, 'باتروشيف');
    expect(await inViewport(page, '.passage.is-target')).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'article-mobile');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'article-top-mobile');
  });
});
