/**
 * Arabic letter → phone table for name keys (stage: indexer/arabic, pure data).
 *
 * A phone is one character: a consonant class (`b t d s z x c j k q h f l m n r`), a vowel
 * (`a i u`), a semivowel (`W` و, `Y` ي) or the glottal `?` (ع ء ئ ؤ). Each letter lists its readings,
 * primary first; extra readings become extra document keys (never query keys).
 * Sources: the conventions of Arabic news transliteration (Xinhua Arabic, RT Arabic, Al Jazeera):
 * G written ج (Egyptian), غ (Levantine) or ق (Gulf; Chinese Guo → قوه); ث read s or t; ض/ذ/ظ read d or z.
 */
export const ARABIC_LETTER_PHONES: Readonly<Record<string, readonly string[]>> = {
  'ب': ['b'], 'پ': ['b'],                   // p → ب (باتروشيف Patrushev)
  'ت': ['t'], 'ط': ['t'],
  'ث': ['s', 't'],                          // Othman / Osman
  'ج': ['j'], 'گ': ['j'], 'ڠ': ['j'],       // جريجوريان Gregorian (Egyptian G)
  'غ': ['j', 'k'],                          // غريغوريان Gregorian, غو Guo; غ ~ ق in Chinese names
  'ق': ['j', 'k'],                          // قوه Guo (g), قطر Qatar (k)
  'ك': ['k'],
  'ح': ['h'], 'ه': ['h'],
  'خ': ['q', 'h'],                          // kh; Pinyin h as خ in شينخوا Xinhua
  'د': ['d'], 'ض': ['d', 'z'], 'ذ': ['z', 'd'], 'ظ': ['z'],
  'ر': ['r'], 'ز': ['z'], 'ژ': ['j'],
  'س': ['s'], 'ص': ['s'],
  'ش': ['x'], 'چ': ['c'],
  'ف': ['f'], 'ڤ': ['f'],
  'ل': ['l'], 'م': ['m'], 'ن': ['n'],
  'ا': ['a'], 'ٱ': ['a'], 'أ': ['a'], 'إ': ['a'], 'آ': ['a'],
  'و': ['W'], 'ي': ['Y'], 'ى': ['Y'],
  'ع': ['?'], 'ء': ['?'], 'ئ': ['?'], 'ؤ': ['?'],
};

/** تش is one sound (ch, Pinyin q/zh): read c, with the plain Arabic t+sh reading kept as a variant. */
export const TEH_SHEEN: readonly string[] = ['c', 'tx'];

/**
 * Word-final ه (also folded ة) after a consonant: Pinyin -e (كه Ke), Arabic -a (ة) or a real h.
 * After a long vowel (قوه Guo, جيه Jie) it is silent or h.
 */
export const FINAL_HEH_AFTER_CONSONANT: readonly string[] = ['i', 'a', '', 'h'];
export const FINAL_HEH_AFTER_VOWEL: readonly string[] = ['', 'h'];

/** Clitics that may precede a name (والصين، بموسكو، لبكين): longest first. */
export const PROCLITICS: readonly string[] = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];
