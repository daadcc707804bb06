/**
 * A pure stand-in for Meilisearch on the `phon` field, for tests: documents are token sequences, each
 * token contributes its keys in order (as the indexer joins them), and a query word matches a key exactly,
 * by prefix when it is the last word, by a split over two adjacent keys, or two adjacent query words
 * concatenated match one key (Meilisearch's split and concat).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { arabicKeys, keyMatches, latinKeys, queryKey } from '../../../indexer/arabic/names/index.ts';

export interface DocToken { surface: string; stem: string; keys: string[] }

const ARABIC = /[\u0600-\u06ff]/;

/** Minimal fold used until indexer/arabic/analyzer.ts exists: marks, tatweel, alef seats, ى, ة. */
export function minimalNormalize(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

function minimalStem(word: string): string {
  const m = /^(وبال|وال|بال|كال|فال|ولل|لل|ال|و|ب|ل|ف)(.{3,})$/.exec(word);
  return m ? m[2] : word;
}

type Analyze = (text: string) => { surface: string; stem: string; script: string }[];
let analyzer: Analyze | null = null;
const ANALYZER = join(import.meta.dirname, '../../../indexer/arabic/analyzer.ts');
export async function loadAnalyzer(): Promise<string> {
  if (existsSync(ANALYZER)) {
    try {
      const mod = await import(ANALYZER);
      if (typeof mod.analyze === 'function') { analyzer = mod.analyze; return 'indexer/arabic/analyzer.ts'; }
    } catch { /* fall back */ }
  }
  return 'minimal fold (analyzer.ts not available)';
}

export function tokenize(text: string): DocToken[] {
  if (analyzer) {
    return analyzer(text).map((t) => ({
      surface: t.surface, stem: t.stem,
      keys: t.script === 'arabic' || ARABIC.test(t.surface) ? arabicKeys(t.surface, t.stem) : latinKeys(t.surface),
    }));
  }
  return minimalNormalize(text).split(/[^\u0621-\u064aa-zA-Z0-9']+/).filter(Boolean).map((w) => {
    const stem = ARABIC.test(w) ? minimalStem(w) : w;
    return { surface: w, stem, keys: ARABIC.test(w) ? arabicKeys(w, stem) : latinKeys(w) };
  });
}

/** Query words → keys, as the server will compute them ('' keys dropped). */
export function queryKeys(query: string): string[] {
  return query.split(/[\s\-‐]+/).filter(Boolean).map((w) => queryKey(w)).filter(Boolean);
}

/** Which query keys match somewhere in the document, Meilisearch-style. Returns one flag per key. */
export function matchedWords(keys: readonly string[], doc: readonly DocToken[]): boolean[] {
  const flat = doc.flatMap((t) => t.keys);
  const hit = keys.map(() => false);
  keys.forEach((k, i) => {
    const last = i === keys.length - 1;
    if (doc.some((t) => keyMatches(k, t.keys, last))) hit[i] = true;
    for (let p = 0; p + 1 < flat.length && !hit[i]; p++) if (flat[p] + flat[p + 1] === k) hit[i] = true;
    if (i + 1 < keys.length) {
      const joined = k + keys[i + 1];
      if (doc.some((t) => keyMatches(joined, t.keys, i + 1 === keys.length - 1))) { hit[i] = true; hit[i + 1] = true; }
    }
  });
  return hit;
}

export function readSeeds(): { name: string; text: string }[] {
  const dir = join(import.meta.dirname, '../../../seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}
