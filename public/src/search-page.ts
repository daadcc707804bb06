/**
 * The search page (`/`): search as you type, disjunctive year and keyword facets (facet-list.ts), active-filter
 * chips, Latin-name understanding, paging, keyboard navigation, and the whole state in the URL.
 * Renders into the skeleton of `public/index.html`; every string goes in as text (see dom.ts).
 */
import type { KeywordFacetCounts, SearchHit, SearchResponse } from '../../server/api-types.ts';
import { KEYWORD_FACETS, noFacets } from './facet-list.ts';
import type { Suggestion, Suggestions } from '../../server/suggestions.ts';
import { getJson, isAbort, friendlyMessage } from './api.ts';
import { h, bdi, byId, setMarkedHtml } from './dom.ts';
import { formatDate, formatNumber, formatYear, millisecondsLabel, resultsLabel } from './format.ts';
import {
  EMPTY_STATE,
  PER_PAGE,
  apiUrl,
  hasFilters,
  isBlank,
  pageUrl,
  parseState,
  sameState,
  type SearchState,
  type Sort,
} from './search-state.ts';

const DEBOUNCE_MS = 200;
/** Show the loading look only for searches slower than this, so fast answers do not flicker. */
const LOADING_DELAY_MS = 120;

/**
 * What to try, from the collection itself (`GET /api/suggestions`: its most frequent countries and
 * words), so that every suggestion finds something in the collection being searched. Fetched once;
 * until it answers (or if it fails) the welcome shows no list rather than examples that may find nothing.
 */
let suggestions: Suggestions | null = null;
const suggestionsLoaded: Promise<void> = getJson<Suggestions>('/api/suggestions')
  .then((s) => {
    suggestions = s;
  })
  .catch(() => {
    suggestions = null;
  });

function suggestionNote(s: Suggestion): string {
  return s.kind === 'country' ? `بلد، ${articlesLabel(s.documents)}` : articlesLabel(s.documents);
}

function articlesLabel(n: number): string {
  return n === 1 ? 'في مقال واحد' : n === 2 ? 'في مقالين' : `في ${formatNumber(n)} مقالات`;
}

const MATCH_LABELS: Record<SearchHit['match'], string> = {
  exact: 'تطابق حرفي',
  stem: 'تطابق صرفي',
  phonetic: 'تطابق بالنطق',
};

const ui = {
  form: byId<HTMLFormElement>('search-form'),
  input: byId<HTMLInputElement>('q'),
  clear: byId<HTMLButtonElement>('clear-query'),
  status: byId('status'),
  timing: byId('timing'),
  sort: byId<HTMLSelectElement>('sort'),
  facetsPanel: byId<HTMLDetailsElement>('facets-panel'),
  facetsCount: byId('facets-count'),
  yearList: byId('facet-year-list'),
  keywordFacets: byId('keyword-facets'),
  activeFilters: byId('active-filters'),
  matchedForms: byId('matched-forms'),
  message: byId('message'),
  results: byId<HTMLOListElement>('results'),
  pagination: byId('pagination'),
};

let state: SearchState = parseState(location.search);
/** Labels seen in facets and hits, by facet, so a chip can name a value the last answer did not list. */
const facetLabels = new Map<string, Map<string, string>>(KEYWORD_FACETS.map((f) => [f.name, new Map()]));
/** Each keyword facet's fieldset and list, made once from the facet list. */
const facetLists = new Map(
  KEYWORD_FACETS.map((f) => {
    const list = h('ul', { class: 'facet-list', attrs: { id: `facet-${f.name}-list` } });
    const fieldset = h(
      'fieldset',
      { class: 'facet', attrs: { id: `facet-${f.name}`, hidden: true } },
      h('legend', { class: 'facet-title' }, f.heading),
      list,
    );
    ui.keywordFacets.append(fieldset);
    return [f.name, { fieldset, list }] as const;
  }),
);

let requestSeq = 0;
let inFlight: AbortController | null = null;
let debounceTimer: number | undefined;
let loadingTimer: number | undefined;
/** Typing replaces the history entry it created; any other change pushes a new one. */
let lastCommitWasTyping = false;

// ---------------------------------------------------------------- state, URL, searching

function commit(next: SearchState, how: 'push' | 'replace'): void {
  const url = pageUrl(next);
  const current = location.pathname + location.search;
  if (how === 'push' && url !== current) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  state = next;
}

/** A change that is not typing: filters, page, sort, suggestions. Searches at once. */
function navigate(next: SearchState): void {
  lastCommitWasTyping = false;
  window.clearTimeout(debounceTimer);
  commit(next, 'push');
  ui.input.value = next.q;
  syncClearButton();
  void runSearch();
}

function onType(): void {
  syncClearButton();
  window.clearTimeout(debounceTimer);
  debounceTimer = window.setTimeout(() => {
    const next = { ...state, q: ui.input.value, page: 1 };
    if (sameState(next, state)) return;
    commit(next, lastCommitWasTyping ? 'replace' : 'push');
    lastCommitWasTyping = true;
    void runSearch();
  }, DEBOUNCE_MS);
}

async function runSearch(): Promise<void> {
  inFlight?.abort();
  const seq = ++requestSeq;
  window.clearTimeout(loadingTimer);

  if (isBlank(state)) {
    inFlight = null;
    setLoading(false);
    renderWelcome();
    markRendered(state);
    setBusy(false);
    return;
  }

  const controller = new AbortController();
  inFlight = controller;
  setBusy(true);
  loadingTimer = window.setTimeout(() => setLoading(true), LOADING_DELAY_MS);
  const asked = state;
  try {
    const response = await getJson<SearchResponse>(apiUrl(asked), controller.signal);
    if (seq !== requestSeq) return; // a newer search has started: this answer is stale
    renderResults(asked, response);
    markRendered(asked);
  } catch (error) {
    if (isAbort(error) || seq !== requestSeq) return;
    renderError(error);
    markRendered(asked);
  } finally {
    if (seq === requestSeq) {
      window.clearTimeout(loadingTimer);
      setLoading(false);
      setBusy(false);
      inFlight = null;
    }
  }
}

/** `aria-busy` says at once that an answer is pending; the visual loading look waits a little. */
function setBusy(busy: boolean): void {
  ui.results.setAttribute('aria-busy', String(busy));
}

function setLoading(loading: boolean): void {
  document.body.classList.toggle('is-loading', loading);
}

/** Which page URL the rendered results belong to (tests and scripts wait on it). */
function markRendered(asked: SearchState): void {
  ui.results.dataset.url = pageUrl(asked);
  ui.results.dataset.q = asked.q;
}

function setView(view: 'welcome' | 'results' | 'empty' | 'error'): void {
  document.body.dataset.view = view;
}

// ---------------------------------------------------------------- rendering

function renderWelcome(): void {
  setView('welcome');
  ui.status.textContent = '';
  ui.timing.textContent = '';
  ui.results.replaceChildren();
  ui.pagination.replaceChildren();
  ui.matchedForms.replaceChildren();
  ui.matchedForms.hidden = true;
  renderActiveFilters();
  renderFacets(null);
  showMessage(
    h(
      'div',
      { class: 'welcome' },
      h('h2', { class: 'message-title' }, 'ابحث في أرشيف الأخبار العربية'),
      h(
        'p',
        {},
        'اكتب كلمة أو اسمًا بالعربية، بتشكيل أو من دونه، ومع حروف الجر الملتصقة (و، ب، ل، ال…)، أو اكتب الاسم بحروف لاتينية.',
      ),
      suggestionList('جرّب:'),
      samplesNote(),
    ),
  );
}

/** While the user's collection is empty the server shows the sample articles: say so, and how to leave them. */
function samplesNote(): HTMLElement {
  const note = h(
    'p',
    { class: 'samples-note', attrs: { hidden: '' } },
    'تعرض هذه الصفحة مقالات تجريبية إلى أن تفهرس مقالاتك: ',
    h('code', { attrs: { dir: 'ltr' } }, 'npm run index -- PATH'),
    '.',
  );
  void suggestionsLoaded.then(() => {
    note.hidden = !suggestions?.samples;
  });
  return note;
}

function suggestionList(label: string): HTMLElement {
  const list = suggestionItems(label);
  if (suggestions === null) {
    // Filled in place when the suggestions arrive; nothing is shown before.
    const holder = h('div', { class: 'suggestions-holder' });
    void suggestionsLoaded.then(() => holder.replaceWith(suggestionItems(label)));
    return holder;
  }
  return list;
}

function suggestionItems(label: string): HTMLElement {
  const items = suggestions?.suggestions ?? [];
  if (items.length === 0) return h('div', { class: 'suggestions-holder' });
  return h(
    'div',
    { class: 'suggestions' },
    h('p', { class: 'suggestions-label', attrs: { id: 'suggestions-label' } }, label),
    h(
      'ul',
      { class: 'suggestion-list', attrs: { 'aria-labelledby': 'suggestions-label' } },
      ...items.map((s) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'suggestion',
              attrs: { type: 'button', 'data-q': s.q },
              on: { click: () => navigate({ ...EMPTY_STATE, q: s.q }) },
            },
            h('span', { class: 'suggestion-q', attrs: { dir: 'auto' } }, s.q),
            h('span', { class: 'suggestion-note' }, suggestionNote(s)),
          ),
        ),
      ),
    ),
  );
}

function showMessage(content: HTMLElement | null): void {
  ui.message.replaceChildren(...(content ? [content] : []));
  ui.message.hidden = content === null;
}

function renderResults(asked: SearchState, response: SearchResponse): void {
  for (const f of KEYWORD_FACETS)
    for (const v of countsOf(response, f.name)) facetLabels.get(f.name)?.set(v.value, v.label);
  for (const hit of response.hits) for (const c of hit.countries) facetLabels.get('country')?.set(c.code, c.label);

  const focusWasInResults = ui.results.contains(document.activeElement);
  ui.status.textContent = response.total === 0 ? 'لا توجد نتائج' : `${totalLabel(response.total)}`;
  ui.status.dataset.total = String(response.total);
  // A sharded collection answered without some shards (docs/sharding.md): say the results are partial.
  if (response.missingShards?.length)
    ui.status.textContent += ` · نتائج ناقصة: لا يجيب ${response.missingShards.join('، ')}`;
  ui.timing.textContent = `في ${millisecondsLabel(response.processingTimeMs)}`;
  ui.sort.value = asked.sort;

  renderMatchedForms(response);
  renderActiveFilters();
  renderFacets(response);

  ui.results.replaceChildren(...response.hits.map((hit, i) => renderHit(hit, response.offset + i + 1)));
  renderPagination(response);

  if (response.hits.length === 0) {
    setView('empty');
    showMessage(emptyMessage(asked, response.didYouMean));
  } else {
    setView('results');
    showMessage(null);
  }
  if (focusWasInResults) ui.input.focus();
}

function totalLabel(total: number): string {
  return total >= 1000 ? `أكثر من ${formatNumber(1000)} نتيجة` : resultsLabel(total);
}

function emptyMessage(asked: SearchState, didYouMean: SearchResponse['didYouMean']): HTMLElement {
  const box = h(
    'div',
    { class: 'empty' },
    h('h2', { class: 'message-title' }, 'لا نتائج لـ ', h('q', {}, bdi(asked.q))),
  );
  // The closest spellings the collection has (server/search/suggestions.ts), each a search of its own.
  if (didYouMean.length > 0) {
    box.append(
      h(
        'p',
        { class: 'did-you-mean' },
        'هل تقصد: ',
        ...didYouMean.flatMap((s, i) => [
          ...(i > 0 ? ['، '] : []),
          h(
            'a',
            {
              class: 'did-you-mean-link',
              attrs: { href: '#', dir: 'auto', 'data-q': s.q },
              on: {
                click: (e: Event) => {
                  e.preventDefault();
                  navigate({ ...asked, q: s.q, page: 1 });
                },
              },
            },
            s.q,
          ),
          h('span', { class: 'did-you-mean-count' }, ` (${resultsLabel(s.count)})`),
          // The query without words no document has (server/search/fewer-words.ts): say which.
          ...(s.without
            ? [h('span', { class: 'did-you-mean-without' }, ' بدون ', ...s.without.map((w) => h('q', {}, bdi(w))))]
            : []),
        ]),
      ),
    );
  }
  box.append(h('p', {}, 'تحقّق من الإملاء، أو جرّب كلمة أقرب إلى نص الخبر، أو اكتب الاسم بالعربية.'));
  if (hasFilters(asked)) {
    box.append(
      h(
        'p',
        {},
        h(
          'button',
          {
            class: 'button',
            attrs: { type: 'button' },
            on: { click: () => navigate({ ...asked, years: [], facets: noFacets(), page: 1 }) },
          },
          'ابحث من دون عوامل التصفية',
        ),
      ),
    );
  }
  box.append(suggestionList('أو جرّب:'));
  return box;
}

function renderHit(hit: SearchHit, rank: number): HTMLLIElement {
  const link = h('a', {
    class: 'hit-link',
    attrs: { href: withSearchState(hit.url, state), dir: 'auto', 'data-rank': rank },
  });
  setMarkedHtml(link, hit.titleHtml || escapeText(hit.title) || 'بلا عنوان');
  const snippet = h('p', { class: 'hit-snippet', attrs: { dir: 'auto' } });
  setMarkedHtml(snippet, hit.snippet);

  const date = formatDate(hit.date, hit.year, hit.hijri_year);
  const meta = h('p', { class: 'hit-meta' });
  if (date) {
    meta.append(h('time', { class: 'hit-date', attrs: { datetime: date.iso } }, date.gregorian));
    if (date.hijri) meta.append(h('span', { class: 'hit-hijri', attrs: { title: 'السنة الهجرية' } }, date.hijri));
  }
  meta.append(h('span', { class: `match-kind match-${hit.match}` }, MATCH_LABELS[hit.match] ?? hit.match));

  const chips = hit.countries.length
    ? h(
        'ul',
        { class: 'chips', attrs: { 'aria-label': 'البلدان' } },
        ...hit.countries.map((c) => {
          const selected = (state.facets.country ?? []).includes(c.code);
          return h(
            'li',
            {},
            h(
              'button',
              {
                class: selected ? 'chip chip-country is-selected' : 'chip chip-country',
                attrs: {
                  type: 'button',
                  'data-country': c.code,
                  'aria-pressed': String(selected),
                  title: selected ? `إلغاء التصفية حسب ${c.label}` : `اعرض أخبار ${c.label} فقط`,
                },
                on: { click: () => toggleFacet('country', c.code) },
              },
              c.label,
            ),
          );
        }),
      )
    : null;

  return h(
    'li',
    { class: 'hit', attrs: { 'data-id': hit.id, 'data-passage': hit.passage } },
    h('article', { class: 'hit-card' }, h('h3', { class: 'hit-title' }, link), meta, snippet, chips),
  );
}

/**
 * The article link carries the rest of the search (filters, sort, page) after the server's `q`, so
 * the article's back link can rebuild it in any tab, and a shared article link keeps its context.
 */
function withSearchState(url: string, current: SearchState): string {
  const target = new URL(url, location.origin);
  const params = new URLSearchParams(pageUrl({ ...current, q: '' }).replace(/^\/\??/, ''));
  for (const [key, value] of params) target.searchParams.append(key, value);
  return target.pathname + target.search + target.hash;
}

function escapeText(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function renderMatchedForms(response: SearchResponse): void {
  const forms = response.query.matchedForms.filter((f) => f.arabic.length > 0);
  if (forms.length === 0) {
    ui.matchedForms.hidden = true;
    ui.matchedForms.replaceChildren();
    return;
  }
  ui.matchedForms.hidden = false;
  ui.matchedForms.replaceChildren(
    h('p', { class: 'matched-title' }, 'بحثنا عن الأسماء اللاتينية بحروفها العربية:'),
    h(
      'ul',
      { class: 'matched-list' },
      ...forms.map((form) =>
        h(
          'li',
          { class: 'matched-form' },
          h('bdi', { class: 'latin', attrs: { dir: 'ltr', lang: 'en' } }, form.query),
          h('span', { class: 'arrow', attrs: { 'aria-label': 'تطابق' } }, ' ← '),
          ...form.arabic.flatMap((arabic, i) => [
            i > 0 ? h('span', { class: 'sep' }, '، ') : null,
            h(
              'button',
              {
                class: 'matched-arabic',
                attrs: { type: 'button', 'data-arabic': arabic, title: `ابحث عن «${arabic}»` },
                on: { click: () => navigate({ ...state, q: arabic, page: 1 }) },
              },
              bdi(arabic, 'rtl'),
            ),
          ]),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- facets and filters

function renderFacets(response: SearchResponse | null): void {
  const years = new Map<number, number>();
  for (const y of response?.facets.year ?? []) years.set(y.value, y.count);
  for (const y of state.years) if (!years.has(y)) years.set(y, 0);
  const yearEntries = [...years.entries()].sort((a, b) => b[0] - a[0]);

  const keywordCounts = KEYWORD_FACETS.map((f) => {
    const counts = new Map<string, number>();
    for (const v of response ? countsOf(response, f.name) : []) counts.set(v.value, v.count);
    for (const v of state.facets[f.name] ?? []) if (!counts.has(v)) counts.set(v, 0);
    return { facet: f.name, counts };
  });

  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.dataset.key : undefined;

  // Undated results are counted beside the years so the counts add up to the total; they are not a filter.
  const undated = yearEntries.length > 0 ? (response?.facets.undated ?? 0) : 0;
  ui.yearList.replaceChildren(
    ...yearEntries.map(([year, count]) =>
      facetOption('year', String(year), formatYear(year), count, state.years.includes(year), () => toggleYear(year)),
    ),
    ...(undated > 0
      ? [
          h(
            'li',
            { class: 'facet-undated', attrs: { id: 'facet-undated', 'data-count': undated } },
            'بلا تاريخ ',
            h('span', { class: 'facet-count' }, formatNumber(undated)),
          ),
        ]
      : []),
  );
  let shown = yearEntries.length;
  for (const { facet, counts } of keywordCounts) {
    const { fieldset, list } = facetLists.get(facet)!;
    const selected = state.facets[facet] ?? [];
    list.replaceChildren(
      ...[...counts.entries()].map(([value, count]) =>
        facetOption(facet, value, labelOf(facet, value), count, selected.includes(value), () =>
          toggleFacet(facet, value),
        ),
      ),
    );
    fieldset.hidden = counts.size === 0;
    shown += counts.size;
  }
  byId('facet-year').hidden = yearEntries.length === 0;
  document.body.classList.toggle('has-facets', shown > 0);

  const active = state.years.length + KEYWORD_FACETS.reduce((n, f) => n + (state.facets[f.name] ?? []).length, 0);
  ui.facetsCount.textContent = active ? `(${formatNumber(active)})` : '';

  if (focused) {
    const again = document.querySelector<HTMLInputElement>(`input[data-key="${CSS.escape(focused)}"]`);
    again?.focus();
  }
}

function facetOption(
  facet: string,
  value: string,
  label: string,
  count: number,
  selected: boolean,
  toggle: () => void,
): HTMLLIElement {
  const id = `facet-${facet}-${value}`;
  return h(
    'li',
    { class: count === 0 && !selected ? 'facet-option is-empty' : 'facet-option' },
    h('input', {
      attrs: {
        type: 'checkbox',
        id,
        name: facet,
        value,
        checked: selected,
        'data-key': `${facet}:${value}`,
        'data-count': count,
      },
      on: { change: toggle },
    }),
    h(
      'label',
      { attrs: { for: id } },
      h('span', { class: 'facet-label' }, label),
      h('span', { class: 'facet-count', attrs: { 'aria-label': `${formatNumber(count)} مقال` } }, formatNumber(count)),
    ),
  );
}

/** A keyword facet's counts in an answer (empty when the server does not know the facet). */
function countsOf(response: SearchResponse, facet: string): KeywordFacetCounts[keyof KeywordFacetCounts] {
  return (
    (response.facets as unknown as Partial<Record<string, KeywordFacetCounts[keyof KeywordFacetCounts]>>)[facet] ?? []
  );
}

function labelOf(facet: string, value: string): string {
  return facetLabels.get(facet)?.get(value) ?? value;
}

function toggleYear(year: number): void {
  const years = state.years.includes(year) ? state.years.filter((y) => y !== year) : [...state.years, year];
  navigate({ ...state, q: ui.input.value, years, page: 1 });
}

function toggleFacet(facet: string, value: string): void {
  const selected = state.facets[facet] ?? [];
  const values = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
  navigate({ ...state, q: ui.input.value, facets: { ...state.facets, [facet]: values }, page: 1 });
}

function renderActiveFilters(): void {
  const chips: HTMLElement[] = [
    ...state.years.map((year) => removableChip(`السنة: ${formatYear(year)}`, `year:${year}`, () => toggleYear(year))),
    ...KEYWORD_FACETS.flatMap((f) =>
      (state.facets[f.name] ?? []).map((value) =>
        removableChip(`${f.heading}: ${labelOf(f.name, value)}`, `${f.name}:${value}`, () =>
          toggleFacet(f.name, value),
        ),
      ),
    ),
  ];
  if (chips.length === 0) {
    ui.activeFilters.hidden = true;
    ui.activeFilters.replaceChildren();
    return;
  }
  ui.activeFilters.hidden = false;
  ui.activeFilters.replaceChildren(
    h('span', { class: 'active-filters-label' }, 'التصفية:'),
    h('ul', { class: 'chips' }, ...chips.map((chip) => h('li', {}, chip))),
    h(
      'button',
      {
        class: 'link-button clear-all',
        attrs: { type: 'button' },
        on: { click: () => navigate({ ...state, q: ui.input.value, years: [], facets: noFacets(), page: 1 }) },
      },
      'مسح الكل',
    ),
  );
}

function removableChip(label: string, key: string, remove: () => void): HTMLElement {
  return h(
    'button',
    {
      class: 'chip chip-active',
      attrs: { type: 'button', 'data-filter': key, 'aria-label': `إزالة ${label}` },
      on: { click: remove },
    },
    h('span', {}, label),
    h('span', { class: 'chip-x', attrs: { 'aria-hidden': 'true' } }, '×'),
  );
}

// ---------------------------------------------------------------- paging

function renderPagination(response: SearchResponse): void {
  const pages = Math.max(1, Math.ceil(Math.min(response.total, 1000) / (response.perPage || PER_PAGE)));
  if (pages <= 1) {
    ui.pagination.hidden = true;
    ui.pagination.replaceChildren();
    return;
  }
  ui.pagination.hidden = false;
  const current = response.page;
  const goTo = (page: number) => () => {
    navigate({ ...state, page });
    byId('main').scrollIntoView({ block: 'start' });
  };
  const numbers: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= 1) numbers.push(p);
    else if (numbers[numbers.length - 1] !== null) numbers.push(null);
  }
  ui.pagination.replaceChildren(
    h(
      'button',
      {
        class: 'page-button',
        attrs: { type: 'button', disabled: current <= 1, rel: 'prev' },
        on: { click: goTo(current - 1) },
      },
      'السابق',
    ),
    h(
      'ul',
      { class: 'page-list' },
      ...numbers.map((p) =>
        p === null
          ? h('li', { class: 'page-gap', attrs: { 'aria-hidden': 'true' } }, '…')
          : h(
              'li',
              {},
              h(
                'button',
                {
                  class: p === current ? 'page-button is-current' : 'page-button',
                  attrs: {
                    type: 'button',
                    'aria-current': p === current ? 'page' : false,
                    'aria-label': `الصفحة ${formatNumber(p)}`,
                    'data-page': p,
                  },
                  on: { click: goTo(p) },
                },
                formatNumber(p),
              ),
            ),
      ),
    ),
    h(
      'button',
      {
        class: 'page-button',
        attrs: { type: 'button', disabled: current >= pages, rel: 'next' },
        on: { click: goTo(current + 1) },
      },
      'التالي',
    ),
  );
}

// ---------------------------------------------------------------- errors

function renderError(error: unknown): void {
  setView('error');
  const { title, detail, retry } = friendlyMessage(error);
  ui.status.textContent = title;
  ui.status.dataset.total = '';
  ui.timing.textContent = '';
  ui.results.replaceChildren();
  ui.pagination.replaceChildren();
  ui.pagination.hidden = true;
  showMessage(
    h(
      'div',
      { class: 'error', attrs: { role: 'alert' } },
      h('h2', { class: 'message-title' }, title),
      h('p', {}, detail),
      retry
        ? h(
            'button',
            { class: 'button', attrs: { type: 'button' }, on: { click: () => void runSearch() } },
            'أعد المحاولة',
          )
        : null,
    ),
  );
}

// ---------------------------------------------------------------- keyboard

function resultLinks(): HTMLAnchorElement[] {
  return Array.from(ui.results.querySelectorAll<HTMLAnchorElement>('a.hit-link'));
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  // `code` too: on an Arabic keyboard layout the slash key types ظ.
  if ((event.key === '/' || event.code === 'Slash') && !isTypingTarget(target)) {
    event.preventDefault();
    ui.input.focus();
    ui.input.select();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  if (links.length === 0) return;
  if (target === ui.input) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[0]?.focus();
    }
    return;
  }
  const index =
    target instanceof HTMLElement
      ? links.indexOf(target.closest('.hit')?.querySelector('a.hit-link') as HTMLAnchorElement)
      : -1;
  if (index === -1) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus();
  else if (index === 0) ui.input.focus();
  else links[index - 1]?.focus();
}

// ---------------------------------------------------------------- wiring

function syncClearButton(): void {
  ui.clear.hidden = ui.input.value === '';
}

function restoreFromUrl(): void {
  state = parseState(location.search);
  lastCommitWasTyping = false;
  window.clearTimeout(debounceTimer);
  ui.input.value = state.q;
  ui.sort.value = state.sort;
  syncClearButton();
  void runSearch();
}

ui.input.addEventListener('input', onType);
ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...state, q: ui.input.value, page: 1 });
});
ui.clear.addEventListener('click', () => {
  ui.input.value = '';
  ui.input.focus();
  navigate({ ...state, q: '', page: 1 });
});
ui.sort.addEventListener('change', () => {
  navigate({ ...state, q: ui.input.value, sort: ui.sort.value as Sort, page: 1 });
});
document.addEventListener('keydown', onKeyDown);
window.addEventListener('popstate', restoreFromUrl);

ui.facetsPanel.open = window.matchMedia('(min-width: 48rem)').matches;
restoreFromUrl();
if (!state.q) ui.input.focus();
