/**
 * The sample articles (`seeds/`) and the user's collection are two indexes: `MEILI_INDEX` holds only
 * what the user indexed, `MEILI_INDEX` + `_samples` only the samples. `npm start` serves the user's
 * collection as soon as it has a document, and the samples only while it has none.
 *
 * Why two indexes and not the samples mixed into the user's: the samples never show up among the
 * user's results, facets or suggestions; removing them is never needed (and `--sync`/`--rebuild` of
 * the user's folder cannot drop or count them by mistake); the first run still has something to
 * search. A server showing the samples looks, at most every few seconds, whether the user's collection
 * has documents now, and then serves it without a restart (server/collection-switch.ts).
 */
import type { Meilisearch } from 'meilisearch';
import { analysisDrift } from './meili/analysis-drift.ts';
import { indexExists } from './meili/rebuild.ts';
import { collectionSettingsMismatch } from './meili/vocab.ts';

export const SAMPLES_SUFFIX = '_samples';

export function samplesIndexUid(indexUid: string): string {
  return `${indexUid}${SAMPLES_SUFFIX}`;
}

export interface Collection {
  /** The index to search. */
  indexUid: string;
  /** True when it is the samples' index (the user's collection is empty). */
  samples: boolean;
}

async function documentCount(client: Meilisearch, uid: string): Promise<number> {
  if (!(await indexExists(client, uid))) return 0;
  return (await client.index(uid).getStats()).numberOfDocuments;
}

/** Which collection to search without changing anything: the user's, or the samples' while it is empty and they exist. */
export async function currentCollection(client: Meilisearch, indexUid: string): Promise<Collection> {
  if ((await documentCount(client, indexUid)) === 0 && (await documentCount(client, samplesIndexUid(indexUid))) > 0) {
    return { indexUid: samplesIndexUid(indexUid), samples: true };
  }
  return { indexUid, samples: false };
}

/** The collection `npm start` serves; indexes the samples into their own index when it must show them. */
export async function chooseCollection(
  client: Meilisearch,
  config: { indexUid: string; seedDir: string },
  log: (m: string) => void,
): Promise<Collection> {
  if ((await documentCount(client, config.indexUid)) > 0) return { indexUid: config.indexUid, samples: false };
  const uid = samplesIndexUid(config.indexUid);
  const empty = (await documentCount(client, uid)) === 0;
  // Samples indexed by an earlier version (other fields or settings, or stems the analyzer now makes
  // otherwise) are ours to index again.
  const stale =
    !empty &&
    ((await collectionSettingsMismatch(client, uid)).length > 0 || (await analysisDrift(client, uid)).differing > 0);
  if (empty || stale) {
    log(
      stale
        ? `server: the sample articles in "${uid}" were indexed by an earlier version; indexing them again`
        : `server: your collection (index "${config.indexUid}") is empty; indexing the sample articles of ${config.seedDir} into "${uid}" to show them meanwhile`,
    );
    // Loaded here only: the terminal search imports this module and never indexes.
    const { indexPaths } = await import('./index-paths.ts');
    const summary = await indexPaths([config.seedDir], { client, indexUid: uid });
    log(`server: indexed ${summary.documents} sample documents (${summary.passages} passages)`);
  }
  log(
    `server: showing the sample articles; index your own with \`npm run index -- PATH\` (searched here as soon as it is indexed)`,
  );
  return { indexUid: uid, samples: true };
}
