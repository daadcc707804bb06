/** The query model (server/search/query-plan.ts): which words are required, in which forms. */
import { describe, expect, it } from 'vitest';
import { planQuery, relaxNames, withNames } from '../../../server/search/query-plan.ts';

const forms = (q: string) =>
  planQuery(q).words.map((w) => w.forms.map((f) => f.tokens.map((t) => `${t.surface}/${t.stem}`).join(' ')));

describe('planQuery', () => {
  it.each([
    ['بالمعابر', [['بالمعابر/معابر']], 'at the crossings: surface kept, stem for the other forms'],
    ['الصِّينُ', [['الصين/صين']], 'China with diacritics'],
    ['٢٠١٩', [['2019/2019']], 'Arabic-Indic digits'],
  ])('%s → %j (%s)', (q, expected) => expect(forms(q)).toEqual(expected));

  it('Arabic words are required, Latin words optional beside them', () => {
    const words = planQuery('الصين Group').words;
    expect(words.map((w) => [w.original, w.optional])).toEqual([
      ['الصين', false],
      ['Group', true],
    ]);
  });

  it('a query of Latin words only requires them (searched as written)', () => {
    expect(planQuery('University news').words.every((w) => !w.optional)).toBe(true);
  });

  it('stop words are left out unless the query has nothing else: في (in) alone is searched', () => {
    expect(planQuery('في الصين').words.map((w) => w.original)).toEqual(['الصين']);
    expect(planQuery('في').words.map((w) => w.original)).toEqual(['في']);
  });

  it('the last word may still grow only when no space follows it', () => {
    expect(planQuery('الصي').words[0]!.last).toBe(true);
    expect(planQuery('الصين ').words[0]!.last).toBe(false);
  });
});

describe('withNames', () => {
  it('Patrushev becomes a required name word with the spellings of the collection, found by sound', () => {
    const plan = withNames(planQuery('Patrushev Group'), [
      { start: 0, end: 9, forms: [{ normalized: 'باتروشيف', written: 'باتروشيف', score: 0.93 }] },
      { start: 10, end: 15, forms: [] },
    ]);
    expect(plan.words.map((w) => [w.original, w.via, w.optional])).toEqual([
      ['Patrushev', 'name', false],
      ['Group', 'word', true],
    ]);
    expect(plan.words[0]!.forms.map((f) => [f.tokens.map((t) => t.surface), f.written, f.sound])).toEqual([
      [['باتروشيف'], 'باتروشيف', true],
    ]);
  });

  it('a name spanning two Latin words is one query word (Xi Jinping → شي جين بينغ)', () => {
    const plan = withNames(planQuery('Xi Jinping'), [
      { start: 0, end: 10, forms: [{ normalized: 'شي جين بينغ', written: 'شي جين بينغ', score: 0.9 }] },
    ]);
    expect(plan.words).toHaveLength(1);
    expect(plan.words[0]!.original).toBe('Xi Jinping');
    expect(plan.words[0]!.forms[0]!.tokens.map((t) => t.surface)).toEqual(['شي', 'جين', 'بينغ']);
  });

  it('an Arabic foreign name keeps its own form first, other spellings after it', () => {
    const plan = withNames(planQuery('غريغوريان'), [
      {
        start: 0,
        end: 9,
        forms: [
          { normalized: 'غريغوريان', written: 'غريغوريان', score: 1 },
          { normalized: 'جريجوريان', written: 'جريجوريان', score: 0.8 },
        ],
      },
    ]);
    expect(plan.words[0]!.forms.map((f) => [f.tokens[0]!.surface, f.sound ?? false])).toEqual([
      ['غريغوريان', false],
      ['جريجوريان', true],
    ]);
  });
});

describe('relaxNames', () => {
  it('when nothing matched, names become optional except the most confident one of a Latin-only query', () => {
    const plan = withNames(planQuery('Patrushev Group'), [
      { start: 0, end: 9, forms: [{ normalized: 'باتروشيف', written: 'باتروشيف', score: 0.93 }] },
      { start: 10, end: 15, forms: [{ normalized: 'غربي', written: 'غربي', score: 0.62 }] },
    ]);
    expect(relaxNames(plan)!.words.map((w) => w.optional)).toEqual([false, true]);
  });

  it('beside an Arabic word every name becomes optional; a lone name has nothing to relax', () => {
    const mixed = withNames(planQuery('الصين Patrushev'), [
      { start: 6, end: 15, forms: [{ normalized: 'باتروشيف', written: 'باتروشيف', score: 0.9 }] },
    ]);
    expect(relaxNames(mixed)!.words.map((w) => w.optional)).toEqual([false, true]);
    const alone = withNames(planQuery('Patrushev'), [
      { start: 0, end: 9, forms: [{ normalized: 'باتروشيف', written: 'باتروشيف', score: 0.9 }] },
    ]);
    expect(relaxNames(alone)).toBeNull();
  });
});
