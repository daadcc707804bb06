/**
 * Token filter: sets `stem` (and `proclitics`, what the clitic model removed, and `alternates`, the
 * stems of the other reading of a guessed clitic) of Arabic tokens with the light stemmer (`stemmer.ts`). Latin, number
 * and other tokens keep `stem === surface`: Latin words in Arabic news are mostly names, which an
 * English stemmer would damage, and the name keys in `names/` handle their spelling variants.
 */
import { stemParts } from '../stemmer.ts';
import type { Token } from '../token.ts';
import type { TokenFilter } from './filter.ts';

export const stemArabic: TokenFilter = {
  kind: 'token',
  name: 'stem-arabic',
  keepsSurface: true,
  applies: (token: Token) => token.script === 'arabic',
  apply(token: Token): Token {
    const parts = stemParts(token.surface);
    token.stem = parts.stem;
    token.proclitics = parts.proclitics; // what was removed, so no caller has to guess it from the stem
    token.alternates = parts.alternates; // always set, so that every Arabic token has one shape
    return token;
  },
};
