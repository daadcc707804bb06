/**
 * Whether an index holds passages analyzed by an earlier version of the analyzer (indexer/arabic): its
 * stored stems differ from what this program's analyzer makes of the same text. A query is analyzed by
 * the running program, so such passages miss words the current rules stem differently (ستتوانين, once
 * ستتو and now ستتوان). Nothing records which analyzer wrote a passage; the check re-analyzes a sample of
 * stored passages and compares. Indexing the collection again fixes it, and sends only the documents
 * whose analysis changed: a document's `hash` covers its analyzed fields (indexer/document.ts).
 */
import type { Meilisearch } from 'meilisearch';
import { analyzedFields } from '../analyzed-fields.ts';
import type { PassageRecord } from './record.ts';

/** Passages re-analyzed per check: enough to meet most rule changes, tens of milliseconds at start at most. */
export const DRIFT_SAMPLE = 200;

export interface AnalysisDrift {
  /** Passages re-analyzed. */
  checked: number;
  /** Of those, how many have other stems or second stems than the analyzer gives now. */
  differing: number;
  /** The id of the first that does. */
  example?: string;
}

type Stored = Pick<PassageRecord, 'id' | 'text' | 'stem' | 'alt'>;

/** Slices the sample is read in, spread over the index: a rule change may touch only its later documents. */
const SLICES = 4;

/**
 * Re-analyzes about `sample` passages of `indexUid`, read in SLICES slices spread over the index, and
 * counts those whose stored analysis differs.
 */
export async function analysisDrift(
  client: Meilisearch,
  indexUid: string,
  sample = DRIFT_SAMPLE,
): Promise<AnalysisDrift> {
  const index = client.index<Stored>(indexUid);
  const total = (await index.getStats()).numberOfDocuments;
  const per = Math.ceil(sample / SLICES);
  const offsets = total <= sample ? [0] : Array.from({ length: SLICES }, (_, i) => Math.floor((i * total) / SLICES));
  const pages = await Promise.all(
    offsets.map((offset) =>
      index.getDocuments({ fields: ['id', 'text', 'stem', 'alt'], offset, limit: total <= sample ? sample : per }),
    ),
  );
  // Slices may overlap by a passage or two when the index is little larger than the sample.
  const passages = new Map(pages.flatMap((page) => page.results.map((p) => [p.id, p] as const)));
  let differing = 0;
  let example: string | undefined;
  for (const p of passages.values()) {
    const now = analyzedFields(p.text);
    if (now.stem === p.stem && now.alt === p.alt) continue;
    differing++;
    example ??= p.id;
  }
  return { checked: passages.size, differing, example };
}

/** The drift of a collection spread over shards (one client each; one for an unsharded collection). */
export async function collectionDrift(
  clients: readonly Meilisearch[],
  indexUid: string,
  sample = DRIFT_SAMPLE,
): Promise<AnalysisDrift> {
  const each = await Promise.all(clients.map((c) => analysisDrift(c, indexUid, sample)));
  return {
    checked: each.reduce((n, d) => n + d.checked, 0),
    differing: each.reduce((n, d) => n + d.differing, 0),
    example: each.find((d) => d.example !== undefined)?.example,
  };
}

/** What `npm start` says of a drift, with the remedy; null when there is none. */
export function driftWarning(indexUid: string, drift: AnalysisDrift): string | null {
  if (drift.differing === 0) return null;
  return (
    `server: warning: ${drift.differing} of ${drift.checked} passages checked in ${indexUid} were analyzed by an ` +
    `earlier version of the analyzer (passage ${drift.example}); index your collection again (npm run index -- PATH): ` +
    'only the documents whose analysis changed are sent'
  );
}
