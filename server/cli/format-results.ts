/**
 * A search response as terminal text: a summary line, the Latin→Arabic forms the query matched,
 * then per hit its title, a line of date, Hijri year, countries (Arabic names) and source, and the
 * snippet with its matches emphasized. Every piece of text goes through the display pipeline
 * (display/paragraph.ts), so Arabic is shaped and reordered when the view asks for it.
 */
import type { SearchHit, SearchResponse } from '../api-types.ts';
import { META_THEME, NO_THEME, SNIPPET_THEME, TITLE_THEME, type Theme } from './display/ansi.ts';
import { displayLines } from './display/paragraph.ts';
import type { Direction } from './display/reorder.ts';
import { fromMarkedHtml, plain, type StyledText } from './display/styled-text.ts';

export interface View {
  /** Shape and reorder Arabic for a terminal without bidi. */
  shape: boolean;
  /** ANSI emphasis. */
  color: boolean;
  /** Terminal columns; `Infinity` does not wrap. */
  width: number;
}

const INDENT = '   ';
/**
 * First-strong isolate: each piece (a query, a country list, a file name) takes its own direction
 * and never reorders its neighbours: without it, the `2` of `«باتروشيف», 2 ms` would join the
 * Arabic run (UAX #9 W2 makes digits after Arabic letters Arabic numbers).
 */
const isolate = (s: string) => `\u2068${s}\u2069`;
/**
 * Logical-order output (pipes, `--shape=never`) goes to programs and files, where the isolates are
 * invisible junk inside every string (`grep باتروشيف` still matches, `cut`/`wc -c` do not): plain there.
 */
const asIs = (s: string) => s;
const SEPARATOR = ' · ';
/** The abbreviation of هجري after a Hijri year. */
const HIJRI_SUFFIX = 'هـ';

export function formatResults(res: SearchResponse, view: View): string {
  const lines: string[] = [];
  const text = (t: StyledText, theme: Theme, direction: Direction, width = view.width) =>
    displayLines(t, { shape: view.shape, width, direction, theme: view.color ? theme : NO_THEME });

  const iso = view.shape ? isolate : asIs;
  lines.push(...text(plain(summary(res, iso)), NO_THEME, 'ltr'));
  for (const m of res.query.matchedForms) {
    lines.push(...text(plain(`${iso(m.query)} → ${iso(m.arabic.join('، '))}`), NO_THEME, 'ltr'));
  }
  const inner = view.width - INDENT.length;
  res.hits.forEach((hit, i) => {
    const dir: Direction = hit.lang === 'arb' ? 'rtl' : 'auto';
    const number = `${res.offset + i + 1}.`.padEnd(INDENT.length);
    lines.push('');
    text(fromMarkedHtml(hit.titleHtml), TITLE_THEME, dir, inner).forEach((l, k) =>
      lines.push((k === 0 ? number : INDENT) + l),
    );
    for (const l of text(plain(metaLine(hit, iso)), META_THEME, 'ltr', inner)) lines.push(INDENT + l);
    for (const l of text(fromMarkedHtml(hit.snippet), SNIPPET_THEME, dir, inner)) lines.push(INDENT + l);
  });
  return lines.join('\n') + '\n';
}

function summary(res: SearchResponse, iso: (s: string) => string): string {
  const q = `«${iso(res.query.q)}»`;
  if (res.total === 0) return `no results for ${q}${didYouMean(res.didYouMean, iso)}`;
  const count = res.total === 1 ? '1 result' : `${res.total} results`;
  const shown = res.hits.length < res.total ? ` (showing ${res.offset + 1}–${res.offset + res.hits.length})` : '';
  return `${count} for ${q}${shown}, ${res.processingTimeMs} ms`;
}

/** `; did you mean «المعابر» (3 results), «الصين» (5 results, without «والبرازيل»)`, or ''. */
function didYouMean(suggestions: SearchResponse['didYouMean'], iso: (s: string) => string): string {
  if (suggestions.length === 0) return '';
  const one = (s: SearchResponse['didYouMean'][number]) => {
    const count = s.count === 1 ? '1 result' : `${s.count} results`;
    const without = s.without ? `, without ${s.without.map((w) => `«${iso(w)}»`).join(' ')}` : '';
    return `«${iso(s.q)}» (${count}${without})`;
  };
  return `; did you mean ${suggestions.map(one).join(', ')}`;
}

/** `2019-05-14 · 1440 هـ · روسيا، الصين · 001_f5596eefdf532ee4.txt`: only the parts the hit has. */
export function metaLine(hit: SearchHit, iso: (s: string) => string = isolate): string {
  const parts: string[] = [];
  const date = hit.date ?? (hit.year !== null ? String(hit.year) : null);
  if (date) parts.push(date);
  if (hit.hijri_year !== null) parts.push(`${hit.hijri_year} ${HIJRI_SUFFIX}`);
  if (hit.countries.length > 0) parts.push(hit.countries.map((c) => c.label).join('، '));
  parts.push(hit.source);
  return parts.map(iso).join(SEPARATOR);
}
