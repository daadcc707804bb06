/**
 * The tokenizer: one pass over the UTF-16 code units with the compiled character table, producing
 * tokens whose `[start, end)` are indexes in the ORIGINAL string and whose `surface` is the
 * normalized word (built only when some character in it changes; otherwise a slice).
 *
 * A token is a maximal run of letters and digits of one kind: Arabic letters, or Latin/other
 * letters with digits (so `g20` and the Arabizi `mo7amed` stay whole). Arabic next to digits or
 * Latin splits (`كوفيد19` → `كوفيد`, `19`). Removed marks and controls join (a ZWNJ or a haraka
 * never splits a word); a combining mark after the last letter belongs to the token, because a
 * highlight must not cut a tanween off its letter, while a trailing control or tatweel does not.
 * An apostrophe stays only in Arabizi, between a digit and a Latin letter (`3'ali`). A phrase
 * ligature (ﷺ) ends the word before it and gives one token per word it stands for.
 * Whole-string NFKC is not applied (see rules/compatibility-forms.ts). Pure; no I/O.
 */
import { CHANGED, CLASS_MASK, CharClass, classify } from './char-table.ts';
import type { CharTable } from './char-table.ts';
import type { Script, Token } from './token.ts';

const SEPARATOR = CharClass.Separator;
const ARABIC = CharClass.Arabic;
const LATIN = CharClass.Latin;
const DIGIT = CharClass.Digit;
const OTHER = CharClass.Other;
const MARK = CharClass.Mark;
const CONTROL = CharClass.Control;
const APOSTROPHE = CharClass.Apostrophe;
const SURROGATE = CharClass.Surrogate;
const PHRASE = CharClass.Phrase;

/** Classes of code points beyond the BMP, found by Unicode property once each. */
const astralClasses = new Map<number, number>();

/** Class of the code point whose high surrogate is at `i`; a lone surrogate is a separator. */
function astralClass(text: string, i: number): number {
  const high = text.charCodeAt(i);
  const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (high > 0xdbff || low < 0xdc00 || low > 0xdfff) return SEPARATOR;
  const code = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let cls = astralClasses.get(code);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(code));
    if (cls === ARABIC || cls === APOSTROPHE) cls = OTHER; // Arabic mathematical letters and the like
    astralClasses.set(code, cls);
  }
  return cls;
}

/** The normalized form of `text[start, end)`: unchanged runs sliced, changed units looked up. */
function foldSpan(table: CharTable, text: string, start: number, end: number): string {
  const { classes, folded } = table;
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((classes[code] & CHANGED) !== 0) {
      if (i > run) out += text.slice(run, i);
      out += folded[code];
      run = i + 1;
    }
  }
  return run < end ? out + text.slice(run, end) : out;
}

/**
 * The words a phrase ligature stands for (ﷺ → صلي الله عليه وسلم), one token each; every one spans
 * the ligature, the only original text they have, so a highlight marks that one character.
 */
function pushPhrase(tokens: Token[], table: CharTable, text: string, at: number): void {
  for (const word of (table.folded[text.charCodeAt(at)] ?? '').split(' ')) {
    if (word === '') continue;
    const script: Script = (classify(word) & CLASS_MASK) === ARABIC ? 'arabic' : 'other';
    tokens.push({ start: at, end: at + 1, surface: word, stem: word, script, stop: false });
  }
}

/** Splits `text` into tokens (stem = surface, stop = false; filters fill those in). */
export function tokenize(text: string, table: CharTable): Token[] {
  const classes = table.classes;
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classes[text.charCodeAt(i)];
    let cls = k & CLASS_MASK;
    let width = 1;
    if (cls === SURROGATE) {
      cls = astralClass(text, i);
      if (cls !== SEPARATOR) width = 2;
    }
    if (cls === PHRASE) {
      pushPhrase(tokens, table, text, i);
      i += 1;
      continue;
    }
    if (cls < ARABIC || cls > OTHER) {
      i += width;
      continue;
    }
    const start = i;
    const arabic = cls === ARABIC;
    let changed = k & CHANGED;
    let hasLatin = cls === LATIN;
    let hasOther = cls === OTHER;
    let afterDigit = cls === DIGIT;
    i += width;
    let end = i;
    while (i < n) {
      k = classes[text.charCodeAt(i)];
      cls = k & CLASS_MASK;
      width = 1;
      if (cls === SURROGATE) {
        cls = astralClass(text, i);
        if (cls !== SEPARATOR) width = 2;
      }
      if (cls === ARABIC) {
        if (!arabic) break;
      } else if (cls === LATIN || cls === DIGIT || cls === OTHER) {
        if (arabic) break;
        if (cls === LATIN) hasLatin = true;
        else if (cls === OTHER) hasOther = true;
        afterDigit = cls === DIGIT;
      } else if (cls === MARK) {
        changed |= k & CHANGED;
        if (i === end) end = i + width; // only a mark right after the word's last letter or mark
        i += width;
        continue;
      } else if (cls === CONTROL) {
        changed |= k & CHANGED;
        i += width;
        continue;
      } else if (cls === APOSTROPHE) {
        // Arabizi: 3'ali (غالي), 7'aled (خالد). Anywhere else an apostrophe separates words.
        if (arabic || !afterDigit || i + 1 >= n || (classes[text.charCodeAt(i + 1)] & CLASS_MASK) !== LATIN) break;
        afterDigit = false;
      } else {
        break;
      }
      changed |= k & CHANGED;
      i += width;
      end = i;
    }
    const surface = changed !== 0 ? foldSpan(table, text, start, end) : text.slice(start, end);
    const script: Script = arabic ? 'arabic' : hasLatin ? 'latin' : hasOther ? 'other' : 'number';
    tokens.push({ start, end, surface, stem: surface, script, stop: false });
  }
  return tokens;
}
