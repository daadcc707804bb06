/**
 * The analysis chain, in the one list that names every stage (charabia's `NORMALIZERS`, Lucene's
 * `ArabicAnalyzer.createComponents`): character rule tables first, then token filters. Documents and
 * queries go through the same list. `compilePipeline` turns a list (minus disabled rules) into the
 * character lookup the tokenizer uses during its single scan, plus the token filters, and caches it.
 *
 * The ORDER of the character stages has no effect: they compile into one table in which each
 * character is folded by all rules until nothing changes (char-table.ts), so ﻻ → لا and then any
 * rule on ل or ا apply whichever comes first in the list (a test reverses them and compares every
 * BMP character). They are listed by concern, for reading. The order of the token filters does
 * matter, and each line says why.
 */
import { compileCharTable } from './char-table.ts';
import type { CharTable } from './char-table.ts';
import { charStage } from './filters/filter.ts';
import type { Filter, TokenFilter } from './filters/filter.ts';
import { markStopWords } from './filters/mark-stop-words.ts';
import { stemArabic } from './filters/stem-arabic.ts';
import { COMPATIBILITY_FORMS } from './rules/compatibility-forms.ts';
import { DIGITS } from './rules/digits.ts';
import { FORMAT_CONTROLS } from './rules/format-controls.ts';
import { LATIN } from './rules/latin.ts';
import { LETTER_FOLDING } from './rules/letter-folding.ts';
import { MARKS } from './rules/marks.ts';
import { PHRASE_LIGATURES, PRESENTATION_FORMS } from './rules/presentation-forms.ts';
import { PUNCTUATION } from './rules/punctuation.ts';

export const FILTERS: readonly Filter[] = [
  // Character stages (any order: one fixpoint table).
  charStage('presentation-forms', PRESENTATION_FORMS), // ﻻ → لا, ﷲ → الله
  charStage('phrase-ligatures', PHRASE_LIGATURES), // ﷺ → four words, each a token spanning the ligature
  charStage('compatibility-forms', COMPATIBILITY_FORMS), // ﬁ → fi, Ｇ → G
  charStage('format-controls', FORMAT_CONTROLS), // ZWNJ, bidi controls removed; NBSP → space
  charStage('marks', MARKS), // harakat, tatweel, Quranic marks: a word's letters only
  charStage('punctuation', PUNCTUATION), // ، ؛ ؟ → , ; ? so they separate tokens
  charStage('letter-folding', LETTER_FOLDING), // أ → ا, ى → ي, ة → ه, ؤ ئ → ء, Persian forms
  charStage('digits', DIGITS), // ٢٠١٩ → 2019
  charStage('latin', LATIN), // accents, lowercase, apostrophes
  // Token filters (in this order).
  markStopWords, // sees the normalized surface with its clitics (وفي is on the list), before stemming
  stemArabic, // last: nothing reads the stem after it
];

export interface CompiledPipeline {
  readonly table: CharTable;
  readonly tokenFilters: readonly TokenFilter[];
}

/** Every character rule name in `FILTERS`, for `disable` and for tests. */
export const RULE_NAMES: readonly string[] = FILTERS.flatMap((f) =>
  f.kind === 'chars' ? f.rules.map((r) => r.name) : [f.name],
);

const cache = new WeakMap<readonly Filter[], Map<string, CompiledPipeline>>();

/**
 * Compiles `filters` without the rules or filters named in `disable`. Throws when a character
 * stage follows a token filter (it could not run during the scan) or a name is unknown.
 */
export function compilePipeline(
  filters: readonly Filter[] = FILTERS,
  disable: readonly string[] = [],
): CompiledPipeline {
  const key = [...disable].sort().join(',');
  let byKey = cache.get(filters);
  const hit = byKey?.get(key);
  if (hit) return hit;

  const known = new Set(
    filters.flatMap((f) => (f.kind === 'chars' ? [f.name, ...f.rules.map((r) => r.name)] : [f.name])),
  );
  for (const name of disable) {
    if (!known.has(name)) throw new Error(`arabic: unknown rule or filter "${name}"; known: ${[...known].join(', ')}`);
  }
  const off = new Set(disable);
  const rules = [];
  const tokenFilters: TokenFilter[] = [];
  for (const f of filters) {
    if (f.kind === 'chars') {
      if (tokenFilters.length > 0)
        throw new Error(`arabic: character stage "${f.name}" must come before the token filters`);
      if (!off.has(f.name)) rules.push(...f.rules.filter((r) => !off.has(r.name)));
    } else if (!off.has(f.name)) {
      tokenFilters.push(f);
    }
  }
  const compiled: CompiledPipeline = { table: compileCharTable(rules), tokenFilters };
  if (!byKey) cache.set(filters, (byKey = new Map()));
  byKey.set(key, compiled);
  return compiled;
}
