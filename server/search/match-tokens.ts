/**
 * Which words of an original text match a query: the same decisions Meilisearch makes on our
 * analyzed fields (equal form, prefix for the last word, typos on long words, a name key split
 * over two adjacent words), made again on our own tokens so the marks land on the ORIGINAL words
 * — whole words, clitics and diacritics as written — and never on Meilisearch's normalized copy.
 */
import { analyze } from '../../indexer/arabic/analyzer.ts';
import { keyMatches } from '../../indexer/arabic/names/index.ts';
import { tokenKeys } from '../../indexer/analyzed-fields.ts';
import type { Token } from '../../indexer/arabic/token.ts';
import type { QueryTerm, TierName } from './query-plan.ts';

export interface TokenMatch {
  token: Token;
  /** The query term it matched. */
  term: QueryTerm;
  via: TierName;
  /** When one query word matched two adjacent words (Jinping → جين بينغ): the second of them. */
  next?: Token;
  /** True for that second word (its match is reported by the first). */
  continued?: boolean;
}

/** Meilisearch's default typo budget: 1 typo from 5 letters, 2 from 9 (typoTolerance.minWordSizeForTypos). */
function typoBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

export interface MatchOptions {
  /** Mark name-key (phonetic) matches of Arabic query words too; Latin words always use keys. */
  phonetic: boolean;
}

export function matchTokens(text: string, terms: QueryTerm[], options: MatchOptions, tokens: Token[] = analyze(text)): TokenMatch[] {
  if (terms.length === 0) return [];
  const matches: TokenMatch[] = [];
  const keysOf = new Map<number, string[]>();
  const keys = (i: number): string[] => {
    let k = keysOf.get(i);
    if (!k) { k = tokenKeys(tokens[i]!); keysOf.set(i, k); }
    return k;
  };
  const marked = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const term of terms) {
      const via = formMatch(token, term);
      if (via) { matches.push({ token, term, via }); marked.add(i); break; }
      const usePhonetic = term.key !== '' && (term.script === 'latin' || options.phonetic);
      if (!usePhonetic) continue;
      if (keyMatches(term.key, keys(i), term.last)) { matches.push({ token, term, via: 'phonetic' }); marked.add(i); break; }
      // "Jinping" typed as one word, written جين بينغ: the key spans two adjacent words. Meilisearch splits a
      // query word over two ADJACENT indexed words only: the last key of a word and the first of the next
      // (its primary keys, see indexer/arabic/names/arabic-to-key.ts).
      const next = tokens[i + 1];
      const joined = next && keys(i).length > 0 && keys(i + 1).length > 0 ? keys(i).at(-1)! + keys(i + 1)[0]! : '';
      if (next && !marked.has(i + 1) && joined && keyMatches(term.key, [joined], term.last)) {
        matches.push({ token, term, via: 'phonetic', next }, { token: next, term, via: 'phonetic', continued: true });
        marked.add(i).add(i + 1);
        i++;
        break;
      }
    }
  }
  return matches;
}

function formMatch(token: Token, term: QueryTerm): TierName | null {
  if (token.surface === term.surface) return 'exact';
  if (token.stem === term.stem) return 'stem';
  if (term.last && term.surface.length >= 2 && token.surface.startsWith(term.surface)) return 'exact';
  if (term.last && term.stem.length >= 2 && token.stem.startsWith(term.stem)) return 'stem';
  const budget = typoBudget(term.stem.length);
  if (budget > 0 && token.script === term.script && withinDistance(token.stem, term.stem, budget, term.last)) return 'stem';
  return null;
}

/** Damerau-Levenshtein distance ≤ max (prefix-aware for the last word), on short strings. */
export function withinDistance(word: string, query: string, max: number, prefix = false): boolean {
  if (Math.abs(word.length - query.length) > max && !prefix) return false;
  const a = query, b = prefix ? word.slice(0, query.length + max) : word;
  const rows = a.length + 1, cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  if (!prefix) return d[rows - 1]![cols - 1]! <= max;
  // As a prefix: the query may end anywhere in the word.
  return Math.min(...d[rows - 1]!) <= max;
}
