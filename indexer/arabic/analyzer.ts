/**
 * The one entry point of Arabic analysis, for documents (indexer) and queries (server) alike:
 * `analyze` tokenizes with offsets into the original text, normalizes and stems; `normalize`
 * applies the same character rules to a whole string (`normalizeWithOffsets` also maps each unit
 * back to the original); `stem`, `stemParts`, `splitClitics` and `isStopWord` work on one normalized word. All of it is driven by `FILTERS` in `pipeline.ts`. Pure functions; no I/O.
 */
import { normalizeWith, normalizeWithOffsets as offsetsWith } from './char-table.ts';
import type { Filter } from './filters/filter.ts';
import { stemArabic } from './filters/stem-arabic.ts';
import { FILTERS, compilePipeline } from './pipeline.ts';
import type { CompiledPipeline } from './pipeline.ts';
import { tokenize } from './tokenizer.ts';
import type { Token } from './token.ts';

export { stem, stemParts } from './stemmer.ts';
export {
  cliticReadings,
  encliticHosts,
  endsWithArticle,
  isPlaceName,
  nameStem,
  procliticForms,
  splitClitics,
} from './clitics.ts';
export { isStopWord } from './stop-words.ts';
export { FILTERS, RULE_NAMES } from './pipeline.ts';
export type { Script, Token } from './token.ts';

/** Options for `analyze` and `normalize`. Both fields are for tests and experiments. */
export interface AnalyzeOptions {
  /** Names of character rules, stages or token filters to switch off. Default: none. */
  readonly disable?: readonly string[];
  /** The chain to run. Default: `FILTERS`. */
  readonly filters?: readonly Filter[];
}

/**
 * Tokens of `text`: `[start, end)` in the original string (whole word: clitics, diacritics),
 * normalized `surface`, light `stem` (Arabic only), `script`, and `stop` flag.
 */
export function analyze(text: string, options?: AnalyzeOptions): Token[] {
  return run(text, options === undefined ? defaults() : compilePipeline(options.filters ?? FILTERS, options.disable));
}

/**
 * `analyze(text)` without the stemmer: offsets, normalized `surface`, `script` and `stop` flags, with
 * `stem` left as the surface. For callers that read no stems (the names vocabulary, which otherwise paid
 * for a stem of every word of the collection a second time: indexer/arabic/names/vocabulary.ts).
 */
export function analyzeUnstemmed(text: string): Token[] {
  return run(text, (compiledUnstemmed ??= compilePipeline(FILTERS, [stemArabic.name])));
}

function run(text: string, { table, tokenFilters }: CompiledPipeline): Token[] {
  const tokens = tokenize(text, table);
  if (tokenFilters.length === 0) return tokens;
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    let token: Token | null = tokens[i];
    for (const filter of tokenFilters) {
      if (filter.applies !== undefined && !filter.applies(token)) continue;
      token = filter.apply(token, text);
      if (token === null) break;
    }
    if (token !== null) tokens[kept++] = token;
  }
  tokens.length = kept;
  return tokens;
}

/**
 * The normalized surfaces of `analyze(text)`, without the filters that only add fields (stems, stop
 * flags): for callers that read surfaces only (the country lookup), which otherwise paid for a stem
 * of every word of every document a second time (extract/countries.ts).
 */
export function surfaces(text: string): string[] {
  const { table, tokenFilters } = defaults();
  const needed = tokenFilters.filter((f) => f.keepsSurface !== true);
  const tokens = needed.length === 0 ? tokenize(text, table) : analyze(text);
  return tokens.map((t) => t.surface);
}

/** `text` with every character rule applied (idempotent); separators are kept as they are. */
export function normalize(text: string, options?: AnalyzeOptions): string {
  const { table } = options === undefined ? defaults() : compilePipeline(options.filters ?? FILTERS, options.disable);
  return normalizeWith(table, text);
}

/**
 * `normalize(text)` and, for each of its UTF-16 units, the index in `text` it came from (plus
 * `text.length` at the end): for patterns matched on normalized text that must cut the original.
 */
export function normalizeWithOffsets(text: string, options?: AnalyzeOptions): { text: string; offsets: number[] } {
  const { table } = options === undefined ? defaults() : compilePipeline(options.filters ?? FILTERS, options.disable);
  return offsetsWith(table, text);
}

let compiledDefaults: CompiledPipeline | undefined;
/** The default pipeline without the stemmer (analyzeUnstemmed), compiled on first use too. */
let compiledUnstemmed: CompiledPipeline | undefined;

/** The default pipeline, compiled on first use (about 30 ms) and kept: the per-call fast path. */
function defaults(): CompiledPipeline {
  return (compiledDefaults ??= compilePipeline(FILTERS));
}
