/**
 * Token filter: sets `stem` (and `proclitics`, what the clitic model removed, and `alternates`, the
 * stems of the other reading of a guessed clitic) of Arabic tokens with the light stemmer (`stemmer.ts`). Latin, number
 * and other tokens keep `stem === surface`: Latin words in Arabic news are mostly names, which an
 * English stemmer would damage, and the name keys in `names/` handle their spelling variants.
 */
import { compileCharTable, normalizeWith } from '../char-table.ts';
import { FORMAT_CONTROLS } from '../rules/format-controls.ts';
import { MARKS } from '../rules/marks.ts';
import { readsAsWritten } from '../clitics.ts';
import { stemParts } from '../stemmer.ts';
import type { Token } from '../token.ts';
import type { TokenFilter } from './filter.ts';

/** The normalizer's deletions alone: a word as written, marks and invisible controls out, letters kept. */
const AS_WRITTEN = compileCharTable([...MARKS, ...FORMAT_CONTROLS]);

export const stemArabic: TokenFilter = {
  kind: 'token',
  name: 'stem-arabic',
  keepsSurface: true,
  applies: (token: Token) => token.script === 'arabic',
  apply(token: Token, source: string): Token {
    let parts = stemParts(token.surface);
    // Again with the letters as written, for the one reading that needs a hamza the normalizer folds.
    if (readsAsWritten(parts.stem))
      parts = stemParts(token.surface, normalizeWith(AS_WRITTEN, source.slice(token.start, token.end)));
    token.stem = parts.stem;
    token.proclitics = parts.proclitics; // what was removed, so no caller has to guess it from the stem
    token.alternates = parts.alternates; // always set, so that every Arabic token has one shape
    return token;
  },
};
