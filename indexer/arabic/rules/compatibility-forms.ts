/**
 * The "safe" part of NFKC outside Arabic: Latin ligatures (ﬁ → fi) and fullwidth ASCII (Ｇ２０ → G20),
 * folded per character so offsets stay exact. General NFKC is NOT applied to the whole text: it
 * would change string lengths unpredictably (offsets) and fold things that carry meaning
 * (superscript digits, circled numbers, ℃). Source: Unicode NFKC (UAX #15), restricted to these blocks.
 */
import { FULLWIDTH_ASCII, LATIN_LIGATURES } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

const nfkc = (ch: string): string => ch.normalize('NFKC');

export const COMPATIBILITY_FORMS: readonly CharRule[] = [
  {
    name: 'latin-ligatures',
    from: [LATIN_LIGATURES],
    to: nfkc,
    source: 'Unicode NFKC',
    example: ['\uFB01nance', 'finance'],
    meaning: 'finance, typeset with the fi ligature',
  },
  {
    name: 'fullwidth-ascii',
    from: [FULLWIDTH_ASCII],
    to: nfkc,
    source: 'Unicode NFKC',
    example: ['\uFF27\uFF12\uFF10', 'g20'],
    meaning: 'G20 in fullwidth letters (then lowercased)',
  },
];
