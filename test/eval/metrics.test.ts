import { describe, expect, it } from 'vitest';
import { score } from './metrics.ts';

describe('score (at 10)', () => {
  it('a list with the two relevant documents first and a junk one after: P 2/3, R 1, nDCG 1, RR 1', () => {
    const s = score(['seed-1', 'seed-2', 'quran-70'], new Set(['seed-1', 'seed-2']));
    expect(s).toEqual({ precision: 2 / 3, recall: 1, ndcg: 1, rr: 1 });
  });
  it('the relevant document second: RR 1/2 and nDCG 1/log2(3)', () => {
    const s = score(['quran-70', 'seed-1'], new Set(['seed-1']));
    expect(s.rr).toBe(0.5);
    expect(s.ndcg).toBeCloseTo(1 / Math.log2(3), 10);
  });
  it('only the first 10 hits count: a relevant document 11th is not found', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `junk-${i}`), 'seed-1'];
    expect(score(ranked, new Set(['seed-1']))).toEqual({ precision: 0, recall: 0, ndcg: 0, rr: 0 });
  });
  it('a word absent from the collection (البرازيل, Brazil): 1 for an empty list, 0 for any hit', () => {
    expect(score([], new Set())).toEqual({ precision: 1, recall: 1, ndcg: 1, rr: 1 });
    expect(score(['quran-2'], new Set())).toEqual({ precision: 0, recall: 0, ndcg: 0, rr: 0 });
  });
  it('nothing returned when something was relevant scores 0', () => {
    expect(score([], new Set(['seed-1']))).toEqual({ precision: 0, recall: 0, ndcg: 0, rr: 0 });
  });
});
