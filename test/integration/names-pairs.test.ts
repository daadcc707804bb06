/**
 * The name-pair set through the real engine (issues 7 and 14): the same evaluation as `npm run eval:names`
 * (test/bench/names-eval.ts) — one Arabic news sentence per spelling, distractors and seeds indexed by
 * the real indexer — with the targets asserted on the name model: `expandNames` over the vocabulary index
 * the indexer built, for every Latin spelling and every absent name. (The eval also prints the figures
 * through the search service, which the query model, issue 13, ranks.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VocabReader } from '../../server/search/name-expansion.ts';
import {
  buildCorpus,
  evaluateExpansion,
  formatExpansion,
  indexCorpus,
  loadDistractors,
  loadPairs,
  pairCases,
  type ExpansionResult,
} from '../bench/names-eval.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';

const fixture = loadPairs();
let result: ExpansionResult;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-pairs-'));
  const client = testClient();
  const indexUid = uniqueIndexUid('names_pairs');
  const docs = buildCorpus(fixture, loadDistractors());
  await indexCorpus(client, indexUid, dir, docs);
  result = await evaluateExpansion(new VocabReader(client, indexUid), pairCases(fixture), fixture.absent);
  console.log(formatExpansion('pair set (expandNames)', result));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Latin spellings of the pair set expand to their Arabic spellings in the collection', () => {
  it('covers every (Latin, Arabic) spelling pair of at least 60 names', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(60);
    expect(result.queries).toBeGreaterThanOrEqual(fixture.pairs.length);
  });

  it('recall@5 ≥ 0.95: the Arabic spelling is among the first five forms', () => {
    expect(result.recall5, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it("recall@1 ≥ 0.9: the first form is one of the name's spellings", () => {
    expect(result.recall1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('absent Latin names', () => {
  it('at most 15% of 20+ names written nowhere in the corpus expand to any form (measured 3/27)', () => {
    expect(fixture.absent.length).toBeGreaterThanOrEqual(20);
    expect(result.falseMatchRate, result.falseExamples.join('\n')).toBeLessThanOrEqual(0.15);
  });
});
