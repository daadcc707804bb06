/**
 * Invisible characters: zero-width and bidi controls are removed without splitting the word they
 * sit in (a ZWNJ inside `می‌خواهم` or an LRM pasted from a web page must not cut a word in two);
 * no-break spaces become ordinary spaces, so they separate words (scraped news is full of U+00A0).
 * Sources: Unicode UAX #9 (bidi controls), charabia (zero-width removal), docs/DESIGN.md (no-break spaces).
 */
import { ARABIC_LETTER_MARK, BOM, FIGURE_SPACE, NARROW_NBSP, NBSP } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

export const FORMAT_CONTROLS: readonly CharRule[] = [
  {
    name: 'zero-width-and-bidi-controls',
    from: [
      [0x200b, 0x200f],
      [0x202a, 0x202e],
      [0x2060, 0x2064],
      [0x2066, 0x2069],
      ARABIC_LETTER_MARK,
      BOM,
      '\u00AD',
      [0x0600, 0x0605],
    ],
    to: '',
    source: 'Unicode UAX #9 and General_Category Cf; soft hyphen, word joiner, Arabic number signs too',
    example: ['الص\u200Cين \u202Bموسكو\u202C', 'الصين موسكو'],
    meaning: 'China with a ZWNJ inside, Moscow inside a bidi embedding',
  },
  {
    name: 'no-break-spaces',
    from: [NBSP, NARROW_NBSP, FIGURE_SPACE],
    to: ' ',
    source: 'docs/DESIGN.md: scraped news uses U+00A0 between words',
    example: ['الصين\u00A0وروسيا', 'الصين وروسيا'],
    meaning: 'China and Russia, joined by a no-break space',
  },
];
