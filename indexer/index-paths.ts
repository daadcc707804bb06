/**
 * The indexing run: walk the paths, read and decode every file, build documents (extract facets,
 * split passages, analyse), then bring the index up to date: only changed documents are sent
 * (compared by `hash`), passages a document no longer has are deleted, `sync` removes documents
 * whose files are gone, `rebuild` fills a fresh index and swaps it in (meili/rebuild.ts), and so does
 * the first run into an empty index, sending records while it still reads (streamCollection).
 * Every input not indexed (unsupported type, symlink, FIFO, unreadable file or folder, binary, empty,
 * bad JSONL/CSV lines) is reported in the summary with its reason, never fatal.
 * `server/main.ts` calls `indexPaths([seedDir], …)` on an empty index; `indexer/cli.ts` wraps it.
 */
import type { Meilisearch } from 'meilisearch';
import { buildDocument, type BuiltDocument } from './document.ts';
import { AppError } from './errors.ts';
import type { FacetFields } from './facets.ts';
import type { PassageRecord } from './meili/record.ts';
import { deleteRecords, pushRecords, RecordStream, waitForAll } from './meili/push.ts';
import { indexExists, rebuildIndex } from './meili/rebuild.ts';
import { INDEX_SETTINGS } from './meili/settings.ts';
import { VocabularyBuilder } from './arabic/names/vocabulary.ts';
import { addPassages, rebuildVocabulary, startVocabulary, type PendingVocabulary } from './meili/vocab.ts';
import { prepareShards, pushToShards, rebuildShards, type ShardClient } from './meili/sharded-index.ts';
import { readSourceFile } from './sources/read-file.ts';
import { walk } from './sources/walk.ts';

export interface IndexOptions {
  /** Needed unless `dryRun`. */
  client?: Meilisearch;
  indexUid: string;
  /** Build a fresh index and swap it in atomically (also drops documents whose files are gone). Default false. */
  rebuild?: boolean;
  /** Remove documents that this run did not produce and whose files are gone. Default false (add/update only). */
  sync?: boolean;
  /** Read and extract only; nothing is sent. The documents come back in `summary.preview`. Default false. */
  dryRun?: boolean;
  /** Progress: phase, how many of how many, and the current file. */
  onProgress?: (p: Progress) => void;
  /** Records per request to the engine (meili/push.ts PUSH_DEFAULTS). */
  batchSize?: number;
  /**
   * A collection split over several engines (docs/sharding.md): writes go to each document's shard,
   * and `client` is then the federated client over them (server/search/federated.ts) for reads.
   */
  shards?: ShardClient[];
}

export interface Progress {
  phase: 'read' | 'push' | 'done';
  done: number;
  total: number;
  file?: string;
}

export interface Skipped {
  file: string;
  reason: string;
}

/** A document as --dry-run shows it: its facets (`countries`, `publisher`…, indexer/facets.ts) among the rest. */
export interface DocumentPreview extends FacetFields {
  doc_id: string;
  source: string;
  title: string;
  date: string | null;
  year: number | null;
  hijri_year: number | null;
  dateline_country: string | null;
  lang: string;
  passages: number;
}

export interface IndexSummary {
  /** Files read (decoded), whether or not all their records were good. */
  files: number;
  /** Documents built from those files. */
  documents: number;
  /** Passages (records) of those documents. */
  passages: number;
  /** Inputs rejected, each with its reason: whole files or single JSONL lines. */
  skipped: Skipped[];
  /** Lines kept but decoded with care (read as Windows-1256, bad bytes replaced, NULs removed), by file and line. */
  notices: Skipped[];
  /** Documents sent to the engine (new or changed), and left alone because unchanged. */
  sent: number;
  unchanged: number;
  /** Documents removed (--sync/--rebuild) and stale passages removed from changed documents. */
  deleted: number;
  bytes: number;
  ms: number;
  preview?: DocumentPreview[];
}

export async function ensureIndex(client: Meilisearch, indexUid: string): Promise<void> {
  if (!(await indexExists(client, indexUid))) {
    const created = await client.tasks.waitForTask((await client.createIndex(indexUid, { primaryKey: 'id' })).taskUid, {
      timeout: 60_000,
    });
    // Another process may have created it meanwhile: that is fine.
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new AppError({
        where: 'indexer',
        what: `creating index ${indexUid} failed: ${created.error?.message}`,
        remedy: 'check the engine log and MEILI_INDEX',
      });
    }
  }
  await waitForAll(
    client,
    [(await client.index(indexUid).updateSettings(INDEX_SETTINGS)).taskUid],
    `the settings of ${indexUid}`,
    120_000,
  );
}

export interface Collected {
  docs: BuiltDocument[];
  skipped: Skipped[];
  notices: Skipped[];
  files: number;
  bytes: number;
  seenFiles: Set<string>;
  rejectedFiles: Set<string>;
}

/**
 * Reads and builds every document (no engine involved). `onDocument` sees each accepted document as
 * soon as it is built (after the duplicate-id check), so its records can go to the engine meanwhile.
 */
export async function collectDocuments(
  paths: string[],
  onProgress?: IndexOptions['onProgress'],
  onDocument?: (doc: BuiltDocument) => Promise<void>,
): Promise<Collected> {
  const { files, problems } = walk(paths);
  const skipped: Skipped[] = problems.map((p) => ({ file: p.file, reason: p.reason }));
  const docs: BuiltDocument[] = [];
  const notices: Skipped[] = [];
  const seenFiles = new Set<string>();
  const rejectedFiles = new Set<string>();
  const byId = new Map<string, string>();
  let read = 0;
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    onProgress?.({ phase: 'read', done: i, total: files.length, file: file.relative });
    seenFiles.add(file.relative);
    const result = await readSourceFile(file.path);
    bytes += result.bytes;
    if (!result.ok) {
      skipped.push({ file: file.relative, reason: result.reason });
      rejectedFiles.add(file.relative);
      continue;
    }
    read++;
    for (const notice of result.notices) notices.push({ file: file.relative, reason: notice });
    for (const problem of result.problems) skipped.push({ file: file.relative, reason: problem });
    for (const src of result.documents) {
      const built = buildDocument(src, { file: file.relative });
      const where = src.line !== undefined ? `line ${src.line} ` : '';
      if (!built.ok) {
        skipped.push({ file: file.relative, reason: `${where}${built.reason}; skipped` });
        continue;
      }
      const other = byId.get(built.doc.docId);
      if (other !== undefined) {
        skipped.push({
          file: file.relative,
          reason: `${where}has the id "${src.id}" already used by ${other}; skipped`,
        });
        continue;
      }
      byId.set(built.doc.docId, built.doc.source);
      docs.push(built.doc);
      await onDocument?.(built.doc);
    }
  }
  onProgress?.({ phase: 'read', done: files.length, total: files.length });
  return { docs, skipped, notices, files: read, bytes, seenFiles, rejectedFiles };
}

interface Existing {
  hash: string;
  passages: number;
  file?: string;
}

/** doc_id → hash and passage count of what the index holds (one record per document: n = 0). */
async function existingDocuments(
  client: Meilisearch,
  indexUid: string,
  docIds?: string[],
): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  const index = client.index<PassageRecord>(indexUid);
  const fetchPage = async (filter: string): Promise<void> => {
    const limit = 10_000;
    for (let offset = 0; ; offset += limit) {
      const page = await index.getDocuments({ filter, fields: ['doc_id', 'hash', 'passages', 'file'], limit, offset });
      for (const d of page.results) out.set(d.doc_id, { hash: d.hash, passages: d.passages, file: d.file });
      if (page.results.length < limit) break;
    }
  };
  if (docIds === undefined) await fetchPage('n = 0');
  else
    for (let i = 0; i < docIds.length; i += 500) {
      const ids = docIds
        .slice(i, i + 500)
        .map((id) => JSON.stringify(id))
        .join(', ');
      await fetchPage(`n = 0 AND doc_id IN [${ids}]`);
    }
  return out;
}

function summaryOf(collected: Collected): IndexSummary {
  return {
    files: collected.files,
    documents: collected.docs.length,
    passages: collected.docs.reduce((n, d) => n + d.records.length, 0),
    skipped: collected.skipped,
    notices: collected.notices,
    sent: 0,
    unchanged: 0,
    deleted: 0,
    bytes: collected.bytes,
    ms: 0,
  };
}

/** True when `uid` has no documents (or does not exist yet). */
async function isEmptyIndex(client: Meilisearch, uid: string): Promise<boolean> {
  return !(await indexExists(client, uid)) || (await client.index(uid).getStats()).numberOfDocuments === 0;
}

export async function indexPaths(paths: string[], options: IndexOptions): Promise<IndexSummary> {
  const started = Date.now();
  const { indexUid, onProgress } = options;
  const client = options.client;
  if (!options.dryRun) {
    if (!client) throw new Error('indexer: indexPaths needs a client unless dryRun is set');
    if (!options.shards && (options.rebuild || (await isEmptyIndex(client, indexUid)))) {
      const summary = await streamCollection(paths, client, options);
      summary.ms = Date.now() - started;
      onProgress?.({ phase: 'done', done: summary.passages, total: summary.passages });
      return summary;
    }
  }
  const collected = await collectDocuments(paths, onProgress);
  const { docs } = collected;
  const summary = summaryOf(collected);
  if (options.dryRun) {
    summary.preview = docs.map((d) => ({
      doc_id: d.docId,
      source: d.source,
      title: d.title,
      date: d.date,
      year: d.year,
      hijri_year: d.hijriYear,
      ...d.facets,
      dateline_country: d.datelineCountry,
      lang: d.lang,
      passages: d.records.length,
    }));
    summary.ms = Date.now() - started;
    return summary;
  }
  if (!client) throw new Error('indexer: indexPaths needs a client unless dryRun is set');
  const progress = (info: { records: number; total: number }): void =>
    onProgress?.({ phase: 'push', done: info.records, total: info.total });
  const shards = options.shards;
  if (options.rebuild && shards) {
    const records = docs.flatMap((d) => d.records);
    await rebuildShards(shards, indexUid, (temp) =>
      pushToShards(shards, temp, records, { batchSize: options.batchSize }),
    );
    summary.sent = docs.length;
  } else {
    if (shards) await prepareShards(shards, indexUid);
    else await ensureIndex(client, indexUid);
    const existing = await existingDocuments(
      client,
      indexUid,
      docs.map((d) => d.docId),
    );
    const changed = docs.filter((d) => existing.get(d.docId)?.hash !== d.hash);
    summary.sent = changed.length;
    summary.unchanged = docs.length - changed.length;
    if (shards)
      await pushToShards(
        shards,
        indexUid,
        changed.flatMap((d) => d.records),
        { batchSize: options.batchSize },
      );
    else
      await pushRecords(
        client,
        indexUid,
        changed.flatMap((d) => d.records),
        { batchSize: options.batchSize, onBatch: progress },
      );
    // A changed document may have fewer passages than before: delete the extra ones.
    const stale: string[] = [];
    for (const d of changed) {
      const before = existing.get(d.docId)?.passages ?? 0;
      for (let n = d.records.length; n < before; n++) stale.push(`${d.docId}-${n}`);
    }
    if (options.sync) {
      const produced = new Set(docs.map((d) => d.docId));
      for (const [docId, e] of await existingDocuments(client, indexUid)) {
        // Keep what came from a file that exists but could not be read this time (it may be fixed).
        if (produced.has(docId) || (e.file !== undefined && collected.rejectedFiles.has(e.file))) continue;
        for (let n = 0; n < e.passages; n++) stale.push(`${docId}-${n}`);
        summary.deleted++;
      }
    }
    // A stale passage lives on its document's shard; deleting an absent id elsewhere is harmless.
    if (shards) await Promise.all(shards.map((s) => deleteRecords(s.client, indexUid, stale)));
    else await deleteRecords(client, indexUid, stale);
  }
  // The name-expansion vocabulary is derived from what is now searchable (indexer/meili/vocab.ts).
  // Sharded: each shard keeps the vocabulary of its own passages; the server reads them together
  // (docs/sharding.md, "The names vocabulary on shards").
  if (shards) await Promise.all(shards.map((s) => rebuildVocabulary(s.client, indexUid)));
  else await rebuildVocabulary(client, indexUid);
  summary.ms = Date.now() - started;
  onProgress?.({ phase: 'done', done: summary.passages, total: summary.passages });
  return summary;
}

/**
 * A run that writes the whole collection (a rebuild, or the first run into an empty index, unsharded):
 * records go to a fresh temporary index while the files are still being read, and the index is swapped
 * in at the end (meili/rebuild.ts), so a run that fails never leaves a half-written index where users
 * search. On 2 cores the engine and the reading compete, but the engine alone kept only about one core
 * busy: 25,220 bench passages took 32–36 s streamed (with the vocabulary batching below) against
 * 37–40 s read first (both, alternating runs on the shared machine).
 *
 * The name-expansion vocabulary is built from the passages in hand while the engine indexes them,
 * instead of reading them all back afterwards (on 100,000 passages the read-back and its analysis took
 * ~14 s), and enqueued behind the passages, so the engine takes it as one batch once they are indexed
 * (meili/vocab.ts startVocabulary); a run that fails deletes it and the live vocabulary stays.
 */
async function streamCollection(paths: string[], client: Meilisearch, options: IndexOptions): Promise<IndexSummary> {
  const { indexUid, onProgress } = options;
  let collected: Collected | undefined;
  let vocabulary: PendingVocabulary | undefined;
  const whileIndexing = async (): Promise<void> => {
    const records = (collected?.docs ?? []).flatMap((d) => d.records);
    vocabulary = await startVocabulary(client, indexUid, addPassages(new VocabularyBuilder(), records).entries());
  };
  try {
    await rebuildIndex(client, indexUid, async (temp) => {
      const stream = new RecordStream(client, temp, {
        batchSize: options.batchSize,
        onBatch: (info) => onProgress?.({ phase: 'push', done: info.records, total: info.total }),
        whileIndexing,
      });
      collected = await collectDocuments(paths, onProgress, (doc) => stream.add(doc.records));
      await stream.end();
    });
  } catch (e) {
    await vocabulary?.abandon();
    throw e;
  }
  await vocabulary?.finish();
  const summary = summaryOf(collected!);
  summary.sent = summary.documents;
  return summary;
}
