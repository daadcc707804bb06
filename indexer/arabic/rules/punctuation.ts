/**
 * Arabic punctuation folded to its ASCII counterpart: `،` `؛` `؟` `٪` `۔` are punctuation, so they
 * separate tokens (`الصين،روسيا` is two words) and a query typed with either comma means the same.
 * Unicode gives them General_Category Po already; folding makes `normalize` output uniform.
 * Source: Unicode Arabic block; charabia treats them as separators.
 */
import { ARABIC_COMMA, ARABIC_FULL_STOP, ARABIC_PERCENT, ARABIC_QUESTION_MARK, ARABIC_SEMICOLON } from '../letters.ts';
import type { CharRule } from './char-rule.ts';

const ASCII: Readonly<Record<string, string>> = {
  [ARABIC_COMMA]: ',',
  [ARABIC_SEMICOLON]: ';',
  [ARABIC_QUESTION_MARK]: '?',
  [ARABIC_PERCENT]: '%',
  [ARABIC_FULL_STOP]: '.',
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
};

export const PUNCTUATION: readonly CharRule[] = [
  {
    name: 'arabic-punctuation',
    from: Object.keys(ASCII),
    to: (ch) => ASCII[ch],
    source: 'Unicode Arabic block (Po); charabia separators',
    example: ['الصين،روسيا؟', 'الصين,روسيا?'],
    meaning: 'China, Russia?',
  },
];
