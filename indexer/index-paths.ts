/**
 * FOUNDATION VERSION (to be replaced by the indexer issue): reads .txt/.md files under the given
 * paths, splits them into passages at blank lines and pushes one record per passage.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { analyzedFields } from './analyzed-fields.ts';
import type { PassageRecord } from './meili/record.ts';
import { INDEX_SETTINGS } from './meili/settings.ts';

export interface IndexOptions { client: Meilisearch; indexUid: string }
export interface IndexSummary { files: number; documents: number; passages: number; skipped: { file: string; reason: string }[] }

export async function ensureIndex(client: Meilisearch, indexUid: string): Promise<void> {
  await client.createIndex(indexUid, { primaryKey: 'id' }).waitTask().catch(() => {});
  const task = await client.index(indexUid).updateSettings(INDEX_SETTINGS).waitTask();
  if (task.status !== 'succeeded') throw new Error(`indexer: settings of ${indexUid} failed: ${task.error?.message}`);
}

export async function indexPaths(paths: string[], { client, indexUid }: IndexOptions): Promise<IndexSummary> {
  await ensureIndex(client, indexUid);
  const summary: IndexSummary = { files: 0, documents: 0, passages: 0, skipped: [] };
  const records: PassageRecord[] = [];
  for (const root of paths) {
    for (const file of listFiles(root)) {
      summary.files++;
      const text = fs.readFileSync(file, 'utf8');
      const source = path.relative(fs.statSync(root).isDirectory() ? root : path.dirname(root), file);
      const docId = createHash('sha1').update(source).digest('hex').slice(0, 16);
      const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      const title = paragraphs[0]?.split('\n')[0] ?? source;
      const titleFields = analyzedFields(title);
      paragraphs.forEach((p, n) => {
        const f = analyzedFields(p);
        records.push({
          id: `${docId}-${n}`, doc_id: docId, source, n, passages: paragraphs.length, title, text: p,
          title_exact: titleFields.exact, title_stem: titleFields.stem, title_phon: titleFields.phon,
          exact: f.exact, stem: f.stem, phon: f.phon,
          date: null, year: null, hijri_year: null, countries: [], dateline_country: null, lang: 'arb', url: null,
          hash: createHash('sha1').update(text).digest('hex'), date_sort: 0,
        });
      });
      summary.documents++;
    }
  }
  summary.passages = records.length;
  const task = await client.index(indexUid).addDocuments(records).waitTask();
  if (task.status !== 'succeeded') throw new Error(`indexer: adding documents failed: ${task.error?.message}`);
  return summary;
}

function listFiles(p: string): string[] {
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(p, e.name)) : /\.(txt|md)$/i.test(e.name) ? [path.join(p, e.name)] : []);
}
