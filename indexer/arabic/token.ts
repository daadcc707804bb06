/**
 * The token: what the analyzer hands to the indexer (documents) and to the server (queries).
 *
 * Every token keeps `[start, end)` in the ORIGINAL string (UTF-16 indexes), through every filter,
 * so a match can always be marked on the words as the author wrote them (charabia's char map).
 */
export type Script = 'arabic' | 'latin' | 'number' | 'other';

export interface Token {
  /** Start of the whole original word (clitics and diacritics included), UTF-16 index. */
  start: number;
  /** End (exclusive) of the whole original word. */
  end: number;
  /** Normalized surface form: letters folded, marks removed, clitics kept (`بالمعابر` → `بالمعابر`). */
  surface: string;
  /** Light stem: clitics and common suffixes removed (`بالمعابر` → `معابر`); equals `surface` when nothing is stripped. */
  stem: string;
  script: Script;
  /** True for words on the stop list (`في`, `من`, `the`): kept, but may be ignored when ranking. */
  stop: boolean;
  /**
   * The proclitics the stemmer removed from `surface` (`وبال` for `وبالصين`; '' when none), set on
   * Arabic tokens by the stem filter. `surface.slice(proclitics.length)` is the word without them
   * (the clitic model of `clitics.ts`); absent on tokens the stemmer did not see.
   */
  proclitics?: string;
  /**
   * Stems of the other reading of a guessed clitic boundary (`وزير`: [وزير] beside the stem زير;
   * `الوزير`: [زير]; [] when the split is not a guess), set on Arabic tokens by the stem filter
   * (clitics.ts `otherReadings`).
   */
  alternates?: readonly string[];
}
