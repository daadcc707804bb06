/** The stop lists: stored normalized, flagged by `isStopWord`, only flags. */
import { describe, expect, it } from 'vitest';
import { isStopWord, normalize } from '../../../indexer/arabic/analyzer.ts';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from '../../../indexer/arabic/stop-words.ts';

describe('stop words', () => {
  it.each(ARABIC_STOP_WORDS.map((w) => [w]))('%s is stored already normalized', (w) => expect(normalize(w)).toBe(w));
  it.each(ENGLISH_STOP_WORDS.map((w) => [w]))('%s is stored lowercase', (w) => expect(normalize(w)).toBe(w));
  it('has no duplicates', () => expect(new Set(ARABIC_STOP_WORDS).size).toBe(ARABIC_STOP_WORDS.length));
  it.each([
    ['في', true, 'in'],
    ['وفي', true, 'and in'],
    ['الي', true, 'to (إلى, normalized)'],
    ['the', true, 'English article'],
    ['الصين', false, 'China'],
    ['', false, 'empty'],
  ])('isStopWord(%s) = %s (%s)', (w, expected) => expect(isStopWord(w)).toBe(expected));
  it('matches Lucene stop words typed with hamza once normalized', () => {
    expect(isStopWord(normalize('إلى'))).toBe(true); // to
    expect(isStopWord(normalize('أيضاً'))).toBe(true); // also, with tanween
  });
});
