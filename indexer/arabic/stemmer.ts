/**
 * The light stemmer: the clitic model (`clitics.ts`: proclitics in Arabic's order, then the
 * enclitic pronoun) followed by the suffixes of `rules/suffixes.ts`, on an already-normalized Arabic
 * word. A word that is not Arabic passes through unchanged (no entry matches). In the spirit of
 * Larkey's light10 and Lucene's `ArabicStemmer`; the differences, each with its measured effect, are
 * documented in the tables. Pure; no I/O.
 */
import { lightStem, splitWord } from './clitics.ts';
import type { WordParts } from './clitics.ts';

/** The light stem of a normalized word (see `normalize`). */
export function stem(normalizedWord: string): string {
  return lightStem(normalizedWord);
}

/**
 * What the stemmer removed: the proclitics and enclitic of `clitics.ts`, and the stem left, with the
 * second readings. `written` (optional): the word as written with its marks removed (see `splitWord`).
 */
export function stemParts(normalizedWord: string, written?: string): WordParts {
  return splitWord(normalizedWord, written);
}
