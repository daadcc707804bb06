/**
 * Shards: the Meilisearch instances that hold one collection together, and which one holds a
 * document. Pure (no I/O).
 *
 * A document goes to one shard by a stable hash of its id, so every passage of a document sits on
 * the same instance and `distinctAttribute: doc_id` still gives one hit per document (federation
 * applies `distinct` within each query only, docs/sharding.md). The hash is SHA-256 (node:crypto),
 * not a hand-rolled one: the same id gives the same shard on every machine and Node version.
 * Changing the number or the order of shards moves documents: reindex with `--rebuild` then.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** The shard's name in the engines' `network` (`self` and `remotes`), e.g. `s0`. */
  name: string;
  url: string;
  /** A key with the rights the caller needs (the master key for the indexer). */
  apiKey?: string;
}

/** Index of the shard (0 … count-1) that holds the document `docId`. */
export function shardIndexOf(docId: string, count: number): number {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`shards: the number of shards must be a whole number ≥ 1, got ${count}`);
  if (count === 1) return 0;
  return createHash('sha256').update(docId, 'utf8').digest().readUInt32BE(0) % count;
}

/** Splits items by the shard of their document: `out[i]` holds shard i's, in their original order. */
export function splitByShard<T>(items: Iterable<T>, count: number, docIdOf: (item: T) => string): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) out[shardIndexOf(docIdOf(item), count)]!.push(item);
  return out;
}

/** Names of the embedded shards: `s0`, `s1`, … */
export function embeddedShardName(i: number): string {
  return `s${i}`;
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Parses `MEILI_REMOTES`: entries separated by commas, each `name=url` or `name=url;key`, e.g.
 * `s0=http://10.0.0.1:7700;KEY0,s1=http://10.0.0.2:7700;KEY1`. The order is the shard order (it
 * decides where documents go). Throws a message naming the bad entry.
 */
export function parseRemotes(value: string): Shard[] {
  const shards: Shard[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq < 0) throw new Error(`entry "${entry}" has no "=": write name=url or name=url;key`);
    const name = entry.slice(0, eq).trim();
    const [url = '', ...keyParts] = entry.slice(eq + 1).split(';');
    const apiKey = keyParts.join(';').trim();
    if (!NAME.test(name)) throw new Error(`shard name "${name}" may hold only letters, digits, - and _`);
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      throw new Error(`shard ${name}: "${url}" is not an address such as http://127.0.0.1:7700`);
    }
    if (!/^https?:$/.test(parsed.protocol))
      throw new Error(`shard ${name}: "${url}" must start with http:// or https://`);
    if (shards.some((s) => s.name === name)) throw new Error(`shard name "${name}" appears twice`);
    shards.push({ name, url: url.trim().replace(/\/+$/, ''), ...(apiKey ? { apiKey } : {}) });
  }
  if (shards.length === 0) throw new Error('no shard given: write name=url[;key],name=url[;key]…');
  return shards;
}
