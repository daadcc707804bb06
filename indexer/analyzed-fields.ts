/**
 * Turns original text into the analyzed forms stored beside it: `forms` (its normalized surface
 * words, clitics kept, each once: the exact forms a search lifts first), `stem` (light stems) and
 * `alt` (second stems where the analyzer had to guess: token `alternates`). All come from the one
 * analyzer the server also runs on queries. Name keys are no longer stored: they made ordinary words
 * match by sound (indexer/meili/settings.ts); Latin names are expanded at query time
 * (server/search/name-expansion.ts).
 */
import { analyze } from './arabic/analyzer.ts';

export interface AnalyzedFields {
  /** Distinct surfaces, in order of first appearance (a filterable array, not a searchable text). */
  forms: string[];
  stem: string;
  /**
   * The second stems (token `alternates`: `وزير` → وزير beside the stem زير, `قالت` → قال), in a field
   * of their own so that the stems keep their positions (phrases, proximity). Stop words have none.
   */
  alt: string;
}

export function analyzedFields(text: string): AnalyzedFields {
  const forms = new Set<string>();
  const stem: string[] = [];
  const alt: string[] = [];
  for (const token of analyze(text)) {
    forms.add(token.surface);
    stem.push(token.stem);
    if (token.alternates && !token.stop) alt.push(...token.alternates);
  }
  return { forms: [...forms], stem: stem.join(' '), alt: alt.join(' ') };
}
