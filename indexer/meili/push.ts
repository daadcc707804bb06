/**
 * Sends records to Meilisearch in batches and waits for the engine to process them. Several
 * batches are enqueued before waiting (the engine batches consecutive additions itself), and
 * every failed task is reported with the engine's own error text: nothing is silently dropped.
 */
import type { Meilisearch, Task } from 'meilisearch';
import { AppError } from '../errors.ts';
import type { PassageRecord } from './record.ts';

/** Records per request, and a cap on the request body, whichever comes first. */
export const PUSH_DEFAULTS = { batchSize: 2000, maxBatchBytes: 8 * 1024 * 1024, waitTimeoutMs: 10 * 60_000 } as const;

export class PushError extends AppError {
  override name = 'PushError';
  constructor(
    message: string,
    readonly tasks: Task[],
  ) {
    super(message, { defaultWhere: 'indexer' });
  }
}

export interface PushOptions {
  batchSize?: number;
  maxBatchBytes?: number;
  waitTimeoutMs?: number;
  /** Called after each batch is enqueued, and once more with `processed: true` when all are done. */
  onBatch?: (info: { records: number; total: number; processed: boolean }) => void;
  /** Work for Node while the engine indexes: run once every batch is enqueued, before waiting for them. */
  whileIndexing?: () => void;
}

export function batches<T>(items: T[], size: number, maxBytes: number, bytesOf: (t: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (current.length > 0 && (current.length >= size || bytes + b > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Throws PushError when any task failed, naming each failure. */
export async function waitForAll(
  client: Meilisearch,
  taskUids: number[],
  what: string,
  timeout: number = PUSH_DEFAULTS.waitTimeoutMs,
): Promise<Task[]> {
  if (taskUids.length === 0) return [];
  const tasks = await client.tasks.waitForTasks(taskUids, { timeout, interval: 50 });
  const failed = tasks.filter((t) => t.status !== 'succeeded');
  if (failed.length > 0) {
    const detail = failed
      .map(
        (t) =>
          `task ${t.uid} (${t.type}) ${t.status}: ${t.error?.message ?? 'no error text'}${t.error?.code ? ` [${t.error.code}]` : ''}`,
      )
      .join('; ');
    throw new PushError(`indexer: Meilisearch rejected ${what}: ${detail}`, failed);
  }
  return tasks;
}

export async function pushRecords(
  client: Meilisearch,
  indexUid: string,
  records: PassageRecord[],
  options: PushOptions = {},
): Promise<void> {
  const size = options.batchSize ?? PUSH_DEFAULTS.batchSize;
  const maxBytes = options.maxBatchBytes ?? PUSH_DEFAULTS.maxBatchBytes;
  const index = client.index<PassageRecord>(indexUid);
  const uids: number[] = [];
  let sent = 0;
  for (const batch of batches(records, size, maxBytes, approximateBytes)) {
    const task = await index.addDocuments(batch, { primaryKey: 'id' });
    uids.push(task.taskUid);
    sent += batch.length;
    options.onBatch?.({ records: sent, total: records.length, processed: false });
  }
  options.whileIndexing?.();
  await waitForAll(client, uids, `documents for ${indexUid}`, options.waitTimeoutMs);
  options.onBatch?.({ records: sent, total: records.length, processed: true });
}

export async function deleteRecords(
  client: Meilisearch,
  indexUid: string,
  ids: string[],
  waitTimeoutMs?: number,
): Promise<void> {
  if (ids.length === 0) return;
  const uids: number[] = [];
  for (let i = 0; i < ids.length; i += 10_000) {
    uids.push((await client.index(indexUid).deleteDocuments(ids.slice(i, i + 10_000))).taskUid);
  }
  await waitForAll(client, uids, `deletions from ${indexUid}`, waitTimeoutMs);
}

function approximateBytes(r: PassageRecord): number {
  // UTF-8 Arabic is 2 bytes a letter; the analyzed fields roughly triple the text.
  return 2 * (r.text.length + r.exact.length + r.stem.length + r.title.length * 3) + 400;
}
