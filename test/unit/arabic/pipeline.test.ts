/**
 * The chain in `pipeline.ts`: each rule checked alone and through the whole pipeline (charabia's
 * `test_normalizer!`), the order constraint, custom filters, and disabling token filters.
 */
import { describe, expect, it } from 'vitest';
import { FILTERS, RULE_NAMES, analyze, normalize } from '../../../indexer/arabic/analyzer.ts';
import { charStage } from '../../../indexer/arabic/filters/filter.ts';
import type { Filter, TokenFilter } from '../../../indexer/arabic/filters/filter.ts';
import { stemArabic } from '../../../indexer/arabic/filters/stem-arabic.ts';
import type { CharRule } from '../../../indexer/arabic/rules/char-rule.ts';

const RULES = FILTERS.flatMap((f) => (f.kind === 'chars' ? f.rules : []));

/**
 * A rule alone must change its example's input, and the full pipeline must give the example's
 * output; on failure the message says which of the two broke, and where to look.
 */
function checkRule(rule: CharRule): void {
  const [input, expected] = rule.example;
  const alone = normalize(input, { filters: [charStage(rule.name, [rule])] });
  expect(alone, `${rule.name} alone left "${input}" unchanged: is its "from" right?`).not.toBe(input);
  const inPipeline = RULES.some((r) => r === rule);
  expect(inPipeline, `${rule.name} is not in FILTERS (pipeline.ts)`).toBe(true);
  expect(normalize(input), `${rule.name}: "${input}" alone gives "${alone}" but the pipeline does not give "${expected}"; does an earlier stage change it first?`).toBe(expected);
}

describe('pipeline: every rule alone and in FILTERS', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => checkRule(rule));
});

describe('pipeline: structure', () => {
  it('has unique rule and filter names', () => expect(new Set(RULE_NAMES).size).toBe(RULE_NAMES.length));

  it('refuses a character stage after a token filter', () => {
    const bad: Filter[] = [stemArabic, charStage('late', RULES.slice(0, 1))];
    expect(() => analyze('x', { filters: bad })).toThrow(/character stage "late" must come before the token filters/);
  });

  it('lets a token filter drop tokens by returning null', () => {
    const dropNumbers: TokenFilter = { kind: 'token', name: 'drop-numbers', apply: (t) => (t.script === 'number' ? null : t) };
    const tokens = analyze('عام ٢٠١٩ الصين', { filters: [...FILTERS, dropNumbers] }); // the year 2019, China
    expect(tokens.map((t) => t.surface)).toEqual(['عام', 'الصين']);
  });

  it('can switch the stemmer off: stem equals surface', () => {
    const [t] = analyze('بالصين', { disable: ['stem-arabic'] }); // in China
    expect([t.surface, t.stem]).toEqual(['بالصين', 'بالصين']);
  });

  it('can switch a whole stage off', () => {
    expect(normalize('أَمْنٌ', { disable: ['marks'] })).toBe('اَمْنٌ'); // security: marks kept, alef folded
  });

  it('analyses a query exactly like a document', () => {
    const doc = 'وصل الوفد إلى بَكين، والتقى بالمسؤولين الصينيين';
    const query = 'الصينيين';
    const inDoc = analyze(doc).map((t) => t.stem);
    expect(inDoc).toContain(analyze(query)[0].stem);
    expect(inDoc).toContain(analyze('بكين')[0].stem);
  });
});
