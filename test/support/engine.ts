/**
 * Helpers for integration tests: a client on the run's real engine and a fresh, uniquely named
 * index per test file, so files can run in parallel without seeing each other's documents.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { Meilisearch } from 'meilisearch';
import { createClient } from '../../indexer/meili/client.ts';

export function testEngine(): { url: string; masterKey: string } {
  return inject('meili');
}

export function testClient(): Meilisearch {
  const { url, masterKey } = inject('meili');
  return createClient({ url, apiKey: masterKey });
}

export function uniqueIndexUid(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Pids of Meilisearch processes running on `dataDir` (the engine itself, not its guard.sh). */
export function enginePids(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `^[^ ]*meilisearch --db-path ${dataDir}/meili`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  } // pgrep exits 1 when nothing matches
}
