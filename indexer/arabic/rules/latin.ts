/**
 * Latin (and other cased scripts): lowercase, and precomposed accented Latin letters folded to the
 * bare letter (`Erdoğan` → `erdogan`), because names reach Arabic news through many
 * transliterations and users type them without accents. Apostrophes fold to `'` (the tokenizer
 * keeps one inside Arabizi such as `3'` for غ). Latin words are not stemmed: most Latin words in
 * Arabic news are names, and an English stemmer would mangle `Patrushev` or `Xi`.
 * Sources: Lucene `LowerCaseFilter`, `ASCIIFoldingFilter` (accents, restricted to Latin).
 */
import type { CharRule } from './char-rule.ts';

/** The bare Latin letter(s) of a precomposed accented letter, or `undefined`. */
function stripLatinAccent(ch: string): string | undefined {
  const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== ch && /^[A-Za-z]+$/.test(bare) ? bare : undefined;
}

/** Single-character lowercase mapping (a changed length, like `İ` → `i̇`, is left to `stripLatinAccent`). */
function lowercase(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  return lower !== ch ? lower : undefined;
}

export const LATIN: readonly CharRule[] = [
  {
    name: 'latin-accents',
    from: [
      [0x00c0, 0x024f],
      [0x1e00, 0x1eff],
    ],
    to: stripLatinAccent,
    source: 'Lucene ASCIIFoldingFilter (precomposed Latin only)',
    example: ['Erdoğan Müller', 'erdogan muller'],
    meaning: 'two names with accents (then lowercased)',
  },
  {
    name: 'lowercase',
    from: [
      [0x0041, 0x005a],
      [0x00c0, 0x024f],
      [0x0370, 0x052f],
      [0x1e00, 0x1fff],
      [0x2c00, 0x2c7f],
      [0xa640, 0xa7ff],
    ],
    to: lowercase,
    source: 'Lucene LowerCaseFilter',
    example: ['Xi Jinping', 'xi jinping'],
    meaning: 'the Chinese president in Latin letters',
  },
  {
    name: 'apostrophes',
    from: ['\u2018', '\u2019', '\u02BC', '\u02BB', '\u0060', '\u00B4'],
    to: "'",
    source: "our own: Arabizi writes غ as 3' and خ as 7' with any of these",
    example: ['3\u2019ali', "3'ali"],
    meaning: 'ghali (expensive) in Arabizi',
  },
];
