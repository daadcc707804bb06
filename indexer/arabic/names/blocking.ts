/**
 * Coarse blocking keys: which vocabulary forms are worth aligning with a Latin word
 * (stage: indexer/arabic/names, pure).
 *
 * A key is the word's first BLOCK_CLASSES consonant classes (rules/consonant-classes.ts), repeated classes
 * collapsed; vowels, weak letters and ع ء ه ح carry no class because Latin spellings drop or add them
 * freely. An Arabic form has one key (and one for its base without clitics); a Latin word gets every key
 * its sound-rule readings can produce (g → غ ج ق gives K and J), and also the keys with one of its
 * consonants dropped (a silent or extra Latin letter). The vocabulary index stores the keys as a
 * filterable array, so one engine request (`keys IN [...]`) brings every candidate.
 */
import { CONSONANT_CLASS } from './rules/consonant-classes.ts';
import type { LatinPlan } from './align.ts';

/** Classes in a key: 3 keeps blocks small (a few hundred forms in 500,000) and still spans short names. */
export const BLOCK_CLASSES = 3;
/** Classes in a prefix key (search as you type: a 4-letter Latin prefix has about two consonants). */
export const PREFIX_CLASSES = 2;
/** Readings dearer than this do not make keys (they cost too much to win the alignment anyway). */
const MAX_READING_COST = 0.5;
/** Latin consonants that may be dropped when making keys. */
const MAX_DROPS = 1;
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

export function arabicKey(arabic: string, classes = BLOCK_CLASSES): string {
  return arabicClasses(arabic).slice(0, classes) || EMPTY_KEY;
}

/** Every key the readings of a Latin word (all its plans) can produce, with `classes` classes at most. */
export function latinKeys(plans: readonly LatinPlan[], classes = BLOCK_CLASSES): string[] {
  const keys = new Set<string>();
  for (const plan of plans) planKeys(plan, classes, keys);
  return [...keys];
}

function planKeys(plan: LatinPlan, classes: number, keys: Set<string>): void {
  const seen = new Set<string>();
  const walk = (i: number, key: string, drops: number): void => {
    if (keys.size >= MAX_KEYS) return;
    const state = `${i}|${key}|${drops}`;
    if (seen.has(state)) return;
    seen.add(state);
    if (key.length >= classes || i >= plan.steps.length) { keys.add(key.slice(0, classes) || EMPTY_KEY); return; }
    for (const step of plan.steps[i]!) {
      if (step.cost > MAX_READING_COST) {
        // A consonant dropped: allowed once, whatever its cost.
        if (step.arabic === '' && step.length === 1 && drops < MAX_DROPS) walk(i + 1, key, drops + 1);
        continue;
      }
      let next = key;
      for (const c of arabicClasses(step.arabic)) if (next[next.length - 1] !== c) next += c;
      walk(i + step.length, next, drops);
    }
  };
  walk(0, '', 0);
}
