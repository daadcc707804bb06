/**
 * Coarse blocking keys: which vocabulary forms are worth aligning with a Latin word
 * (stage: indexer/arabic/names, pure).
 *
 * A key is the word's first BLOCK_CLASSES consonant classes (rules/consonant-classes.ts), repeated classes
 * collapsed; vowels, weak letters and ع ء ه ح carry no class because Latin spellings drop or add them
 * freely. Short forms are keyed by their shape instead (see arabicKey). An Arabic form has one key (and
 * one for its base without clitics); a Latin word gets every key its cheap sound-rule readings can
 * produce (g → غ ج ق gives K and J). Consonants are never dropped to make keys: silent letters the
 * rules know have a cheap '' reading, and an unexplained one costs a whole edit and rarely passes. The vocabulary index stores the keys as a
 * filterable array, so one engine request (`keys IN [...]`) brings every candidate.
 */
import { CONSONANT_CLASS } from './rules/consonant-classes.ts';
import type { LatinPlan } from './align.ts';

/**
 * Classes in a key. With 9 classes, 4 make 6,561 keys: about a hundred forms each in 500,000 random
 * forms, so a name's dozen keys bring about a thousand candidates (test/bench/names-expansion.ts);
 * 3 classes made blocks of thousands.
 */
export const BLOCK_CLASSES = 4;
/** Classes in a prefix key (search as you type: a 4–5 letter Latin prefix such as Patr has three). */
export const PREFIX_CLASSES = 3;
/** Readings dearer than this do not make keys (they cost too much to win the alignment anyway). */
const MAX_READING_COST = 0.35;
/** Below this many consonant classes a form is keyed by its shape (arabicKey). */
export const SHAPE_BELOW = 3;
const VOWEL_MARK = 'V';
/** A Latin word never asks for more keys than this. */
const MAX_KEYS = 64;
/** The key of a form with no consonant class at all (ايو, وي). */
export const EMPTY_KEY = '_';

/** Consonant classes of an Arabic form, repeats collapsed. */
export function arabicClasses(arabic: string): string {
  let out = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch];
    if (c !== undefined && out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Letters as classes, a run of classless letters (vowels, ع ء ه ح) as one V: علي → VLV. */
export function arabicShape(arabic: string): string {
  let out = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch] ?? VOWEL_MARK;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/**
 * The blocking key of an Arabic form: its first `classes` consonant classes; a form with fewer than
 * SHAPE_BELOW classes (علي, شي, تو) is keyed by its whole shape instead (VLV), or its block would hold
 * every short word of the language with those consonants.
 */
export function arabicKey(arabic: string, classes = BLOCK_CLASSES): string {
  return keyOfShape(arabicShape(arabic), classes);
}

function keyOfShape(shape: string, classes: number): string {
  const consonants = shape.replace(/V/g, '');
  if (consonants.length >= SHAPE_BELOW) return collapse(consonants).slice(0, classes);
  return shape || EMPTY_KEY;
}

function collapse(classes: string): string {
  return classes.replace(/(.)\1+/g, '$1');
}

/** Every key the readings of a Latin word (all its plans) can produce (see arabicKey). */
export function latinKeys(plans: readonly LatinPlan[], classes = BLOCK_CLASSES): string[] {
  const keys = new Set<string>();
  for (const plan of plans) planKeys(plan, classes, keys);
  return [...keys];
}

function planKeys(plan: LatinPlan, classes: number, keys: Set<string>): void {
  const seen = new Set<string>();
  const walk = (i: number, shape: string, consonants: number): void => {
    if (keys.size >= MAX_KEYS) return;
    const state = `${i}|${shape}`;
    if (seen.has(state)) return;
    seen.add(state);
    // Enough classes for a class key: the rest of the word does not change it.
    if (consonants >= classes || i >= plan.steps.length) { keys.add(keyOfShape(shape, classes)); return; }
    for (const step of plan.steps[i]!) {
      if (step.cost > MAX_READING_COST) continue;
      let next = shape;
      let count = consonants;
      for (const c of arabicShape(step.arabic)) {
        if (next[next.length - 1] === c) continue;
        next += c;
        if (c !== VOWEL_MARK) count++;
      }
      walk(i + step.length, next, count);
    }
  };
  walk(0, '', 0);
}
