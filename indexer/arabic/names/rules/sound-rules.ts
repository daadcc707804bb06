/**
 * Latin letter groups → Arabic letters, with a cost per reading (stage: indexer/arabic/names, pure data).
 *
 * The alignment (../align.ts) is Levenshtein with one-to-many character equivalence classes, after
 * Freeman, Condon & Ackerman, "Cross Linguistic Name Matching in English and Arabic" (NAACL 2006): a Latin
 * group (one letter, a digraph like `sh`, a trigraph like `sch`) may be read as any of its Arabic
 * spellings at the listed cost; 0 is the usual spelling, 0.1–0.2 a common variant (emphatic for plain:
 * ص/س ط/ت ض/د, ق/ك/غ, ح/ه), 0.3–0.5 a rarer one. A reading of '' means the group is often unwritten in Arabic
 * (short vowels, silent letters). Anything not listed costs what ../align.ts says (ALIGN_COSTS).
 *
 * Arabic here is ALREADY NORMALIZED by the analyzer (أ إ آ ٱ → ا, ى → ي, ة → ه, ئ → ي, ؤ → و, پ → ب,
 * گ → ك, چ → ج, ڤ → ف): a reading may only use letters that survive normalization, and ALEF_MAQSURA
 * below (test/unit/names/sound-rules.test.ts checks every one). Latin is folded by ../latin-fold.ts
 * (lowercase, accents off; ş → sh, ç → ch, ğ → gh, č → ch, š → sh, ž → zh, đ → d, ß → ss).
 *
 * Each rule belongs to one romanization system and carries a tested example `[latin, arabic]`: the
 * alignment of the example costs more without the rule (the unit test switches each rule off).
 * Systems and their sources:
 * - common: English spellings of Arabic and foreign names in Arabic media; BGN/PCGN romanization of Arabic
 *   (1956) read backwards (sh ش, kh خ, gh غ, th ث, dh ذ).
 * - pinyin: Hanyu Pinyin initials and finals (ISO 7098) as the Xinhua Arabic service writes them
 *   (x ش, q/zh تش, -ng نغ, -e ه: شي جين بينغ, تشاو كه تشي).
 * - wade-giles: the Wade–Giles ↔ Pinyin correspondence table (Wikipedia "Wade–Giles": hs = x, ch' = q,
 *   ch = zh/j, k = g, t = d, p = b, ts = z, j = r).
 * - vietnamese: Vietnamese alphabet values (Wikipedia "Vietnamese alphabet": d/gi = z, x = s, nh = ñ,
 *   ph = f, tr, đ = d) as Arabic media write them (هو شي منه, نغوين شوان فوك).
 * - german: Duden transcription of Russian (sch ш, tsch ч, dsch дж, w в, -ow/-ew -ов/-ев, j й, s/z); German
 *   exonyms' -ien for -ia (Duden: Rumänien, Italien).
 * - french: French transcription of Russian and Arabic (ch ш/ش, ou у/و, dj ج, tch ч, -ine).
 * - turkish: the Turkish Latin alphabet (c = ج, ç = ch, ş = sh, ğ; v for w: Kuveyt): Recep رجب.
 * - uzbek: the Uzbek Latin alphabet of 1995 (Wikipedia "Uzbek alphabet": x = χ, Arabic-script خ; q = ق;
 *   o = the Persian-Arabic long a): Xorazm خوارزم, Andijon أنديجان.
 * - polish: Polish orthography (Wikipedia "Polish orthography": sz ʂ, cz ʈʂ, ch x, w v): Biszkek.
 * - spanish: Spanish orthography (Wikipedia "Spanish orthography": j x, z θ/s): Jartum; and the Spanish
 *   transcription of Arabic, which writes ج as y before a vowel (Wikipedia "Transcripción del árabe": Yeda).
 * - italian: Italian orthography (Wikipedia "Italian orthography": sc before i/e ʃ, gi dʒ, ci tʃ, the i
 *   silent before another vowel; c and cc before e, i tʃ): Mogadiscio مقديشو, Giacomo, Puccini بوتشيني.
 * - indonesian: Indonesian and Malay spelling (EYD, 1972; Wikipedia "Indonesian alphabet": sy ʃ), as the
 *   Arabic names of Indonesia and Malaysia are written: Syarif شريف.
 * - portuguese: Portuguese orthography (Wikipedia "Portuguese orthography": ão ɐ̃w̃): Sudão.
 * - arabizi: the Arabic chat alphabet (Wikipedia "Arabic chat alphabet"; DESIGN.md): 2 ء, 3 ع, 3' غ,
 *   5 خ, 6 ط, 7 ح, 7' خ, 8 ق/غ, 9 ص/ق.
 */

/**
 * ى (alef maqsura), the one letter a reading may use that normalization folds away (into ي): a form the
 * collection writes with a final ى is also aligned with it (server/search/name-expansion.ts formScore),
 * where it is a long a (Mustafa مصطفى, Musa موسى, Layla ليلى).
 */
export const ALEF_MAQSURA = 'ى';

/** Latin consonants: a rule with them as `notBefore` applies only before a vowel or at the word's end. */
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';
/** The same without y, which is a vowel after English ti and ci (Nova Scotia). */
const CONSONANTS_BUT_Y = 'bcdfghjklmnpqrstvwxz';
/** Every letter but e and i: a rule with them as `notBefore` applies only before e or i (or at the word's end). */
const NOT_FRONT_VOWELS = 'abcdfghjklmnopqrstuvwxyz';

export type RomanizationSystem =
  | 'common'
  | 'pinyin'
  | 'wade-giles'
  | 'vietnamese'
  | 'german'
  | 'french'
  | 'turkish'
  | 'uzbek'
  | 'polish'
  | 'spanish'
  | 'portuguese'
  | 'italian'
  | 'indonesian'
  | 'arabizi';

export interface SoundRule {
  /** Folded Latin letters (a–z, chat digits, `'`, `-` for particles). */
  readonly latin: string;
  /** Arabic readings (normalized letters) with their costs; '' = unwritten. */
  readonly arabic: readonly (readonly [string, number])[];
  /** Only at the start or the end of the word, or only inside it (neither its first nor its last letters). */
  readonly at?: 'start' | 'end' | 'inside';
  /** Not when the next Latin letter is one of these (Pinyin c and z before h are the digraphs ch, zh). */
  readonly notBefore?: string;
  /** Not when the previous Latin letter is one of these (Pinyin h after c, s, z is part of ch, sh, zh). */
  readonly notAfter?: string;
  readonly system: RomanizationSystem;
  /** A Latin spelling and its normalized Arabic, aligned more cheaply with the rule than without it. */
  readonly example: readonly [string, string];
}

/**
 * The article joined to a name with its sun letter doubled (Ennahda, Assabah: see the rules that use it):
 * what the doubled Latin letter may be in Arabic, and what each reading adds to JOINED_ARTICLE_COST. The
 * emphatic letters cost what the common rules charge for them (s → ص 0.15).
 */
const JOINED_SUN_LETTERS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  t: [
    ['ت', 0],
    ['ط', 0.15],
  ],
  d: [
    ['د', 0],
    ['ض', 0.15],
  ],
  r: [['ر', 0]],
  z: [
    ['ز', 0],
    ['ظ', 0.25],
  ],
  s: [
    ['س', 0],
    ['ص', 0.15],
  ],
  n: [['ن', 0]],
};
/**
 * The article joined so costs more than written apart (as-Sabah), and more than an opening ع (0.15): a
 * given name that opens on ع and a doubled letter is that name first (Azzam عزام before الزام, Essam
 * عصام). Tuning halves (eval:names): no figure moved at 0.1 or 0.2; none of their names is so written.
 */
const JOINED_ARTICLE_COST = 0.2;

/**
 * The Maghrebi article (la-, l-; see its rules) costs more than the joined sun-letter article: the Latin
 * spells neither the alef nor what follows it. Tuning halves unchanged; the faker proxy in the larger
 * collection matched one surname more (Lazzari الاسري).
 */
const MAGHREBI_ARTICLE_COST = 0.3;

export const SOUND_RULES: readonly SoundRule[] = [
  // ── common: vowels. Short vowels are unwritten in Arabic (cost 0.1 to drop), long ones are ا و ي.
  {
    latin: 'a',
    arabic: [
      ['ا', 0],
      ['', 0.1],
      ['ع', 0.3],
      ['ي', 0.5],
    ],
    system: 'common',
    example: ['bashar', 'بشار'],
  },
  // A word's first vowel sits on an alef (إ أ, normalized ا) or is ع: Italy ايطاليا, Omar عمر, Iraq العراق.
  { latin: 'a', arabic: [['ع', 0.15]], at: 'start', system: 'common', example: ['abbas', 'عباس'] },
  // ʿĀ- opening Arabic names (عادل Adel, عاطف Atef, عائشة Aisha): ع and the long a, one Latin letter.
  { latin: 'a', arabic: [['عا', 0.1]], at: 'start', system: 'common', example: ['atef', 'عاطف'] },
  // The hamza seats ئ ؤ fold to ء (indexer/arabic/rules/letter-folding.ts); Latin writes the seat's vowel
  // (Aisha عائشة, Luay لؤي, Raouf رؤوف), so a vowel may stand for ء.
  {
    latin: 'i',
    arabic: [['ء', 0.15]],
    system: 'common',
    example: ['aisha', 'عاءشه'],
  },
  { latin: 'u', arabic: [['ء', 0.15]], system: 'common', example: ['luay', 'لءي'] },
  { latin: 'y', arabic: [['ء', 0.2]], system: 'common', example: ['ayesha', 'عاءشه'] },
  // Arabic نب is said mb (iqlab): Jumblatt جنبلاط.
  { latin: 'mb', arabic: [['نب', 0.1]], system: 'common', example: ['jumblatt', 'جنبلاط'] },
  { latin: 'e', arabic: [['ء', 0.2]], system: 'common', example: ['raed', 'راءد'] },
  {
    latin: 'e',
    arabic: [
      ['ا', 0.05],
      ['اي', 0.1],
      ['ع', 0.15],
    ],
    at: 'start',
    system: 'common',
    example: ['estonia', 'استونيا'],
  },
  {
    latin: 'i',
    arabic: [
      ['ا', 0.05],
      ['اي', 0],
      ['ع', 0.15],
      // ع and the long i, one Latin letter (Issa عيسى, Issam عصام is ع alone).
      ['عي', 0.1],
    ],
    at: 'start',
    system: 'common',
    example: ['italy', 'ايطاليا'],
  },
  {
    latin: 'o',
    arabic: [
      ['او', 0],
      ['ا', 0.1],
      ['ع', 0.15],
      ['عو', 0.1],
    ],
    at: 'start',
    system: 'common',
    example: ['omar', 'عمر'],
  },
  {
    latin: 'u',
    arabic: [
      ['او', 0],
      ['ا', 0.1],
      ['ع', 0.15],
      ['عو', 0.1],
    ],
    at: 'start',
    system: 'common',
    example: ['ufa', 'اوفا'],
  },
  // English -y for a name Arabic ends in -يا or -ية (Italy ايطاليا, Sicily صقليه)
  {
    latin: 'y',
    arabic: [
      ['ي', 0],
      ['يا', 0.1],
      ['يه', 0.15],
    ],
    at: 'end',
    system: 'common',
    example: ['italy', 'ايطاليا'],
  },
  {
    latin: 'a',
    arabic: [
      ['ه', 0.05],
      ['ا', 0],
      // ى (alef maqsura), which the analyzer folds to ي, is heard as a (Musa موسى). At 0.15 Mustafa مصطفى
      // and one more pair-set name match, but so does Apia ابي on the tuning half: kept at 0.25.
      ['ي', 0.25],
      // A form the collection writes with ى is also read with it (server/search/name-expansion.ts
      // formScore): then the a is all but sure (Mustafa مصطفى). Not 0, as ا: Gaza is غزة before غزى.
      [ALEF_MAQSURA, 0.1],
      // a final hamza after the long a is not written in Latin: Sanaa صنعاء, Zarqa الزرقاء, Alaa علاء
      ['اء', 0.1],
    ],
    at: 'end',
    system: 'common',
    example: ['gaza', 'غزه'],
  }, // ة; ى (مصطفى)
  {
    latin: 'ah',
    arabic: [
      ['ه', 0],
      ['اه', 0.05],
      ['ح', 0.1],
      ['ا', 0.1],
    ],
    at: 'end',
    system: 'common',
    example: ['jeddah', 'جده'],
  },
  {
    latin: 'e',
    arabic: [
      ['', 0.1],
      ['ي', 0.1],
      ['ا', 0.3],
      ['ع', 0.4],
    ],
    system: 'common',
    example: ['medvedev', 'ميدفيديف'],
  },
  {
    latin: 'e',
    arabic: [
      ['ه', 0.1],
      ['ي', 0.05],
      ['', 0.05],
    ],
    at: 'end',
    system: 'common',
    example: ['poutine', 'بوتين'],
  },
  {
    latin: 'i',
    arabic: [
      ['ي', 0],
      ['', 0.1],
      // English long i (the i of "bye": Biden بايدن, Mike مايك)
      ['اي', 0.15],
      ['ا', 0.35],
      ['ع', 0.4],
    ],
    system: 'common',
    example: ['kirill', 'كيريل'],
  },
  // English igh is the long i (Brighton برايتون, Wright رايت): the gh is silent.
  { latin: 'igh', arabic: [['اي', 0.05]], system: 'common', example: ['brighton', 'برايتون'] },
  // English "magic e": a before one consonant and a final e is the long a of "Yale", which Arabic writes ي
  // (Wikipedia "English orthography", silent e: Yale ييل, Blake بليك, Kate كيت).
  ...(
    [
      ['ace', 'يس', 'grace', 'غريس'],
      ['ade', 'يد', 'wade', 'ويد'],
      ['ake', 'يك', 'blake', 'بليك'],
      ['ale', 'يل', 'yale', 'ييل'],
      ['ane', 'ين', 'jane', 'جين'],
      ['ape', 'يب', 'cape', 'كيب'],
      ['ate', 'يت', 'kate', 'كيت'],
      ['ave', 'يف', 'dave', 'ديف'],
    ] as const
  ).map(([latin, arabic, word, written]): SoundRule => ({
    latin,
    arabic: [[arabic, 0.05]],
    at: 'end',
    system: 'common',
    example: [word, written],
  })),
  {
    latin: 'o',
    arabic: [
      ['و', 0],
      ['', 0.1],
      ['ا', 0.35],
      ['ع', 0.4],
    ],
    system: 'common',
    example: ['bolton', 'بولتون'],
  },
  {
    latin: 'u',
    arabic: [
      ['و', 0],
      ['', 0.1],
      ['ا', 0.4],
      ['ع', 0.4],
    ],
    system: 'common',
    example: ['kuwait', 'كويت'],
  },
  // y is a consonant or ي; it is unwritten only inside the digraphs below (ay, ey). Beside a vowel it is
  // always the consonant: dropping it costs this rule's 0.5 (align.ts consonantY), not a vowel's 0.15.
  {
    latin: 'y',
    arabic: [
      ['ي', 0],
      ['', 0.5],
    ],
    system: 'common',
    example: ['yasser', 'ياسر'],
  },
  {
    latin: 'w',
    arabic: [
      ['و', 0],
      ['ف', 0.3],
    ],
    system: 'common',
    example: ['kuwait', 'كويت'],
  },
  {
    latin: 'aa',
    arabic: [
      ['ا', 0],
      ['اء', 0.1],
      // Arabic has no two vowels in a row: a doubled a is a long a or a glottal between two a's (Saad سعد,
      // Raad رعد, Baath بعث), never two unwritten short a's (Saad is not سد, dam). At 0.2 سد ranked first;
      // at 0.1 the given-name set's tuning half recall@1 549 → 551 of 598, nothing else changed.
      ['ع', 0.1],
      // the doubled a of English spellings is often ع and the long a after it (Shaaban شعبان, Daraa درعا)
      ['عا', 0.15],
    ],
    system: 'common',
    example: ['saad', 'سعد'],
  },
  // …and at the end, with the final hamza Latin leaves unwritten (Sanaa صنعاء, Safaa صفاء)
  { latin: 'aa', arabic: [['عاء', 0.15]], at: 'end', system: 'common', example: ['sanaa', 'صنعاء'] },
  { latin: 'ee', arabic: [['ي', 0]], system: 'common', example: ['sheen', 'شين'] },
  { latin: 'oo', arabic: [['و', 0]], system: 'common', example: ['noor', 'نور'] },
  {
    latin: 'ei',
    arabic: [
      ['اي', 0.1],
      ['ي', 0.05],
    ],
    system: 'common',
    example: ['sergei', 'سيرغي'],
  },
  {
    latin: 'ey',
    arabic: [
      ['ي', 0.05],
      ['اي', 0.1],
    ],
    system: 'common',
    example: ['sergey', 'سيرغي'],
  },
  {
    latin: 'ia',
    arabic: [
      ['يه', 0],
      ['يا', 0],
    ],
    at: 'end',
    system: 'common',
    example: ['alexandria', 'الاسكندريه'],
  },
  {
    latin: 'ie',
    arabic: [
      ['ي', 0.05],
      ['يي', 0.1],
    ],
    system: 'common',
    example: ['friedrich', 'فريدريش'],
  },
  // English ti and ci before a vowel are said sh (Mauritius موريشيوس, Patricia باتريشيا, Nova Scotia)
  {
    latin: 'ti',
    arabic: [['شي', 0.2]],
    at: 'inside',
    notBefore: CONSONANTS_BUT_Y,
    system: 'common',
    example: ['mauritius', 'موريشيوس'],
  },
  {
    latin: 'ci',
    arabic: [['شي', 0.2]],
    at: 'inside',
    notBefore: CONSONANTS_BUT_Y,
    system: 'common',
    example: ['patricia', 'باتريشيا'],
  },
  // ── common: consonants; p, v have no Arabic letter of their own (ب, ف).
  { latin: 'b', arabic: [['ب', 0]], system: 'common', example: ['bashar', 'بشار'] },
  { latin: 'p', arabic: [['ب', 0.05]], system: 'common', example: ['putin', 'بوتين'] },
  { latin: 'f', arabic: [['ف', 0]], system: 'common', example: ['faisal', 'فيصل'] },
  { latin: 'v', arabic: [['ف', 0.05]], system: 'common', example: ['lavrov', 'لافروف'] },
  {
    latin: 't',
    arabic: [
      ['ت', 0],
      ['ط', 0.15],
      ['د', 0.25],
      ['ث', 0.4],
    ],
    system: 'common',
    example: ['tariq', 'طارق'],
  },
  {
    latin: 'd',
    arabic: [
      ['د', 0],
      ['ض', 0.15],
      ['ذ', 0.35],
      ['ت', 0.4],
    ],
    system: 'common',
    example: ['riyad', 'رياض'],
  },
  {
    latin: 's',
    arabic: [
      ['س', 0],
      ['ص', 0.15],
      ['ز', 0.3],
      // Turkish, Persian and Urdu say ث as s and spell Arabic names so (Osman عثمان, Süreyya ثريا). At
      // 0.25, not 0.4: Osman matches; tuning sets unchanged but one faker name more (Skała) in the larger
      // collection.
      ['ث', 0.25],
      ['ش', 0.5],
    ],
    system: 'common',
    example: ['sisi', 'سيسي'],
  },
  // A final s is often an English or French plural or silent (Philippines الفلبين, Maldives المالديف)
  {
    latin: 's',
    arabic: [
      ['', 0.3],
      ['س', 0],
    ],
    at: 'end',
    system: 'common',
    example: ['maldives', 'مالديف'],
  },
  {
    latin: 'z',
    arabic: [
      ['ز', 0],
      ['ظ', 0.25],
      ['ذ', 0.3],
      ['س', 0.4],
      ['ض', 0.4],
    ],
    system: 'common',
    example: ['zayed', 'زايد'],
  },
  {
    latin: 'c',
    arabic: [
      ['ك', 0.1],
      ['س', 0.2],
      ['ق', 0.2],
      ['تش', 0.4],
    ],
    system: 'common',
    example: ['cuba', 'كوبا'],
  },
  // Serbo-Croatian surnames in -ić, written -ic without the accent in English and French news; Arabic
  // writes the ending يتش (Vučić فوتشيتش, Boric بوريتش). With the accent, ć folds to ch (latin-fold.ts).
  { latin: 'ic', arabic: [['يتش', 0.1]], at: 'end', system: 'common', example: ['boric', 'بوريتش'] },
  {
    latin: 'k',
    arabic: [
      ['ك', 0],
      ['ق', 0.1],
      ['خ', 0.5],
    ],
    system: 'common',
    example: ['kazan', 'قازان'],
  },
  {
    latin: 'q',
    arabic: [
      ['ق', 0],
      ['ك', 0.2],
    ],
    system: 'common',
    example: ['qatar', 'قطر'],
  },
  {
    latin: 'g',
    arabic: [
      ['غ', 0],
      ['ج', 0.1],
      ['ق', 0.15],
      ['ك', 0.4],
    ],
    system: 'common',
    example: ['gregorian', 'جريجوريان'],
  },
  {
    latin: 'j',
    arabic: [
      ['ج', 0],
      ['ي', 0.5],
    ],
    system: 'common',
    example: ['jamal', 'جمال'],
  },
  {
    latin: 'h',
    arabic: [
      ['ه', 0],
      ['ح', 0.05],
      ['', 0.3],
      ['خ', 0.4],
    ],
    system: 'common',
    example: ['ahmed', 'احمد'],
  },
  { latin: 'l', arabic: [['ل', 0]], system: 'common', example: ['lavrov', 'لافروف'] },
  { latin: 'm', arabic: [['م', 0]], system: 'common', example: ['mahmoud', 'محمود'] },
  { latin: 'n', arabic: [['ن', 0]], system: 'common', example: ['naryshkin', 'ناريشكين'] },
  { latin: 'r', arabic: [['ر', 0]], system: 'common', example: ['riyad', 'رياض'] },
  {
    latin: 'x',
    arabic: [
      ['كس', 0.1],
      // its k as ق, as k itself may be (Sfax صفاقس)
      ['قس', 0.2],
      ['س', 0.3],
      ['ش', 0.4],
    ],
    system: 'common',
    example: ['maxim', 'ماكسيم'],
  },
  {
    latin: 'sh',
    arabic: [
      ['ش', 0],
      ['س', 0.5],
    ],
    system: 'common',
    example: ['patrushev', 'باتروشيف'],
  },
  {
    latin: 'ch',
    arabic: [
      ['تش', 0.05],
      ['ش', 0.1],
      ['ك', 0.4],
      ['خ', 0.4],
    ],
    system: 'common',
    example: ['sochi', 'سوتشي'],
  },
  {
    latin: 'kh',
    arabic: [
      ['خ', 0],
      ['ك', 0.3],
    ],
    system: 'common',
    example: ['khaled', 'خالد'],
  },
  {
    latin: 'gh',
    arabic: [
      ['غ', 0],
      ['ق', 0.2],
      ['ج', 0.4],
    ],
    system: 'common',
    example: ['ghali', 'غالي'],
  },
  {
    latin: 'th',
    arabic: [
      ['ث', 0.05],
      ['ت', 0.1],
      // Gulf and Iraqi names are often romanized with th for ذ (Athraa عذراء, Nthir نذير). 0.3 → 0.2: the
      // given-name set's tuning half recall@1 551 → 556 of 598, recall@5 587 → 588, nothing else changed
      // (0.15 gave the same figures).
      ['ذ', 0.2],
    ],
    system: 'common',
    example: ['othman', 'عثمان'],
  },
  {
    latin: 'dh',
    arabic: [
      ['ذ', 0.05],
      ['ض', 0.1],
      ['ظ', 0.2],
      ['د', 0.3],
    ],
    system: 'common',
    example: ['riyadh', 'رياض'],
  },
  { latin: 'ph', arabic: [['ف', 0]], system: 'common', example: ['philip', 'فيليب'] },
  { latin: 'ck', arabic: [['ك', 0]], system: 'common', example: ['rockefeller', 'روكفلر'] },
  {
    latin: 'tz',
    arabic: [
      ['تس', 0.05],
      ['ز', 0.3],
    ],
    system: 'common',
    example: ['schwartz', 'شفارتس'],
  },
  {
    latin: 'zh',
    arabic: [
      ['ج', 0.1],
      ['ز', 0.3],
    ],
    system: 'common',
    example: ['zhukov', 'جوكوف'],
  },
  // dzh is Russian дж in BGN/PCGN romanization (Dzhokhar جوهر, Dzhibuti) and Polish dż once folded
  // (Azerbejdżan, Ndżamena): the one sound of Arabic ج, not d + zh. Other languages' tuning half recall@5
  // 228 → 230 of 295, nothing else moved.
  { latin: 'dzh', arabic: [['ج', 0]], system: 'common', example: ['dzhokhar', 'جوهر'] },
  {
    latin: 'ng',
    arabic: [
      ['نغ', 0],
      ['ن', 0.25],
      ['نج', 0.3],
      ['نك', 0.4],
    ],
    system: 'common',
    example: ['washington', 'واشنطن'],
  },
  {
    latin: 'qu',
    arabic: [
      ['ك', 0.1],
      ['كو', 0.1],
      ['ق', 0.1],
    ],
    system: 'common',
    example: ['quito', 'كيتو'],
  },
  {
    latin: "'",
    arabic: [
      ['ع', 0.1],
      ['ء', 0.1],
      ['', 0],
    ],
    system: 'common',
    example: ["sa'ud", 'سعود'],
  },
  // Arabic article and name particles joined to a name: al-/el-/as-/ar-/ad-… (assimilated ال),
  // Abd al-/Abdel/Abdul, Abu, ibn/bin/ben. The hyphen forms are how English and French write the article.
  {
    latin: 'el-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['el-sisi', 'السيسي'],
  },
  {
    latin: 'as-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['as-sisi', 'السيسي'],
  },
  {
    latin: 'ar-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['ar-riyad', 'الرياض'],
  },
  {
    latin: 'ad-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['ad-dawha', 'الدوحه'],
  },
  {
    latin: 'ash-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['ash-sharq', 'الشرق'],
  },
  {
    latin: 'an-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['an-najaf', 'النجف'],
  },
  {
    latin: 'at-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['at-taif', 'الطايف'],
  },
  {
    latin: 'az-',
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['az-zarqa', 'الزرقاء'],
  },
  // French and Egyptian spellings write the article's vowel e before a sun letter too (Deir ez-Zor, es-Salt).
  // Not en- and er-: a Chinese syllable opens that way (Chou En-lai is not ال + لاي).
  ...(
    [
      ['es-', 'es-salt', 'السلط'],
      ['ez-', 'ez-zarqa', 'الزرقاء'],
      ['ed-', 'ed-dawha', 'الدوحه'],
      ['et-', 'et-taif', 'الطايف'],
      ['esh-', 'esh-sharq', 'الشرق'],
    ] as const
  ).map(([latin, word, arabic]): SoundRule => ({
    latin,
    arabic: [
      ['ال', 0],
      ['', 0],
    ],
    at: 'start',
    system: 'common',
    example: [word, arabic],
  })),
  // After the article a word's opening vowel is written, on an alef or as ع, as at a word's start:
  // al-Isra الإسراء, al-Udeid العديد, al-Arabiya العربية, el-Arish العريش (not dropped: ال + سراء).
  {
    latin: 'al-i',
    arabic: [
      ['الا', 0.05],
      ['الع', 0.15],
    ],
    at: 'start',
    system: 'common',
    example: ['al-isra', 'الاسراء'],
  },
  {
    latin: 'al-u',
    arabic: [
      ['الا', 0.05],
      ['الع', 0.15],
    ],
    at: 'start',
    system: 'common',
    example: ['al-udeid', 'العديد'],
  },
  { latin: 'al-a', arabic: [['الع', 0.15]], at: 'start', system: 'common', example: ['al-arabiya', 'العربيه'] },
  { latin: 'el-a', arabic: [['الع', 0.15]], at: 'start', system: 'common', example: ['el-arish', 'العريش'] },
  {
    latin: 'abdel',
    arabic: [
      ['عبدال', 0],
      ['عبد', 0.1],
    ],
    at: 'start',
    system: 'common',
    example: ['abdelaziz', 'عبدالعزيز'],
  },
  {
    latin: 'abdul',
    arabic: [
      ['عبدال', 0],
      ['عبد', 0.1],
    ],
    at: 'start',
    system: 'common',
    example: ['abdulaziz', 'عبدالعزيز'],
  },
  { latin: 'abd', arabic: [['عبد', 0]], at: 'start', system: 'common', example: ['abdalaziz', 'عبدالعزيز'] },
  // A name joined to الله after a word in ة: the ة is said t (the construct state), and the article's vowel
  // follows it (Hibatullah هبة الله, Rahmatullah رحمة الله, Ayatollah آية الله; Schimmel, *Islamic Names*,
  // ch. 4: the compounds with Allāh).
  ...(['tull', 'toll'] as const).map((latin): SoundRule => ({
    latin,
    arabic: [['هالل', 0.05]],
    at: 'inside',
    system: 'common',
    example: [`aya${latin}ah`, 'ايهالله'],
  })),
  // The article before a sun letter is assimilated (al + r → ar-r: Abd ar-Rahman), and inside a compound
  // name written as one Latin word it follows the vowel before it: Abderrahmane, Abdurrahman, Nasreddine,
  // Salahuddin (BGN/PCGN romanization of Arabic, 1956: the article's l assimilated to a sun letter).
  { latin: 'edd', arabic: [['الد', 0.05]], at: 'inside', system: 'common', example: ['nasreddine', 'نصرالدين'] },
  { latin: 'udd', arabic: [['الد', 0.05]], at: 'inside', system: 'common', example: ['salahuddin', 'صلاحالدين'] },
  { latin: 'err', arabic: [['الر', 0.05]], at: 'inside', system: 'common', example: ['abderrahmane', 'عبدالرحمن'] },
  { latin: 'urr', arabic: [['الر', 0.05]], at: 'inside', system: 'common', example: ['abdurrahman', 'عبدالرحمن'] },
  { latin: 'ess', arabic: [['الس', 0.05]], at: 'inside', system: 'common', example: ['abdessalam', 'عبدالسلام'] },
  { latin: 'uss', arabic: [['الس', 0.05]], at: 'inside', system: 'common', example: ['abdussalam', 'عبدالسلام'] },
  { latin: 'enn', arabic: [['الن', 0.05]], at: 'inside', system: 'common', example: ['abdennour', 'عبدالنور'] },
  { latin: 'unn', arabic: [['الن', 0.05]], at: 'inside', system: 'common', example: ['abdunnasir', 'عبدالناصر'] },
  // Maghrebi spellings write the article as a bare l joined to the name (Lhoussaine الحسين), or as la with
  // the name's opening vowel or ع gone (Larbi العربي, Lakhdar الأخضر, Lamine الأمين, Lahcen الحسن): the
  // colloquial article of Morocco and Algeria (Harrell, *A Short Reference Grammar of Moroccan Arabic*,
  // 1962).
  {
    latin: 'la',
    arabic: [
      ['ال', MAGHREBI_ARTICLE_COST],
      ['الا', MAGHREBI_ARTICLE_COST],
      ['الع', MAGHREBI_ARTICLE_COST],
    ],
    at: 'start',
    notBefore: 'aeiouy',
    system: 'common',
    example: ['larbi', 'العربي'],
  },
  {
    latin: 'l',
    arabic: [['ال', MAGHREBI_ARTICLE_COST]],
    at: 'start',
    notBefore: 'aeiouy',
    system: 'common',
    example: ['lhoussaine', 'الحسين'],
  },
  // At a word's start the same spelling joins the article to the name: its vowel, then the sun letter
  // doubled (French and Maghrebi official spellings: Ennahda النهضة, Essaouira الصويرة, Errachidia
  // الرشيدية; Annahar النهار; Deir Ezzor دير الزور). The article is one reading among others: Azzam is
  // still عزام, Essam عصام, which an opening ع spells more cheaply.
  ...(
    [
      ['att', 'attijari', 'التجاري'],
      ['ett', 'ettadamon', 'التضامن'],
      ['add', 'addustour', 'الدستور'],
      ['edd', 'eddiyar', 'الديار'],
      ['arr', 'arryadia', 'الرياضيه'],
      ['err', 'errachidia', 'الرشيديه'],
      ['azz', 'azzaytouna', 'الزيتونه'],
      ['ezz', 'ezzor', 'الزور'],
      ['ass', 'assabah', 'الصباح'],
      ['ess', 'essaouira', 'الصويره'],
      ['ann', 'annahar', 'النهار'],
      ['enn', 'ennahda', 'النهضه'],
    ] as const
  ).map(([latin, word, arabic]): SoundRule => ({
    latin,
    arabic: JOINED_SUN_LETTERS[latin[2]!]!.map(
      ([letter, cost]) => [`ال${letter}`, JOINED_ARTICLE_COST + cost] as const,
    ),
    at: 'start',
    system: 'common',
    example: [word, arabic],
  })),
  {
    latin: 'ibn',
    arabic: [
      ['بن', 0],
      ['ابن', 0],
    ],
    at: 'start',
    system: 'common',
    example: ['ibnsalman', 'بنسلمان'],
  },
  { latin: 'bin', arabic: [['بن', 0]], at: 'start', system: 'common', example: ['binsalman', 'بنسلمان'] },
  { latin: 'ben', arabic: [['بن', 0]], at: 'start', system: 'common', example: ['bensalman', 'بنسلمان'] },
  // ── pinyin
  { latin: 'x', arabic: [['ش', 0.05]], system: 'pinyin', example: ['xinhua', 'شينخوا'] },
  { latin: 'q', arabic: [['تش', 0.05]], system: 'pinyin', example: ['qiang', 'تشيانغ'] },
  { latin: 'zh', arabic: [['تش', 0.05]], system: 'pinyin', example: ['zhao', 'تشاو'] },
  // The initials z, c, h are never the first or second letter of zh, ch, sh (Chile is not تسهيلات).
  { latin: 'z', arabic: [['تس', 0.05]], notBefore: 'h', system: 'pinyin', example: ['zedong', 'تسيدونغ'] },
  { latin: 'c', arabic: [['تس', 0.1]], notBefore: 'h', system: 'pinyin', example: ['cai', 'تساي'] },
  { latin: 'h', arabic: [['خ', 0.1]], notAfter: 'csz', system: 'pinyin', example: ['xinhua', 'شينخوا'] },
  { latin: 'e', arabic: [['ه', 0.1]], system: 'pinyin', example: ['kezhi', 'كهتشي'] }, // a syllable's final e: كه Ke
  {
    latin: 'uo',
    arabic: [
      ['و', 0],
      ['وه', 0],
    ],
    system: 'pinyin',
    example: ['guo', 'قوه'],
  },
  {
    latin: 'eng',
    arabic: [
      ['نغ', 0.05],
      ['ينغ', 0.1],
      ['انغ', 0.15],
    ],
    system: 'pinyin',
    example: ['sheng', 'شنغ'],
  },
  { latin: 'ie', arabic: [['يه', 0.05]], system: 'pinyin', example: ['jie', 'جيه'] },
  // üe, written ue after j q x y: Xinhua's Arabic writes it يويه (Xue شيويه, as in Ding Xuexiang دينغ شيويه
  // شيانغ). Not after q, l, n: Spanish que, Manuel, Samuel would be read as Pinyin.
  {
    latin: 'ue',
    arabic: [['يويه', 0.05]],
    notAfter: 'abcdefghiklmnopqrstuvwz',
    system: 'pinyin',
    example: ['xue', 'شيويه'],
  },
  // ── wade-giles
  { latin: 'hs', arabic: [['ش', 0.05]], system: 'wade-giles', example: ['hsinhua', 'شينخوا'] },
  // Wade–Giles h is Pinyin h (the table's h = h), written خ as in Pinyin; not the h of a digraph
  { latin: 'h', arabic: [['خ', 0.1]], notAfter: 'cskgtdpz', system: 'wade-giles', example: ['hsinhua', 'شينخوا'] },
  { latin: "ch'", arabic: [['تش', 0]], system: 'wade-giles', example: ["ch'ing", 'تشينغ'] },
  { latin: 'ch', arabic: [['ج', 0.2]], system: 'wade-giles', example: ['chiang', 'جيانغ'] },
  {
    latin: 'k',
    arabic: [
      ['غ', 0.25],
      ['ج', 0.3],
    ],
    system: 'wade-giles',
    example: ['nanking', 'نانجينغ'],
  },
  { latin: 'ts', arabic: [['ج', 0.3]], system: 'wade-giles', example: ['tientsin', 'تيانجين'] },
  { latin: 'ien', arabic: [['يان', 0.05]], system: 'wade-giles', example: ['tientsin', 'تيانجين'] },
  { latin: 'j', arabic: [['ر', 0.4]], system: 'wade-giles', example: ['jen', 'رن'] },
  // Wade–Giles writes Pinyin zhi and shi as chih and shih (the -ih vowel after a retroflex), which Arabic
  // writes as Pinyin's (تشي, شي: Zhao Kezhi تشاو كه تشي)
  { latin: 'chih', arabic: [['تشي', 0.05]], system: 'wade-giles', example: ['chih', 'تشي'] },
  { latin: 'shih', arabic: [['شي', 0.05]], system: 'wade-giles', example: ['shih', 'شي'] },
  // ── vietnamese
  { latin: 'x', arabic: [['س', 0.2]], system: 'vietnamese', example: ['xuan', 'سوان'] },
  { latin: 'd', arabic: [['ز', 0.3]], system: 'vietnamese', example: ['dung', 'زونغ'] },
  {
    latin: 'uye',
    arabic: [
      ['وي', 0],
      ['ويي', 0.05],
    ],
    system: 'vietnamese',
    example: ['nguyen', 'نغوين'],
  },
  // ── german
  { latin: 'sch', arabic: [['ش', 0]], system: 'german', example: ['patruschew', 'باتروشيف'] },
  // Duden writes ж as sch too (Breschnew), which Arabic writes ج (بريجنيف)
  { latin: 'sch', arabic: [['ج', 0.2]], at: 'inside', system: 'german', example: ['breschnew', 'بريجنيف'] },
  // dsch is dʒ (Aserbaidschan أذربيجان, Dschidda جدة), one sound: not د followed by sch = ش
  { latin: 'dsch', arabic: [['ج', 0]], system: 'german', example: ['aserbaidschan', 'اذربيجان'] },
  { latin: 'w', arabic: [['ف', 0.05]], system: 'german', example: ['medwedew', 'ميدفيديف'] },
  { latin: 'ow', arabic: [['وف', 0]], at: 'end', system: 'german', example: ['gorbatschow', 'غورباتشوف'] },
  { latin: 'ew', arabic: [['يف', 0]], at: 'end', system: 'german', example: ['medwedew', 'ميدفيديف'] },
  { latin: 'z', arabic: [['تس', 0.1]], system: 'german', example: ['schulz', 'شولتس'] },
  { latin: 'j', arabic: [['ي', 0.15]], system: 'german', example: ['jelzin', 'يلتسين'] },
  {
    latin: 'ch',
    arabic: [
      ['خ', 0.15],
      ['ح', 0.25],
    ],
    system: 'german',
    example: ['tschechow', 'تشيخوف'],
  },
  { latin: 'yj', arabic: [['ي', 0]], at: 'end', system: 'german', example: ['selenskyj', 'زيلينسكي'] },
  // and ий as ij (Dmitrij, Jurij), which Arabic ends in ي (ديمتري)
  { latin: 'ij', arabic: [['ي', 0]], at: 'end', system: 'german', example: ['dmitrij', 'ديمتري'] },
  {
    latin: 's',
    arabic: [
      ['ز', 0.15],
      // the voiced s is also the z that Arabic writes ذ (Aserbaidschan أذربيجان), as for z (common)
      ['ذ', 0.3],
    ],
    system: 'german',
    example: ['selenskyj', 'زيلينسكي'],
  },
  { latin: 'ei', arabic: [['اي', 0.05]], system: 'german', example: ['einstein', 'اينشتاين'] },
  { latin: 'st', arabic: [['شت', 0.1]], system: 'german', example: ['einstein', 'اينشتاين'] },
  // German country names end in -ien where English has -ia and Arabic ـيا (Rumänien رومانيا, Italien)
  { latin: 'ien', arabic: [['يا', 0.05]], at: 'end', system: 'german', example: ['rumanien', 'رومانيا'] },
  // German plural place names end in -en where Arabic has the bare name (Philippinen الفلبين, Malediven)
  { latin: 'en', arabic: [['', 0.4]], at: 'end', system: 'german', example: ['malediven', 'مالديف'] },
  // ── french
  { latin: 'ch', arabic: [['ش', 0.05]], system: 'french', example: ['bachar', 'بشار'] },
  { latin: 'ou', arabic: [['و', 0]], system: 'french', example: ['youssef', 'يوسف'] },
  { latin: 'dj', arabic: [['ج', 0]], system: 'french', example: ['djeddah', 'جده'] },
  { latin: 'tch', arabic: [['تش', 0]], system: 'french', example: ['tchaikovski', 'تشايكوفسكي'] },
  { latin: 'gn', arabic: [['ني', 0.1]], system: 'french', example: ['avignon', 'افينيون'] },
  { latin: 'eau', arabic: [['و', 0]], system: 'french', example: ['rousseau', 'روسو'] },
  { latin: 'oi', arabic: [['وا', 0]], system: 'french', example: ['francois', 'فرانسوا'] },
  // c before e and i is s, which French spellings of Arabic names also write for ص (Nacer ناصر,
  // Houcine حسين, Lahcen الحسن); the e is mute, the i long. Inside the word only: at its ends the
  // rule read Italian and English names as French (Celle, Geraci, Rice: faker proxy, tuning half).
  {
    latin: 'ce',
    arabic: [
      ['س', 0.05],
      ['ص', 0.1],
    ],
    at: 'inside',
    system: 'french',
    example: ['nacer', 'ناصر'],
  },
  {
    latin: 'ci',
    arabic: [
      ['سي', 0.05],
      ['صي', 0.1],
    ],
    at: 'inside',
    system: 'french',
    example: ['houcine', 'حسين'],
  },
  // Names end in -ent, a nasal vowel and a mute t, and in -ier, with a mute r (Laurent لوران, Barnier
  // بارنييه; Grevisse, *Le Bon usage*, on the nasal vowels and mute final consonants).
  { latin: 'ent', arabic: [['ان', 0.05]], at: 'end', system: 'french', example: ['laurent', 'لوران'] },
  { latin: 'ier', arabic: [['ييه', 0.05]], at: 'end', system: 'french', example: ['barnier', 'بارنييه'] },
  // The same for -and (Mitterrand ميتران) and -aux, with a mute x (Bordeaux بوردو; not every final x:
  // Phoenix lost فينكس to a shorter form when it was).
  { latin: 'and', arabic: [['ان', 0.05]], at: 'end', system: 'french', example: ['mitterrand', 'ميتران'] },
  { latin: 'aux', arabic: [['و', 0.05]], at: 'end', system: 'french', example: ['bordeaux', 'بوردو'] },
  // ill after a and e is the glide y, the l unheard (Retailleau ريتايو, Mireille ميري, Versailles فرساي).
  { latin: 'aill', arabic: [['اي', 0.05]], system: 'french', example: ['retailleau', 'ريتايو'] },
  { latin: 'eill', arabic: [['ي', 0.05]], system: 'french', example: ['mireille', 'ميري'] },
  // French country names end in -ie where English has -ia and Arabic ـيا (Roumanie رومانيا)
  { latin: 'ie', arabic: [['يا', 0.05]], at: 'end', system: 'french', example: ['roumanie', 'رومانيا'] },
  // ── turkish
  { latin: 'c', arabic: [['ج', 0.2]], system: 'turkish', example: ['recep', 'رجب'] },
  // Turkish writes a final d as t (final devoicing: Ahmet, Mehmet, Taşkent); Arabic keeps د
  { latin: 't', arabic: [['د', 0.05]], at: 'end', system: 'turkish', example: ['ahmet', 'احمد'] },
  // v is the w of Arabic and English names (Kuveyt الكويت, Zimbabve, Ekvador): Turkish has no w. Not at
  // the end, where it is the v of Russian -ov/-ev (Tokayev توكاييف).
  { latin: 'v', arabic: [['و', 0.15]], at: 'inside', system: 'turkish', example: ['kuveyt', 'كويت'] },
  { latin: 'v', arabic: [['و', 0.15]], at: 'start', system: 'turkish', example: ['vasington', 'واشنطن'] },
  // Turkish country names end in -istan where English has -ia and Arabic ـيا (Bulgaristan بلغاريا,
  // Ermenistan); where Arabic keeps the Persian -stan (Pakistan باكستان) the letters read as they are.
  { latin: 'istan', arabic: [['يا', 0.3]], at: 'end', system: 'turkish', example: ['bulgaristan', 'بلغاريا'] },
  // Turkish writes the Arabic ending -iyya (ـية) as -iye: Nabatiye النبطية, Süleymaniye السليمانية.
  { latin: 'iye', arabic: [['يه', 0.05]], at: 'end', system: 'turkish', example: ['nabatiye', 'نبطيه'] },
  // Surnames in -oğlu "son of" (folded -oghlu, or written -oglu): Arabic writes أوغلو as a word of its own,
  // which the vocabulary keeps with the word before (rules/particles.ts): Davutoğlu داود أوغلو.
  ...(['oghlu', 'oglu'] as const).map((latin): SoundRule => ({
    latin,
    arabic: [['اوغلو', 0]],
    at: 'end',
    system: 'turkish',
    example: [`davut${latin}`, 'داوداوغلو'],
  })),
  // ── uzbek
  { latin: 'x', arabic: [['خ', 0]], system: 'uzbek', example: ['xorazm', 'خوارزم'] },
  { latin: 'o', arabic: [['ا', 0.15]], system: 'uzbek', example: ['andijon', 'انديجان'] },
  // Uzbek x is Cyrillic х, which Russian also writes for a foreign h (Xelsinki هلسنكي, Shanxay)
  { latin: 'x', arabic: [['ه', 0.15]], system: 'uzbek', example: ['xelsinki', 'هلسنكي'] },
  // Russian writes a foreign h as г (Гамбург Hamburg, Галифакс), and Uzbek names of foreign places follow
  // Russian (Galifaks هاليفاكس). At 0.3 other languages' tuning half recall@5 230 → 231 of 295, no absent
  // name more; at 0.2 the faker proxy matched one name more in the larger collection.
  { latin: 'g', arabic: [['ه', 0.3]], at: 'start', system: 'uzbek', example: ['galifaks', 'هاليفاكس'] },
  // Uzbek country names end in -iston, as Turkish -istan (Armaniston ارمينيا)
  { latin: 'iston', arabic: [['يا', 0.3]], at: 'end', system: 'uzbek', example: ['armaniston', 'ارمينيا'] },
  // ── polish
  { latin: 'sz', arabic: [['ش', 0]], system: 'polish', example: ['biszkek', 'بشكيك'] },
  { latin: 'cz', arabic: [['تش', 0]], system: 'polish', example: ['czechow', 'تشيخوف'] },
  { latin: 'ch', arabic: [['خ', 0.2]], system: 'polish', example: ['czechow', 'تشيخوف'] },
  // Polish j is the glide y (as German j): Szanghaj شانغهاي
  { latin: 'j', arabic: [['ي', 0.15]], system: 'polish', example: ['szanghaj', 'شانغهاي'] },
  {
    latin: 'w',
    arabic: [
      ['ف', 0.1],
      ['و', 0.1],
    ],
    system: 'polish',
    example: ['czechow', 'تشيخوف'],
  },
  // ── spanish
  { latin: 'j', arabic: [['خ', 0.05]], system: 'spanish', example: ['jartum', 'خرطوم'] },
  { latin: 'z', arabic: [['س', 0.1]], system: 'spanish', example: ['tunez', 'تونس'] },
  // Spanish writes Arabic ج as y before a vowel (Yeda جدة, Yibuti)
  {
    latin: 'y',
    arabic: [['ج', 0.15]],
    notBefore: CONSONANTS,
    system: 'spanish',
    example: ['yeda', 'جده'],
  },
  // ── portuguese
  {
    latin: 'ao',
    arabic: [
      ['ان', 0.05],
      ['ون', 0.1],
    ],
    at: 'end',
    system: 'portuguese',
    example: ['sudao', 'سودان'],
  },
  // ── indonesian
  // Indonesian and Malay write ش as sy in names and Arabic loans (Syarif شريف, Syafii الشافعي, syariah)
  { latin: 'sy', arabic: [['ش', 0.05]], system: 'indonesian', example: ['syarif', 'شريف'] },
  // ── italian
  {
    latin: 'sci',
    arabic: [['ش', 0.05]],
    at: 'inside',
    notBefore: CONSONANTS,
    system: 'italian',
    example: ['mogadiscio', 'مقديشيو'],
  },
  {
    latin: 'gi',
    arabic: [['ج', 0.05]],
    notBefore: CONSONANTS,
    system: 'italian',
    example: ['giacomo', 'جاكومو'],
  },
  {
    latin: 'ci',
    arabic: [['تش', 0.1]],
    notBefore: CONSONANTS,
    system: 'italian',
    example: ['ciampino', 'تشامبينو'],
  },
  // c and cc before e and i are tʃ; Arabic writes تش, or ش (Puccini بوتشيني, Lecce ليتشي, Ancelotti انشيلوتي).
  {
    latin: 'cc',
    arabic: [['تش', 0.05]],
    notBefore: NOT_FRONT_VOWELS,
    system: 'italian',
    example: ['puccini', 'بوتشيني'],
  },
  {
    latin: 'c',
    arabic: [
      ['تش', 0.1],
      ['ش', 0.25],
    ],
    at: 'start',
    notBefore: NOT_FRONT_VOWELS,
    system: 'italian',
    example: ['cesare', 'تشيزاري'],
  },
  {
    latin: 'c',
    arabic: [
      ['تش', 0.1],
      ['ش', 0.25],
    ],
    at: 'inside',
    notBefore: NOT_FRONT_VOWELS,
    system: 'italian',
    example: ['ancelotti', 'انشيلوتي'],
  },
  // ── arabizi (digits are letters only inside a word that has Latin letters)
  {
    latin: '2',
    arabic: [
      ['ء', 0],
      ['ا', 0.05],
      ['', 0.2],
    ],
    system: 'arabizi',
    example: ['so2al', 'سءال'],
  },
  // Cairo and the Levant say ق as a glottal stop, and their chat writes it 2 (2alb قلب, Tare2 طارق).
  { latin: '2', arabic: [['ق', 0.2]], system: 'arabizi', example: ['6are2', 'طارق'] },
  { latin: '3', arabic: [['ع', 0]], system: 'arabizi', example: ['3ali', 'علي'] },
  { latin: "3'", arabic: [['غ', 0]], system: 'arabizi', example: ["3'azza", 'غزه'] },
  { latin: '5', arabic: [['خ', 0]], system: 'arabizi', example: ['5aled', 'خالد'] },
  { latin: '6', arabic: [['ط', 0]], system: 'arabizi', example: ['6ari8', 'طارق'] },
  { latin: '7', arabic: [['ح', 0]], system: 'arabizi', example: ['mo7amed', 'محمد'] },
  { latin: "7'", arabic: [['خ', 0]], system: 'arabizi', example: ["7'aled", 'خالد'] },
  {
    latin: '8',
    arabic: [
      ['ق', 0],
      ['غ', 0.1],
    ],
    system: 'arabizi',
    example: ['6ari8', 'طارق'],
  },
  {
    latin: '9',
    arabic: [
      ['ص', 0],
      ['ق', 0.1],
    ],
    system: 'arabizi',
    example: ['9adam', 'صدام'],
  },
];
