/**
 * Marks matched words in the original text, and cuts snippets around them.
 * Text is escaped first; `<mark>` is the only markup we add.
 */
import { escapeHtml } from '../escape.ts';
import type { TokenMatch } from './match-tokens.ts';

export interface Span {
  start: number;
  end: number;
}

/** The whole text as HTML with every matched span wrapped in `<mark>`. */
export function markSpans(text: string, spans: Span[], from = 0, to = text.length): string {
  let html = '';
  let at = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= from || s.start >= to || s.start < at) continue;
    html += escapeHtml(text.slice(at, s.start)) + '<mark>' + escapeHtml(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  return html + escapeHtml(text.slice(at, to));
}

export function spansOf(matches: TokenMatch[]): Span[] {
  return matches.map((m) => ({ start: m.token.start, end: m.token.end }));
}

const WORD = /\S+/g;

/**
 * About `words` words of `text` around the densest group of matches, marked; '…' where cut.
 * Without matches, the beginning of the text.
 */
export function snippet(text: string, spans: Span[], words = 36): string {
  const bounds: Span[] = [];
  for (const m of text.matchAll(WORD)) bounds.push({ start: m.index, end: m.index + m[0].length });
  if (bounds.length <= words) return markSpans(text, spans).trim();
  const wordIndex = (offset: number): number => {
    let lo = 0,
      hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const hits = spans.map((s) => wordIndex(s.start)).sort((a, b) => a - b);
  let first = 0;
  if (hits.length > 0) {
    // Window that covers the most matches, then centred a little before the first of them.
    let best = 0,
      bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (hits[j]! < hits[i]! - words + 1) j++;
      if (i - j + 1 > bestCount) {
        bestCount = i - j + 1;
        best = hits[j]!;
      }
    }
    first = Math.max(0, Math.min(best - Math.floor(words / 4), bounds.length - words));
  }
  const last = Math.min(bounds.length - 1, first + words - 1);
  const from = bounds[first]!.start,
    to = bounds[last]!.end;
  return (first > 0 ? '… ' : '') + markSpans(text, spans, from, to) + (last < bounds.length - 1 ? ' …' : '');
}
