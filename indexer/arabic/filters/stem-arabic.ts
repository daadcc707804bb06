/**
 * Token filter: sets `stem` (and `proclitics`, what the clitic model removed, and `alternates`, the
 * stems of the other reading of a guessed clitic) of Arabic tokens with the light stemmer (`stemmer.ts`). Latin, number
 * and other tokens keep `stem === surface`: Latin words in Arabic news are mostly names, which an
 * English stemmer would damage, and the name keys in `names/` handle their spelling variants.
 */
import { compileCharTable, normalizeWith } from '../char-table.ts';
import { FORMAT_CONTROLS } from '../rules/format-controls.ts';
import { MARKS } from '../rules/marks.ts';
import { isHamzaAlef, writtenLetterToCheck } from '../clitics.ts';
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
    // Again with the letters as written where a hamza the normalizer folds may change the split (one
    // letter looked at, most words none).
    const at = writtenLetterToCheck(parts);
    if (at >= 0 && isHamzaAlef(writtenLetter(source, token, at)))
      parts = stemParts(token.surface, asWritten(source, token));
    token.stem = parts.stem;
    token.proclitics = parts.proclitics; // what was removed, so no caller has to guess it from the stem
    token.alternates = parts.alternates; // always set, so that every Arabic token has one shape
    return token;
  },
};

/** The letter at `index` of a token's surface as the source writes it (marks skipped, letters unfolded). */
function writtenLetter(source: string, token: Token, index: number): number {
  // Unvocalized (the usual case), the source holds the surface's letters one for one: no copy.
  if (token.end - token.start === token.surface.length) return source.charCodeAt(token.start + index);
  return asWritten(source, token).charCodeAt(index);
}

/** The token as written, marks removed (`splitWord` ignores it when it does not align with the surface). */
function asWritten(source: string, token: Token): string {
  const slice = source.slice(token.start, token.end);
  return slice.length === token.surface.length ? slice : normalizeWith(AS_WRITTEN, slice);
}
