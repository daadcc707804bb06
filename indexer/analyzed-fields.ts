/**
 * Turns original text into the two searchable forms stored beside it: `exact` (normalized surface
 * words, clitics kept) and `stem` (light stems). Both come from the one analyzer the server also runs
 * on queries. Name keys (`tokenKeys`) are no longer stored: they made ordinary words match by sound
 * (indexer/meili/settings.ts); they stay available to the name code.
 */
import { analyze } from './arabic/analyzer.ts';
import { arabicKeys, latinKeys } from './arabic/names/index.ts';
import type { Token } from './arabic/token.ts';

export interface AnalyzedFields { exact: string; stem: string }

/**
 * Name keys are the costly part of analysis, and news repeats its words: keys are remembered per
 * (surface, stem), up to KEY_CACHE_SIZE words, then the memory starts over.
 */
const KEY_CACHE_SIZE = 100_000;
const keyCache = new Map<string, string[]>();
const NO_KEYS: string[] = [];

export function tokenKeys(token: Token): string[] {
  if (token.script !== 'arabic' && token.script !== 'latin') return NO_KEYS;
  const id = token.surface + ' ' + token.stem;
  let keys = keyCache.get(id);
  if (keys === undefined) {
    keys = token.script === 'arabic' ? arabicKeys(token.surface, token.stem) : latinKeys(token.surface);
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(id, keys);
  }
  return keys;
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
