/**
 * Turns original text into the searchable forms stored beside it: `exact` (normalized surface
 * words, clitics kept), `stem` (light stems) and `alt` (second stems where the analyzer had to guess:
 * token `alternates`). All come from the one analyzer the server also runs on queries. Name keys are
 * no longer stored: they made ordinary words match by sound (indexer/meili/settings.ts); Latin names
 * are expanded at query time (server/search/name-expansion.ts).
 */
import { analyze } from './arabic/analyzer.ts';

export interface AnalyzedFields {
  exact: string;
  stem: string;
  /**
   * The second stems (token `alternates`: `وزير` → وزير beside the stem زير, `قالت` → قال), in a field
   * of their own so that the stems keep their positions (phrases, proximity). Stop words have none.
   */
  alt: string;
}

export function analyzedFields(text: string): AnalyzedFields {
  const exact: string[] = [];
  const stem: string[] = [];
  const alt: string[] = [];
  for (const token of analyze(text)) {
    exact.push(token.surface);
    stem.push(token.stem);
    if (token.alternates && !token.stop) alt.push(...token.alternates);
  }
  return { exact: exact.join(' '), stem: stem.join(' '), alt: alt.join(' ') };
}
