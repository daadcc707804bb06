/**
 * The sound tables are data with a tested example each (indexer/arabic/names/rules/). Every Arabic letter
 * they use must survive the analyzer's normalization (a letter folded away, like پ or ى, would be a dead
 * entry: no normalized form can contain it), and every rule must be needed by its own example.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/arabic/analyzer.ts';
import { alignCost, compileLatin, compileRules } from '../../../indexer/arabic/names/align.ts';
import { foldLatin } from '../../../indexer/arabic/names/latin-fold.ts';
import { CLASSLESS_LETTERS, CONSONANT_CLASS } from '../../../indexer/arabic/names/rules/consonant-classes.ts';
import { GAZETTEER } from '../../../indexer/arabic/names/rules/gazetteer.ts';
import { ARABIC_NAME_PARTICLES } from '../../../indexer/arabic/names/rules/particles.ts';
import { ALEF_MAQSURA, SOUND_RULES, type RomanizationSystem } from '../../../indexer/arabic/names/rules/sound-rules.ts';

const bestCost = (latin: string, arabic: string, rules = compileRules()) =>
  Math.min(...compileLatin(foldLatin(latin), rules).map((p) => alignCost(p, arabic)));

describe('only letters that survive normalization', () => {
  const letters = new Set<string>();
  for (const r of SOUND_RULES) for (const [arabic] of r.arabic) for (const ch of arabic) letters.add(ch);
  for (const ch of [...Object.keys(CONSONANT_CLASS), ...CLASSLESS_LETTERS]) letters.add(ch);
  // The one exception, read only where the collection writes it (name-expansion.ts formScore).
  letters.delete(ALEF_MAQSURA);
  it.each([...letters])('%s is its own normalized form', (ch) => expect(normalize(ch)).toBe(ch));

  it('particle Arabic is written normalized (ابو, not أبو)', () => {
    for (const phrase of ARABIC_NAME_PARTICLES) expect(normalize(phrase), phrase).toBe(phrase);
  });

  it('reads ى (alef maqsura) as a final a, dearer than ا: Mustafa is مصطفى, Gaza غزة before غزى', () => {
    expect(bestCost('Mustafa', `مصطف${ALEF_MAQSURA}`)).toBeLessThan(bestCost('Mustafa', 'مصطفي'));
    expect(bestCost('Gaza', 'غزه')).toBeLessThan(bestCost('Gaza', `غز${ALEF_MAQSURA}`));
  });

  it('catches a dead entry: ى and پ are folded away', () => {
    expect(normalize('ى')).not.toBe('ى');
    expect(normalize('پ')).not.toBe('پ');
  });
});

describe('every sound rule is needed by its example', () => {
  it.each(SOUND_RULES.map((r) => [r.system, r.latin, r.example[0], r.example[1], r] as const))(
    '%s %s: %s → %s',
    (_system, _latin, latin, arabic, rule) => {
      expect(normalize(arabic), 'example Arabic is normalized').toBe(arabic);
      const withRule = bestCost(latin, arabic);
      const without = bestCost(latin, arabic, compileRules(SOUND_RULES, rule));
      expect(withRule, `the rule must make ${latin} → ${arabic} cheaper`).toBeLessThan(without);
    },
  );

  it('covers every romanization system the issue names', () => {
    const systems = new Set(SOUND_RULES.map((r) => r.system));
    const wanted: RomanizationSystem[] = [
      'common',
      'pinyin',
      'wade-giles',
      'vietnamese',
      'german',
      'french',
      'turkish',
      'uzbek',
      'polish',
      'spanish',
      'portuguese',
      'italian',
      'indonesian',
      'arabizi',
    ];
    for (const s of wanted) expect(systems.has(s), s).toBe(true);
  });
});

describe('gazetteer entries', () => {
  it('each has a source, folded Latin and at least one Arabic form', () => {
    for (const e of GAZETTEER) {
      expect(e.source.length).toBeGreaterThan(5);
      expect(e.arabic.length).toBeGreaterThan(0);
      for (const l of e.latin) expect(foldLatin(l)).toBe(l);
    }
  });
});
