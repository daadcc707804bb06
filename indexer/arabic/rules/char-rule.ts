/**
 * The shape of a normalization rule: a named, sourced, exemplified rewrite of single characters.
 * Every table in `rules/` is an array of these, registered in `pipeline.ts` (a test fails for a table
 * that is not); `char-table.ts` compiles them all into one lookup used by the tokenizer and `normalize`.
 */
import type { Range } from '../letters.ts';

export interface CharRule {
  /** Kebab-case name, unique across all tables; `normalize(text, { disable: [name] })` switches it off. */
  readonly name: string;
  /** Characters the rule rewrites: single characters or inclusive code-point ranges. */
  readonly from: readonly (string | Range)[];
  /** Replacement: a fixed string (`''` removes), or a function of the character (`undefined` leaves it). */
  readonly to: string | ((ch: string) => string | undefined);
  /** Where the rule comes from (Lucene, charabia, Unicode, our own reasoning). */
  readonly source: string;
  /** `[input, normalize(input)]`: the tests run every example through the full normalization. */
  readonly example: readonly [string, string];
  /** English meaning of the example, for test names. */
  readonly meaning: string;
}
