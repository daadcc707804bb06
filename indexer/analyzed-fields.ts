/**
 * Turns original text into the two searchable forms stored beside it: `exact` (normalized surface
 * words, clitics kept) and `stem` (light stems). Both come from the one analyzer the server also runs
 * on queries. Name keys are no longer stored: they made ordinary words match by sound
 * (indexer/meili/settings.ts); Latin names are expanded at query time (server/search/name-expansion.ts).
 */
import { analyze } from './arabic/analyzer.ts';

export interface AnalyzedFields {
  exact: string;
  stem: string;
}

export function analyzedFields(text: string): AnalyzedFields {
  const exact: string[] = [];
  const stem: string[] = [];
  for (const token of analyze(text)) {
    exact.push(token.surface);
    stem.push(token.stem);
  }
  return { exact: exact.join(' '), stem: stem.join(' ') };
}
