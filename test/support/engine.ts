/**
 * Helpers for integration tests: a client on the run's real engine and a fresh, uniquely named
 * index per test file, so files can run in parallel without seeing each other's documents.
 */
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
