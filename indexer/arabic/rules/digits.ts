/**
 * Digits: Arabic-Indic (٠–٩, used in the Arab East) and Eastern Arabic-Indic (۰–۹, Persian and
 * Urdu) fold to ASCII, so `٢٠١٩` finds `2019` (docs/DESIGN.md: Meilisearch does not fold them).
 * Sources: Lucene `DecimalDigitFilter` (all Nd digits to ASCII), charabia.
 */
import { ARABIC_INDIC_DIGITS, EASTERN_ARABIC_INDIC_DIGITS } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

/** `٣` → `3`: the digit's value is its distance from the zero of its range. */
const toAscii =
  (zero: number) =>
  (ch: string): string =>
    String.fromCharCode(0x30 + ch.charCodeAt(0) - zero);

export const DIGITS: readonly CharRule[] = [
  {
    name: 'arabic-indic-digits',
    from: [ARABIC_INDIC_DIGITS],
    to: toAscii(ARABIC_INDIC_DIGITS[0]),
    source: 'Lucene DecimalDigitFilter',
    example: ['عام ٢٠١٩', 'عام 2019'],
    meaning: 'the year 2019',
  },
  {
    name: 'eastern-arabic-indic-digits',
    from: [EASTERN_ARABIC_INDIC_DIGITS],
    to: toAscii(EASTERN_ARABIC_INDIC_DIGITS[0]),
    source: 'Lucene DecimalDigitFilter',
    example: ['۱۴۰۲', '1402'],
    meaning: 'the Persian year 1402',
  },
];
