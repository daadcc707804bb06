/**
 * `npm run index -- --remove ID|PATH` and `--reset`: taking documents out of the collection.
 *
 * A document is named by its id (`doc_id`, in the API's answers and `/doc/ID` links) or by the file
 * it came from as the index records it (the result's `source`: the path relative to the folder that
 * was indexed, with `#id`/`#line` for a JSON Lines record). A PATH may be longer than that record
 * (`~/news/a.txt` for `a.txt`, as long as it ends with it) or name a folder (every file under it).
 */
import type { Meilisearch } from 'meilisearch';
import { deleteRecords } from './meili/push.ts';
import { indexExists } from './meili/rebuild.ts';
import type { PassageRecord } from './meili/record.ts';
import type { ShardClient } from './meili/sharded-index.ts';
import { rebuildVocabulary } from './meili/vocab.ts';

export interface Removal {
  target: string;
  documents: string[];
}

type Head = Pick<PassageRecord, 'doc_id' | 'source' | 'file' | 'passages'>;

async function documentHeads(client: Meilisearch, indexUid: string): Promise<Head[]> {
  const out: Head[] = [];
  const limit = 10_000;
  for (let offset = 0; ; offset += limit) {
    const page = await client
      .index<PassageRecord>(indexUid)
      .getDocuments({ filter: 'n = 0', fields: ['doc_id', 'source', 'file', 'passages'], limit, offset });
    out.push(...page.results);
    if (page.results.length < limit) return out;
  }
}

/** Does `target` (an id, a recorded source or file, or a longer path ending with one, or a folder) name `doc`? */
export function names(target: string, doc: Head): boolean {
  const t = target.replace(/\\/g, '/').replace(/\/+$/, '');
  if (t === '') return false;
  if (t === doc.doc_id || t === doc.source) return true;
  const file = doc.file ?? doc.source.replace(/#[^/]*$/, '');
  if (t === file || t.endsWith(`/${file}`)) return true;
  // A folder: its path relative to the indexed root is a prefix of the file's, or it ends with one.
  const dirs = file.split('/').slice(0, -1);
  for (let k = 1; k <= dirs.length; k++) {
    const folder = dirs.slice(0, k).join('/');
    if (t === folder || t.endsWith(`/${folder}`)) return true;
  }
  return false;
}

/**
 * Removes every document each target names; a target that names nothing comes back with none. The
 * name-expansion vocabulary is rebuilt when something went, so a removed name is not offered any more.
 * With `shards`, `client` reads the whole collection (server/search/federated.ts) and the passages are
 * deleted on every shard (a passage lives on one; deleting an absent id is harmless).
 */
export async function removeDocuments(
  client: Meilisearch,
  indexUid: string,
  targets: string[],
  shards?: readonly ShardClient[],
): Promise<Removal[]> {
  if (!(await indexExists(client, indexUid))) return targets.map((target) => ({ target, documents: [] }));
  const heads = await documentHeads(client, indexUid);
  const removals = targets.map((target) => ({ target, documents: heads.filter((d) => names(target, d)) }));
  const ids = new Set<string>();
  const stale: string[] = [];
  for (const r of removals)
    for (const d of r.documents) {
      if (ids.has(d.doc_id)) continue;
      ids.add(d.doc_id);
      for (let n = 0; n < d.passages; n++) stale.push(`${d.doc_id}-${n}`);
    }
  const engines = shards ? shards.map((sh) => sh.client) : [client];
  if (stale.length > 0) {
    await Promise.all(engines.map((c) => deleteRecords(c, indexUid, stale)));
    await Promise.all(engines.map((c) => rebuildVocabulary(c, indexUid)));
  }
  return removals.map((r) => ({ target: r.target, documents: r.documents.map((d) => d.source) }));
}

/** Deletes the whole index; how many documents it held (0 when there was none). */
export async function resetIndex(client: Meilisearch, indexUid: string): Promise<number | null> {
  if (!(await indexExists(client, indexUid))) return null;
  const heads = await documentHeads(client, indexUid);
  const task = await client.deleteIndex(indexUid).waitTask({ timeout: 60_000 });
  if (task.status !== 'succeeded')
    throw new Error(`indexer: deleting index ${indexUid} failed: ${task.error?.message}; is the engine writable?`);
  return heads.length;
}
