/**
 * Name keys: phonetic keys that let Latin and Arabizi queries find Arabic-script names and Arabic spelling
 * variants of foreign names find each other (issue 7). Pure functions, no I/O.
 *
 * Index time: `arabicKeys(surface, stem)` per Arabic token, `latinKeys(word)` per Latin token, joined by
 * spaces into the `phon` field, in token order. Query time: `queryKey(word)` per query word, one key.
 * Superseded for Latin queries by the alignment model (align.ts, server/search/name-expansion.ts); kept
 * while the `phon` field is still indexed.
 */
import { arabicKeys as arabicKeysOf, arabicQueryKey, nameBase } from './arabic-to-key.ts';
import { joinableLatin, latinKeys as latinKeysOf, latinQueryKey } from './latin-to-key.ts';

export { keyMatches, prefixAllowed, MIN_PREFIX_KEY } from './key-match.ts';
export { looksLikeArabizi } from './arabizi.ts';

const ARABIC_LETTER = /[\u0600-\u06ff]/;
const KEY = /^[a-z]+$/;

function clean(keys: string[]): string[] {
  return keys.filter((k) => KEY.test(k));
}

/** Keys of one Arabic document token (normalized surface and its stem). First and last are its primary key. */
export function arabicKeys(surface: string, stem: string): string[] {
  return clean(arabicKeysOf(String(surface ?? ''), String(stem ?? '')));
}

/** Keys of one Latin document word. */
export function latinKeys(word: string): string[] {
  return clean(latinKeysOf(String(word ?? '')));
}

/** The one key of a query word: Latin, Arabizi or (normalized) Arabic. '' when the word has no usable key. */
export function queryKey(word: string): string {
  const w = String(word ?? '').trim();
  const key = ARABIC_LETTER.test(w) ? arabicQueryKey(w) : latinQueryKey(w);
  return KEY.test(key) ? key : '';
}

/** Whether a Latin query word is a short syllable whose key may be joined with a neighbour's (Viet Nam → فيتنام). */
export function joinableQueryWord(word: string): boolean {
  return joinableLatin(String(word ?? ''));
}

/**
 * The key of an Arabic query word from the same base its document twin is keyed from (the surface
 * without the clitics the stemmer removed, suffixes kept: غريغوريان, not the stem غريغوري).
 */
export function arabicWordKey(surface: string, stem: string): string {
  const key = arabicQueryKey(nameBase(String(surface ?? ''), String(stem ?? '')));
  return KEY.test(key) ? key : '';
}

/**
 * Short Arabic words that spell a foreign syllable rather than an Arabic word: نغ or تش in them, or one
 * consonant and a long vowel, with or without a final ه (غو، قوه، شو، تو، جيه، شنغ، تشن). Only these short
 * words get a phonetic key, so that غو شنغ كون finds قوه شنغ كون without short Arabic words matching noise.
 */
export function foreignSyllable(word: string): boolean {
  const w = String(word ?? '');
  return [...w].length <= 3 && (/نغ|تش/.test(w) || /^[^اويى][وي]ه?$/.test(w));
}
