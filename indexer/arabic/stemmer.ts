/**
 * The light stemmer: strips proclitics (`rules/prefixes.ts`, repeatedly) and then suffixes
 * (`rules/suffixes.ts`, one ordered pass) from an already-normalized Arabic word, leaving the
 * minimum lengths those tables justify. Works on char codes and slices once. A word that is not
 * Arabic passes through unchanged (no entry matches). In the spirit of Larkey's light10 and
 * Lucene's `ArabicStemmer`; the differences are documented in the tables. Pure; no I/O.
 */
import { PREFIXES, WHOLE_WORDS } from './rules/prefixes.ts';
import { SUFFIXES } from './rules/suffixes.ts';

interface Affix {
  readonly codes: readonly number[];
  readonly minRest: number;
}

const toAffix = (text: string, minRest: number): Affix => ({ codes: [...text].map((c) => c.charCodeAt(0)), minRest });
const PREFIX_TABLE: readonly Affix[] = PREFIXES.map((p) => toAffix(p.prefix, p.minRest));
const SUFFIX_TABLE: readonly Affix[] = SUFFIXES.map((s) => toAffix(s.suffix, s.minRest));
const WHOLE_WORD_TABLE = new Map(WHOLE_WORDS.map((w) => [w.word, w.stem]));
const LONGEST_WHOLE_WORD = Math.max(...WHOLE_WORDS.map((w) => w.word.length));
/** First letters of any prefix, to leave the prefix loop at once for most words. */
const PREFIX_FIRST = new Set(PREFIX_TABLE.map((p) => p.codes[0]));

function startsWith(word: string, at: number, codes: readonly number[]): boolean {
  for (let j = 0; j < codes.length; j++) if (word.charCodeAt(at + j) !== codes[j]) return false;
  return true;
}

/** The light stem of a normalized word (see `normalize`). */
export function stem(normalizedWord: string): string {
  const word = normalizedWord;
  let s = 0;
  let e = word.length;
  // Proclitics, repeatedly: و + ب + ال + صين.
  for (;;) {
    if (e - s <= LONGEST_WHOLE_WORD) {
      const whole = WHOLE_WORD_TABLE.get(s === 0 ? word : word.slice(s, e));
      if (whole !== undefined) return whole;
    }
    if (!PREFIX_FIRST.has(word.charCodeAt(s))) break;
    let stripped = false;
    for (const p of PREFIX_TABLE) {
      const rest = e - s - p.codes.length;
      if (!startsWith(word, s, p.codes)) continue;
      if (rest >= p.minRest || (rest <= LONGEST_WHOLE_WORD && WHOLE_WORD_TABLE.has(word.slice(s + p.codes.length, e)))) {
        s += p.codes.length;
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  // Suffixes, one ordered pass.
  for (const x of SUFFIX_TABLE) {
    const at = e - x.codes.length;
    if (at - s >= x.minRest && startsWith(word, at, x.codes)) e = at;
  }
  return s === 0 && e === word.length ? word : word.slice(s, e);
}
