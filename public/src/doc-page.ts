/**
 * The article view (`/doc/ID?q=…#p-N`): the full original text as passages `#p-N` with every match
 * of `q` marked, the target passage scrolled into view and emphasized, the metadata, a stepper
 * through the matches, and a back link that returns to the search the reader came from.
 */
import type { CountryLabel, DocumentResponse } from '../../server/api-types.ts';
import { getJson, friendlyMessage } from './api.ts';
import { h, bdi, byId, setMarkedHtml } from './dom.ts';
import { formatDate, matchesLabel, formatNumber } from './format.ts';
import { isBlank, pageUrl, parseState } from './search-state.ts';

/** Language names for ISO 639-1 codes and the ISO 639-3 codes franc answers. */
const LANGUAGES: Record<string, string> = {
  ar: 'العربية',
  arb: 'العربية',
  en: 'الإنجليزية',
  eng: 'الإنجليزية',
  fr: 'الفرنسية',
  fra: 'الفرنسية',
  ru: 'الروسية',
  rus: 'الروسية',
  zh: 'الصينية',
  cmn: 'الصينية',
  fa: 'الفارسية',
  pes: 'الفارسية',
};

const ui = {
  back: byId<HTMLAnchorElement>('back-link'),
  article: byId('article'),
  title: byId('doc-title'),
  meta: byId('doc-meta'),
  matchNav: byId('match-nav'),
  passages: byId('passages'),
  message: byId('doc-message'),
};

const params = new URLSearchParams(location.search);
const q = params.get('q') ?? '';
const id = decodeURIComponent(location.pathname.replace(/^\/doc\//, '').replace(/\/$/, ''));

// ---------------------------------------------------------------- back to the search

/** The search this article was opened from: its link carries the search's parameters after `q`. */
function searchUrl(): string {
  const state = parseState(location.search);
  return isBlank(state) ? '/' : pageUrl(state);
}

function setUpBackLink(): void {
  ui.back.href = searchUrl();
  ui.back.addEventListener('click', (event) => {
    // Straight from the results page: go back in history, so scroll position and the bfcache survive.
    const referrer = document.referrer ? new URL(document.referrer) : null;
    if (
      referrer &&
      referrer.origin === location.origin &&
      referrer.pathname + referrer.search === ui.back.getAttribute('href') &&
      history.length > 1
    ) {
      event.preventDefault();
      history.back();
    }
  });
}

// ---------------------------------------------------------------- rendering

function render(doc: DocumentResponse): void {
  document.title = `${doc.title || 'مقال'} — أرشيف الأخبار العربية`;
  setMarkedHtml(ui.title, doc.titleHtml || escapeText(doc.title) || 'بلا عنوان');
  ui.meta.replaceChildren(...metadata(doc));
  ui.passages.replaceChildren(
    ...doc.passages.map((p) => {
      const el = h('p', {
        class: p.matches > 0 ? 'passage has-matches' : 'passage',
        attrs: { id: `p-${p.n}`, dir: 'auto', 'data-matches': p.matches },
      });
      setMarkedHtml(el, p.html);
      return el;
    }),
  );
  ui.article.setAttribute('aria-busy', 'false');
  renderMatchNav();
  focusTarget(true);
}

function escapeText(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function metadata(doc: DocumentResponse): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const row = (label: string, ...value: (Node | string)[]) =>
    rows.push(h('div', { class: 'meta-row' }, h('dt', {}, label), h('dd', {}, ...value)));

  const date = formatDate(doc.date, doc.year, doc.hijri_year);
  if (date) {
    row(
      'التاريخ',
      h('time', { attrs: { datetime: date.iso } }, date.gregorian),
      ...(date.hijri ? [h('span', { class: 'hijri' }, ` · ${date.hijri}`)] : []),
    );
  }
  if (doc.countries.length) row('البلدان', countryChips(doc.countries));
  if (doc.dateline_country) row('مكان الخبر', doc.dateline_country.label);
  if (doc.lang) row('اللغة', LANGUAGES[doc.lang] ?? bdi(doc.lang, 'ltr'));
  if (doc.source) row('الملف', h('bdi', { class: 'source', attrs: { dir: 'ltr' } }, doc.source));
  const original = safeHttpUrl(doc.url);
  if (original) {
    row(
      'المصدر',
      h(
        'a',
        { attrs: { href: original, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'ltr' } },
        new URL(original).hostname,
      ),
    );
  }
  return rows;
}

/** Only http(s) links from the data become clickable: never `javascript:` or `data:`. */
function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function countryChips(countries: CountryLabel[]): HTMLElement {
  return h(
    'ul',
    { class: 'chips' },
    ...countries.map((c) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            class: 'chip chip-country',
            attrs: { href: `/?${new URLSearchParams({ ...(q ? { q } : {}), country: c.code }).toString()}` },
          },
          c.label,
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- matches and the target passage

function marks(): HTMLElement[] {
  return Array.from(ui.passages.querySelectorAll('mark'));
}

let currentMark = -1;
/** Marks match `index` as the current one and updates the counter; set by renderMatchNav. */
let showMatch: (index: number, scroll: boolean) => void = () => {};

function renderMatchNav(): void {
  const all = marks();
  if (!q || all.length === 0) {
    ui.matchNav.hidden = !q;
    ui.matchNav.replaceChildren(...(q ? [h('p', {}, 'لا تطابقات لـ ', h('q', {}, bdi(q)), ' في هذا المقال.')] : []));
    return;
  }
  ui.matchNav.hidden = false;
  const counter = h('span', { class: 'match-counter', attrs: { 'aria-live': 'polite', 'data-current': '' } });
  showMatch = (index: number, scroll: boolean) => {
    currentMark = (index + all.length) % all.length;
    for (const m of all) m.classList.remove('is-current');
    const mark = all[currentMark]!;
    mark.classList.add('is-current');
    if (scroll) mark.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // "٣ / ٩": which match is marked, of how many (the reader always knows where they are).
    counter.textContent = `${formatNumber(currentMark + 1)} / ${formatNumber(all.length)}`;
    counter.dataset.current = String(currentMark + 1);
    counter.setAttribute('aria-label', `التطابق ${formatNumber(currentMark + 1)} من ${formatNumber(all.length)}`);
  };
  const step = (delta: number) => () => showMatch(currentMark + delta, true);
  ui.matchNav.replaceChildren(
    h('p', { class: 'match-summary' }, `${matchesLabel(all.length)} لـ `, h('q', {}, bdi(q))),
    h(
      'div',
      { class: 'match-buttons' },
      h(
        'button',
        { class: 'button small', attrs: { type: 'button', 'aria-label': 'التطابق السابق' }, on: { click: step(-1) } },
        'السابق',
      ),
      counter,
      h(
        'button',
        { class: 'button small', attrs: { type: 'button', 'aria-label': 'التطابق التالي' }, on: { click: step(1) } },
        'التالي',
      ),
    ),
  );
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls to `#p-N` (or the first passage with matches) and emphasizes it. */
function focusTarget(initial: boolean): void {
  for (const el of ui.passages.querySelectorAll('.is-target')) el.classList.remove('is-target');
  const hash = decodeURIComponent(location.hash.slice(1));
  let target = /^p-\d+$/.test(hash) ? document.getElementById(hash) : null;
  if (!target && initial && q) target = ui.passages.querySelector<HTMLElement>('.passage.has-matches');
  if (!target) {
    if (initial && marks().length > 0) showMatch(0, false);
    return;
  }
  target.classList.add('is-target');
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
  // The current match is the first one in (or after) the passage the link pointed at.
  const all = marks();
  if (all.length === 0) return;
  const at = all.findIndex(
    (m) => target.contains(m) || (target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  showMatch(at >= 0 ? at : 0, false);
}

function renderError(error: unknown): void {
  const { title, detail, retry } = friendlyMessage(error);
  ui.article.hidden = true;
  ui.message.hidden = false;
  ui.message.replaceChildren(
    h(
      'div',
      { class: 'error', attrs: { role: 'alert' } },
      h('h1', { class: 'message-title' }, title),
      h('p', {}, detail),
      retry
        ? h(
            'button',
            { class: 'button', attrs: { type: 'button' }, on: { click: () => location.reload() } },
            'أعد المحاولة',
          )
        : null,
    ),
  );
}

async function load(): Promise<void> {
  setUpBackLink();
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  if (!id) {
    renderError(new Error('no id'));
    return;
  }
  const url = `/api/documents/${encodeURIComponent(id)}${q ? `?${new URLSearchParams({ q }).toString()}` : ''}`;
  try {
    render(await getJson<DocumentResponse>(url));
  } catch (error) {
    renderError(error);
  }
}

window.addEventListener('hashchange', () => focusTarget(false));
void load();
