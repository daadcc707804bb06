/**
 * The judged query set of `npm run eval:relevance`, over `seeds/`, the fixtures in
 * `test/eval/fixtures/` and the generated Quran distractors. `relevant` lists the documents (by the
 * `source` the API returns) a reader would want for the query, judged by reading them; the
 * distractors are never relevant unless `distractorsContaining` says that a distractor holding the
 * word is (the Quran names Egypt). `forms` gives the Arabic spellings a Latin word stands for, for
 * the strict check (word-forms.ts). The issue 13 examples are the `confusable` category.
 */
export type Category =
  | 'clitic'
  | 'diacritics'
  | 'orthography'
  | 'digits'
  | 'phrase'
  | 'name-arabic'
  | 'name-latin'
  | 'absent'
  | 'confusable';

export interface JudgedQuery {
  category: Category;
  q: string;
  /** What the query means, in English. */
  meaning: string;
  relevant: string[];
  forms?: Record<string, string[]>;
  distractorsContaining?: boolean;
}

const S0 = 'seeds/000_3670360dc7454bca.txt'; // Chinese–Russian border talks, 2019 (كوليسوف، المعابر)
const S1 = 'seeds/001_f5596eefdf532ee4.txt'; // Patrushev: Moscow and Beijing united on security
const S2 = 'seeds/002_1268e0e4d860bb94.txt'; // Chen Wenqing at a security meeting in Russia
const S3 = 'seeds/003_02c0424bc318fe58.txt'; // Guo Shengkun in Ufa with Armenia, Afghanistan, Serbia, 2019
const S4 = 'seeds/004_7ef82ad4fe3cbf5e.txt'; // China and Vietnam against crime, Hanoi 2021
const SEEDS = [S0, S1, S2, S3, S4];
const fx = (name: string): string => `fixtures/${name}.txt`;

export const QUERIES: readonly JudgedQuery[] = [
  // Clitics glued to the word: the bare word's documents.
  { category: 'clitic', q: 'بموسكو', meaning: 'in Moscow', relevant: [S1, fx('theatre-in-moscow')] },
  { category: 'clitic', q: 'والصين', meaning: 'and China', relevant: [...SEEDS, fx('vocalized-visit')] },
  { category: 'clitic', q: 'لبكين', meaning: 'to Beijing', relevant: [S0, S1] },
  { category: 'clitic', q: 'للهجرة', meaning: 'for immigration', relevant: [S0, S4] },
  { category: 'clitic', q: 'وفيتنام', meaning: 'and Vietnam', relevant: [S4, fx('vietnam-rice')] },
  { category: 'clitic', q: 'بالمعابر', meaning: 'at the crossings', relevant: [S0, fx('crossings-reopened')] },
  // A first letter the clitic model reads differently bare and after the article (وزير = و + زير, الوزير
  // = ال + وزير): the collection writes only the other kind.
  {
    category: 'clitic',
    q: 'الوزير',
    meaning: 'the minister (written وزير, ووزير, وزيرا, وَزيرَ here)',
    relevant: [
      S3,
      S4,
      fx('childrens-hospital'),
      fx('egypt-energy'),
      fx('amman-visit'),
      fx('iran-turkey-border'),
      fx('vocalized-visit'),
    ],
    distractorsContaining: true,
  },
  {
    category: 'clitic',
    q: 'الوزارة',
    meaning: 'the ministry (written وزارة, بوزارة, الوزارات, وزارتا here)',
    relevant: [S0, S1, S4, fx('vietnam-rice')],
  },

  // Diacritics in the query, or in the document only.
  { category: 'diacritics', q: 'الصِّين', meaning: 'China, vocalized', relevant: [...SEEDS, fx('vocalized-visit')] },
  { category: 'diacritics', q: 'مُوسْكُو', meaning: 'Moscow, vocalized', relevant: [S1, fx('theatre-in-moscow')] },
  { category: 'diacritics', q: 'الأَمْطَار', meaning: 'the rain, vocalized', relevant: [fx('heavy-rain')] },
  {
    category: 'diacritics',
    q: 'الجزائر',
    meaning: 'Algeria (a document has it fully vocalized)',
    relevant: [fx('vocalized-visit'), fx('carthage-festival')],
  },

  // Orthographic variants: alef seats, alef maqsura, teh marbuta, hamza seats.
  { category: 'orthography', q: 'ايران', meaning: 'Iran without hamza', relevant: [fx('iran-turkey-border')] },
  { category: 'orthography', q: 'اوفا', meaning: 'Ufa without hamza', relevant: [S3] },
  { category: 'orthography', q: 'الاقليمي', meaning: 'regional without hamza', relevant: [S1, S3] },
  {
    category: 'orthography',
    q: 'مستشفي',
    meaning: 'hospital with ya for alef maqsura',
    relevant: [fx('childrens-hospital')],
  },
  { category: 'orthography', q: 'الاستراتيجيه', meaning: 'strategic with heh for teh marbuta', relevant: SEEDS },
  {
    category: 'orthography',
    q: 'مسئول',
    meaning: 'official, hamza on ya (the seeds also write مسؤول)',
    relevant: [S0, S2, S3],
  },

  // Digits: Arabic-Indic and ASCII are the same number.
  { category: 'digits', q: '٢٠١٩', meaning: '2019 in Arabic-Indic digits', relevant: [S0, S3, fx('oil-markets-2019')] },
  {
    category: 'digits',
    q: '2019',
    meaning: '2019 in ASCII digits (a fixture writes ٢٠١٩)',
    relevant: [S0, S3, fx('oil-markets-2019')],
  },
  { category: 'digits', q: '٢٠٢١', meaning: '2021 in Arabic-Indic digits', relevant: [S0, S4] },
  { category: 'digits', q: '٧٠ عاما', meaning: '70 years', relevant: [S0] },

  // Phrases, quoted and not.
  { category: 'phrase', q: '"مكافحة الإرهاب"', meaning: 'counter-terrorism', relevant: [S1, S3] },
  { category: 'phrase', q: '"إنفاذ القانون"', meaning: 'law enforcement', relevant: [S1, S2, S3] },
  { category: 'phrase', q: '"جمهورية الصين الشعبية"', meaning: "the People's Republic of China", relevant: [S0] },
  { category: 'phrase', q: '"مجلس الأمن الروسي"', meaning: 'the Russian Security Council', relevant: [S1, S2] },
  { category: 'phrase', q: 'مكافحة الجرائم', meaning: 'fighting crime', relevant: [S4] },
  {
    category: 'phrase',
    q: 'التعاون الأمني',
    meaning: 'security cooperation (every seed is about it; S3 has the phrase)',
    relevant: SEEDS,
  },

  // Names in Arabic script, including other spellings of the same name.
  { category: 'name-arabic', q: 'باتروشيف', meaning: 'Patrushev', relevant: [S1, S2] },
  { category: 'name-arabic', q: 'كوليسوف', meaning: 'Kolesov', relevant: [S0] },
  { category: 'name-arabic', q: 'ناريشكين', meaning: 'Naryshkin', relevant: [S2] },
  { category: 'name-arabic', q: 'شي جين بينغ', meaning: 'Xi Jinping', relevant: [S0, S1, S2] },
  {
    category: 'name-arabic',
    q: 'قوه شنغ كون',
    meaning: 'Guo Shengkun (S1 writes غو شنغ كون)',
    relevant: [S1, S3],
    forms: { قوه: ['قوه', 'غو'] },
  },
  {
    category: 'name-arabic',
    q: 'غريغوريان',
    meaning: 'Grigoryan, Levantine spelling (S3 writes جريجوريان)',
    relevant: [S3],
    forms: { غريغوريان: ['غريغوريان', 'جريجوريان'] },
  },

  // Names in Latin letters: the Arabic spellings are the forms.
  {
    category: 'name-latin',
    q: 'Patrushev',
    meaning: 'باتروشيف',
    relevant: [S1, S2],
    forms: { Patrushev: ['باتروشيف'] },
  },
  {
    category: 'name-latin',
    q: 'Xi Jinping',
    meaning: 'شي جين بينغ',
    relevant: [S0, S1, S2],
    forms: { Xi: ['شي'], Jinping: ['جين بينغ', 'جينبينغ'] },
  },
  {
    category: 'name-latin',
    q: 'Guo Shengkun',
    meaning: 'قوه / غو شنغ كون',
    relevant: [S1, S3],
    forms: { Guo: ['قوه', 'غو', 'جو'], Shengkun: ['شنغ كون', 'شنغكون'] },
  },
  { category: 'name-latin', q: 'Naryshkin', meaning: 'ناريشكين', relevant: [S2], forms: { Naryshkin: ['ناريشكين'] } },
  { category: 'name-latin', q: 'Putin', meaning: 'بوتين', relevant: [S1, S2], forms: { Putin: ['بوتين'] } },
  {
    category: 'name-latin',
    q: 'Moscow',
    meaning: 'موسكو',
    relevant: [S1, fx('theatre-in-moscow')],
    forms: { Moscow: ['موسكو'] },
  },
  {
    category: 'name-latin',
    q: 'Beijing',
    meaning: 'بكين',
    relevant: [S0, S1],
    forms: { Beijing: ['بكين', 'بيجين', 'بيجينغ'] },
  },
  { category: 'name-latin', q: 'Hanoi', meaning: 'هانوي', relevant: [S4], forms: { Hanoi: ['هانوي'] } },

  // Words absent from the collection: the right answer is nothing.
  { category: 'absent', q: 'البرازيل', meaning: 'Brazil', relevant: [] },
  { category: 'absent', q: 'الأرجنتين', meaning: 'Argentina', relevant: [] },
  { category: 'absent', q: 'فنزويلا', meaning: 'Venezuela', relevant: [] },
  { category: 'absent', q: 'Brazil', meaning: 'البرازيل', relevant: [], forms: { Brazil: ['البرازيل'] } },
  { category: 'absent', q: 'الإنترنت', meaning: 'the internet', relevant: [] },

  // Issue 13's examples: a word and another word one letter away, or two words read as one.
  {
    category: 'confusable',
    q: 'المعابر',
    meaning: 'the crossings (not المعارج, the Ascents)',
    relevant: [S0, fx('crossings-reopened')],
  },
  { category: 'confusable', q: 'الأمطار', meaning: 'the rain (not الإمارات, إطار)', relevant: [fx('heavy-rain')] },
  {
    category: 'confusable',
    q: 'عمان',
    meaning: 'Amman (not العام أن, "the year that")',
    relevant: [fx('amman-visit')],
  },
  {
    category: 'confusable',
    q: 'Egypt',
    meaning: 'مصر (not الموثرة, مسار)',
    relevant: [fx('egypt-energy'), fx('emirates-framework')],
    forms: { Egypt: ['مصر'] },
    distractorsContaining: true,
  },
  {
    category: 'confusable',
    q: 'فيتنام',
    meaning: 'Vietnam (not فتنا, "we tried")',
    relevant: [S4, fx('vietnam-rice')],
  },
  {
    category: 'confusable',
    q: 'الصين',
    meaning: 'China (not الصيف, summer)',
    relevant: [...SEEDS, fx('vocalized-visit')],
  },
];
