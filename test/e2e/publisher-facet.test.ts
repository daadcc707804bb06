/**
 * The page shows every keyword facet of indexer/facets.ts without knowing it: the publisher facet
 * (test/fixtures/publisher: Xinhua, Sputnik Arabic…) gets its list, its chip and its URL parameter.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSession, hitIds, shownTotal, waitForSearch } from './browser.ts';

const XINHUA = 'وكالة شينخوا'; // Xinhua agency
const session = browserSession({ docs: [path.resolve('test/fixtures/publisher')] });

describe('publisher facet on the page', () => {
  it('lists publishers with counts under الناشر (publisher) and filters by one, in the URL', async () => {
    const { page } = await session.open(`/?${new URLSearchParams({ q: 'الصين' })}`); // China
    await waitForSearch(page);
    const list = page.locator('#facet-publisher-list');
    expect(await page.locator('#facet-publisher legend').textContent()).toBe('الناشر');
    expect(await list.locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toContain(
      XINHUA,
    );
    const before = await shownTotal(page);

    await list.locator(`input[value="${XINHUA}"]`).check();
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.getAll('publisher')).toEqual([XINHUA]);
    expect(await hitIds(page)).toEqual(['pub-xinhua-1']);
    expect(await shownTotal(page)).toBeLessThan(before);
    expect(await page.locator(`#active-filters [data-filter="publisher:${XINHUA}"]`).textContent()).toContain(
      `الناشر: ${XINHUA}`,
    );
  });

  it('restores a selected publisher from the URL', async () => {
    const { page } = await session.open(`/?${new URLSearchParams({ q: 'الصين', publisher: XINHUA })}`);
    await waitForSearch(page);
    expect(await page.locator(`#facet-publisher-list input[value="${XINHUA}"]`).isChecked()).toBe(true);
    expect(await hitIds(page)).toEqual(['pub-xinhua-1']);
  });
});
