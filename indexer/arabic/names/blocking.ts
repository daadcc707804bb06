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
import { CONSONANT_CLASS, SHAPE_MARK } from './rules/consonant-classes.ts';
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
/** Class counts above this are one bucket. */
const MAX_COUNTED = 7;
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

/** Letters as classes, classless letters as V (ا و ي) or H (ع ء ه ح), repeats collapsed: علي → HLV. */
export function arabicShape(arabic: string): string {
  let out = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch] ?? SHAPE_MARK[ch] ?? '';
    if (c && out[out.length - 1] !== c) out += c;
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

/** The prefix key of an Arabic form: its first PREFIX_CLASSES classes, no count (a prefix has no length). */
export function arabicPrefixKey(arabic: string): string {
  return arabicClasses(arabic).slice(0, PREFIX_CLASSES) || EMPTY_KEY;
}

/**
 * Prefix keys of a typed Latin prefix: the first PREFIX_CLASSES classes of its readings; none when a
 * reading has fewer (Pat: two classes would bring thousands of forms).
 */
export function latinPrefixKeys(plans: readonly LatinPlan[]): string[] {
  const keys = new Set<string>();
  for (const plan of plans) {
    const walk = (i: number, head: string): void => {
      if (keys.size >= MAX_KEYS) return;
      if (head.length >= PREFIX_CLASSES) {
        keys.add(head.slice(0, PREFIX_CLASSES));
        return;
      }
      if (i >= plan.steps.length) return;
      for (const step of plan.steps[i]!) {
        if (step.cost > MAX_READING_COST) continue;
        let h = head;
        for (const c of arabicClasses(step.arabic)) if (h[h.length - 1] !== c) h += c;
        walk(i + step.length, h);
      }
    };
    walk(0, '');
  }
  return [...keys];
}

function keyOfShape(shape: string, classes: number): string {
  const consonants = collapse(shape.replace(/[VH]/g, ''));
  if (consonants.length < SHAPE_BELOW) return shape || EMPTY_KEY;
  // The number of classes (capped) splits a block further: a 4-class name is not a 7-class word.
  return `${consonants.slice(0, classes)}${Math.min(consonants.length, MAX_COUNTED)}`;
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
  // State: the shape while it is short (it may become a shape key), then only what the class key
  // needs: its first classes, the class count and the last mark (to collapse repeats).
  const walk = (i: number, shape: string, head: string, count: number): void => {
    if (keys.size >= MAX_KEYS) return;
    const state = count < SHAPE_BELOW ? `${i}|${shape}` : `${i}|${head}|${count}|${shape[shape.length - 1]}`;
    if (seen.has(state)) return;
    seen.add(state);
    if (i >= plan.steps.length) {
      keys.add(count < SHAPE_BELOW ? shape || EMPTY_KEY : `${head}${Math.min(count, MAX_COUNTED)}`);
      return;
    }
    for (const step of plan.steps[i]!) {
      if (step.cost > MAX_READING_COST) continue;
      let next = shape,
        h = head,
        n = count;
      let lastClass = head[head.length - 1];
      for (const c of arabicShape(step.arabic)) {
        if (next[next.length - 1] === c) continue;
        next += c;
        if (c === 'V' || c === 'H' || c === lastClass) continue;
        n++;
        lastClass = c;
        if (h.length < classes) h += c;
      }
      if (n >= SHAPE_BELOW) next = next.slice(-1); // only the last mark matters from here on
      walk(i + step.length, next, h, Math.min(n, MAX_COUNTED + 1));
    }
  };
  walk(0, '', '', 0);
}
