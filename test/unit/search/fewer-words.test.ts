/**
 * The "without …" suggestion's pure part: which words to check, and the query without the missing ones.
 */
import { describe, expect, it } from 'vitest';
import { alone, wordsToCheck, withoutWords, MAX_WORDS_CHECKED } from '../../../server/search/fewer-words.ts';
import { planQuery } from '../../../server/search/query-plan.ts';

describe('fewer words', () => {
  it('checks the required words of a query of two or more', () => {
    expect(wordsToCheck(planQuery('الصين والهند')).map((w) => w.original)).toEqual(['الصين', 'والهند']);
    expect(wordsToCheck(planQuery('الصين'))).toEqual([]);
  });

  it(`checks nothing past ${MAX_WORDS_CHECKED} words (one engine search each)`, () => {
    expect(wordsToCheck(planQuery('واحد اثنان ثلاثه اربعه خمسه سته سبعه'))).toEqual([]);
  });

  it('leaves out the missing words and keeps the rest as typed: الصين والهند (China and India) → الصين', () => {
    const plan = planQuery('الصين والهند');
    const india = plan.words[1]!;
    expect(withoutWords(plan, [india])).toMatchObject({ q: 'الصين', without: ['والهند'] });
    expect(withoutWords(plan, [india])!.plan.words.map((w) => w.original)).toEqual(['الصين']);
  });

  it('tidies the spaces where a word in the middle went: مصر والهند وتونس → مصر وتونس', () => {
    const plan = planQuery('مصر  والهند وتونس');
    expect(withoutWords(plan, [plan.words[1]!])!.q).toBe('مصر وتونس');
  });

  it('has no suggestion when no word or every word is missing', () => {
    const plan = planQuery('الصين والهند');
    expect(withoutWords(plan, [])).toBeNull();
    expect(withoutWords(plan, plan.words)).toBeNull();
  });

  it('a word alone is a plan of that word only', () => {
    const plan = planQuery('الصين والهند');
    expect(alone(plan, plan.words[1]!).words.map((w) => w.original)).toEqual(['والهند']);
  });
});
