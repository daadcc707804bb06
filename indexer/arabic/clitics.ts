/**
 * The one clitic model of the analyzer: which proclitics (و ف, ب ك ل, ال, in that order) and which
 * enclitic pronoun a normalized word carries, from the tables in `rules/clitics.ts`. The stemmer
 * (`stemmer.ts`), the country lookup (`extract/countries.ts`) and the name keys use it, so a clitic
 * is recognised the same way everywhere. A proclitic's floor is judged on the stem that remains
 * after the suffixes (`rules/suffixes.ts`), so the model also yields the light stem. Pure; no I/O.
 */
import { ENCLITICS, PROCLITICS, WHOLE_WORDS } from './rules/clitics.ts';
import type { ProcliticRule, ProcliticSlot } from './rules/clitics.ts';
import { SUFFIXES } from './rules/suffixes.ts';

/** A word cut at its clitics: `proclitics + base === word`; `enclitic` is the end of `base` (or ''). */
export interface CliticSplit {
  readonly proclitics: string;
  readonly base: string;
  readonly enclitic: string;
}

/** The split and the light stem (the base without its enclitic and suffixes). */
export interface WordParts extends CliticSplit {
  readonly stem: string;
}

const TEH = 0x062a; // ت
const YEH = 0x064a; // ي
const SLOT_ORDER: readonly ProcliticSlot[] = ['conjunction', 'preposition', 'article'];
const WHOLE = new Map(WHOLE_WORDS.map((w) => [w.word, w.stem]));
const FIRST_LETTERS = new Set(PROCLITICS.map((p) => p.letters.charCodeAt(0)));

interface Candidate {
  readonly length: number;
  readonly innermost: ProcliticRule;
}

/** Every way the start of `word` reads as proclitics in the allowed order (rules/clitics.ts), longest first. */
function procliticCandidates(word: string): Candidate[] {
  const found: Candidate[] = [];
  const walk = (at: number, slot: number): void => {
    for (const rule of PROCLITICS) {
      if (SLOT_ORDER.indexOf(rule.slots[0]) < slot || !word.startsWith(rule.letters, at)) continue;
      const end = at + rule.letters.length;
      if (end >= word.length) continue;
      if (rule.alone !== false) found.push({ length: end, innermost: rule });
      walk(end, rule.slots.includes('article') ? SLOT_ORDER.length : SLOT_ORDER.indexOf(rule.slots[0]));
    }
  };
  walk(0, 0);
  return found.sort((a, b) => b.length - a.length);
}

/** `rest` without its enclitic pronoun and suffixes (one ordered pass each). */
function stripSuffixes(rest: string): { stem: string; enclitic: string } {
  let end = rest.length;
  let enclitic = '';
  for (const e of ENCLITICS) {
    if (end - e.letters.length >= e.minCore && rest.endsWith(e.letters)) {
      end -= e.letters.length;
      enclitic = e.letters;
      break;
    }
  }
  // Teh marbuta is written ت before a pronoun (منطقتهم their region, حياته his life): once a
  // pronoun or ه is gone, a final ت that leaves 3 letters is that ة.
  if (end < rest.length && end - 1 >= 3 && rest.charCodeAt(end - 1) === TEH) end -= 1;
  // The suffix pass repeats until nothing changes, so a stem is a fixpoint: whatever the suffixes
  // leave of a word is also what they leave of that remainder (فلسطينيين → فلسطين → فلسط like فلسطين).
  for (let before = -1; before !== end; ) {
    before = end;
    for (const s of SUFFIXES) {
      const at = end - s.suffix.length;
      if (at >= s.minRest && rest.startsWith(s.suffix, at)) end = at;
    }
  }
  return { stem: end === rest.length ? rest : rest.slice(0, end), enclitic };
}

/**
 * The length a proclitic's floor is judged on: the stem without a nisba ي, which the suffix table
 * keeps on short stems (rules/suffixes.ts) — so لبنان and لبنانية (stem لبناني) decide alike.
 */
function floorLength(stem: string): number {
  return stem.length > 3 && stem.charCodeAt(stem.length - 1) === YEH ? stem.length - 1 : stem.length;
}

/** The split of a normalized word and its light stem. */
export function splitWord(normalizedWord: string): WordParts {
  const word = normalizedWord;
  const whole = WHOLE.get(word);
  if (whole !== undefined) return { proclitics: '', base: word, enclitic: '', stem: whole };
  if (FIRST_LETTERS.has(word.charCodeAt(0))) {
    const candidates = procliticCandidates(word);
    // A whole word after any reading of the clitics wins (والله is و + الله, not و + ال + له).
    for (const c of candidates) {
      const wholeBase = WHOLE.get(word.slice(c.length));
      if (wholeBase !== undefined) return { proclitics: word.slice(0, c.length), base: word.slice(c.length), enclitic: '', stem: wholeBase };
    }
    for (const c of candidates) {
      const base = word.slice(c.length);
      const { stem, enclitic } = stripSuffixes(base);
      if (floorLength(stem) >= c.innermost.minCore) return { proclitics: word.slice(0, c.length), base, enclitic, stem };
    }
  }
  const { stem, enclitic } = stripSuffixes(word);
  return { proclitics: '', base: word, enclitic, stem };
}

/**
 * The clitics of a normalized word (see `normalize`): `proclitics` in the order Arabic writes them
 * (و/ف, then ب/ك/ل, then ال; لل = ل + ال), `base` = the word without them (suffixes kept),
 * `enclitic` = the pronoun suffix the model strips (`ها`), else ''.
 * `splitClitics('وبالصين')` → `{ proclitics: 'وبال', base: 'صين', enclitic: '' }`.
 */
export function splitClitics(normalizedWord: string): { proclitics: string; base: string; enclitic: string } {
  const { proclitics, base, enclitic } = splitWord(normalizedWord);
  return { proclitics, base, enclitic };
}

/**
 * Every reading of a normalized word's proclitics that the order allows, floors ignored, longest
 * first and ending with the word itself (`للصين` → لل + صين, ل + لصين, للصين). For lookups in a closed
 * list (the country gazetteer), where the list itself says which reading is a word: `لبكين` is
 * ل + بكين there, though the stemmer keeps the ل (ل needs 5 letters of stem).
 */
export function cliticReadings(normalizedWord: string): CliticSplit[] {
  const word = normalizedWord;
  const lengths = [...new Set(procliticCandidates(word).map((c) => c.length)), 0];
  return lengths.map((n) => ({ proclitics: word.slice(0, n), base: word.slice(n), enclitic: '' }));
}
