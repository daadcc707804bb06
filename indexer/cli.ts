/**
 * `npm run index -- PATH… [--rebuild] [--sync] [--dry-run [--json]]`, `--remove ID|PATH`, `--reset`
 *
 * Indexes files and folders into the engine that `npm start` uses (same DATA_DIR: the running
 * engine is reused, and stopped at the end only if this command started it). Prints progress
 * (a bar on a terminal, plain lines otherwise) and a summary that names every input not indexed
 * and why. Exit status: 0 when every input was indexed (or removed), 1 when some input was skipped
 * (the rest is indexed) or a `--remove` named nothing, 2 on usage or engine errors.
 */
import cliProgress from 'cli-progress';
import { MeilisearchRequestError } from 'meilisearch';
import { engineOptions, readConfig, type Config } from './config.ts';
import { FACET_ATTRIBUTES } from './facets.ts';
import { indexPaths, type IndexSummary, type Progress } from './index-paths.ts';
import { createClient } from './meili/client.ts';
import { startEngine, type Engine } from './meili/engine.ts';
import { withIndexLock } from './meili/index-lock.ts';
import { isSharded, startShardEngines } from './meili/shard-engines.ts';
import { ShardedSearch } from '../server/search/federated.ts';
import { removeDocuments, resetIndex, type Removal } from './remove.ts';
import { samplesIndexUid } from './samples.ts';
import { SUPPORTED_EXTENSIONS } from './sources/walk.ts';

export const USAGE = `usage: npm run index -- PATH… [--rebuild] [--sync] [--dry-run [--json]]
       npm run index -- --remove ID|PATH [--remove ID|PATH…]
       npm run index -- --reset
  PATH        files or folders (recursive): ${SUPPORTED_EXTENSIONS.join(' ')}
  --rebuild   build a fresh index and swap it in atomically (drops documents whose files are gone)
  --sync      also remove documents whose files are gone (default: add and update only)
  --dry-run   read and extract only; print documents and facets (a table, or JSON with --json)
  --json      with --dry-run: print JSON instead of a table
  --remove    remove a document by its id, or by its file (the result's source, or a path ending
              with it), or every document of a folder; repeatable
  --reset     delete your whole collection (and the sample articles' index); \`npm start\` then
              shows the samples again until you index your own files`;

export interface CliArgs {
  paths: string[];
  rebuild: boolean;
  sync: boolean;
  dryRun: boolean;
  json: boolean;
  remove: string[];
  reset: boolean;
}

export function parseArgs(argv: string[]): CliArgs | { error: string } {
  const args: CliArgs = {
    paths: [],
    rebuild: false,
    sync: false,
    dryRun: false,
    json: false,
    remove: [],
    reset: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--remove' || a.startsWith('--remove=')) {
      const target = a === '--remove' ? argv[++i] : a.slice('--remove='.length);
      if (target === undefined || target === '')
        return { error: 'indexer: --remove needs a document id or a file path' };
      args.remove.push(target);
    } else if (a === '--reset') args.reset = true;
    else if (a === '--rebuild') args.rebuild = true;
    else if (a === '--sync') args.sync = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') return { error: '' };
    else if (a.startsWith('--')) return { error: `indexer: unknown option ${a}` };
    else args.paths.push(a);
  }
  if ((args.remove.length > 0 || args.reset) && (args.paths.length > 0 || args.rebuild || args.sync || args.dryRun)) {
    return { error: 'indexer: --remove and --reset go alone (no PATH to index, no --rebuild, --sync or --dry-run)' };
  }
  if (args.remove.length > 0 && args.reset)
    return { error: 'indexer: --reset already removes everything; give --remove or --reset' };
  if (args.remove.length > 0 || args.reset) return args;
  if (args.paths.length === 0) return { error: 'indexer: give at least one file or folder to index' };
  if (args.json && !args.dryRun) return { error: 'indexer: --json goes with --dry-run' };
  return args;
}

export function formatSummary(s: IndexSummary, dryRun: boolean): string {
  const lines = [
    `indexer: ${s.files} file(s) read, ${s.documents} document(s), ${s.passages} passage(s)` +
      (dryRun ? ' (dry run: nothing sent)' : `; ${s.sent} sent, ${s.unchanged} unchanged, ${s.deleted} removed`) +
      ` in ${(s.ms / 1000).toFixed(1)} s`,
  ];
  if (s.notices.length > 0) {
    lines.push(`indexer: ${s.notices.length} line(s) decoded with care (kept):`);
    for (const k of s.notices) lines.push(`indexer: ${k.file} ${k.reason}`);
  }
  if (s.skipped.length > 0) {
    lines.push(`indexer: ${s.skipped.length} input(s) not indexed:`);
    for (const k of s.skipped)
      lines.push(`indexer: ${k.file} ${k.reason}${/skipped$/.test(k.reason) ? '' : '; skipped'}`);
  }
  return lines.join('\n');
}

export function formatTable(s: IndexSummary): string {
  const rows = (s.preview ?? []).map((d) => [
    d.source,
    d.date ?? '—',
    ...FACET_ATTRIBUTES.map((a) => d[a].join(' ') || '—'),
    d.dateline_country ?? '—',
    d.lang,
    String(d.passages),
    d.title.slice(0, 60),
  ]);
  const head = ['source', 'date', ...FACET_ATTRIBUTES, 'dateline', 'lang', 'passages', 'title'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

function progressReporter(): { onProgress: (p: Progress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'indexer: {phase} [{bar}] {value}/{total} {file}', hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let phase = '';
    return {
      onProgress: (p) => {
        if (p.phase === 'done') return;
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.done, { phase: p.phase, file: '' });
        }
        bar.update(p.done, { phase: p.phase, file: p.file ?? '' });
      },
      stop: () => {
        if (phase) bar.stop();
      },
    };
  }
  let lastPush = -1;
  return {
    onProgress: (p) => {
      if (p.phase === 'read' && p.file) process.stderr.write(`indexer: reading ${p.file} (${p.done + 1}/${p.total})\n`);
      if (p.phase === 'push' && p.done !== lastPush) {
        lastPush = p.done;
        process.stderr.write(`indexer: sent ${p.done}/${p.total} passages\n`);
      }
    },
    stop: () => {},
  };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error ? args.error + '\n' : ''}${USAGE}\n`);
    return args.error ? 2 : 0;
  }
  const config = readConfig();
  const progress = progressReporter();
  let engine: Engine | undefined;
  try {
    if (args.dryRun) {
      const summary = await indexPaths(args.paths, {
        indexUid: config.indexUid,
        dryRun: true,
        onProgress: progress.onProgress,
      });
      progress.stop();
      if (args.json)
        process.stdout.write(
          JSON.stringify({ documents: summary.preview, summary: { ...summary, preview: undefined } }, null, 2) + '\n',
        );
      else process.stdout.write(formatTable(summary) + '\n' + formatSummary(summary, true) + '\n');
      return summary.skipped.length > 0 ? 1 : 0;
    }
    if (isSharded(config)) return await mainSharded(args, config, progress);
    const log = (m: string) => process.stderr.write(m + '\n');
    const role = `indexer${args.rebuild ? ' --rebuild' : args.sync ? ' --sync' : args.reset ? ' --reset' : args.remove.length > 0 ? ' --remove' : ''}`;
    engine = await startEngine({ ...engineOptions(config, log), role });
    const client = createClient({ url: () => engine!.url, apiKey: engine.masterKey });
    // One run per index at a time (indexer/meili/index-lock.ts): a second run waits, saying for whom.
    return await withIndexLock(
      { dataDir: config.dataDir, indexUid: config.indexUid, role, timeoutMs: config.indexLockTimeoutMs, log },
      async () => {
        if (args.reset) {
          const removed = await resetIndex(client, config.indexUid);
          const samples = await resetIndex(client, samplesIndexUid(config.indexUid));
          process.stdout.write(
            removed === null
              ? `indexer: there was no collection (index "${config.indexUid}") to reset\n`
              : `indexer: deleted your collection (index "${config.indexUid}", ${removed} document(s))\n`,
          );
          if (samples !== null)
            process.stdout.write(`indexer: deleted the sample articles' index "${samplesIndexUid(config.indexUid)}"\n`);
          process.stdout.write(
            'indexer: `npm start` shows the sample articles until you index your own: `npm run index -- PATH`\n',
          );
          return 0;
        }
        if (args.remove.length > 0) {
          return reportRemovals(await removeDocuments(client, config.indexUid, args.remove));
        }
        const summary = await indexPaths(args.paths, {
          client,
          indexUid: config.indexUid,
          rebuild: args.rebuild,
          sync: args.sync,
          onProgress: progress.onProgress,
        });
        progress.stop();
        process.stdout.write(formatSummary(summary, false) + '\n');
        // The samples are shown only while the collection is empty (indexer/samples.ts): it is not any more.
        if (summary.documents > 0 && (await resetIndex(client, samplesIndexUid(config.indexUid))) !== null) {
          process.stdout.write(
            `indexer: your collection has documents now: removed the sample articles (index "${samplesIndexUid(config.indexUid)}"); a running \`npm start\` searches your collection within seconds\n`,
          );
        }
        return summary.skipped.length > 0 ? 1 : 0;
      },
    );
  } catch (e) {
    progress.stop();
    if (e instanceof MeilisearchRequestError) {
      // The engine went away mid-run (killed, restarting): say what state the index is in.
      process.stderr.write(
        `indexer: lost the engine during the run (${e.message}); ` +
          (args.rebuild
            ? 'nothing was swapped in, the live index is unchanged'
            : 'the index has what was sent before') +
          '. Rerun the same command once the engine is back\n',
      );
      return 2;
    }
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await engine?.stop(); // does nothing when the engine was shared or external
  }
}

/** Prints what each --remove target removed; 1 when one named nothing. */
function reportRemovals(removals: Removal[]): number {
  for (const r of removals) {
    process.stdout.write(
      r.documents.length === 0
        ? `indexer: ${r.target} names no document of the collection (an id, a source such as notes/a.txt, or a folder); nothing removed\n`
        : `indexer: removed ${r.documents.length} document(s) for ${r.target}: ${r.documents.slice(0, 5).join(', ')}${r.documents.length > 5 ? ', …' : ''}\n`,
    );
  }
  return removals.some((r) => r.documents.length === 0) ? 1 : 0;
}

/** Indexing a collection split over several engines (SHARDS or MEILI_REMOTES, docs/sharding.md). */
async function mainSharded(
  args: CliArgs,
  config: Config,
  progress: ReturnType<typeof progressReporter>,
): Promise<number> {
  const engines = await startShardEngines(config, (m) => process.stderr.write(m + '\n'));
  try {
    const shards = engines.shards.map((s) => ({
      name: s.name,
      client: createClient({ url: s.url, apiKey: s.apiKey }),
    }));
    if (args.reset) {
      const removed = await Promise.all(shards.map((s) => resetIndex(s.client, config.indexUid)));
      process.stdout.write(
        `indexer: deleted your collection (index "${config.indexUid}", ${removed.reduce<number>((n, r) => n + (r ?? 0), 0)} document(s) on ${shards.length} shards)\n`,
      );
      return 0;
    }
    const client = new ShardedSearch(engines.shards).client();
    if (args.remove.length > 0)
      return reportRemovals(await removeDocuments(client, config.indexUid, args.remove, shards));
    const summary = await indexPaths(args.paths, {
      client,
      shards,
      indexUid: config.indexUid,
      rebuild: args.rebuild,
      sync: args.sync,
      onProgress: progress.onProgress,
    });
    progress.stop();
    process.stdout.write(formatSummary(summary, false) + ` on ${shards.length} shards\n`);
    return summary.skipped.length > 0 ? 1 : 0;
  } finally {
    await engines.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
