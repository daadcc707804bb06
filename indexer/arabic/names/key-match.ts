/**
 * Whether a query key matches a token's keys, mirroring Meilisearch on the `phon` field (pure):
 * exact word match, or prefix match for the last query word. Prefixes shorter than MIN_PREFIX_KEY are not
 * used: a 2–3 letter key ("xi", "tu") is a prefix of too many keys; the server should end such a query
 * with a space so that Meilisearch does not treat the last word as a prefix either (`prefixAllowed`).
 */
export const MIN_PREFIX_KEY = 4;

export function prefixAllowed(queryKey: string): boolean {
  return queryKey.length >= MIN_PREFIX_KEY;
}

export function keyMatches(queryKey: string, tokenKeys: readonly string[], isLastWord: boolean): boolean {
  if (!queryKey) return false;
  for (const k of tokenKeys) {
    if (k === queryKey) return true;
    if (isLastWord && prefixAllowed(queryKey) && k.startsWith(queryKey)) return true;
  }
  return false;
}
