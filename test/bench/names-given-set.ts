/**
 * Arabic given names with an English spelling, as a second development set for name matching (the CLDR
 * set is places only): the table of the npm package `arabic-name-to-en` 1.0.6 (ISC; cases/fullnamedb.js,
 * 2,515 Arabic names, each with one English spelling), data nobody here wrote. Its spellings are of every
 * kind: usual (Zainab, Idris, Ahlam), Iraqi (Ihusan إحسان), and letter by letter (Abadalazaiaz
 * عبدالعزيز), so recall@5 is the figure to compare, and its ceiling is below 1.
 *
 * Kept: a one-word Arabic name with a one-word English spelling in plain Latin letters, one pair per
 * normalized Arabic name. Split like the CLDR set (names-dev-set.ts): FNV-1a of the lowercased English,
 * even = tune, odd = report; a quarter of the names (hash % 4 === 2 or 3) is left out of the evaluation
 * collection, so that the same collection holds distractors of the same kind.
 *
 * The Arabic side of the same table is the given-name list of the model (indexer/arabic/names/
 * given-names.ts: a ranking bonus, and no noun-ending flag), so eval:names runs this set with the bonus
 * off; its recall@1 still profits from the flag.
 */
import { createRequire } from 'node:module';
import { normalize } from '../../indexer/arabic/analyzer.ts';
import { fnv1a, type DevPair } from './names-dev-set.ts';

export interface GivenNamePair {
  english: string;
  /** As the table writes it (with ة, hamza seats): the evaluation collection writes it so. */
  arabic: string;
  half: DevPair['half'];
  /** Left out of the evaluation collection. */
  absent: boolean;
}

const ARABIC_ONE_WORD = /^[\u0621-\u064a]+$/u;
const LATIN_ONE_WORD = /^[A-Za-z]+$/;

export function givenNamePairs(): GivenNamePair[] {
  const table = createRequire(import.meta.url)('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
  const seen = new Set<string>();
  const out: GivenNamePair[] = [];
  for (const [arabic, english] of Object.entries(table)) {
    const key = normalize(arabic);
    if (!ARABIC_ONE_WORD.test(arabic) || !LATIN_ONE_WORD.test(english) || seen.has(key)) continue;
    seen.add(key);
    const h = fnv1a(english.toLowerCase());
    out.push({ english, arabic, half: h % 2 === 0 ? 'tune' : 'report', absent: h % 4 >= 2 });
  }
  return out;
}
