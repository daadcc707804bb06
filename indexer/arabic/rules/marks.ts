/**
 * Marks removed from words: harakat (fatha … sukun), tanween, shadda, the superscript alef, hamza
 * written as a mark, honorific and Quranic annotation marks, tatweel, and any other combining mark
 * (decomposed Latin accents). News text is mostly unvocalized, so a vocalized query or document
 * must meet the bare spelling. A removed mark never splits a word.
 * Sources: Lucene `ArabicNormalizer` (8 harakat and tatweel), charabia (U+0670, Quranic marks),
 * Unicode General_Category Mn/Me for the rest.
 */
import { HARAKAT, HONORIFIC_MARKS, QURANIC_MARKS, SUPERSCRIPT_ALEF, TATWEEL } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

const COMBINING = /^\p{M}$/u;

export const MARKS: readonly CharRule[] = [
  {
    name: 'harakat',
    from: [HARAKAT],
    to: '',
    source: 'Lucene ArabicNormalizer (fatha … sukun, tanween, shadda); U+0654/U+0655 hamza marks',
    example: ['تَعاوُنٌ مُشْتَرَكٌ', 'تعاون مشترك'],
    meaning: 'joint cooperation, fully vocalized',
  },
  {
    name: 'superscript-alef',
    from: [SUPERSCRIPT_ALEF],
    to: '',
    source: 'charabia (Lucene misses U+0670)',
    example: ['هٰذا', 'هذا'],
    meaning: 'this, with the dagger alef',
  },
  {
    name: 'quranic-marks',
    from: [QURANIC_MARKS, HONORIFIC_MARKS],
    to: '',
    source: 'charabia; Unicode Arabic block U+06D6–U+06ED, U+0610–U+061A',
    example: ['ٱلرَّحِيمِ ۝', 'الرحيم '],
    meaning: 'the Merciful, with a Quranic end-of-verse sign',
  },
  {
    name: 'tatweel',
    from: [TATWEEL],
    to: '',
    source: 'Lucene ArabicNormalizer, charabia',
    example: ['كتـــاب', 'كتاب'],
    meaning: 'book, stretched with kashida',
  },
  {
    name: 'combining-marks',
    from: [
      [0x0300, 0x036f],
      [0x1ab0, 0x1aff],
      [0x1dc0, 0x1dff],
      [0x20d0, 0x20ff],
      [0xfe20, 0xfe2f],
      [0x08d3, 0x08ff],
    ],
    to: (ch) => (COMBINING.test(ch) ? '' : undefined),
    source: 'Unicode General_Category M (decomposed accents, Arabic Extended-A marks)',
    example: ['Jose\u0301', 'jose'],
    meaning: 'José with a decomposed accent (then lowercased)',
  },
];
