/** What `/readyz` reports: can we reach the engine, and does the index exist? */
import type { Meilisearch } from 'meilisearch';
import type { Readiness } from './routes/health.ts';

export function engineReadiness(client: Meilisearch, indexUid: string): () => Promise<Readiness> {
  return async () => {
    try {
      await client.health();
    } catch {
      return { engine: false, index: false };
    }
    try {
      const stats = await client.index(indexUid).getStats();
      return { engine: true, index: true, passages: stats.numberOfDocuments }; // the engine's "documents" are our passages
    } catch {
      return { engine: true, index: false };
    }
  };
}
