/**
 * Suffixes the light stemmer strips after the clitic model's proclitics (`rules/clitics.ts`), on
 * normalized words (ة is already ه, so ية is يه). Origin: Larkey et al. light10 / Lucene
 * `ArabicStemmer` (ها ان ات ون ين يه ية ه ة ي), reordered.
 *
 * One pass, in this order, each entry at most once, after the enclitic pronouns of `rules/clitics.ts`.
 * A pronoun or ه comes off before the plural under it, so the family of a word shares one stem:
 * `علاقاته` → `علاقات` → `علاق`; `الصينيين` → `صيني`, like `الصيني` and `الصينية` (the nisba itself
 * stays on short stems, see below). `ان` is late, because it is the least
 * reliable (it is also the end of many names: ايران, لبنان). A last ه after the plural is the
 * feminine under a plural: `ساهدهات` → `ساهده` → `ساهد` (Lucene's own test), `واجهات` like `واجهه`.
 *
 * Every suffix must leave ≥ 3 letters (Lucene: 2). Arabic stems are mostly three letters, and 2
 * would cut short names and nouns: `بكين` (Beijing) would become `بك`, `حسين` → `حس`.
 * ون ين ان must leave ≥ 4: on a five-letter word they are as often the word's own letters as a
 * plural or dual — تعاون cooperation, قانون law, مليون million, عشرين twenty, and the many names
 * and countries in ان (ايران, سلمان, عثمان, طهران) — while the cost, a dual or plural of a
 * three-letter noun kept whole (طرفان), is small; ات is a reliable plural, so it keeps 3.
 *
 * Measured with `npm run bench:peer` against the final tables (tune half; UD = UD-PUD conflation
 * recall/precision, SB = Snowball-class precision; final UD R 0.446 P 0.936, SB 0.885 before ل's beforeVerb floor of rules/clitics.ts; "all" = the
 * whole UD list, final P 0.800):
 * - nisba ي leaves ≥ 5, not 3: it merges noun and adjective (عالم world / عالمي global, تاريخ /
 *   تاريخي), which are different lemmas. At 4: UD P 0.893 (all 0.738); at 3 (Lucene's 2 is near
 *   it): UD P 0.838 (all 0.675), for UD R +0.002 / +0.006. The cost: Lucene's ساهدي, ساهديه, ساهدية
 *   → ساهد fail (we keep ساهدي), and الصيني no longer meets الصين (the country facet, which reads
 *   the gazetteer, still does); a nisba on a stem of 5+ letters still comes off (الإيراني → ايران).
 * - tanween-alef ا (the accusative يوماً → يوما once the fathatan is gone): without it, UD R 0.387.
 *   Names in ا lose it consistently (روسيا → روسي, like الروسي).
 * - one pass: repeating the pass until nothing changes gave UD P 0.932 and SB 0.867.
 */

export interface SuffixRule {
  readonly name: string;
  readonly suffix: string;
  readonly minRest: number;
  /**
   * Kept on a place name of rules/place-names.ts: ون ين end names as their own letters (فلسطين,
   * الكاميرون), and the nisba keeps them (الفلسطينية → فلسطين, الكاميروني → كاميرون). Not ان: the pass
   * takes it off the nisba too once ي is gone (الباكستانية → باكست), so the name loses it as well.
   */
  readonly keptOnPlaces?: true;
  /**
   * Not stripped when what remains is a place name of rules/place-names.ts: a place name is definite or
   * a diptote and never takes the tanween, so صينا (in وصينا "and we enjoined") is not الصين + ا, and
   * مصرا (a city, in the Quran) is not مصر (Egypt). Nor from a place name itself, whose final ا is its
   * own (كوبا is not كوب "cup", روما not روم "Romans"), but where the name's nisba meets what is left
   * (سوريا → سوري as السوري; بلجيكا → بلجيك as البلجيكي): clitics.ts `nisbaMeets`.
   */
  readonly notOntoPlaces?: true;
  /**
   * A dual ending, after which a feminine noun writes its ة as ت (مدينتين, مدينتان, مدينتا "two cities";
   * مدينة "city"). Which ت is a ة the stemmer cannot tell (ثابتين "fixed" keeps its own), so it takes
   * neither as certain: the ة reading is a second stem of the word (clitics.ts `feminineReading`,
   * indexed beside the stem like the other reading of a guessed clitic).
   */
  readonly afterTehMarbuta?: true;
  /**
   * A plural or dual ending. A word carries one: a second does not come off right after the first
   * (ستتوانين "you will slacken" is ستتوان + ين, not ستتو + ان + ين, the stem of ستتوهان "you two will
   * stray"), only once a nisba ي is off between them (الباكستانيين loses ين, ي, then ان: باكست, as
   * باكستان and الباكستاني do, see keptOnPlaces). Measured:
   * Snowball-class precision 0.856 → 0.858, UD-PUD unchanged (R 0.511, P 0.798 → 0.799).
   */
  readonly inflection?: true;
  /**
   * An ending Arabic puts on nouns and adjectives and never on a foreign name: the plural and dual
   * endings, the accusative's alef, the feminine ة (ه once normalized, also the pronoun "his", which a
   * foreign name does not take either). The names vocabulary reads a form the collection also writes
   * with one as an ordinary word (clitics.ts `nounEndingHosts`, names/vocabulary.ts): جين "gene" beside
   * جينات, and the form with the ending too (بردا beside برد). Measured there (docs/names.md, ninth and
   * eleventh sessions).
   */
  readonly nounEnding?: true;
  readonly source: string;
  /** `[word, stem(word)]`, run by the tests. */
  readonly example: readonly [string, string];
  readonly meaning: string;
}

export const SUFFIXES: readonly SuffixRule[] = [
  {
    name: 'tanween-alef',
    suffix: 'ا',
    minRest: 3,
    notOntoPlaces: true,
    afterTehMarbuta: true,
    nounEnding: true,
    source: 'our own, measured (see header)',
    example: ['يوماً', 'يوم'],
    meaning: 'a day (accusative)',
  },
  {
    name: 'heh',
    suffix: 'ه',
    minRest: 3,
    nounEnding: true,
    source: 'Larkey light10, Lucene (ه, ة)',
    example: ['علاقاته', 'علاق'],
    meaning: 'his relations',
  },
  {
    name: 'plural-un',
    suffix: 'ون',
    inflection: true,
    minRest: 4,
    keptOnPlaces: true,
    nounEnding: true,
    source: 'Larkey light10, Lucene',
    example: ['الباحثون', 'باحث'],
    meaning: 'the researchers',
  },
  {
    name: 'plural-in',
    suffix: 'ين',
    inflection: true,
    minRest: 4,
    keptOnPlaces: true,
    afterTehMarbuta: true,
    nounEnding: true,
    source: 'Larkey light10, Lucene',
    example: ['المسؤولين', 'مسءول'],
    meaning: 'the officials (genitive)',
  },
  {
    name: 'plural-at',
    suffix: 'ات',
    inflection: true,
    minRest: 3,
    nounEnding: true,
    source: 'Larkey light10, Lucene',
    example: ['المباحثات', 'مباحث'],
    meaning: 'the talks',
  },
  {
    name: 'nisba',
    suffix: 'ي',
    minRest: 5,
    source: 'Larkey light10, Lucene',
    example: ['الإيراني', 'ايران'],
    meaning: 'the Iranian: a nisba on a 5-letter stem',
  },
  {
    name: 'dual-an',
    suffix: 'ان',
    inflection: true,
    minRest: 4,
    afterTehMarbuta: true,
    nounEnding: true,
    source: 'Larkey light10, Lucene',
    example: ['الجانبان', 'جانب'],
    meaning: 'the two sides',
  },
  {
    name: 'feminine-under-plural',
    suffix: 'ه',
    minRest: 3,
    source: 'Lucene (ه after ات in one pass)',
    example: ['ساهدهات', 'ساهد'],
    meaning: 'Lucene test word: feminine ه under the plural',
  },
];

/**
 * A verb's subject suffix left before an object pronoun (Ryding, "A Reference Grammar of Modern Standard
 * Arabic", the perfect's subject suffixes; the silent alef of وا and the و added to تم are written only
 * there): قالوها "they said it" is قال + و + ها. Once the pronoun table (`rules/clitics.ts` ENCLITICS) has
 * taken the pronoun, these come off as the word's second reading (clitics.ts `verbSubjectReading`),
 * longest first, leaving at least 3 letters. Only after a pronoun: alone, تم and و end nouns (ختم, عضو).
 * Ninth session, whole lists (`npm run bench:peer`): Snowball classes P 0.876 → 0.878 (R 0.097 →
 * 0.100), Golden Corpus R 0.204 → 0.212, UD-PUD unchanged (R 0.513, P 0.799). The feminine plural's ن
 * too (أيلنها) added SB 0.001 but reads nouns in ن (بيانها, مكانها → بيا, مكا): not taken.
 */
export const SUBJECT_SUFFIXES: readonly {
  readonly suffix: string;
  readonly example: readonly [string, string];
  readonly meaning: string;
}[] = [
  { suffix: 'تمو', example: ['عرفتموها', 'عرف'], meaning: 'you (pl.) knew her / he knew' },
  { suffix: 'تم', example: ['شكرتماهم', 'شكر'], meaning: 'you two thanked them (تما, its ا off) / he thanked' },
  { suffix: 'و', example: ['اعتبروها', 'اعتبر'], meaning: 'they considered her / he considered' },
];
