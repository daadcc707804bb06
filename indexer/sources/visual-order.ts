/**
 * Arabic text taken out of a PDF comes in two defects (DESIGN.md): presentation forms (ﺑﺎﺗﺮﻭﺷﻴﻒ,
 * the shaped glyphs' code points) and visual order (the letters of each line from left to right as
 * drawn: فيشورتاب). This module repairs both, with no I/O.
 *
 * Which order a text is in is measured, not assumed, by evidence that only holds in logical order:
 *  - words that open with the article ال (a fifth of the words of news text) — reversed they end in لا;
 *  - words that end in ة or ى, letters that only close a word — reversed they open it;
 *  - the analyzer's stop words (في، من، على، إلى…) — reversed (يف، نم، ىلع) they are rarely words.
 * The text is turned around only when the reversed reading has clearly more of this evidence, so a
 * text with none (numbers, Latin) is left as it is. One decision per document: a PDF's producer
 * writes every page alike, and short lines alone would be noisy.
 *
 * Reversing a visual line: the characters are reversed, then each left-to-right run inside it
 * (Latin words, numbers like 2019 or 14.5) is put back as it was, and mirrored brackets swapped —
 * the inverse of the Unicode bidi algorithm for the simple lines of a news article.
 * Presentation forms are folded AFTER reversing: a lam-alef ligature ﻻ read backwards must become لا,
 * which folding first would have turned into ال.
 */
import { isStopWord, normalize } from '../arabic/analyzer.ts';
import { compileCharTable, normalizeWith } from '../arabic/char-table.ts';
import { PRESENTATION_FORMS } from '../arabic/rules/presentation-forms.ts';

const FOLD_FORMS = compileCharTable(PRESENTATION_FORMS);

/** Presentation forms → base letters, with the analyzer's own rule (indexer/arabic/rules/presentation-forms.ts). */
export function foldPresentationForms(text: string): string {
  return normalizeWith(FOLD_FORMS, text);
}

const ARABIC_WORD = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+/g;
/** How much more evidence the reversed reading needs: a third more, and at least 3 words' worth. */
const MARGIN = { ratio: 4 / 3, min: 3 } as const;

/** Points for reading `text` (base letters) as logical order. */
export function logicalEvidence(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(ARABIC_WORD)) {
    if (word.length < 2) continue;
    if (/^[وفبلك]?ال./.test(word)) score++; // the article, maybe after a clitic: الصين، والصين
    if (/[ةى]$/.test(word)) score++; // teh marbuta and alef maksura close a word
    if (/^[ةى]/.test(word)) score--; // …and never open one
    if (isStopWord(normalize(word))) score++;
  }
  return score;
}

/** Left-to-right runs that keep their order inside a right-to-left line: Latin words, numbers. */
const LTR_RUN = /[A-Za-z0-9\u0660-\u0669](?:[A-Za-z0-9\u0660-\u0669.,:/%-]*[A-Za-z0-9\u0660-\u0669])?/g;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/** One visual-order line in logical order. */
export function reverseVisualLine(line: string): string {
  const reversed = [...line]
    .reverse()
    .map((c) => MIRRORED[c] ?? c)
    .join('');
  return reversed.replace(LTR_RUN, (run) => [...run].reverse().join(''));
}

export interface Repaired {
  text: string;
  visualOrder: boolean;
}

/** The text in logical order with base letters; `visualOrder` says whether it was turned around. */
export function repairArabicText(text: string): Repaired {
  const lines = text.split('\n');
  const hasArabic = (l: string) => /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/.test(l);
  const asIs = logicalEvidence(foldPresentationForms(text));
  const turned = lines.map((l) => (hasArabic(l) ? reverseVisualLine(l) : l));
  const reversed = logicalEvidence(foldPresentationForms(turned.join('\n')));
  const visualOrder = reversed >= MARGIN.min && reversed > asIs * MARGIN.ratio;
  return { text: foldPresentationForms((visualOrder ? turned : lines).join('\n')), visualOrder };
}
