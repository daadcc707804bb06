/**
 * Stop words: flagged (`stop: true`), never dropped, so a query made only of stop words still
 * finds something and ranking may ignore them. The Arabic list is Lucene's `ar/stopwords.txt`
 * (119 words by Jacques Savoy, University of Neuchâtel, BSD license; the list behind Elasticsearch's
 * `arabic` analyzer), stored here already normalized (أ إ آ → ا, ى → ي, ة → ه), which merges
 * Lucene's redundant spellings into 88 entries. It includes clitic forms (`وفي`, `بان`) because
 * it is matched against the surface, before stemming. Note `علي` is both `على` (on) and the name
 * Ali after folding: flagged, which only affects ranking. A few English ones cover Latin runs.
 */

// Lucene / Savoy Arabic stop words, normalized. Order as in the original file.
export const ARABIC_STOP_WORDS: readonly string[] = [
  // prepositions and conjunctions, with their clitic forms
  'من',
  'ومن',
  'منها',
  'منه',
  'في',
  'وفي',
  'فيها',
  'فيه',
  'و',
  'ف',
  'ثم',
  'او',
  'ب',
  'بها',
  'به',
  'ا',
  'اي',
  'لا',
  'ولا',
  'الا',
  'لكن',
  'ما',
  'وما',
  'كما',
  'فما',
  'عن',
  'مع',
  'اذا',
  // anna/inna and their pronoun and clitic forms
  'ان',
  'انها',
  'انه',
  'بان',
  'فان',
  'وان',
  // relatives
  'التي',
  'الذي',
  'الذين',
  // more prepositions and particles
  'الي',
  'علي',
  'عليها',
  'عليه',
  'اما',
  'ايضا',
  'كل',
  'وكل',
  'لم',
  'ولم',
  'لن',
  'ولن',
  // pronouns and demonstratives
  'هي',
  'هو',
  'وهي',
  'وهو',
  'فهي',
  'فهو',
  'انت',
  'لك',
  'لها',
  'له',
  'هذه',
  'هذا',
  'تلك',
  'ذلك',
  'هناك',
  // kana and its forms
  'كانت',
  'كان',
  'يكون',
  'تكون',
  'وكانت',
  'وكان',
  // adverbs and quantifiers
  'غير',
  'بعض',
  'قد',
  'نحو',
  'بين',
  'بينما',
  'منذ',
  'ضمن',
  'حيث',
  'الان',
  'خلال',
  'بعد',
  'قبل',
  'حتي',
  'عند',
  'عندما',
  'لدي',
  'جميع',
];

// A few English function words, lowercased: Latin runs in Arabic news are mostly names.
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
];

const STOP_SET: ReadonlySet<string> = new Set([...ARABIC_STOP_WORDS, ...ENGLISH_STOP_WORDS]);

/** True when the normalized word (Arabic, or lowercased Latin) is on a stop list. */
export function isStopWord(normalizedWord: string): boolean {
  return STOP_SET.has(normalizedWord);
}
