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
  whileIndexing?: () => void | Promise<void>;
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
  const stream = new RecordStream(client, indexUid, options, records.length);
  await stream.add(records);
  await stream.end();
}

/**
 * Records sent as they come, a request every `batchSize` records or `maxBatchBytes` (approximate),
 * whichever comes first: a whole collection can go to the engine while it is still being read
 * (index-paths.ts); `end` enqueues the rest, runs `whileIndexing` and waits for every task.
 */
export class RecordStream {
  private pending: PassageRecord[] = [];
  private bytes = 0;
  private readonly uids: number[] = [];
  private sent = 0;
  private readonly size: number;
  private readonly maxBytes: number;

  /** `total`: the number of records to come, for progress; without it, progress is reported by `end` only. */
  constructor(
    private readonly client: Meilisearch,
    private readonly indexUid: string,
    private readonly options: PushOptions = {},
    private readonly total?: number,
  ) {
    this.size = options.batchSize ?? PUSH_DEFAULTS.batchSize;
    this.maxBytes = options.maxBatchBytes ?? PUSH_DEFAULTS.maxBatchBytes;
  }

  async add(records: readonly PassageRecord[]): Promise<void> {
    for (const record of records) {
      const b = approximateBytes(record);
      if (this.pending.length > 0 && (this.pending.length >= this.size || this.bytes + b > this.maxBytes))
        await this.flush();
      this.pending.push(record);
      this.bytes += b;
    }
  }

  /** Enqueues what is left, runs `whileIndexing`, and waits until the engine has processed every batch. */
  async end(): Promise<void> {
    await this.flush();
    if (this.total === undefined) this.options.onBatch?.({ records: this.sent, total: this.sent, processed: false });
    await this.options.whileIndexing?.();
    await waitForAll(this.client, this.uids, `documents for ${this.indexUid}`, this.options.waitTimeoutMs);
    this.options.onBatch?.({ records: this.sent, total: this.total ?? this.sent, processed: true });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.bytes = 0;
    const task = await this.client.index<PassageRecord>(this.indexUid).addDocuments(batch, { primaryKey: 'id' });
    this.uids.push(task.taskUid);
    this.sent += batch.length;
    if (this.total !== undefined) this.options.onBatch?.({ records: this.sent, total: this.total, processed: false });
  }
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
  // UTF-8 Arabic is 2 bytes a letter; the analyzed fields roughly double the text (forms: JSON quotes, a comma).
  let forms = 0;
  for (const f of r.forms) forms += f.length + 3;
  return 2 * (r.text.length + forms + r.stem.length + r.title.length * 3) + 400;
}
