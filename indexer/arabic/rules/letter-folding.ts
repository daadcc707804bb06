/**
 * Letter folding: spellings that writers, keyboards and OCR use interchangeably are folded to one
 * letter, so `إيران`, `ايران` and `ایران` (Persian yeh) are the same word.
 *
 * Persian/Urdu forms fold to the Arabic letter they are drawn from, not to a guessed sound:
 * `ک`/`ی` are the Persian shapes of `ك`/`ي` (docs/DESIGN.md: Meilisearch's Persian detection rewrites
 * them); `پ` → `ب`, `چ` → `ج`, `ڤ` → `ف` are what Arabic writes for p, ch and v; `گ` → `ك` because
 * gaf is kaf with a second stroke, while its sound is written `غ`, `ج` or `ق` depending on the
 * country — those phonetic variants are the job of the name keys (`names/`), not of a letter fold.
 * Sources: Lucene `ArabicNormalizer` (alef seats, alef maksura, teh marbuta), charabia (wasla),
 * PyArabic (hamza seats), Lucene `PersianNormalizer` (ک ی ۀ ە), Unicode Arabic block names for the rest.
 */
import {
  AE,
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAKSURA,
  ALEF_WASLA,
  ALEF_WAVY_HAMZA_ABOVE,
  ALEF_WAVY_HAMZA_BELOW,
  BEH,
  FARSI_YEH,
  HAMZA,
  FEH,
  GAF,
  HEH,
  HEH_DOACHASHMEE,
  HEH_GOAL,
  HEH_GOAL_HAMZA,
  HEH_YEH_ABOVE,
  HIGH_HAMZA_ALEF,
  HIGH_HAMZA_WAW,
  HIGH_HAMZA_YEH,
  JEEM,
  KAF,
  KEHEH,
  PEH,
  SWASH_KAF,
  TCHEH,
  TEH_MARBUTA,
  TEH_MARBUTA_GOAL,
  VEH,
  WAW_HAMZA,
  YEH,
  YEH_BARREE,
  YEH_BARREE_HAMZA,
  YEH_E,
  YEH_HAMZA,
} from '../letters.ts';
import type { CharRule } from './char-rule.ts';

export const LETTER_FOLDING: readonly CharRule[] = [
  // Hamza seats and alef variants: users rarely type the hamza, writers drop it freely.
  {
    name: 'alef-seats',
    from: [
      ALEF_MADDA,
      ALEF_HAMZA_ABOVE,
      ALEF_HAMZA_BELOW,
      ALEF_WASLA,
      ALEF_WAVY_HAMZA_ABOVE,
      ALEF_WAVY_HAMZA_BELOW,
      HIGH_HAMZA_ALEF,
    ],
    to: ALEF,
    source: 'Lucene ArabicNormalizer (آ أ إ); charabia (ٱ); Unicode (ٲ ٳ ٵ)',
    example: ['إيران أمن آسيا ٱلله', 'ايران امن اسيا الله'],
    meaning: 'Iran, security, Asia, God (wasla)',
  },
  // Hamza on waw or yeh is the same consonant as the bare hamza; which seat it takes is a spelling
  // convention that varies by region and era (Egyptian مسئول, شئون; Levantine and Gulf مسؤول, شؤون),
  // so both seats fold to the bare hamza ء, and ء itself stays. Folding to the seat letter instead
  // (ؤ → و, ئ → ي, as charabia and PyArabic's "tasheel" do) keeps the two spellings apart:
  // مسوول ≠ مسيول. Accepted cost: a writer who drops the hamza (سوال for سؤال) no longer meets the
  // hamza spelling; news text writes it. (PyArabic's default normalize_hamza also folds seats to ء.)
  {
    name: 'hamza-seats',
    from: [WAW_HAMZA, HIGH_HAMZA_WAW, YEH_HAMZA, HIGH_HAMZA_YEH],
    to: HAMZA,
    source: "PyArabic normalize_hamza (seats → ء); our own choice over charabia's ؤ → و, ئ → ي",
    example: ['مسؤول مسئول شؤون شئون', 'مسءول مسءول شءون شءون'],
    meaning: 'official (Levantine and Egyptian spellings), affairs (both spellings)',
  },
  // Word-final letters that writers (and Egyptian print) swap.
  {
    name: 'alef-maksura',
    from: [ALEF_MAKSURA],
    to: YEH,
    source: 'Lucene ArabicNormalizer',
    example: ['على مستوى', 'علي مستوي'],
    meaning: 'at the level of',
  },
  {
    name: 'teh-marbuta',
    from: [TEH_MARBUTA, TEH_MARBUTA_GOAL],
    to: HEH,
    source: 'Lucene ArabicNormalizer',
    example: ['الصينية', 'الصينيه'],
    meaning: 'Chinese (feminine)',
  },
  // Persian, Urdu, Kurdish and Pashto shapes of Arabic letters.
  {
    name: 'persian-kaf',
    from: [KEHEH, SWASH_KAF],
    to: KAF,
    source: 'Lucene PersianNormalizer in reverse; charabia issue #377',
    example: ['کوریا', 'كوريا'],
    meaning: 'Korea with a Persian kaf',
  },
  {
    name: 'persian-yeh',
    from: [FARSI_YEH, YEH_E, YEH_BARREE, YEH_BARREE_HAMZA],
    to: YEH,
    source: 'Lucene PersianNormalizer in reverse; Unicode (ې ے ۓ)',
    example: ['ایران', 'ايران'],
    meaning: 'Iran with a Persian yeh',
  },
  {
    name: 'persian-heh',
    from: [AE, HEH_YEH_ABOVE, HEH_GOAL, HEH_GOAL_HAMZA, HEH_DOACHASHMEE],
    to: HEH,
    source: 'Lucene PersianNormalizer (ە ۀ ہ); Unicode (ۂ ھ)',
    example: ['خانۀ', 'خانه'],
    meaning: 'house (Persian ezafe form)',
  },
  {
    name: 'peh',
    from: [PEH],
    to: BEH,
    source: 'Arabic writes foreign p as ب (بوتين for Putin)',
    example: ['پوتين', 'بوتين'],
    meaning: 'Putin spelled with a Persian peh',
  },
  {
    name: 'tcheh',
    from: [TCHEH],
    to: JEEM,
    source: 'the letter is jeem with three dots; Iraqi/Persian ch, Egyptian g, both written ج elsewhere',
    example: ['چين', 'جين'],
    meaning: 'Jin (as in Xi Jinping) spelled with tcheh',
  },
  {
    name: 'veh',
    from: [VEH, '\u06A5'],
    to: FEH,
    source: 'Arabic writes foreign v as ف (فلاديمير)',
    example: ['ڤلاديمير', 'فلاديمير'],
    meaning: 'Vladimir spelled with veh',
  },
  {
    name: 'gaf',
    from: [GAF],
    to: KAF,
    source: 'gaf is kaf with a second stroke; its sound variants (غ ج ق) belong to names/',
    example: ['گوگل', 'كوكل'],
    meaning: 'Google spelled with gaf',
  },
];
