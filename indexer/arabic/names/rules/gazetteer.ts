/**
 * Acronyms, exonyms and demonyms: Latin words whose Arabic is not a transliteration, so the sound
 * model cannot reach it (stage: indexer/arabic/names, pure data). Kept small on purpose: a place or
 * person spelled by sound (Patrushev, Kuwait, BRICS → بريكس) belongs to the model, not here.
 *
 * `latin` is folded (../latin-fold.ts); `arabic` is one or more words as Arabic writes them, or already
 * normalized: the server folds them with the analyzer's `normalize` when it reads the table
 * (server/search/name-expansion.ts), so an entry always meets the collection's words however the
 * normalizer folds (الجزائر → الجزاءر since ئ folds to ء).
 * A form is only offered when all its words occur in the collection. Sources per entry:
 * - CLDR 48 `cldr-localenames-full` territories (ar) and `cldr-dates-full` exemplar cities (ar): the
 *   Arabic of the English name. Only names of the TUNING half of the development set
 *   (test/bench/names-dev-set.ts) may be listed; test/unit/names/dev-set.test.ts checks it.
 * - Arabic Wikipedia article titles for organisations and people (acronyms).
 * - Demonyms: the nisba adjective of the Arabic name (مصر → مصري، المصريه), Arabic grammar.
 */
export interface GazetteerEntry {
  readonly latin: readonly string[];
  readonly arabic: readonly string[];
  readonly kind: 'acronym' | 'exonym' | 'demonym';
  readonly source: string;
}

const CLDR = 'CLDR 48 territories / exemplar cities (ar)';
const WIKI_AR = 'Arabic Wikipedia article title';

export const GAZETTEER: readonly GazetteerEntry[] = [
  // acronyms
  { latin: ['mbs'], arabic: ['محمد بن سلمان'], kind: 'acronym', source: `${WIKI_AR} محمد بن سلمان آل سعود` },
  { latin: ['mbz'], arabic: ['محمد بن زايد'], kind: 'acronym', source: `${WIKI_AR} محمد بن زايد آل نهيان` },
  {
    latin: ['sco'],
    arabic: ['شنغهاي للتعاون', 'منظمه شنغهاي'],
    kind: 'acronym',
    source: `${WIKI_AR} منظمة شنغهاي للتعاون`,
  },
  { latin: ['un', 'onu'], arabic: ['الامم المتحده'], kind: 'acronym', source: `${WIKI_AR} الأمم المتحدة` },
  { latin: ['eu'], arabic: ['الاتحاد الاوروبي'], kind: 'acronym', source: `${WIKI_AR} الاتحاد الأوروبي` },
  { latin: ['uae'], arabic: ['الامارات'], kind: 'acronym', source: `${WIKI_AR} الإمارات العربية المتحدة` },
  {
    latin: ['usa', 'us'],
    arabic: ['الولايات المتحده', 'امريكا'],
    kind: 'acronym',
    source: `${WIKI_AR} الولايات المتحدة`,
  },
  { latin: ['gcc'], arabic: ['مجلس التعاون'], kind: 'acronym', source: `${WIKI_AR} مجلس التعاون لدول الخليج العربية` },
  // exonyms (tuning half of CLDR, or not in CLDR)
  { latin: ['egypt'], arabic: ['مصر'], kind: 'exonym', source: CLDR },
  { latin: ['china'], arabic: ['الصين'], kind: 'exonym', source: CLDR },
  { latin: ['germany'], arabic: ['المانيا'], kind: 'exonym', source: CLDR },
  { latin: ['greece'], arabic: ['اليونان'], kind: 'exonym', source: CLDR },
  { latin: ['india'], arabic: ['الهند'], kind: 'exonym', source: CLDR },
  { latin: ['emirates'], arabic: ['الامارات'], kind: 'exonym', source: `${WIKI_AR} الإمارات العربية المتحدة` },
  { latin: ['alexandria'], arabic: ['الاسكندريه'], kind: 'exonym', source: `${WIKI_AR} الإسكندرية` },
  { latin: ['beijing', 'peking'], arabic: ['بكين'], kind: 'exonym', source: `${WIKI_AR} بكين` },
  { latin: ['damascus', 'damas'], arabic: ['دمشق'], kind: 'exonym', source: CLDR },
  { latin: ['algiers', 'alger', 'algeria', 'algerie'], arabic: ['الجزائر'], kind: 'exonym', source: CLDR },
  { latin: ['austria', 'autriche'], arabic: ['النمسا'], kind: 'exonym', source: CLDR },
  { latin: ['tripoli'], arabic: ['طرابلس'], kind: 'exonym', source: CLDR },
  { latin: ['aleppo', 'alep'], arabic: ['حلب'], kind: 'exonym', source: `${WIKI_AR} حلب` },
  { latin: ['mecca', 'makkah'], arabic: ['مكه'], kind: 'exonym', source: `${WIKI_AR} مكة` },
  // demonyms
  {
    latin: ['egyptian', 'egyptians'],
    arabic: ['المصري', 'المصريه', 'مصري', 'المصريين'],
    kind: 'demonym',
    source: 'nisba of مصر',
  },
  { latin: ['chinese'], arabic: ['الصيني', 'الصينيه', 'صيني', 'الصينيين'], kind: 'demonym', source: 'nisba of الصين' },
  { latin: ['emirati'], arabic: ['الاماراتي', 'الاماراتيه', 'اماراتي'], kind: 'demonym', source: 'nisba of الامارات' },
  { latin: ['saudi'], arabic: ['السعوديه', 'السعودي', 'سعودي'], kind: 'demonym', source: 'nisba of آل سعود' },
  { latin: ['russian'], arabic: ['الروسي', 'الروسيه', 'روسي'], kind: 'demonym', source: 'nisba of روسيا' },
];
