/**
 * Named Arabic code points and code-point ranges: every other file of the analysis refers to a
 * letter by one of these names, never by a bare `'\u0623'` (as Lucene's `ArabicNormalizer` names
 * its constants). Pure data; the Unicode names are given in the comments.
 */

// Letters that normalization folds or the stemmer strips.
export const HAMZA = '\u0621'; // ء
export const ALEF_MADDA = '\u0622'; // آ
export const ALEF_HAMZA_ABOVE = '\u0623'; // أ
export const WAW_HAMZA = '\u0624'; // ؤ
export const ALEF_HAMZA_BELOW = '\u0625'; // إ
export const YEH_HAMZA = '\u0626'; // ئ
export const ALEF = '\u0627'; // ا
export const BEH = '\u0628'; // ب
export const TEH_MARBUTA = '\u0629'; // ة
export const TATWEEL = '\u0640'; // ـ
export const FEH = '\u0641'; // ف
export const KAF = '\u0643'; // ك
export const LAM = '\u0644'; // ل
export const HEH = '\u0647'; // ه
export const WAW = '\u0648'; // و
export const ALEF_MAKSURA = '\u0649'; // ى
export const YEH = '\u064A'; // ي
export const GHAIN = '\u063A'; // غ
export const JEEM = '\u062C'; // ج

// Alef variants beyond Lucene's three.
export const ALEF_WAVY_HAMZA_ABOVE = '\u0672'; // ٲ
export const ALEF_WAVY_HAMZA_BELOW = '\u0673'; // ٳ
export const HIGH_HAMZA_ALEF = '\u0675'; // ٵ
export const ALEF_WASLA = '\u0671'; // ٱ (Quranic)
export const HIGH_HAMZA_WAW = '\u0676'; // ٶ
export const HIGH_HAMZA_YEH = '\u0678'; // ٸ

// Persian, Urdu, Kurdish and Maghrebi letter forms met in Arabic text.
export const PEH = '\u067E'; // پ
export const TCHEH = '\u0686'; // چ
export const VEH = '\u06A4'; // ڤ
export const KEHEH = '\u06A9'; // ک (Persian kaf)
export const SWASH_KAF = '\u06AA'; // ڪ
export const GAF = '\u06AF'; // گ
export const HEH_DOACHASHMEE = '\u06BE'; // ھ
export const HEH_YEH_ABOVE = '\u06C0'; // ۀ
export const HEH_GOAL = '\u06C1'; // ہ
export const HEH_GOAL_HAMZA = '\u06C2'; // ۂ
export const TEH_MARBUTA_GOAL = '\u06C3'; // ۃ
export const FARSI_YEH = '\u06CC'; // ی
export const YEH_E = '\u06D0'; // ې (Pashto, Uyghur)
export const YEH_BARREE = '\u06D2'; // ے (Urdu)
export const YEH_BARREE_HAMZA = '\u06D3'; // ۓ
export const AE = '\u06D5'; // ە (Kurdish, Uyghur)

// Marks.
export const FATHATAN = '\u064B';
export const DAMMATAN = '\u064C';
export const KASRATAN = '\u064D';
export const FATHA = '\u064E';
export const DAMMA = '\u064F';
export const KASRA = '\u0650';
export const SHADDA = '\u0651';
export const SUKUN = '\u0652';
export const SUPERSCRIPT_ALEF = '\u0670';

// Punctuation.
export const ARABIC_COMMA = '\u060C'; // ،
export const ARABIC_SEMICOLON = '\u061B'; // ؛
export const ARABIC_QUESTION_MARK = '\u061F'; // ؟
export const ARABIC_PERCENT = '\u066A'; // ٪
export const ARABIC_FULL_STOP = '\u06D4'; // ۔ (Urdu)

// Controls and spaces.
export const ARABIC_LETTER_MARK = '\u061C';
export const ZWSP = '\u200B';
export const ZWNJ = '\u200C';
export const ZWJ = '\u200D';
export const NBSP = '\u00A0';
export const NARROW_NBSP = '\u202F';
export const FIGURE_SPACE = '\u2007';
export const BOM = '\uFEFF';

/** Inclusive code-point range. */
export type Range = readonly [number, number];

export const ARABIC_INDIC_DIGITS: Range = [0x0660, 0x0669]; // ٠١٢٣٤٥٦٧٨٩
export const EASTERN_ARABIC_INDIC_DIGITS: Range = [0x06f0, 0x06f9]; // ۰۱۲۳۴۵۶۷۸۹ (Persian, Urdu)
export const HARAKAT: Range = [0x064b, 0x065f]; // tanween, fatha … sukun, hamza above/below, small marks
export const HONORIFIC_MARKS: Range = [0x0610, 0x061a]; // small high ligature signs (ؐ ؑ …)
export const QURANIC_MARKS: Range = [0x06d6, 0x06ed]; // small high ligatures, stops, small letters
export const PRESENTATION_FORMS_A: Range = [0xfb50, 0xfdff];
export const PRESENTATION_FORMS_B: Range = [0xfe70, 0xfeff];
export const SALLALLAHOU = '\uFDFA'; // ﷺ
export const JALLA_JALALUHU = '\uFDFB'; // ﷻ
export const BISMILLAH = '\uFDFD'; // ﷽
export const LATIN_LIGATURES: Range = [0xfb00, 0xfb06]; // ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
export const FULLWIDTH_ASCII: Range = [0xff01, 0xff5e]; // ！ … ～

/** Blocks whose letters count as Arabic script for tokenization. */
export const ARABIC_BLOCKS: readonly Range[] = [
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x0870, 0x08ff], // Arabic Extended-B and -A
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B
];
