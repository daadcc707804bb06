/**
 * `--rebuild` without downtime: a fresh temporary index gets the settings (applied, then read back
 * and compared) and all records; then `swap-indexes` exchanges it with the live one in one atomic
 * engine task, and the old data (now under the temporary name) is deleted. Searches on `uid` see
 * the old index until the swap and the complete new one after it, never a half-built one and never
 * one without settings.
 *
 * Each run has its own temporary index (`<uid>_next_<pid>_<random>`): two runs at once never write
 * into one temporary index (they did with a fixed `<uid>_next`: 1 of 10 concurrent rebuilds mixed
 * both collections, 3 left the live index without settings). The indexer also serializes runs
 * with a lock (index-lock.ts); this keeps even unlocked callers safe. Leftovers of interrupted runs
 * (their pid is gone) are deleted first, so a rebuild can simply be rerun.
 */
import { randomBytes } from 'node:crypto';
import type { Meilisearch, Settings } from 'meilisearch';
import { isAlive } from './lock.ts';
import { PushError, waitForAll } from './push.ts';
import { INDEX_SETTINGS } from './settings.ts';
import { meiliErrorCode } from './errors/index.ts';

/** The prefix of every temporary index of `uid` (the bare name is what older versions used). */
export function nextUid(uid: string): string {
  return `${uid}_next`;
}

export function runTempUid(uid: string): string {
  return `${nextUid(uid)}_${process.pid}_${randomBytes(3).toString('hex')}`;
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

/** Temporary indexes of `uid` left by runs that are no longer running (on this host). */
export async function leftoverTempIndexes(client: Meilisearch, uid: string): Promise<string[]> {
  const prefix = nextUid(uid);
  const out: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await client.getRawIndexes({ offset, limit: 100 });
    for (const index of page.results) {
      if (index.uid === prefix) {
        out.push(index.uid);
        continue;
      }
      const m = new RegExp(`^${prefix}_(\\d+)_[0-9a-f]+$`).exec(index.uid);
      if (m && !isAlive(Number(m[1]))) out.push(index.uid);
    }
    if (page.results.length < 100) break;
  }
  return out;
}

/** Settings whose arrays keep their order; the engine returns the others sorted (sets). */
const ORDERED_SETTINGS = new Set(['searchableAttributes', 'rankingRules']);

/** Settings the engine holds for `uid` that differ from `expected` (empty when all are applied). */
export async function settingsMismatch(
  client: Meilisearch,
  uid: string,
  expected: Settings = INDEX_SETTINGS,
): Promise<string[]> {
  const actual = (await client.index(uid).getSettings()) as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([key, value]) => !contains(actual[key], value, ORDERED_SETTINGS.has(key)))
    .map(([key, value]) => `${key}: expected ${JSON.stringify(value)}, engine has ${JSON.stringify(actual[key])}`);
}

/** `actual` has everything `expected` says (objects may carry more fields: the engine adds defaults). */
function contains(actual: unknown, expected: unknown, ordered: boolean): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    if (!ordered && expected.every((e) => typeof e === 'string')) return expected.every((e) => actual.includes(e));
    return expected.every((e, i) => contains(actual[i], e, ordered));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v, ordered));
  }
  return actual === expected;
}

export async function rebuildIndex(
  client: Meilisearch,
  uid: string,
  fill: (tempUid: string) => Promise<void>,
): Promise<void> {
  for (const old of await leftoverTempIndexes(client, uid)) {
    await waitForAll(client, [(await client.deleteIndex(old)).taskUid], `deleting the leftover ${old}`);
  }
  const temp = runTempUid(uid);
  let renamed: boolean;
  try {
    await waitForAll(client, [(await client.createIndex(temp, { primaryKey: 'id' })).taskUid], `creating ${temp}`);
    await waitForAll(
      client,
      [(await client.index(temp).updateSettings(INDEX_SETTINGS)).taskUid],
      `settings of ${temp}`,
    );
    const mismatch = await settingsMismatch(client, temp);
    if (mismatch.length > 0)
      throw new Error(
        `indexer: the settings of ${temp} did not take (${mismatch.join('; ')}); the live index ${uid} is unchanged`,
      );
    await fill(temp);
    renamed = await swapIn(client, uid, temp);
  } catch (e) {
    // The live index is untouched; do not leave our half-built one behind.
    await client.deleteIndex(temp).catch(() => {});
    throw e;
  }
  if (!renamed)
    await waitForAll(client, [(await client.deleteIndex(temp)).taskUid], `deleting the previous ${uid} (now ${temp})`);
}

/** Atomically makes `temp` the live `uid`. True when it was renamed (no previous index: `temp` is gone). */
async function swapIn(client: Meilisearch, uid: string, temp: string): Promise<boolean> {
  if (!(await indexExists(client, uid))) {
    // No live index yet: rename the temporary one to `uid`. Another run may do the same first.
    try {
      await waitForAll(
        client,
        [(await client.swapIndexes([{ indexes: [temp, uid], rename: true }])).taskUid],
        `renaming ${temp} to ${uid}`,
      );
      return true;
    } catch (e) {
      if (!(e instanceof PushError) || !(await indexExists(client, uid))) throw e;
    }
  }
  await waitForAll(
    client,
    [(await client.swapIndexes([{ indexes: [uid, temp], rename: false }])).taskUid],
    `swapping ${temp} into ${uid}`,
  );
  return false;
}
