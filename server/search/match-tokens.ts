/**
 * Which words of an original text match the query: the same decisions the engine makes on our
 * analyzed fields (an equal surface, an equal stem or second stem, a prefix for a growing last word, a
 * two-word name form on two adjacent words; never a typo, never a sound-alike), made again on our own tokens so
 * the marks land on the ORIGINAL words — whole words, clitics and diacritics as written — and never on
 * Meilisearch's normalized copy.
 */
import { analyze } from '../../indexer/arabic/analyzer.ts';
import type { Token } from '../../indexer/arabic/token.ts';
import type { QueryWord, WordForm } from './query-plan.ts';

export interface TokenMatch {
  token: Token;
  /** The query word it matched. */
  word: QueryWord;
  /** The form of that word it matched (a name's spelling, or the word itself). */
  form: WordForm;
  /** 'exact': same surface form; 'stem': another form of the word (clitics, suffixes). */
  via: 'exact' | 'stem';
  /** When a two-word form matched (جين بينغ): the second word. */
  next?: Token;
  /** True for that second word (its match is reported by the first). */
  continued?: boolean;
}

export interface MatchOptions {
  /** The growing last word matches as a prefix (when the search itself did). */
  prefix: boolean;
}

export function matchTokens(
  text: string,
  words: QueryWord[],
  options: MatchOptions = { prefix: false },
  tokens: Token[] = analyze(text),
): TokenMatch[] {
  const matches: TokenMatch[] = [];
  if (words.length === 0) return matches;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    found: for (const word of words) {
      const prefix = options.prefix && word.last && word.via === 'word';
      for (const form of word.forms) {
        const [first, second] = form.tokens;
        if (!first) continue;
        const via = tokenMatch(token, first, prefix && !second);
        if (!via) continue;
        if (!second) {
          matches.push({ token, word, form, via });
          break found;
        }
        const next = tokens[i + 1];
        const nextVia = next ? tokenMatch(next, second, false) : null;
        if (!next || !nextVia) continue;
        matches.push(
          { token, word, form, via: via === 'exact' && nextVia === 'exact' ? 'exact' : 'stem', next },
          { token: next, word, form, via: nextVia, continued: true },
        );
        i++;
        break found;
      }
    }
  }
  return matches;
}

function tokenMatch(token: Token, form: { surface: string; stem: string }, prefix: boolean): 'exact' | 'stem' | null {
  if (token.surface === form.surface) return 'exact';
  if (token.stem === form.stem || token.alternates?.includes(form.stem)) return 'stem';
  if (prefix && form.surface.length >= 2 && token.surface.startsWith(form.surface)) return 'exact';
  if (prefix && form.stem.length >= 2 && token.stem.startsWith(form.stem)) return 'stem';
  return null;
}
