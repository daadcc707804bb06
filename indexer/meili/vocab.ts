/**
 * The vocabulary index `${indexUid}_vocab`: the collection's distinct Arabic word forms with counts,
 * written spellings and blocking keys (indexer/arabic/names/vocabulary.ts), which the server's name
 * expansion (server/search/name-expansion.ts) reads with one filtered request per query.
 *
 * It is derived from the main index itself after every indexing run (read back, analysed, written to
 * `${vocab}_next_<pid>_<random>`, swapped in atomically), so it always matches what is searchable: after an
 * add/update run, a `--sync` or a `--rebuild` alike, and it survives restarts with the engine's data.
 * A run that writes the whole collection (a rebuild, or the first run into an empty index) builds it
 * from the passages in hand instead, while the engine indexes them (indexer/index-paths.ts).
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { entryKeys, VocabularyBuilder, type VocabEntry } from '../arabic/names/vocabulary.ts';
import { PushError, waitForAll } from './push.ts';
import { indexExists, runTempUid, settingsMismatch } from './rebuild.ts';

export function vocabUid(indexUid: string): string {
  return `${indexUid}_vocab`;
}

/** Candidates one name-expansion request may bring back (the engine's cap on a filtered fetch). */
export const VOCAB_MAX_FETCH = 20_000;

export const VOCAB_SETTINGS: Settings = {
  // Name expansion filters on the blocking keys or the form; "did you mean" (issue 13) runs a typo search on
  // `form`, declared `eng` so the engine does not split ال off every form (meilisearch#4105, as for passages).
  searchableAttributes: ['form'],
  localizedAttributes: [{ attributePatterns: ['form'], locales: ['eng'] }],
  filterableAttributes: ['keys', 'pkeys', 'form', 'base'],
  sortableAttributes: ['count'],
  pagination: { maxTotalHits: VOCAB_MAX_FETCH },
  // Arabic leaves short vowels unwritten, so its words are short: with the engine's default (one typo from
  // 5 letters) a 4-letter misspelling such as بوتن (بوتين, Putin) or بينج (بينغ) got no suggestion. Only
  // "did you mean" searches this field: a typo never widens a search of the collection.
  typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } },
};

/**
 * What differs between a collection and the settings this version gives it (empty when all is
 * applied): its index's (INDEX_SETTINGS), then its vocabulary's (VOCAB_SETTINGS; a vocabulary built by
 * an earlier version, did you mean from 5 letters, or none at all), then its vocabulary's blocking keys.
 */
export async function collectionSettingsMismatch(client: Meilisearch, indexUid: string): Promise<string[]> {
  const index = await settingsMismatch(client, indexUid);
  const uid = vocabUid(indexUid);
  if (!(await indexExists(client, uid))) return [...index, `the vocabulary index ${uid} does not exist`];
  const keys = await staleVocabularyKeys(client, uid);
  return [
    ...index,
    ...(await settingsMismatch(client, uid, VOCAB_SETTINGS)).map((m) => `vocabulary ${m}`),
    ...(keys ? [keys] : []),
  ];
}

/** Forms of a vocabulary whose stored keys are compared with this version's (staleVocabularyKeys). */
const KEY_SAMPLE = 200;

/**
 * Whether a vocabulary was keyed by an earlier version's blocking (indexer/arabic/names/blocking.ts): name
 * expansion asks for this version's keys, so with other stored keys it would silently find fewer names.
 * Most forms' keys change with the scheme (three-consonant words are the most common), so a sample tells.
 */
async function staleVocabularyKeys(client: Meilisearch, uid: string): Promise<string | undefined> {
  const { results } = await client
    .index<VocabEntry>(uid)
    .getDocuments({ fields: ['form', 'base', 'keys', 'pkeys'], limit: KEY_SAMPLE });
  // A vocabulary older still may lack a field altogether (no prefix keys): stale too.
  const same = (now: readonly string[], stored: unknown) =>
    Array.isArray(stored) && now.length === stored.length && now.every((x) => stored.includes(x));
  const stale = results
    .map((e) => ({ e, now: entryKeys(e.form, e.base) }))
    .filter(({ e, now }) => !same(now.keys, e.keys) || !same(now.pkeys, e.pkeys));
  if (stale.length === 0) return undefined;
  const { e, now } = stale[0]!;
  return (
    `vocabulary blocking keys of an earlier version (${stale.length} of ${results.length} forms sampled; ` +
    `${e.form}: ${JSON.stringify(e.keys)}, this version ${JSON.stringify(now.keys)})`
  );
}

const READ_PAGE = 5_000;
const PUSH_BATCH = 10_000;

interface StoredText {
  n: number;
  title: string;
  text: string;
}

/** Adds passages to a vocabulary: each title counted once per document (it is repeated in every passage). */
export function addPassages(builder: VocabularyBuilder, passages: Iterable<StoredText>): VocabularyBuilder {
  for (const r of passages) {
    if (r.n === 0 && r.title) builder.add(r.title);
    builder.add(r.text);
  }
  return builder;
}

/** Reads every passage of the main index and builds the vocabulary. */
export async function readVocabulary(client: Meilisearch, indexUid: string): Promise<VocabularyBuilder> {
  const builder = new VocabularyBuilder();
  const index = client.index<StoredText>(indexUid);
  for (let offset = 0; ; offset += READ_PAGE) {
    const page = await index.getDocuments({ fields: ['n', 'title', 'text'], limit: READ_PAGE, offset });
    addPassages(builder, page.results);
    if (page.results.length < READ_PAGE) break;
  }
  return builder;
}

/** A vocabulary whose writing is enqueued. */
export interface PendingVocabulary {
  /** Waits for it and swaps it in; returns the number of forms. On failure it is deleted, and the live one stays. */
  finish(): Promise<number>;
  /** Deletes it (the run failed before it could be swapped in). */
  abandon(): Promise<void>;
}

/**
 * Enqueues `entries` as the next vocabulary of `indexUid` (a temporary index: creation, settings,
 * documents) without waiting for the engine; the engine runs an index's tasks in the order they came.
 * Enqueued while the engine still indexes the passages, the entries wait in the queue and the engine
 * takes them as one batch afterwards, instead of starting on the first 10,000 at once (bench corpus:
 * the first batch of 10,000 forms took 6.3 s and the remaining 35,306 another 4.4 s; all 45,306 in
 * one batch, 5.5 s).
 */
export async function startVocabulary(
  client: Meilisearch,
  indexUid: string,
  entries: Iterable<VocabEntry>,
): Promise<PendingVocabulary> {
  const uid = vocabUid(indexUid);
  // A temporary index of this run's own: two indexing runs at once (a library caller has no index
  // lock) never write into each other's vocabulary.
  const temp = runTempUid(uid);
  const tasks: number[] = [(await client.createIndex(temp, { primaryKey: 'id' })).taskUid];
  const abandon = async (): Promise<void> => {
    await client.deleteIndex(temp).catch(() => {});
  };
  let total = 0;
  try {
    tasks.push((await client.index(temp).updateSettings(VOCAB_SETTINGS)).taskUid);
    let batch: VocabEntry[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      tasks.push((await client.index(temp).addDocuments(batch, { primaryKey: 'id' })).taskUid);
      total += batch.length;
      batch = [];
    };
    for (const e of entries) {
      batch.push(e);
      if (batch.length >= PUSH_BATCH) await flush();
    }
    await flush();
  } catch (e) {
    await abandon();
    throw e;
  }
  const finish = async (): Promise<number> => {
    try {
      await waitForAll(client, tasks, `the vocabulary of ${indexUid} (${temp})`);
      await swapIn(client, uid, temp);
    } catch (e) {
      await abandon();
      throw e;
    }
    return total;
  };
  return { finish, abandon };
}

/** Writes `entries` as the vocabulary of `indexUid`, replacing the previous one atomically. */
export async function writeVocabulary(
  client: Meilisearch,
  indexUid: string,
  entries: Iterable<VocabEntry>,
): Promise<number> {
  return (await startVocabulary(client, indexUid, entries)).finish();
}

/** Makes the filled `temp` the vocabulary `uid` and deletes the previous one. */
async function swapIn(client: Meilisearch, uid: string, temp: string): Promise<void> {
  // Always a swap, never a rename: a rename fails when another run created the index meanwhile. The
  // live index is created empty first when missing (a concurrent run may have just created it).
  if (!(await indexExists(client, uid))) {
    const created = (await client.createIndex(uid, { primaryKey: 'id' })).taskUid;
    await waitForAll(client, [created], `creating ${uid}`).catch((e: unknown) => {
      if (!(
        e instanceof PushError &&
        e.tasks.every((t) => t.status === 'succeeded' || t.error?.code === 'index_already_exists')
      ))
        throw e;
    });
  }
  await waitForAll(
    client,
    [(await client.swapIndexes([{ indexes: [uid, temp], rename: false }])).taskUid],
    `swapping ${temp} into ${uid}`,
  );
  await waitForAll(client, [(await client.deleteIndex(temp)).taskUid], `deleting the previous ${uid}`);
}

/** Rebuilds the vocabulary of `indexUid` from its current content; returns the number of forms. */
export async function rebuildVocabulary(client: Meilisearch, indexUid: string): Promise<number> {
  const builder = await readVocabulary(client, indexUid);
  return writeVocabulary(client, indexUid, builder.entries());
}
