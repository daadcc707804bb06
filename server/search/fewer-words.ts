/**
 * "Without …": when a query of several words finds nothing because some of its words are nowhere in
 * the collection (الصين والهند, China and India, in a collection that never names India), the query
 * with those words left out, offered beside the spelling suggestions (suggestions.ts) and never run
 * in their place. The list itself stays strict: every hit holds every required word (query-plan.ts).
 * Pure; the service runs the searches.
 */
import type { QueryPlan, QueryWord } from './query-plan.ts';

/** Queries with more required words than this get no "without" suggestion (one engine search per word). */
export const MAX_WORDS_CHECKED = 6;

/** The required words to check one by one, or [] when the query has fewer than two or too many. */
export function wordsToCheck(plan: QueryPlan): QueryWord[] {
  const required = plan.words.filter((w) => !w.optional);
  return required.length >= 2 && required.length <= MAX_WORDS_CHECKED ? required : [];
}

/** The plan of one word alone: does the collection have it at all? */
export function alone(plan: QueryPlan, word: QueryWord): QueryPlan {
  return { ...plan, words: [word] };
}

export interface FewerWords {
  /** The query text without the missing words. */
  q: string;
  /** The plan with only the kept words (offsets still those of the original query). */
  plan: QueryPlan;
  /** The left-out words as typed. */
  without: string[];
}

/**
 * The query without `missing` (words that find nothing on their own), or null when every word or no
 * word is missing. The text keeps the rest of the query as typed, spaces tidied.
 */
export function withoutWords(plan: QueryPlan, missing: readonly QueryWord[]): FewerWords | null {
  const gone = new Set(missing);
  const kept = plan.words.filter((w) => !gone.has(w));
  if (missing.length === 0 || !kept.some((w) => !w.optional)) return null;
  let q = '';
  let at = 0;
  for (const w of [...missing].sort((a, b) => a.start - b.start)) {
    q += plan.q.slice(at, w.start);
    at = w.end;
  }
  q = (q + plan.q.slice(at)).replace(/\s+/g, ' ').trim();
  return { q, plan: { ...plan, words: kept }, without: missing.map((w) => w.original) };
}
