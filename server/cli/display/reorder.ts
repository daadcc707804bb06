/**
 * Reordering for a left-to-right terminal: the Unicode Bidirectional Algorithm (UAX #9, with
 * `bidi-js`) turns each line from logical into visual order. Arabic runs read right to left,
 * while Latin words and numbers inside them keep their left-to-right order; brackets in
 * right-to-left runs are mirrored. Works on indices, so the caller keeps each character's style.
 */
import bidiModule, { type EmbeddingLevels } from 'bidi-js';
import type { LineRange } from './wrap.ts';

// bidi-js's typings declare an ES default export, but the CommonJS build Node loads sets
// `module.exports` to the factory itself, which is what a default import then receives.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl' | 'auto';

export interface Paragraph {
  text: string;
  levels: EmbeddingLevels;
  /** The paragraph's resolved direction (given, or from its first strong character). */
  direction: 'ltr' | 'rtl';
}

/** Embedding levels for the whole paragraph: computed once, then each wrapped line is reordered. */
export function resolveLevels(text: string, direction: Direction = 'auto'): Paragraph {
  const levels = bidi.getEmbeddingLevels(text, direction);
  const base = levels.paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0);
  return { text, levels, direction: base % 2 === 1 ? 'rtl' : 'ltr' };
}

/** One visual character: what to draw, and the logical index it came from. */
export interface VisualChar {
  char: string;
  index: number;
}

/** Bidi controls (LRM, RLM, ALM, embeddings, isolates): once the order is explicit they only show as junk. */
const BIDI_CONTROL = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;
const COMBINING = /^\p{M}$/u;

export function visualLine(p: Paragraph, line: LineRange): VisualChar[] {
  if (line.end <= line.start) return [];
  const last = line.end - 1; // bidi-js takes inclusive ends
  const order: number[] = [];
  for (let i = line.start; i <= last; i++) order.push(i);
  for (const [from, to] of bidi.getReorderSegments(p.text, p.levels, line.start, last)) {
    const a = from! - line.start;
    const b = to! - line.start;
    order.splice(a, b - a + 1, ...order.slice(a, b + 1).reverse());
  }
  const mirrored = bidi.getMirroredCharactersMap(p.text, p.levels.levels, line.start, last);
  const chars = order
    .map((index) => ({ char: mirrored.get(index) ?? p.text[index]!, index }))
    .filter((c) => !BIDI_CONTROL.test(c.char));
  return keepClustersForward(chars);
}

/**
 * Reversing a right-to-left run reverses code units too: a combining mark (a haraka) lands before
 * its letter and a surrogate pair turns around. Terminals draw a mark on the cell before it and need
 * pairs high-then-low, so both are put back in logical order (UAX #9 rule L3).
 */
function keepClustersForward(chars: VisualChar[]): VisualChar[] {
  const out: VisualChar[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && (COMBINING.test(chars[j]!.char) || isLowSurrogate(chars[j]!.char))) j++;
    // chars[i..j) are marks or low surrogates that precede their base at chars[j]: the run was reversed.
    if (j > i && j < chars.length && chars[j]!.index < chars[i]!.index) {
      out.push(chars[j]!, ...chars.slice(i, j).reverse());
      i = j + 1;
    } else {
      out.push(chars[i]!);
      i++;
    }
  }
  return out;
}

function isLowSurrogate(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xdc00 && code <= 0xdfff;
}
