/**
 * The chain in `pipeline.ts`: each rule checked alone and through the whole pipeline (charabia's
 * `test_normalizer!`), every rule table in rules/ registered in FILTERS, the order of character
 * stages having no effect, the order constraint, custom filters, and disabling token filters.
 */
import { readdirSync } from 'node:fs';
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
  expect(
    normalize(input),
    `${rule.name}: "${input}" alone gives "${alone}" but the pipeline does not give "${expected}"; does an earlier stage change it first?`,
  ).toBe(expected);
}

describe('pipeline: every rule alone and in FILTERS', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => checkRule(rule));
});

/** Every character rule exported by any file in rules/, registered or not (found by shape). */
const RULES_DIR = new URL('../../../indexer/arabic/rules/', import.meta.url);
const RULE_MODULES: (readonly [string, Record<string, unknown>])[] = await Promise.all(
  readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, (await import(new URL(f, RULES_DIR).href)) as Record<string, unknown>] as const),
);
const isCharRule = (x: unknown): x is CharRule =>
  typeof x === 'object' && x !== null && 'name' in x && 'from' in x && 'to' in x && 'example' in x;
const EXPORTED_RULES = RULE_MODULES.flatMap(([file, mod]) =>
  Object.values(mod).flatMap((v: unknown) =>
    Array.isArray(v) ? v.filter(isCharRule).map((rule) => [file, rule] as const) : [],
  ),
);

describe('pipeline: every rule table in rules/ is registered', () => {
  it('finds the rule files (so the check below cannot pass on nothing)', () => {
    expect(RULE_MODULES.length).toBeGreaterThan(5);
    expect(EXPORTED_RULES.length).toBeGreaterThanOrEqual(RULES.length);
  });
  it.each(EXPORTED_RULES.map(([file, rule]) => [rule.name, file, rule] as const))(
    '%s (%s) is in FILTERS',
    (name, file, rule) => {
      expect(RULES.includes(rule), `rules/${file} exports "${name}" but no charStage in pipeline.ts lists it`).toBe(
        true,
      );
    },
  );
});

describe('pipeline: the order of character stages has no effect', () => {
  it('reversing them gives the same normalization for every BMP character', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c) + ' ';
    const reversed: Filter[] = [
      ...FILTERS.filter((f) => f.kind === 'chars').reverse(),
      ...FILTERS.filter((f) => f.kind === 'token'),
    ];
    expect(normalize(all, { filters: reversed }) === normalize(all)).toBe(true);
  });
});

describe('pipeline: structure', () => {
  it('has unique rule and filter names', () => expect(new Set(RULE_NAMES).size).toBe(RULE_NAMES.length));

  it('refuses a character stage after a token filter', () => {
    const bad: Filter[] = [stemArabic, charStage('late', RULES.slice(0, 1))];
    expect(() => analyze('x', { filters: bad })).toThrow(/character stage "late" must come before the token filters/);
  });

  it('lets a token filter drop tokens by returning null', () => {
    const dropNumbers: TokenFilter = {
      kind: 'token',
      name: 'drop-numbers',
      apply: (t) => (t.script === 'number' ? null : t),
    };
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
