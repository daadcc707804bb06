/** Which shard holds a document, and the MEILI_REMOTES list (indexer/meili/shards.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRemotes, shardIndexOf, splitByShard } from '../../../indexer/meili/shards.ts';

describe('shardIndexOf', () => {
  it('is fixed: the same document id always goes to the same shard (changing it would move every document)', () => {
    // akhbar-misr (Egypt news), a generated document, a seed article.
    expect(['akhbar-misr', 'gen-0', 'gen-1', 'seeds-001_f5596eefdf532ee4'].map((id) => shardIndexOf(id, 3))).toEqual([
      1, 1, 1, 1,
    ]);
    expect(['akhbar-misr', 'gen-0', 'gen-1', 'seeds-001_f5596eefdf532ee4'].map((id) => shardIndexOf(id, 5))).toEqual([
      0, 4, 0, 2,
    ]);
  });

  it('one shard holds everything', () => {
    fc.assert(fc.property(fc.string(), (id) => shardIndexOf(id, 1) === 0));
  });

  it('is a shard number from 0 to N-1 for any id and N', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 16 }), (id, n) => {
        const i = shardIndexOf(id, n);
        return Number.isInteger(i) && i >= 0 && i < n;
      }),
    );
  });

  it('spreads documents evenly: 3,000 ids over 3 shards, each within 10% of 1,000', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[shardIndexOf(`doc-${i}`, 3)]!++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(100);
  });

  it('refuses 0 shards, saying what it needs', () => {
    expect(() => shardIndexOf('x', 0)).toThrow(/whole number ≥ 1/);
  });
});

describe('splitByShard', () => {
  it('keeps every passage of a document together (الأمن/security passages 0–2 of one article)', () => {
    const passages = [0, 1, 2].map((n) => ({ doc_id: 'amn-article', n }));
    const parts = splitByShard(passages, 3, (p) => p.doc_id);
    expect(parts.filter((p) => p.length > 0)).toEqual([passages]);
    expect(parts[shardIndexOf('amn-article', 3)]).toEqual(passages);
  });
});

describe('parseRemotes (MEILI_REMOTES)', () => {
  it('reads name=url;key entries in order; the key is optional; a trailing slash is dropped', () => {
    expect(
      parseRemotes('s0=http://10.0.0.1:7700;KEY0, s1=http://10.0.0.2:7700/ ,s2=https://search.example/meili;K;2'),
    ).toEqual([
      { name: 's0', url: 'http://10.0.0.1:7700', apiKey: 'KEY0' },
      { name: 's1', url: 'http://10.0.0.2:7700' },
      { name: 's2', url: 'https://search.example/meili', apiKey: 'K;2' },
    ]);
  });

  it.each([
    ['s0 http://a:7700', /no "="/],
    ['s 0=http://a:7700', /letters, digits/],
    ['s0=a:7700', /http:\/\/ or https:\/\//],
    ['s0=not a url', /not an address/],
    ['s0=http://a:7700,s0=http://b:7700', /appears twice/],
    [' , ', /no shard given/],
  ])('%j is refused: %s', (value, message) => {
    expect(() => parseRemotes(value)).toThrow(message);
  });
});
