/**
 * `npm run bench:index`: indexing time of our indexer (`npm run index`, as a user runs it) against
 * Meilisearch alone adding the same passages as plain title/text records, on the generated
 * collection (BENCH_PASSAGES passages, default 100,000). Prints the table and writes it to
 * docs/benchmarks.md. A measurement, not a test: exits 0 unless the harness fails.
 */
import { buildCollection, indexMarkdown } from './support/collection.ts';
import { machine } from './support/machine.ts';
import { RESULTS_FILE, writeSection } from './support/results-file.ts';
import { runBenchmark } from './support/run.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 100_000);

async function main(): Promise<void> {
  const collection = await buildCollection(PASSAGES, (m) => console.error(`bench:index: ${m}`));
  try {
    const markdown = indexMarkdown(collection, machine());
    console.log(markdown);
    writeSection('bench:index', markdown);
    console.error(`bench:index: written to ${RESULTS_FILE}`);
  } finally {
    await collection.close();
  }
}

runBenchmark(main);
