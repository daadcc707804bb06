/**
 * `--rebuild` without downtime: a fresh index `${uid}_next` gets the settings and all records,
 * then `swap-indexes` exchanges it with the live one in one atomic engine task, and the old
 * data (now under `${uid}_next`) is deleted. Searches on `uid` see the old index until the swap
 * and the complete new one after it, never a half-built one. A leftover `_next` from an
 * interrupted run is deleted first, so a rebuild can simply be rerun.
 */
import type { Meilisearch } from 'meilisearch';
import { waitForAll } from './push.ts';
import { INDEX_SETTINGS } from './settings.ts';
import { meiliErrorCode } from './errors/index.ts';

export function nextUid(uid: string): string {
  return `${uid}_next`;
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (e) {
    if (meiliErrorCode(e) === 'index_not_found') return false;
    throw e;
  }
}

export async function rebuildIndex(client: Meilisearch, uid: string, fill: (tempUid: string) => Promise<void>): Promise<void> {
  const temp = nextUid(uid);
  if (await indexExists(client, temp)) await waitForAll(client, [(await client.deleteIndex(temp)).taskUid], `deleting the leftover ${temp}`);
  await waitForAll(client, [(await client.createIndex(temp, { primaryKey: 'id' })).taskUid], `creating ${temp}`);
  await waitForAll(client, [(await client.index(temp).updateSettings(INDEX_SETTINGS)).taskUid], `settings of ${temp}`);
  await fill(temp);
  const existed = await indexExists(client, uid);
  // No live index yet: rename `_next` to `uid` (rename takes the existing index first).
  const swap = existed ? { indexes: [uid, temp] as [string, string], rename: false } : { indexes: [temp, uid] as [string, string], rename: true };
  await waitForAll(client, [(await client.swapIndexes([swap])).taskUid], `swapping ${temp} into ${uid}`);
  if (existed) await waitForAll(client, [(await client.deleteIndex(temp)).taskUid], `deleting the previous ${uid} (now ${temp})`);
}
