/**
 * The name-pair set (test/fixtures/name-pairs.json) through the key functions alone, no engine:
 * recall = share of (Latin spelling, Arabic spelling) pairs where every query word matches the Arabic
 * tokens (Meilisearch-style exact / prefix / split / concat); false matches = absent Latin names all of
 * whose words match somewhere in one seed article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzer, matchedWords, queryKeys, readSeeds, tokenize } from './phon-sim.ts';

interface Pair { latin: string[]; arabic: string[]; kind: 'person' | 'place'; source: string }
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/name-pairs.json'), 'utf8')) as {
  pairs: Pair[]; absent: string[];
};

let analyzerUsed = '';
beforeAll(async () => { analyzerUsed = await loadAnalyzer(); });

describe('name-pairs fixture', () => {
  it('has at least 60 pairs with a source and 20 absent names', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(60);
    expect(fixture.absent.length).toBeGreaterThanOrEqual(20);
    for (const p of fixture.pairs) expect(p.source.length).toBeGreaterThan(3);
  });
});

describe('Latin spellings find their Arabic spellings (pure)', () => {
  it('recall over all (Latin, Arabic) spelling pairs', () => {
    let total = 0, found = 0;
    const misses: string[] = [];
    for (const p of fixture.pairs) for (const latin of p.latin) for (const arabic of p.arabic) {
      total++;
      const keys = queryKeys(latin);
      const ok = keys.length > 0 && matchedWords(keys, tokenize(arabic)).every(Boolean);
      if (ok) found++; else misses.push(`${latin} [${keys.join(' ')}] ✗ ${arabic} [${tokenize(arabic).map((t) => t.keys.join('|')).join(' ; ')}]`);
    }
    const recall = found / total;
    console.log(`[names] analyzer: ${analyzerUsed}`);
    console.log(`[names] pure recall: ${found}/${total} = ${recall.toFixed(3)}`);
    if (misses.length) console.log('[names] misses:\n  ' + misses.join('\n  '));
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('Arabic spelling variants of one name find each other', () => {
    let total = 0, found = 0;
    const misses: string[] = [];
    for (const p of fixture.pairs) for (const a of p.arabic) for (const b of p.arabic) {
      if (a === b) continue;
      total++;
      const keys = tokenize(a).map((t) => t.surface).flatMap((w) => queryKeys(w));
      if (keys.length && matchedWords(keys, tokenize(b)).every(Boolean)) found++; else misses.push(`${a} ✗ ${b}`);
    }
    console.log(`[names] Arabic variant recall: ${found}/${total}` + (misses.length ? ` misses: ${misses.join(', ')}` : ''));
    expect(found / Math.max(total, 1)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('absent Latin names do not match the seed articles (pure)', () => {
  it('false-match rate over the absent names', () => {
    const seeds = readSeeds().map((s) => ({ name: s.name, tokens: tokenize(s.text) }));
    let nameHits = 0, words = 0, wordHits = 0;
    const report: string[] = [];
    for (const name of fixture.absent) {
      const keys = queryKeys(name);
      let whole = false;
      const anyWord = keys.map(() => false);
      for (const s of seeds) {
        const hit = matchedWords(keys, s.tokens);
        hit.forEach((h, i) => { if (h) anyWord[i] = true; });
        if (keys.length && hit.every(Boolean)) whole = true;
      }
      words += keys.length;
      wordHits += anyWord.filter(Boolean).length;
      if (whole) nameHits++;
      if (anyWord.some(Boolean)) report.push(`${name} [${keys.join(' ')}]${whole ? ' (all words)' : ''}`);
    }
    console.log(`[names] false matches: ${nameHits}/${fixture.absent.length} names (all words in one article); ` +
      `${wordHits}/${words} single words` + (report.length ? `: ${report.join(', ')}` : ''));
    expect(nameHits / fixture.absent.length).toBeLessThanOrEqual(0.1);
  });

  it('every person and place the issue names is found in the seed that writes it', () => {
    const seeds = readSeeds().map((s) => ({ name: s.name, tokens: tokenize(s.text) }));
    const expected: [string, string][] = [
      ['Patrushev', '001'], ['Naryshkin', '002'], ['Kolesov', '000'], ['Xi Jinping', '000'], ['Guo Shengkun', '001'],
      ['Guo Shengkun', '003'], ['Chen Wenqing', '002'], ['Zhao Kezhi', '004'], ['To Lam', '004'], ['Beijing', '001'],
      ['Moscow', '001'], ['Hanoi', '004'], ['Ufa', '003'], ['Putin', '001'], ['Gregorian', '003'], ['Nanjing', '001'],
      ['Fujian', '001'], ['Hamdullah Mohib', '003'], ['Xu Ganlu', '000'], ['Yang Jiechi', '001'],
    ];
    const misses = expected.filter(([q, file]) => {
      const seed = seeds.find((s) => s.name.startsWith(file))!;
      return !matchedWords(queryKeys(q), seed.tokens).every(Boolean);
    });
    expect(misses).toEqual([]);
  });
});
