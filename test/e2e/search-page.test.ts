/**
 * The search page in a real Chromium against the real server and engine, over the seed articles:
 * search as you type with clitics and Latin names, facets, URL state, keyboard, loading and errors.
 */
import { describe, expect, it } from 'vitest';
import {
  browserSession,
  MOBILE,
  hitIds,
  screenshot,
  shownTotal,
  typeQuery,
  waitForSearch,
  holdRequests,
  type TestPage,
} from './browser.ts';

const session = browserSession();
const open = session.open;

describe('the search page', () => {
  it('is right-to-left Arabic, set in the self-hosted Noto Naskh Arabic, and suggests queries', async () => {
    const { page } = await open('/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('20px "Noto Naskh Arabic"', 'الصين');
    });
    expect(fontLoaded).toBe(true);
    await page.waitForSelector('.suggestion');
    const suggestions = await page
      .locator('.suggestion')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.q));
    expect(suggestions).toEqual(expect.arrayContaining(['الصين', 'روسيا'])); // China, Russia: from the collection's facets
    await screenshot(page, 'search-empty-desktop');

    await page.locator('.suggestion[data-q="الصين"]').click();
    await waitForSearch(page, 'الصين');
    expect(await page.locator('#q').inputValue()).toBe('الصين');
    expect(await hitIds(page)).not.toHaveLength(0);
  });

  it('finds موسكو when typed with a clitic (بموسكو) and marks the word', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'بموسكو');
    await waitForSearch(page, 'بموسكو');
    const first = page.locator('#results .hit').first();
    expect(await first.locator('.hit-link').textContent()).toContain('موسكو');
    const marked = await page.locator('#results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((m) => m.includes('موسكو'))).toBe(true);
    // The result count is announced politely, and the engine's time is shown.
    expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#status').textContent()).not.toBe('');
    expect(await page.locator('#timing').textContent()).toContain('ثانية');
    await screenshot(page, 'search-results-desktop');
  });

  it('a misspelt name finds nothing and says "did you mean" باتروشيف (Patrushev), which one click searches', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'باتروشيق');
    await waitForSearch(page, 'باتروشيق');
    expect(await hitIds(page)).toEqual([]);
    const link = page.locator('.did-you-mean-link').first();
    expect(await link.getAttribute('data-q')).toBe('باتروشيف');
    expect(await page.locator('.did-you-mean').textContent()).toContain('هل تقصد');
    await link.click();
    await waitForSearch(page, 'باتروشيف');
    expect((await hitIds(page)).length).toBeGreaterThan(0);
  });

  it('China and Brazil (الصين والبرازيل), Brazil named nowhere: offers الصين "without" والبرازيل, one click away', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'الصين والبرازيل');
    await waitForSearch(page, 'الصين والبرازيل');
    expect(await hitIds(page)).toEqual([]);
    const link = page.locator('.did-you-mean-link[data-q="الصين"]');
    expect(await page.locator('.did-you-mean-without').first().textContent()).toContain('والبرازيل');
    await link.click();
    await waitForSearch(page, 'الصين');
    expect((await hitIds(page)).length).toBeGreaterThan(0);
  });

  it('finds والصين (wa- + al-) in the articles about China', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'والصين');
    await waitForSearch(page, 'والصين');
    expect((await hitIds(page)).length).toBeGreaterThanOrEqual(2);
    const marked = await page.locator('#results mark').allTextContents();
    expect(marked.some((m) => m.includes('الصين'))).toBe(true);
  });

  it('finds the Arabic article from a Latin name and offers the Arabic form as a search', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'Patrushev');
    await waitForSearch(page, 'Patrushev');
    const titles = await page.locator('#results .hit-link').allTextContents();
    expect(titles.some((t) => t.includes('باتروشيف'))).toBe(true);
    expect(await page.locator('#results mark').allTextContents()).toContain('باتروشيف');

    const notice = page.locator('#matched-forms');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('.latin').textContent()).toBe('Patrushev');
    await screenshot(page, 'search-latin-desktop');
    await notice.locator('button[data-arabic="باتروشيف"]').click();
    await waitForSearch(page, 'باتروشيف');
    expect(await page.locator('#q').inputValue()).toBe('باتروشيف');
    expect(await hitIds(page)).not.toHaveLength(0);
  });

  it('counts undated articles beside the years, so the year counts add up to the total (الصين: two seeds have no date)', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'الصين');
    await waitForSearch(page, 'الصين');
    const years = await facetOptions(page, 'year');
    const undated = page.locator('#facet-undated');
    expect(await undated.textContent()).toContain('بلا تاريخ');
    const count = Number(await undated.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    expect(years.reduce((n, y) => n + y.count, 0) + count).toBe(await shownTotal(page));
  });

  it('narrows by a country and a year facet: counts, results and the URL change, chips remove them', async () => {
    const { page } = await open('/');
    await typeQuery(page, 'الصين');
    await waitForSearch(page, 'الصين');
    const total = await shownTotal(page);
    const countries = await facetOptions(page, 'country');
    expect(countries.length, 'the server returns country facets for الصين').toBeGreaterThanOrEqual(2);

    // A country that covers some but not all of the results, so the list must change.
    const country = countries.filter((c) => c.count > 0 && c.count < total).sort((a, b) => a.count - b.count)[0];
    expect(country, `a country facet with fewer than ${total} articles`).toBeDefined();
    const yearsBefore = await facetOptions(page, 'year');
    await page.locator(`#facet-country-list input[value="${country!.value}"]`).check();
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual([country!.value]);
    expect(await shownTotal(page)).toBe(country!.count);
    for (const id of await hitIds(page)) {
      expect(await page.locator(`.hit[data-id="${id}"] .chip-country[data-country="${country!.value}"]`).count()).toBe(
        1,
      );
    }
    // Disjunctive: the other countries stay listed with their own counts; the year counts follow the country.
    expect((await facetOptions(page, 'country')).length).toBe(countries.length);
    const yearsAfter = await facetOptions(page, 'year');
    expect(yearsAfter).not.toEqual(yearsBefore);

    const year = yearsAfter.find((y) => y.count > 0);
    expect(year, 'a year facet among the filtered results').toBeDefined();
    await page.locator(`#facet-year-list input[value="${year!.value}"]`).check();
    await waitForSearch(page);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('year')).toEqual([year!.value]);
    expect(params.getAll('country')).toEqual([country!.value]);
    expect(await shownTotal(page)).toBe(year!.count);
    const dates = await page
      .locator('#results .hit-date')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    for (const date of dates) expect(date?.startsWith(year!.value)).toBe(true);
    expect(await page.locator('#active-filters .chip-active').count()).toBe(2);
    await screenshot(page, 'search-facets-desktop');

    // One click removes one filter; "clear all" removes the rest.
    await page.locator(`#active-filters [data-filter="country:${country!.value}"]`).click();
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual([]);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual([year!.value]);
    await page.locator('#active-filters .clear-all').click();
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe(`?${new URLSearchParams({ q: 'الصين' })}`);
    expect(await shownTotal(page)).toBe(total);
  });

  it('restores the whole view from the URL on load, reload and back/forward', async () => {
    const { page } = await open(
      `/?${new URLSearchParams([
        ['q', 'الصين'],
        ['country', 'CN'],
      ])}`,
    );
    await waitForSearch(page);
    expect(await page.locator('#q').inputValue()).toBe('الصين');
    expect(await page.locator('#facet-country-list input[value="CN"]').isChecked()).toBe(true);
    expect(await page.locator('#active-filters [data-filter="country:CN"]').count()).toBe(1);

    await page.reload();
    await waitForSearch(page);
    expect(await page.locator('#q').inputValue()).toBe('الصين');
    expect(await page.locator('#facet-country-list input[value="CN"]').isChecked()).toBe(true);

    await typeQuery(page, 'موسكو');
    await waitForSearch(page, 'موسكو');
    await page.goBack();
    await waitForSearch(page, 'الصين');
    expect(await page.locator('#q').inputValue()).toBe('الصين');
    await page.goForward();
    await waitForSearch(page, 'موسكو');
    expect(await page.locator('#q').inputValue()).toBe('موسكو');
  });

  it('is driven by the keyboard: / focuses the box, arrows walk the results, Enter opens', async () => {
    const { page } = await open('/?q=%D8%A7%D9%84%D8%B5%D9%8A%D9%86');
    await waitForSearch(page, 'الصين');
    const links = await page
      .locator('#results .hit-link')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(2);
    await page.locator('.site-footer').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/doc\//), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(links[1]);
  });

  it('ignores a slow, stale answer that arrives after a newer one', async () => {
    const { page } = await open('/');
    const stale = await holdRequests(page, '**/api/search?*', (url) => url.searchParams.get('q') === 'الصين');
    await page.locator('#q').fill('الصين');
    await page.waitForRequest(
      (r) => r.url().includes('/api/search') && new URL(r.url()).searchParams.get('q') === 'الصين',
    );
    await page.locator('#q').fill('موسكو');
    await waitForSearch(page, 'موسكو');
    const fresh = await hitIds(page);
    stale.release();
    await stale.done();
    expect(await hitIds(page)).toEqual(fresh);
    expect(await page.locator('#results').getAttribute('data-q')).toBe('موسكو');
  });

  it('says so kindly when the engine is down, and recovers on retry', async () => {
    const { page, problems } = await open('/');
    await page.route('**/api/search?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'engine_unavailable', message: 'search engine is not reachable' } }),
      }),
    );
    await typeQuery(page, 'الصين');
    await waitForSearch(page, 'الصين');
    const error = page.locator('#message .error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('محرّك البحث متوقف مؤقتًا');
    expect(await page.locator('#status').textContent()).toContain('محرّك البحث');
    await screenshot(page, 'search-error-desktop');

    await page.unroute('**/api/search?*');
    await error.locator('button').click();
    await page.waitForFunction(() => document.body.dataset.view === 'results');
    expect(await hitIds(page)).not.toHaveLength(0);
    // The browser logs the failed API call itself; that one is expected.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('503')));
  });

  it('fits a 360 px phone with no sideways scrolling', async () => {
    const { page } = await open('/', MOBILE);
    await screenshot(page, 'search-empty-mobile');
    await typeQuery(page, 'باتروشيف');
    await waitForSearch(page, 'باتروشيف');
    expect(await hitIds(page)).not.toHaveLength(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'search-results-mobile');
    // Facets fold away on a phone; they open from their summary (when the answer has any).
    if (await page.locator('.facets-summary').isVisible()) {
      expect(await page.locator('#facets-panel').getAttribute('open')).toBeNull();
      await page.locator('.facets-summary').click();
      await screenshot(page, 'search-facets-mobile');
    }
  });
});

async function facetOptions(
  page: TestPage['page'],
  facet: 'year' | 'country',
): Promise<{ value: string; count: number; checked: boolean }[]> {
  return page.locator(`#facet-${facet}-list input`).evaluateAll((els) =>
    els.map((el) => {
      const input = el as HTMLInputElement;
      return { value: input.value, count: Number(input.dataset.count), checked: input.checked };
    }),
  );
}
