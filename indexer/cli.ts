/**
 * `npm run index -- PATH… [--rebuild] [--sync] [--dry-run [--json]]`
 *
 * Indexes files and folders into the engine that `npm start` uses (same DATA_DIR: the running
 * engine is reused, and stopped at the end only if this command started it). Prints progress
 * (a bar on a terminal, plain lines otherwise) and a summary. Exit status: 0 when every input
 * was indexed, 1 when some input was rejected (the rest is indexed), 2 on usage or engine errors.
 */
import cliProgress from 'cli-progress';
import { engineOptions, readConfig } from './config.ts';
import { FACET_ATTRIBUTES } from './facets.ts';
import { indexPaths, type IndexSummary, type Progress } from './index-paths.ts';
import { createClient } from './meili/client.ts';
import { startEngine, type Engine } from './meili/engine.ts';

export const USAGE = `usage: npm run index -- PATH… [--rebuild] [--sync] [--dry-run [--json]]
  PATH        files or folders (recursive): .txt .md .html .htm .jsonl .json
  --rebuild   build a fresh index and swap it in atomically (drops documents whose files are gone)
  --sync      also remove documents whose files are gone (default: add and update only)
  --dry-run   read and extract only; print documents and facets (a table, or JSON with --json)
  --json      with --dry-run: print JSON instead of a table`;

export interface CliArgs { paths: string[]; rebuild: boolean; sync: boolean; dryRun: boolean; json: boolean }

export function parseArgs(argv: string[]): CliArgs | { error: string } {
  const args: CliArgs = { paths: [], rebuild: false, sync: false, dryRun: false, json: false };
  for (const a of argv) {
    if (a === '--rebuild') args.rebuild = true;
    else if (a === '--sync') args.sync = true;
    else if (a === '--dry-run') args.dryRun = true;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') return { error: '' };
    else if (a.startsWith('--')) return { error: `indexer: unknown option ${a}` };
    else args.paths.push(a);
  }
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
  if (s.skipped.length > 0) {
    lines.push(`indexer: ${s.skipped.length} input(s) skipped:`);
    for (const k of s.skipped) lines.push(`indexer: ${k.file} ${k.reason}${/skipped$/.test(k.reason) ? '' : '; skipped'}`);
  }
  return lines.join('\n');
}

export function formatTable(s: IndexSummary): string {
  const rows = (s.preview ?? []).map((d) => [
    d.source, d.date ?? '—', ...FACET_ATTRIBUTES.map((a) => d[a].join(' ') || '—'), d.dateline_country ?? '—', d.lang, String(d.passages), d.title.slice(0, 60),
  ]);
  const head = ['source', 'date', ...FACET_ATTRIBUTES, 'dateline', 'lang', 'passages', 'title'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

function progressReporter(): { onProgress: (p: Progress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ format: 'indexer: {phase} [{bar}] {value}/{total} {file}', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
    let phase = '';
    return {
      onProgress: (p) => {
        if (p.phase === 'done') return;
        if (p.phase !== phase) { if (phase) bar.stop(); phase = p.phase; bar.start(p.total, p.done, { phase: p.phase, file: '' }); }
        bar.update(p.done, { phase: p.phase, file: p.file ?? '' });
      },
      stop: () => { if (phase) bar.stop(); },
    };
  }
  let lastPush = -1;
  return {
    onProgress: (p) => {
      if (p.phase === 'read' && p.file) process.stderr.write(`indexer: reading ${p.file} (${p.done + 1}/${p.total})\n`);
      if (p.phase === 'push' && p.done !== lastPush) { lastPush = p.done; process.stderr.write(`indexer: sent ${p.done}/${p.total} passages\n`); }
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
      const summary = await indexPaths(args.paths, { indexUid: config.indexUid, dryRun: true, onProgress: progress.onProgress });
      progress.stop();
      if (args.json) process.stdout.write(JSON.stringify({ documents: summary.preview, summary: { ...summary, preview: undefined } }, null, 2) + '\n');
      else process.stdout.write(formatTable(summary) + '\n' + formatSummary(summary, true) + '\n');
      return summary.skipped.length > 0 ? 1 : 0;
    }
    engine = await startEngine(engineOptions(config, (m) => process.stderr.write(m + '\n')));
    const client = createClient({ url: engine.url, apiKey: engine.masterKey });
    const summary = await indexPaths(args.paths, {
      client, indexUid: config.indexUid, rebuild: args.rebuild, sync: args.sync, onProgress: progress.onProgress,
    });
    progress.stop();
    process.stdout.write(formatSummary(summary, false) + '\n');
    return summary.skipped.length > 0 ? 1 : 0;
  } catch (e) {
    progress.stop();
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await engine?.stop(); // does nothing when the engine was shared or external
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
