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
  // Places of Arabic news that Arabic calls by another language's name or by a translation (Arabic
  // Wikipedia titles): the sound model cannot reach them from the English spelling. Two-word Latin
  // names are keyed joined, as the expansion joins a two-word span (westbank).
  { latin: ['switzerland', 'suisse'], arabic: ['سويسرا'], kind: 'exonym', source: `${WIKI_AR} سويسرا` },
  { latin: ['brussels', 'bruxelles'], arabic: ['بروكسل'], kind: 'exonym', source: `${WIKI_AR} بروكسل` },
  { latin: ['athens'], arabic: ['أثينا'], kind: 'exonym', source: `${WIKI_AR} أثينا` },
  { latin: ['munich'], arabic: ['ميونخ'], kind: 'exonym', source: `${WIKI_AR} ميونخ` },
  { latin: ['lisbon'], arabic: ['لشبونة'], kind: 'exonym', source: `${WIKI_AR} لشبونة` },
  { latin: ['venice'], arabic: ['البندقية'], kind: 'exonym', source: `${WIKI_AR} البندقية` },
  { latin: ['naples'], arabic: ['نابولي'], kind: 'exonym', source: `${WIKI_AR} نابولي` },
  { latin: ['geneva'], arabic: ['جنيف'], kind: 'exonym', source: `${WIKI_AR} جنيف` },
  { latin: ['hebron'], arabic: ['الخليل'], kind: 'exonym', source: `${WIKI_AR} الخليل` },
  { latin: ['telaviv'], arabic: ['تل أبيب'], kind: 'exonym', source: `${WIKI_AR} تل أبيب` },
  { latin: ['nazareth'], arabic: ['الناصرة'], kind: 'exonym', source: `${WIKI_AR} الناصرة` },
  { latin: ['tangier', 'tangiers', 'tanger'], arabic: ['طنجة'], kind: 'exonym', source: `${WIKI_AR} طنجة` },
  { latin: ['casablanca'], arabic: ['الدار البيضاء'], kind: 'exonym', source: `${WIKI_AR} الدار البيضاء` },
  { latin: ['fez', 'fes'], arabic: ['فاس'], kind: 'exonym', source: `${WIKI_AR} فاس` },
  { latin: ['sidon', 'saida'], arabic: ['صيدا'], kind: 'exonym', source: `${WIKI_AR} صيدا` },
  { latin: ['tyre'], arabic: ['صور'], kind: 'exonym', source: `${WIKI_AR} صور (لبنان)` },
  { latin: ['westbank'], arabic: ['الضفة الغربية'], kind: 'exonym', source: `${WIKI_AR} الضفة الغربية` },
  { latin: ['sinai'], arabic: ['سيناء'], kind: 'exonym', source: `${WIKI_AR} شبه جزيرة سيناء` },
  { latin: ['redsea'], arabic: ['البحر الأحمر'], kind: 'exonym', source: `${WIKI_AR} البحر الأحمر` },
  { latin: ['persiangulf', 'arabiangulf'], arabic: ['الخليج'], kind: 'exonym', source: `${WIKI_AR} الخليج العربي` },
  { latin: ['tunisia'], arabic: ['تونس'], kind: 'exonym', source: `${WIKI_AR} تونس` },
  { latin: ['saudiarabia'], arabic: ['السعودية'], kind: 'exonym', source: `${WIKI_AR} السعودية` },
  { latin: ['palestine', 'palestina'], arabic: ['فلسطين'], kind: 'exonym', source: `${WIKI_AR} فلسطين` },
  { latin: ['britain', 'greatbritain'], arabic: ['بريطانيا'], kind: 'exonym', source: `${WIKI_AR} المملكة المتحدة` },
  { latin: ['spain', 'espana'], arabic: ['إسبانيا'], kind: 'exonym', source: `${WIKI_AR} إسبانيا` },
  { latin: ['mexico'], arabic: ['المكسيك'], kind: 'exonym', source: `${WIKI_AR} المكسيك` },
  { latin: ['argentina'], arabic: ['الأرجنتين'], kind: 'exonym', source: `${WIKI_AR} الأرجنتين` },
  {
    latin: ['southafrica'],
    arabic: ['جنوب أفريقيا', 'جنوب إفريقيا'],
    kind: 'exonym',
    source: `${WIKI_AR} جنوب أفريقيا`,
  },
  { latin: ['comoros'], arabic: ['جزر القمر'], kind: 'exonym', source: `${WIKI_AR} جزر القمر` },
  { latin: ['mediterranean'], arabic: ['المتوسط'], kind: 'exonym', source: `${WIKI_AR} البحر الأبيض المتوسط` },
  { latin: ['euphrates'], arabic: ['الفرات'], kind: 'exonym', source: `${WIKI_AR} نهر الفرات` },
  { latin: ['tigris'], arabic: ['دجلة'], kind: 'exonym', source: `${WIKI_AR} نهر دجلة` },
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
