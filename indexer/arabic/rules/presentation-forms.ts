/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) folded to base letters by their Unicode
 * compatibility (NFKC) decomposition, one character at a time so offsets in the original stay exact:
 * `ﻻ` (one code unit) becomes `لا` (two letters) and `ﷲ` becomes `الله`. PDF extractions and old
 * Windows software produce these forms (docs/DESIGN.md). The other rules then apply to the base
 * letters (ﺓ → ة → ه), whatever the order of the stages (char-table.ts folds to a fixpoint).
 *
 * Symbols (﷼, ornate brackets) stay symbols, and the isolated harakat (U+FE70–U+FE7F, NFKC
 * "space + mark") fold to the bare mark, which the mark rules then remove. The phrase ligatures
 * (ﷺ ﷻ ﷽) are a second rule, `phrase-ligatures`: one character that stands for several words.
 * The tokenizer gives each of those words its own token whose span is the ligature itself
 * (tokenizer.ts), so a search for `الله` finds ﷽ and the highlight marks the one character.
 * Source: Unicode NFKC (UAX #15); charabia's Arabic normalizer does the same for lam-alef.
 */
import { BISMILLAH, JALLA_JALALUHU, PRESENTATION_FORMS_A, PRESENTATION_FORMS_B, SALLALLAHOU } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

/** The NFKC decomposition of one presentation form, or `undefined` when it must stay as it is. */
function foldPresentationForm(ch: string): string | undefined {
  if (!/\p{L}/u.test(ch)) return undefined; // symbols (﷼ rial sign, ﴾ ﴿ brackets, BOM) stay symbols
  const folded = ch.normalize('NFKC');
  if (folded === ch) return undefined;
  const trimmed = folded.replace(/^ +/, ''); // isolated harakat: " ً" → "ً"
  if (trimmed.includes(' ')) return undefined; // phrase ligatures: PHRASE_LIGATURES below
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

/**
 * The phrase ligatures, as the words they stand for (written out, not folded: the later rules fold
 * them like any text, so صلى becomes صلي). ﷺ and ﷻ are their NFKC decompositions; ﷽ has none in
 * Unicode, so its words are the phrase its character name spells (BISMILLAH AR-RAHMAN AR-RAHEEM).
 * CAMeL Tools' `normalize_unicode('ﷺ')` gives the same four words.
 */
const PHRASES: Readonly<Record<string, string>> = {
  [SALLALLAHOU]: 'صلى الله عليه وسلم', // peace be upon him (after the Prophet's name)
  [JALLA_JALALUHU]: 'جل جلاله', // exalted be His glory (after God's name)
  [BISMILLAH]: 'بسم الله الرحمن الرحيم', // in the name of God, the Merciful, the Compassionate
};

export const PHRASE_LIGATURES: readonly CharRule[] = [
  {
    name: 'phrase-ligatures',
    from: Object.keys(PHRASES),
    to: (ch) => PHRASES[ch],
    source: 'Unicode NFKC (ﷺ ﷻ); the character name (﷽); CAMeL Tools normalize_unicode',
    example: ['محمد ﷺ', 'محمد صلي الله عليه وسلم'],
    meaning: 'Muhammad, peace be upon him (one ligature, four words)',
  },
];
