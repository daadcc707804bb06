/**
 * docs/benchmarks.md, the results file the README links: each benchmark replaces only its own
 * section, between `<!-- NAME:start -->` and `<!-- NAME:end -->`, so the other sections (and the
 * hand-written baseline figures) stay.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `BENCH_RESULTS_FILE` sends a quick run's tables elsewhere, so the committed figures stay. */
export const RESULTS_FILE = path.resolve(process.env.BENCH_RESULTS_FILE ?? 'docs/benchmarks.md');

export function writeSection(name: string, markdown: string, file = RESULTS_FILE): void {
  const start = `<!-- ${name}:start -->`,
    end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const i = current.indexOf(start),
    j = current.indexOf(end);
  const next =
    i >= 0 && j > i
      ? current.slice(0, i) + block + current.slice(j + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
}
