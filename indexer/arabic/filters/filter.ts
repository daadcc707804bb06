/**
 * The two kinds of pipeline stage. A `CharStage` is a table of character rules; consecutive char
 * stages are compiled together into the tokenizer's lookup (`char-table.ts`), so they run during
 * the single scan. A `TokenFilter` sees each token after tokenization (MiniSearch's `processTerm`):
 * it returns the token, possibly updated, or `null` to drop it. For speed, filters update the token
 * in place: the pipeline owns it until `analyze` returns, and `start`/`end` are never touched.
 */
import type { CharRule } from '../rules/char-rule.ts';
import type { Token } from '../token.ts';

export interface CharStage {
  readonly kind: 'chars';
  readonly name: string;
  readonly rules: readonly CharRule[];
}

export interface TokenFilter {
  readonly kind: 'token';
  readonly name: string;
  /** When present and false, the filter skips the token. */
  applies?(token: Token): boolean;
  /** True when the filter never drops a token nor changes its surface (it only adds fields): `surfaces` skips it. */
  readonly keepsSurface?: boolean;
  /** `source` is the analyzed text, which `[token.start, token.end)` indexes (the word as written). */
  apply(token: Token, source: string): Token | null;
}

export type Filter = CharStage | TokenFilter;

/** Wraps a rule table as a pipeline stage. */
export function charStage(name: string, rules: readonly CharRule[]): CharStage {
  return { kind: 'chars', name, rules };
}
