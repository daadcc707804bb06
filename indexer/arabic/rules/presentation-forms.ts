/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) folded to base letters by their Unicode
 * compatibility (NFKC) decomposition, one character at a time so offsets in the original stay exact:
 * `ﻻ` (one code unit) becomes `لا` (two letters) and `ﷲ` becomes `الله`. PDF extractions and old
 * Windows software produce these forms (DESIGN.md). First in the pipeline, so every later rule
 * only sees base letters.
 *
 * Some forms are NOT folded to words: symbols (﷼, ornate brackets) stay symbols; the phrase ligatures whose decomposition contains a
 * space (ﷺ "صلى الله عليه وسلم", ﷻ "جل جلاله") would turn one original character into several
 * words, so they stay symbols (token separators); and the isolated harakat (U+FE70–U+FE7F,
 * NFKC "space + mark") fold to the bare mark, which the mark rules then remove.
 * Source: Unicode NFKC (UAX #15); charabia's Arabic normalizer does the same for lam-alef.
 */
import { PRESENTATION_FORMS_A, PRESENTATION_FORMS_B } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

/** The NFKC decomposition of one presentation form, or `undefined` when it must stay as it is. */
function foldPresentationForm(ch: string): string | undefined {
  if (!/\p{L}/u.test(ch)) return undefined; // symbols (﷼ rial sign, ﴾ ﴿ brackets, BOM) stay symbols
  const folded = ch.normalize('NFKC');
  if (folded === ch) return undefined;
  const trimmed = folded.replace(/^ +/, ''); // isolated harakat: " ً" → "ً"
  if (trimmed.includes(' ')) return undefined; // phrase ligatures stay symbols
  return trimmed;
}

export const PRESENTATION_FORMS: readonly CharRule[] = [
  {
    name: 'presentation-forms',
    from: [PRESENTATION_FORMS_A, PRESENTATION_FORMS_B],
    to: foldPresentationForm,
    source: 'Unicode NFKC per character; charabia (lam-alef)',
    example: ['\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 \uFDF2', 'السلام الله'],
    meaning: 'peace, in shaped letters from a PDF with a lam-alef ligature; the Allah ligature',
  },
];
