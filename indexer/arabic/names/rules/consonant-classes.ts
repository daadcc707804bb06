/**
 * Arabic consonant → coarse class for blocking keys (stage: indexer/arabic/names, pure data).
 *
 * Letters Latin spellings confuse share a class, so a spelling variant lands in the same block:
 * ب ف (p/b, v/f), ت ط د ض (t/d and their emphatics), ث ذ ظ ز س ص ش (s/z/th/dh/sh), ك ق غ خ (k/q/g/kh),
 * ج alone (j; g also reads ج, so a Latin g asks for both K and J). ا و ي ع ء ه ح have no class: Latin
 * writes them as vowels, h or nothing. Only letters that survive the analyzer's normalization appear
 * (test/unit/names/sound-rules.test.ts). Grouping after Freeman et al. 2006's equivalence classes.
 */
export const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  ب: 'B',
  ف: 'B',
  ت: 'T',
  ط: 'T',
  د: 'T',
  ض: 'T',
  ث: 'S',
  ذ: 'S',
  ظ: 'S',
  ز: 'S',
  س: 'S',
  ص: 'S',
  ش: 'S',
  ك: 'K',
  ق: 'K',
  غ: 'K',
  خ: 'K',
  ج: 'J',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ر: 'R',
};

/**
 * The finer class of a consonant inside its coarse class, which blocking keys are written in
 * (blocking.ts arabicKey): ب | ف, ت ط | د ض, س ص ث | ز ذ ظ | ش, ك ق | غ خ. Each fine class holds the
 * letters one Latin letter reads cheaply (s: س ص ث; z: ز ذ ظ; d: د ض; k, q: ك ق; gh, kh: غ خ); a Latin
 * letter that reads across them (g: غ ق, th: ث ذ) asks for both keys. Lower case, so a class key never
 * equals one in the coarse classes alone, which earlier versions stored.
 */
export const FINE_CLASS: Readonly<Record<string, string>> = {
  ب: 'b',
  ف: 'f',
  ت: 't',
  ط: 't',
  د: 'd',
  ض: 'd',
  ث: 's',
  س: 's',
  ص: 's',
  ذ: 'z',
  ظ: 'z',
  ز: 'z',
  ش: 'x',
  ك: 'k',
  ق: 'k',
  غ: 'g',
  خ: 'g',
  ج: 'j',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ر: 'r',
};

/** Letters with no class, listed so the normalization test covers them too. */
export const CLASSLESS_LETTERS: readonly string[] = ['ا', 'و', 'ي', 'ع', 'ء', 'ه', 'ح'];

/**
 * In the shape of a short form (blocking.ts arabicKey) the classless letters are two marks: a long
 * vowel (ا و ي → V) or a guttural (ع ء ه ح → H), so علي (HLV) and الي (VLV) fall in different blocks.
 */
export const SHAPE_MARK: Readonly<Record<string, string>> = {
  ا: 'V',
  و: 'V',
  ي: 'V',
  // Forms are normalized (ى → ي), but a sound rule may read a final a as ى (sound-rules.ts ALEF_MAQSURA):
  // the same shape as ي, so a Latin word's keys are the same either way.
  ى: 'V',
  ع: 'H',
  ء: 'H',
  ه: 'H',
  ح: 'H',
};
