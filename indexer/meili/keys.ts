/**
 * The server never holds more power than it needs: with the master key it creates (once) a key
 * that can only search and read documents of our index and of its vocabulary index (name expansion,
 * "did you mean"), and uses that for every request.
 */
import type { Meilisearch } from 'meilisearch';

const KEY_NAME = 'arabic-search server (search only)';
const ACTIONS = ['search', 'documents.get', 'indexes.get', 'stats.get'] as const;

export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const name = `${KEY_NAME}: ${indexUid}`;
  const { results } = await admin.getKeys({ limit: 1000 });
  const indexes = [indexUid, `${indexUid}_vocab`];
  // A key made before the vocabulary index existed cannot read it: a key's indexes cannot be changed, so make a new one.
  const existing = results.find((k) => k.name === name && indexes.every((i) => k.indexes.includes(i)));
  if (existing) return existing.key;
  const key = await admin.createKey({
    name,
    description: 'Created by the arabic-search server; may search and read documents of one index.',
    actions: [...ACTIONS],
    indexes,
    expiresAt: null,
  });
  return key.key;
}
