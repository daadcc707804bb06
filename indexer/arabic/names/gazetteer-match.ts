/**
 * Which gazetteer key a Latin word spells in another language (stage: indexer/arabic/names, pure).
 *
 * The gazetteer (rules/gazetteer.ts) holds names whose Arabic is no transliteration (Egypt مصر, India
 * الهند, Athens أثينا), keyed by their English and a few other spellings. Other languages write the same
 * names with their own ending and small spelling differences (Ägypten, Égypte, Egipto; Indien, Indie;
 * Athen, Athènes, Atenas). A word meets a key when, with at most one ending of rules/exonym-endings.ts
 * taken off either side, the two differ by little: a weighted edit distance where vowels, an h, a
 * doubled letter and letters of one class (c k q, s z, f v w, b p) cost less than other consonants.
 * The bar is strict, because a near miss is a wrong country (Chile is not China: l ≠ n).
 */
import { EXONYM_ENDINGS } from './rules/exonym-endings.ts';

/** Costs of the edit distance between two folded Latin stems, and the bars a near match must pass. */
export const NEAR_COSTS = {
  /** One vowel for another (Egipt / Egypt): a little more than an h, so a 4-letter stem allows an h only. */
  vowelForVowel: 0.35,
  /** A letter of the same class for another (c k q, s z, f v w, b p). */
  sameClass: 0.3,
  /** A vowel more or less (Algier / Alger, Bryussel / Brussel). */
  vowel: 0.5,
  /** An h more or less (Atenas / Athens, Cina / China). */
  h: 0.3,
  /** A letter doubled or not (Lissabon / Lisbon's ss, Egitto's tt). */
  double: 0.1,
  /** Any other consonant edit: more than a near match allows (Chile / China). */
  consonant: 1,
  /** The most a near match may cost: this much per letter of the shorter stem, and never more than maxCost. */
  perLetter: 0.08,
  maxCost: 0.6,
  /** Stems this short must be equal once the endings are off (Inde / India; Ando is not India). */
  exactBelow: 4,
} as const;

const VOWELS = new Set('aeiouy');
const CLASSES = ['ckq', 'sz', 'fvw', 'bp'];
const CLASS_OF = new Map<string, number>(CLASSES.flatMap((c, i) => [...c].map((ch) => [ch, i] as const)));

/** The word itself and the word with each ending it has taken off, when 3 letters remain. */
export function stems(word: string): string[] {
  const out = [word];
  for (const { ending } of EXONYM_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 3) out.push(word.slice(0, -ending.length));
  return out;
}

/** Cost of inserting or deleting `s[i]`: cheaper when it doubles a neighbour, is a vowel or an h. */
function indelCost(s: string, i: number): number {
  const ch = s[i]!;
  if (s[i - 1] === ch || s[i + 1] === ch) return NEAR_COSTS.double;
  if (VOWELS.has(ch)) return NEAR_COSTS.vowel;
  return ch === 'h' ? NEAR_COSTS.h : NEAR_COSTS.consonant;
}

function substituteCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return NEAR_COSTS.vowelForVowel;
  const ca = CLASS_OF.get(a);
  return ca !== undefined && ca === CLASS_OF.get(b) ? NEAR_COSTS.sameClass : NEAR_COSTS.consonant;
}

/** Two DP rows, reused: the lookup runs for every Latin word of every query. */
let rowA = new Float64Array(32),
  rowB = new Float64Array(32);

/** Weighted edit distance of two folded stems (letters only); stops early above `bar`, giving Infinity. */
export function nearCost(a: string, b: string, bar = Infinity): number {
  if (rowA.length <= b.length) {
    rowA = new Float64Array(b.length + 1);
    rowB = new Float64Array(b.length + 1);
  }
  let prev = rowA,
    row = rowB;
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indelCost(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = prev[0]! + indelCost(a, i - 1);
    let least = row[0];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + indelCost(a, i - 1),
        row[j - 1]! + indelCost(b, j - 1),
        prev[j - 1]! + substituteCost(a[i - 1]!, b[j - 1]!),
      );
      if (row[j]! < least) least = row[j]!;
    }
    if (least > bar + 1e-9) return Infinity;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** The keys' stems, computed once per key (the gazetteer's keys are a fixed set). */
const KEY_STEMS = new Map<string, string[]>();

/** The cheapest way `word` meets `key` through their stems, or Infinity when it is not a near match. */
export function nearMatchCost(word: string, key: string, wordStems = stems(word)): number {
  let keyStems = KEY_STEMS.get(key);
  if (!keyStems) KEY_STEMS.set(key, (keyStems = stems(key)));
  let best = Infinity;
  for (const w of wordStems)
    for (const k of keyStems) {
      // Every edit a near match allows is cheap, so a stem's first letter has a counterpart in the other's.
      if (Math.abs(w.length - k.length) > 3 || substituteCost(w[0]!, k[0]!) > NEAR_COSTS.vowelForVowel) continue;
      const shorter = Math.min(w.length, k.length);
      const bar = shorter < NEAR_COSTS.exactBelow ? 0 : Math.min(NEAR_COSTS.maxCost, shorter * NEAR_COSTS.perLetter);
      const cost = nearCost(w, k, bar);
      if (cost <= bar + 1e-9 && cost < best) best = cost;
    }
  return best;
}

/** The key `word` is nearest to, with its cost; undefined when none is near enough. */
export function nearestKey(word: string, keys: Iterable<string>): { key: string; cost: number } | undefined {
  const w = word.replace(/[^a-z]/g, '');
  const wordStems = stems(w);
  let best: { key: string; cost: number } | undefined;
  for (const key of keys) {
    const cost = nearMatchCost(w, key, wordStems);
    if (cost < (best?.cost ?? Infinity)) best = { key, cost };
  }
  return best;
}
