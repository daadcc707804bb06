/**
 * "Did you mean": when a query finds nothing, the closest spellings that exist in the collection.
 *
 * Typos never widen a search (indexer/meili/settings.ts: in Arabic one letter changed is another
 * word), so they are offered instead, and only when nothing matched. The collection's vocabulary index
 * (indexer/meili/vocab.ts: every distinct word form with its count) has typo tolerance on its `form`
 * field: one typo from 4 letters (Arabic words are short: VOCAB_SETTINGS), two from 9. A typo search
 * there ranks the forms by typos first, then by how often the collection uses them (`count:desc`).
 */
import type { Meilisearch } from 'meilisearch';
import { meiliErrorCode } from '../../indexer/meili/errors/index.ts';
import type { QueryPlan } from './query-plan.ts';

/** At most this many alternative queries. */
export const MAX_SUGGESTIONS = 3;

export interface Suggestion {
  /** The query with one word replaced by a spelling the collection has, as written there. */
  q: string;
  /** How often the collection uses that spelling. */
  count: number;
}

interface VocabHit {
  form: string;
  written: string;
  count: number;
  stop: boolean;
  words: number;
}

/**
 * A form worth offering in place of a misspelt word: one word (the vocabulary also keeps two-word names,
 * and بوتن must not become "بوتين بشأن"), and not a stop word (بينج is بينغ, not بين "between").
 */
function offerable(h: VocabHit): boolean {
  return h.words === 1 && !h.stop;
}

export async function suggestSpellings(client: Meilisearch, vocabUid: string, plan: QueryPlan): Promise<Suggestion[]> {
  // Only the query's own Arabic words can be misspelt forms of collection words; names have their own expansion.
  const words = plan.words.filter((w) => w.via === 'word' && w.script === 'arabic');
  if (words.length === 0) return [];
  const { results } = await client
    .multiSearch({
      queries: words.map((w) => ({
        // A trailing space: the word is complete, so no prefix matches (المعابر must not suggest المعابرية).
        indexUid: vocabUid,
        q: `${w.forms[0]!.tokens[0]!.surface} `,
        locales: ['eng'],
        // More than shown: two-word forms and stop words are left out below.
        limit: MAX_SUGGESTIONS * 4,
        sort: ['count:desc'],
        attributesToRetrieve: ['form', 'written', 'count', 'stop', 'words'],
      })),
    })
    .catch((e: unknown) => {
      // No vocabulary yet (an index built before it existed): no suggestions, never a failed search.
      if (meiliErrorCode(e) === 'index_not_found') return { results: [] };
      throw e;
    });
  const out: Suggestion[] = [];
  results.forEach((r, i) => {
    const w = words[i]!;
    for (const h of r.hits as unknown as VocabHit[]) {
      // The word itself exists: it is not the misspelt one.
      if (h.form === w.forms[0]!.tokens[0]!.surface) return;
    }
    for (const h of (r.hits as unknown as VocabHit[]).filter(offerable)) {
      out.push({ q: plan.q.slice(0, w.start) + h.written + plan.q.slice(w.end), count: h.count });
    }
  });
  return out.slice(0, MAX_SUGGESTIONS);
}
