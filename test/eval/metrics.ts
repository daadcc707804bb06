/**
 * Ranking measures at a cutoff k over binary judgments, as in trec_eval, with one convention for
 * queries that have no relevant document (a word absent from the collection): every measure is 1
 * when nothing is returned and 0 otherwise — the right answer is an empty list.
 * Precision is taken over the hits actually returned (at most k): a list of two right answers
 * scores 1, so the figure measures junk, not the size of the collection.
 */
export interface Scores {
  precision: number;
  recall: number;
  ndcg: number;
  rr: number;
}

export function score(ranked: string[], relevant: ReadonlySet<string>, k = 10): Scores {
  const top = ranked.slice(0, k);
  if (relevant.size === 0) {
    const empty = top.length === 0 ? 1 : 0;
    return { precision: empty, recall: empty, ndcg: empty, rr: empty };
  }
  const gains = top.map((id) => (relevant.has(id) ? 1 : 0));
  const found = gains.reduce((a: number, g) => a + g, 0);
  const dcg = gains.reduce((a: number, g, i) => a + g / Math.log2(i + 2), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(relevant.size, k); i++) ideal += 1 / Math.log2(i + 2);
  const first = gains.indexOf(1);
  return {
    precision: top.length === 0 ? 0 : found / top.length,
    recall: found / relevant.size,
    ndcg: dcg / ideal,
    rr: first < 0 ? 0 : 1 / (first + 1),
  };
}

export function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
