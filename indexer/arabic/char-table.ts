/**
 * Compiles a list of normalization rules (`rules/*.ts`) into one lookup over UTF-16 code units, once
 * per rule set: for each code unit, what it becomes (applying all the rules over and over until
 * nothing changes, which makes normalization idempotent by construction) and its class for the
 * tokenizer. The list's order could only matter where two rules rewrite one character differently;
 * ours do not (pipeline.test.ts compiles them reversed and compares every character). The "needs folding?" flag is derived from the same table, so there is no second,
 * hand-kept list. `normalizeWith` applies a compiled table to a whole string. Pure; no I/O.
 */
import { ARABIC_BLOCKS, PRESENTATION_FORMS_A, PRESENTATION_FORMS_B, TATWEEL } from './letters.ts';
import type { CharRule } from './rules/char-rule.ts';

/** Token-building class of a code unit (low 4 bits of `CharTable.classes`). */
export const CharClass = {
  /** Ends a token: spaces, punctuation, symbols. */
  Separator: 0,
  /** Arabic letter (after folding). */
  Arabic: 1,
  /** Latin letter. */
  Latin: 2,
  /** Decimal digit. */
  Digit: 3,
  /** Letter of another script (Cyrillic, Han, …). */
  Other: 4,
  /** Combining mark: belongs to the letter before it, so it extends a token's end. */
  Mark: 5,
  /** Removed format control or tatweel: joins, but neither starts nor ends a token. */
  Control: 6,
  /** Apostrophe: kept inside Arabizi (`3'ali`), otherwise a separator. */
  Apostrophe: 7,
  /** Surrogate code unit: the tokenizer classifies the whole code point. */
  Surrogate: 8,
  /** A ligature that stands for several words (ﷺ): a token per word, each spanning the ligature. */
  Phrase: 9,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** Set in `classes` when the code unit's normalized form differs from itself. */
export const CHANGED = 0x10;
export const CLASS_MASK = 0x0f;

export interface CharTable {
  /** `CharClass | CHANGED` for every UTF-16 code unit. */
  readonly classes: Uint8Array;
  /** Normalized form of each code unit whose `CHANGED` bit is set (`''` = removed). */
  readonly folded: readonly (string | undefined)[];
  /** Names of the rules compiled in, as listed. */
  readonly rules: readonly string[];
}

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
const FORMAT = /^\p{Cf}$/u;
const LATIN_SCRIPT = /^\p{Script=Latin}$/u;

function isPresentationForm(code: number): boolean {
  return (
    (code >= PRESENTATION_FORMS_A[0] && code <= PRESENTATION_FORMS_A[1]) ||
    (code >= PRESENTATION_FORMS_B[0] && code <= PRESENTATION_FORMS_B[1])
  );
}

function inArabicBlock(code: number): boolean {
  for (const [lo, hi] of ARABIC_BLOCKS) if (code >= lo && code <= hi) return true;
  return false;
}

/** Class of the first character of a (normalized) string, by its Unicode properties. */
export function classify(text: string): CharClass {
  const code = text.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(code);
  if (ch === "'") return CharClass.Apostrophe;
  if (ch === TATWEEL) return CharClass.Arabic; // only reached when the tatweel rule is disabled
  if (LETTER.test(ch)) {
    if (inArabicBlock(code)) return CharClass.Arabic;
    return LATIN_SCRIPT.test(ch) ? CharClass.Latin : CharClass.Other;
  }
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (MARK.test(ch)) return CharClass.Mark;
  if (FORMAT.test(ch)) return CharClass.Control;
  return CharClass.Separator;
}

/** Per-rule lookup: code unit → replacement (a rule that leaves the character is absent). */
function compileRule(rule: CharRule): Map<number, string> {
  const map = new Map<number, string>();
  const add = (code: number): void => {
    const ch = String.fromCharCode(code);
    const out = typeof rule.to === 'string' ? rule.to : rule.to(ch);
    if (out !== undefined && out !== ch) map.set(code, out);
  };
  for (const item of rule.from) {
    if (typeof item === 'string') add(item.charCodeAt(0));
    else for (let code = item[0]; code <= item[1]; code++) add(code);
  }
  return map;
}

/** Applies the rules, over and over, until the string no longer changes. */
function foldToFixpoint(ch: string, maps: readonly Map<number, string>[]): string {
  let current = ch;
  for (let round = 0; round < 8; round++) {
    let next = current;
    for (const map of maps) {
      let out = '';
      for (let i = 0; i < next.length; i++) out += map.get(next.charCodeAt(i)) ?? next[i];
      next = out;
    }
    if (next === current) return current;
    current = next;
  }
  throw new Error(
    `arabic: normalization rules do not settle on U+${ch.charCodeAt(0).toString(16)}; fix the rule tables`,
  );
}

/** Builds the lookup for the given rules. */
export function compileCharTable(rules: readonly CharRule[]): CharTable {
  const maps = rules.map(compileRule);
  const touched = new Set<number>();
  for (const map of maps) for (const code of map.keys()) touched.add(code);

  const classes = new Uint8Array(0x10000);
  const folded: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      classes[code] = CharClass.Surrogate;
      continue;
    }
    const ch = String.fromCharCode(code);
    if (!touched.has(code)) {
      // A presentation form no rule folds (ﷺ, ﷽, or any when the rule is off) is a symbol, not a word.
      classes[code] = isPresentationForm(code) ? CharClass.Separator : (cheapClass(code) ?? classify(ch));
      continue;
    }
    const out = foldToFixpoint(ch, maps);
    if (out === ch) {
      classes[code] = classify(ch);
    } else {
      folded[code] = out;
      // A removed character joins its neighbours: a removed mark extends the token, a control does not.
      const cls =
        out === ''
          ? MARK.test(ch)
            ? CharClass.Mark
            : CharClass.Control
          : out.includes(' ')
            ? CharClass.Phrase
            : classify(out);
      classes[code] = cls | CHANGED;
    }
  }
  return { classes, folded, rules: rules.map((r) => r.name) };
}

/** Fast answers for ASCII, so the table builds quickly; `undefined` means "ask Unicode". */
function cheapClass(code: number): CharClass | undefined {
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return CharClass.Latin;
  if (code < 0x80) return code === 0x27 ? CharClass.Apostrophe : CharClass.Separator;
  return undefined;
}

/** Normalizes a whole string with a compiled table; separators and surrogates pass through. */
export function normalizeWith(table: CharTable, text: string): string {
  const { classes, folded } = table;
  let out = '';
  let run = 0; // start of the current run of unchanged code units
  for (let i = 0; i < text.length; i++) {
    if ((classes[text.charCodeAt(i)] & CHANGED) !== 0) {
      out += text.slice(run, i) + folded[text.charCodeAt(i)];
      run = i + 1;
    }
  }
  return run === 0 ? text : out + text.slice(run);
}

/**
 * `normalizeWith`, plus where each normalized code unit came from: `offsets[i]` is the index in
 * `text` of the character that produced normalized unit `i` (a character that becomes several, like
 * ﻻ → لا or ﷺ → four words, gives them all its own index), and `offsets[length]` is `text.length`.
 * For line-level patterns (dates) that must cut the ORIGINAL text where they matched the normalized one.
 */
export function normalizeWithOffsets(table: CharTable, text: string): { text: string; offsets: number[] } {
  const { classes, folded } = table;
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((classes[code] & CHANGED) !== 0) {
      const f = folded[code] ?? '';
      out += f;
      for (let k = 0; k < f.length; k++) offsets.push(i);
    } else {
      out += text[i];
      offsets.push(i);
    }
  }
  offsets.push(text.length);
  return { text: out, offsets };
}
