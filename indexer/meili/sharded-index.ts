/**
 * Writing a collection split over several engines (docs/sharding.md): each passage goes to the shard
 * of its document (shards.ts), the settings go to every shard and are read back, and `--rebuild`
 * builds a complete temporary index on EVERY shard before swapping any of them.
 *
 * What Meilisearch allows: a swap is atomic on one engine, not across engines. So a failure while
 * building (any shard) leaves every shard on the old collection; the remaining window is the swaps
 * themselves, issued together once all temporaries are ready: for the few milliseconds between the
 * first and the last shard's swap, a search may combine old and new shards. If a swap fails, the
 * shards already swapped are swapped back (a swap is its own inverse), so all end on the old one.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { AppError } from '../errors.ts';
import { pushRecords, waitForAll, type PushOptions } from './push.ts';
import type { PassageRecord } from './record.ts';
import { indexExists, nextUid } from './rebuild.ts';
import { INDEX_SETTINGS } from './settings.ts';
import { splitByShard } from './shards.ts';

export class ShardError extends AppError {
  override name = 'ShardError';
}

export interface ShardClient {
  name: string;
  client: Meilisearch;
}

/** Settings fields whose value read back must equal the one sent (order-insensitive lists). */
export function settingsDifferences(sent: Settings, got: Settings): string[] {
  const norm = (v: unknown) =>
    JSON.stringify(Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v);
  return (['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'distinctAttribute'] as const)
    .filter((k) => sent[k] !== undefined && norm(sent[k]) !== norm(got[k]))
    .map((k) => `${k} is ${norm(got[k])}, not ${norm(sent[k])}`);
}

/** Creates the index where it is missing and applies and checks the settings, on every shard. */
export async function prepareShards(
  shards: readonly ShardClient[],
  uid: string,
  settings: Settings = INDEX_SETTINGS,
): Promise<void> {
  await Promise.all(
    shards.map(async ({ name, client }) => {
      if (!(await indexExists(client, uid)))
        await waitForAll(
          client,
          [(await client.createIndex(uid, { primaryKey: 'id' })).taskUid],
          `creating ${uid} on shard ${name}`,
        );
      await waitForAll(
        client,
        [(await client.index(uid).updateSettings(settings)).taskUid],
        `settings of ${uid} on shard ${name}`,
      );
      const differences = settingsDifferences(settings, await client.index(uid).getSettings());
      if (differences.length > 0)
        throw new ShardError({
          where: `shard ${name}`,
          what: `settings of ${uid} read back differ: ${differences.join('; ')}`,
          remedy: 'rerun the indexer; if it persists, that engine is not Meilisearch 1.21',
        });
    }),
  );
}

/** Sends each record to the shard of its document, all shards at once. */
export async function pushToShards(
  shards: readonly ShardClient[],
  uid: string,
  records: PassageRecord[],
  options: PushOptions = {},
): Promise<void> {
  const parts = splitByShard(records, shards.length, (r) => r.doc_id);
  // Every shard's push settles before a failure is reported: the caller then drops the temporaries
  // (rebuildShards), and a push still sending batches would create one again, since Meilisearch creates
  // an index on a document addition (a shard's temporary outlived a failed rebuild this way in CI).
  const pushed = await Promise.allSettled(
    shards.map(({ client }, i) => pushRecords(client, uid, parts[i]!, { ...options, onBatch: undefined })),
  );
  const failed = pushed.find((p) => p.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Rebuilds `uid` on every shard from `fill(tempUid)` (which writes through pushToShards or the like):
 * temporaries with settings on all shards, fill, check every temporary, then swap all.
 */
export async function rebuildShards(
  shards: readonly ShardClient[],
  uid: string,
  fill: (tempUid: string) => Promise<void>,
  settings: Settings = INDEX_SETTINGS,
): Promise<void> {
  const temp = nextUid(uid);
  const dropTemp = () =>
    Promise.allSettled(
      shards.map(async ({ client }) => {
        if (await indexExists(client, temp))
          await waitForAll(client, [(await client.deleteIndex(temp)).taskUid], `deleting ${temp}`);
      }),
    );
  await dropTemp(); // leftovers of an interrupted run
  try {
    await prepareShards(shards, temp, settings);
    await fill(temp);
  } catch (e) {
    await dropTemp(); // every shard stays on the old collection
    throw e;
  }
  const existed = await Promise.all(shards.map(({ client }) => indexExists(client, uid)));
  const swap = (i: number) =>
    existed[i]
      ? { indexes: [uid, temp] as [string, string], rename: false }
      : { indexes: [temp, uid] as [string, string], rename: true };
  const swaps = await Promise.allSettled(
    shards.map(async ({ name, client }, i) => {
      await waitForAll(
        client,
        [(await client.swapIndexes([swap(i)])).taskUid],
        `swapping ${temp} into ${uid} on shard ${name}`,
      );
    }),
  );
  const failed = swaps.flatMap((s, i) =>
    s.status === 'rejected' ? [{ shard: shards[i]!.name, reason: s.reason as unknown }] : [],
  );
  if (failed.length > 0) {
    // Put the swapped shards back; only shards where the collection existed can be swapped back.
    await Promise.allSettled(
      shards.map(async ({ client }, i) => {
        if (swaps[i]!.status === 'fulfilled' && existed[i])
          await waitForAll(client, [(await client.swapIndexes([swap(i)])).taskUid], 'swapping back');
      }),
    );
    await dropTemp();
    throw new ShardError({
      where: `shard ${failed.map((f) => f.shard).join(', ')}`,
      what: `the swap failed (${failed.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('; ')}); the other shards were swapped back`,
      remedy: 'rerun --rebuild',
    });
  }
  await dropTemp(); // the previous collection, now under the temporary name
}
