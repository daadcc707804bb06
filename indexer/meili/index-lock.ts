/**
 * Indexing runs on one index are serialized: each takes `DATA_DIR/locks/index-<uid>.lock` first.
 * Without it, an incremental run writing into the live index while a `--rebuild` swaps in another
 * would lose its writes, and two rebuilds would race on the swap (issue: 3 of 10 concurrent
 * rebuilds left the live index without settings). A run that finds the lock taken says who
 * holds it and waits; after `timeoutMs` it gives up with the holder's pid.
 */
import path from 'node:path';
import { acquireLock, describeHolder } from './lock.ts';

export function indexLockFile(dataDir: string, indexUid: string): string {
  return path.join(dataDir, 'locks', `index-${indexUid}.lock`);
}

export async function withIndexLock<T>(
  options: { dataDir: string; indexUid: string; role: string; timeoutMs: number; log?: (m: string) => void },
  run: () => Promise<T>,
): Promise<T> {
  const lock = await acquireLock(indexLockFile(options.dataDir, options.indexUid), options.role, {
    timeoutMs: options.timeoutMs,
    onWait: (holder) =>
      options.log?.(
        `indexer: index "${options.indexUid}" is being written by ${describeHolder(holder)}; waiting for it to finish`,
      ),
  });
  try {
    return await run();
  } finally {
    lock.release();
  }
}
