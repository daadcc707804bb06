/**
 * Suffixes the light stemmer strips, on normalized words (ة is already ه, so ية is يه).
 * Origin: Larkey et al. light10 / Lucene `ArabicStemmer` (ها ان ات ون ين يه ية ه ة ي), reordered.
 *
 * One pass, in this order, each suffix at most once. The order differs from Lucene's so that a
 * pronoun or nisba comes off before the plural or dual under it, which makes the family of a
 * word share one stem: `علاقاته` → `علاقات` → `علاق`; `الصينيين` → `صيني` → `صين`, like `الصيني`,
 * `الصينية` and `الصين` (nisba adjectives meet their country). `ان` is last, because it is the
 * least reliable (it is also the end of many names: ايران, لبنان).
 *
 * Every suffix must leave ≥ 3 letters (Lucene: 2). Arabic stems are mostly three letters, and 2
 * would cut short names and nouns: `بكين` (Beijing) would become `بك`, `حسين` → `حس`.
 * ون ين ان must leave ≥ 4: on a five-letter word they are as often the word's own letters as a
 * plural or dual — تعاون cooperation, قانون law, مليون million, عشرين twenty, and the many names
 * and countries in ان (ايران, سلمان, عثمان, طهران) — while the cost, a dual or plural of a
 * three-letter noun kept whole (طرفان), is small; ات is a reliable plural, so it keeps 3.
 */

export interface SuffixRule {
  readonly name: string;
  readonly suffix: string;
  readonly minRest: number;
  readonly source: string;
  /** `[word, stem(word)]`, run by the tests. */
  readonly example: readonly [string, string];
  readonly meaning: string;
}

export const SUFFIXES: readonly SuffixRule[] = [
  { name: 'pronoun-ha', suffix: 'ها', minRest: 3, source: 'Larkey light10, Lucene', example: ['مكتباتها', 'مكتب'], meaning: 'her libraries' },
  { name: 'nisba-feminine', suffix: 'يه', minRest: 3, source: 'Larkey light10, Lucene (يه, ية)', example: ['الصينيه', 'صين'], meaning: 'the Chinese (fem.)' },
  { name: 'heh', suffix: 'ه', minRest: 3, source: 'Larkey light10, Lucene (ه, ة)', example: ['علاقاته', 'علاق'], meaning: 'his relations' },
  { name: 'plural-un', suffix: 'ون', minRest: 4, source: 'Larkey light10, Lucene', example: ['المسؤولون', 'مسوول'], meaning: 'the officials' },
  { name: 'plural-in', suffix: 'ين', minRest: 4, source: 'Larkey light10, Lucene', example: ['الصينيين', 'صين'], meaning: 'the Chinese (pl.)' },
  { name: 'plural-at', suffix: 'ات', minRest: 3, source: 'Larkey light10, Lucene', example: ['المباحثات', 'مباحث'], meaning: 'the talks' },
  { name: 'nisba', suffix: 'ي', minRest: 3, source: 'Larkey light10, Lucene', example: ['الصيني', 'صين'], meaning: 'the Chinese (masc.)' },
  { name: 'dual-an', suffix: 'ان', minRest: 4, source: 'Larkey light10, Lucene', example: ['الجانبان', 'جانب'], meaning: 'the two sides' },
];
