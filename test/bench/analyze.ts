/**
 * Benchmark of the Arabic analyzer (`npm run bench:analyze`): builds ≥ 20 MB (UTF-8) of real
 * Arabic text in memory — the seed articles plus the Arabic found in installed npm packages
 * (i18n-iso-countries' Arabic country names, zod's Arabic error messages) — shuffled line by line
 * with a fixed seed into ~4 KB passages, as the indexer feeds them; then runs `analyze` over all of
 * it on one core and prints MB/s and tokens/s (median of several runs). Nothing is downloaded or
 * written. Target: ≥ 30 MB/s. Options: `--mb N` (corpus size), `--runs N`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../indexer/arabic/analyzer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET_BYTES = arg('mb', 20) * 1_000_000;
const RUNS = arg('runs', 5);
const ARABIC = /[\u0600-\u06FF]/;

/** Lines of real Arabic text from the seeds and from npm packages that happen to carry some. */
function sourceLines(): { lines: string[]; sources: string[] } {
  const lines: string[] = [];
  const sources: string[] = [];
  const seeds = join(root, 'seeds');
  for (const file of readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    lines.push(
      ...readFileSync(join(seeds, file), 'utf8')
        .split('\n')
        .filter((l) => ARABIC.test(l)),
    );
    sources.push(`seeds/${file}`);
  }
  const require = createRequire(import.meta.url);
  const tryPackageFile = (spec: string, extract: (text: string) => string[]): void => {
    let path: string;
    try {
      path = require.resolve(spec);
    } catch {
      return;
    }
    if (!existsSync(path)) return;
    const found = extract(readFileSync(path, 'utf8')).filter((l) => ARABIC.test(l));
    if (found.length > 0) {
      lines.push(...found);
      sources.push(`${spec} (${found.length} strings)`);
    }
  };
  const jsonStrings = (text: string): string[] => {
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(text));
    return out;
  };
  const quoted = (text: string): string[] => [...text.matchAll(/(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((m) => m[2]);
  tryPackageFile('i18n-iso-countries/langs/ar.json', jsonStrings);
  tryPackageFile('zod/v4/locales/ar.js', quoted);
  return { lines, sources };
}

/** Deterministic shuffle, so every run and every machine analyses the same corpus. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function buildPassages(lines: readonly string[]): { passages: string[]; bytes: number; chars: number } {
  const passages: string[] = [];
  let bytes = 0;
  let chars = 0;
  let round = 0;
  let current = '';
  while (bytes < TARGET_BYTES) {
    for (const line of shuffled(lines, ++round)) {
      current += line + '\n';
      if (current.length >= 2000) {
        passages.push(current);
        bytes += Buffer.byteLength(current, 'utf8');
        chars += current.length;
        current = '';
        if (bytes >= TARGET_BYTES) break;
      }
    }
  }
  return { passages, bytes, chars };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { lines, sources } = sourceLines();
const { passages, bytes, chars } = buildPassages(lines);
console.log(
  `corpus: ${(bytes / 1e6).toFixed(1)} MB UTF-8, ${(chars / 1e6).toFixed(1)} M UTF-16 units, ${passages.length} passages`,
);
console.log(`sources: ${sources.join(', ')} (${lines.length} distinct lines, repeated in shuffled order)`);

let tokens = 0;
const seconds: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const t0 = process.hrtime.bigint();
  let count = 0;
  for (const p of passages) count += analyze(p).length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  tokens = count;
  if (run > 0) seconds.push(s); // run 0 warms up the JIT and compiles the tables
  console.log(`${run === 0 ? 'warm-up' : `run ${run}`}: ${s.toFixed(3)} s, ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
}
const s = median(seconds);
console.log(
  `analyze: ${(bytes / 1e6 / s).toFixed(1)} MB/s, ${(tokens / s / 1e6).toFixed(2)} M tokens/s ` +
    `(median of ${RUNS} runs, ${tokens} tokens, one core, Node ${process.version}; target 30 MB/s)`,
);
