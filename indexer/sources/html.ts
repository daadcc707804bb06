/**
 * HTML reader: a small tolerant scanner (no DOM): keeps the text of the page and its title,
 * drops what is never the article (scripts, styles, navigation, header, footer, forms, SVG), and
 * turns block elements into paragraph breaks so that passages follow the page's paragraphs.
 * Unclosed or misnested tags do not throw; at worst some text is kept that a browser would hide.
 *
 * The title is the article's own headline: the first `<h1>` of the kept text, else `og:title`, else
 * `<title>`; the last two usually carry the site's name ("… | موقع الأخبار"), which is removed.
 * A headline that opens the text is dropped from it later (document.ts), so it is not shown twice.
 */
import type { ReadResult } from './source-document.ts';

/** Elements whose whole content is dropped. */
export const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
]);

/** Elements that end a paragraph. */
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'tr',
  'table',
  'figure',
  'figcaption',
  'pre',
  'dd',
  'dt',
  'body',
  'html',
]);

const VOID_ELEMENTS = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'wbr',
  'source',
  'area',
  'base',
  'col',
  'embed',
  'param',
  'track',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
  zwnj: '\u200c',
  zwj: '\u200d',
  rlm: '\u200f',
  lrm: '\u200e',
  copy: '©',
  reg: '®',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  title?: string;
  text: string;
}

/** `<meta property|name=… content=…>` values by lower-cased key (first one wins). */
export function metaTags(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g))
      attrs.set(a[1].toLowerCase(), a[3] ?? a[4] ?? a[5] ?? '');
    const key = (attrs.get('property') ?? attrs.get('name'))?.toLowerCase();
    const content = attrs.get('content');
    if (key && content !== undefined && !out.has(key))
      out.set(key, decodeEntities(content).replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * Separators sites put between a headline and their name: `|`, `-`, `–`, `—`, `::`, `«`, `»`, `/`
 * with spaces around them (a hyphen inside a word or a date is not one).
 */
const SITE_SEPARATOR = /\s+(?:\||-|–|—|::|«|»|\/)\s+/;
/** A site name is short: "الجزيرة نت", "موقع الأخبار", "Sky News عربية". */
const MAX_SITE_WORDS = 4;

/**
 * Removes the site's name from a page title: the segment equal to `siteName` when known, otherwise a
 * short last segment after a longer one. "عنوان | موقع الأخبار" → "عنوان".
 */
export function stripSiteName(title: string, siteName?: string): string {
  const parts = title
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return title.trim();
  if (siteName) {
    const kept = parts.filter((p) => p !== siteName.trim());
    if (kept.length < parts.length && kept.length > 0) return kept.join(' - ');
  }
  const words = (p: string) => p.split(/\s+/).length;
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1).join(' - ');
  // Only a trailing name is guessed: a short leading part is as often a headline's topic ("روسيا - الصين: …").
  if (words(last) <= MAX_SITE_WORDS && head.length > last.length) return head;
  return title.trim();
}

export function extractHtml(html: string): HtmlText {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const pageTitle = titleMatch ? decodeEntities(titleMatch[1]).replace(/\s+/g, ' ').trim() || undefined : undefined;
  const meta = metaTags(html);
  const siteName = meta.get('og:site_name') ?? meta.get('application-name');
  let h1: string[] | undefined; // the first kept <h1>'s text while it is open
  let headline: string | undefined;
  const cleaned = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<![^>]*>/g, '');
  const out: string[] = [];
  const dropped: string[] = []; // stack of dropped elements we are inside
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let m = tag.exec(cleaned); m; m = tag.exec(cleaned)) {
    if (dropped.length === 0) {
      const chunk = cleaned.slice(last, m.index).replace(/\s+/g, ' ');
      out.push(chunk);
      h1?.push(chunk);
    }
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'h1' && dropped.length === 0 && headline === undefined) {
      if (!closing) h1 = [];
      else if (h1) {
        headline = decodeEntities(h1.join('')).replace(/\s+/g, ' ').trim() || undefined;
        h1 = undefined;
      }
    }
    const selfClosing = m[3].trimEnd().endsWith('/');
    if (DROPPED_ELEMENTS.has(name)) {
      if (closing) {
        const at = dropped.lastIndexOf(name);
        if (at >= 0) dropped.length = at; // tolerate misnesting: close up to the matching opener
      } else if (!selfClosing) {
        dropped.push(name);
        // Raw-text elements: their content may contain "<" that is not a tag.
        if (name === 'script' || name === 'style') {
          const end = cleaned.toLowerCase().indexOf(`</${name}`, last);
          tag.lastIndex = end < 0 ? cleaned.length : end;
          last = tag.lastIndex;
        }
      }
      continue;
    }
    if (dropped.length > 0) continue;
    if (name === 'br') out.push('\n');
    else if (BLOCK_ELEMENTS.has(name) || name === 'hr') out.push('\n\n');
    else if (!VOID_ELEMENTS.has(name) && (name === 'td' || name === 'th') && closing) out.push(' ');
  }
  if (dropped.length === 0) out.push(cleaned.slice(last).replace(/\s+/g, ' '));
  const text = decodeEntities(out.join(''))
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const ogTitle = meta.get('og:title') || meta.get('twitter:title');
  const title =
    headline ??
    (ogTitle ? stripSiteName(ogTitle, siteName) : pageTitle ? stripSiteName(pageTitle, siteName) : undefined);
  return { title, text };
}

export function readHtml(html: string): ReadResult {
  const { title, text } = extractHtml(html);
  // The site's own name for itself: the publisher facet (indexer/extract/publisher.ts tidies it).
  const publisher = metaTags(html).get('og:site_name');
  return { documents: [{ title, text, ...(publisher ? { publisher } : {}) }], problems: [] };
}
