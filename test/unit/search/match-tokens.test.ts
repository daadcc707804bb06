/** Marks on the original words (server/search/match-tokens.ts): the engine's decisions, no typos, no sound-alikes. */
import { describe, expect, it } from 'vitest';
import { matchTokens } from '../../../server/search/match-tokens.ts';
import { planQuery, withNames } from '../../../server/search/query-plan.ts';

const marks = (text: string, q: string, prefix = false) =>
  matchTokens(text, planQuery(q).words, { prefix }).map((m) => `${text.slice(m.token.start, m.token.end)}:${m.via}`);

describe('matchTokens', () => {
  it.each([
    ['عبر المعابر وبالمعابر', 'المعابر', ['المعابر:exact', 'وبالمعابر:stem'], 'the crossings: exact and clitic forms'],
    ['من الله ذي المعارج', 'المعابر', [], 'the ascents: one letter away is another word, never a typo'],
    ['هطول الأمطار في الإمارات', 'الأمطار', ['الأمطار:exact'], 'the rain, not the Emirates'],
    ['قرر في العام أن يجمع', 'عمان', [], 'Amman: two words that sound like it are not it'],
  ])('%s ← %s → %j (%s)', (text, q, expected) => expect(marks(text, q)).toEqual(expected));

  it('the growing last word matches longer words only when the search used a prefix', () => {
    expect(marks('من الصين', 'الصي')).toEqual([]);
    expect(marks('من الصين', 'الصي', true)).toEqual(['الصين:exact']);
  });

  it('a two-word spelling of a name marks both words (Jinping → جين بينغ)', () => {
    const plan = withNames(planQuery('Jinping'), [
      { start: 0, end: 7, forms: [{ normalized: 'جين بينغ', written: 'جين بينغ', score: 0.9 }] },
    ]);
    const text = 'الرئيس شي جين بينغ';
    const m = matchTokens(text, plan.words);
    expect(m.map((x) => text.slice(x.token.start, x.token.end))).toEqual(['جين', 'بينغ']);
    expect(m[0]!.form.sound).toBe(true);
  });
});
