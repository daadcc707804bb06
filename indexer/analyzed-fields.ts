/**
 * Turns original text into the three searchable forms stored beside it: `exact` (normalized
 * surface words, clitics kept), `stem` (light stems) and `phon` (Latin name keys of every word,
 * see indexer/arabic/names). All three come from the one analyzer the server also runs on queries.
 */
import { analyze } from './arabic/analyzer.ts';
import { arabicKeys, latinKeys } from './arabic/names/index.ts';
import type { Token } from './arabic/token.ts';

export interface AnalyzedFields { exact: string; stem: string; phon: string }

export function tokenKeys(token: Token): string[] {
  if (token.script === 'arabic') return arabicKeys(token.surface, token.stem);
  if (token.script === 'latin') return latinKeys(token.surface);
  return [];
}

export function analyzedFields(text: string): AnalyzedFields {
  const exact: string[] = [];
  const stem: string[] = [];
  const phon: string[] = [];
  for (const token of analyze(text)) {
    exact.push(token.surface);
    stem.push(token.stem);
    for (const key of tokenKeys(token)) phon.push(key);
  }
  return { exact: exact.join(' '), stem: stem.join(' '), phon: phon.join(' ') };
}
