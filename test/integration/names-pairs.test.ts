/**
 * The name-pair set through the real engine (issue 7): the same evaluation as `npm run eval:names`
 * (test/bench/names-eval.ts) — one Arabic news sentence per spelling, distractors and seeds indexed by
 * the real indexer, every Latin spelling searched through the search service — with the targets asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, evaluate, formatReport, indexCorpus, loadDistractors, loadPairs, type EvalResult } from '../bench/names-eval.ts';
import { testClient, uniqueIndexUid } from '../support/engine.ts';

const fixture = loadPairs();
let result: EvalResult;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-pairs-'));
  const client = testClient();
  const indexUid = uniqueIndexUid('names_pairs');
  const docs = buildCorpus(fixture, loadDistractors());
  await indexCorpus(client, indexUid, dir, docs);
  result = await evaluate(client, indexUid, fixture);
  console.log(formatReport(result, docs.length));
});

afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

describe('Latin spellings of the pair set find the Arabic documents through the engine', () => {
  it('searches every (Latin, Arabic) spelling pair of at least 60 names', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(60);
    expect(result.queries).toBeGreaterThanOrEqual(fixture.pairs.length);
  });

  it('recall@5 ≥ 0.95: a document with the Arabic spelling is among the first five hits', () => {
    expect(result.recall5, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('recall@1 ≥ 0.85: the first hit names the person or place', () => {
    expect(result.recall1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});

describe('absent Latin names', () => {
  it('at most 10% of 20+ names written nowhere in the corpus return any hit, and those only as phonetic matches', () => {
    expect(fixture.absent.length).toBeGreaterThanOrEqual(20);
    expect(result.falseMatchRate).toBeLessThanOrEqual(0.1);
    for (const a of result.absent) for (const h of a.hits) expect(h.match, a.name).toBe('phonetic');
  });
});
