/**
 * Which Arabic-script text is plainly Arabic, without trigram statistics: the letters Persian and
 * Urdu write but Arabic does not are all encoded after the Arabic block's base (U+0600–U+0670: the
 * 28 letters and hamza forms, harakat, Arabic-Indic digits, Arabic punctuation). A sample whose
 * Arabic-script characters all lie in that base has none of them: it is Arabic. franc, restricted to
 * our languages, agrees from about 150 characters and errs below (language.ts PLAIN_ARABIC_MIN_LENGTH;
 * checked on the 25,098 bench documents and every seed and fixture document).
 * Sources: Unicode 15 Arabic block chart (U+0600–U+06FF) and Arabic Supplement / Extended-A /
 * Presentation Forms blocks; the Persian alphabet (32 letters: the Arabic 28 + پ چ ژ گ, with ک ی as
 * its kaf and yeh) and the Urdu alphabet (adds ٹ ڈ ڑ ں ھ ہ ے and writes ۃ for teh marbuta).
 */

/** Letters of Persian and Urdu orthography that Arabic does not use, each with its code point. */
export const PERSIAN_URDU_LETTERS: readonly { letter: string; name: string }[] = [
  { letter: '\u067E', name: 'PEH پ (Persian, Urdu)' },
  { letter: '\u0686', name: 'TCHEH چ (Persian, Urdu)' },
  { letter: '\u0698', name: 'JEH ژ (Persian, Urdu)' },
  { letter: '\u06AF', name: 'GAF گ (Persian, Urdu)' },
  { letter: '\u06A9', name: 'KEHEH ک (Persian, Urdu kaf)' },
  { letter: '\u06CC', name: 'FARSI YEH ی (Persian, Urdu yeh)' },
  { letter: '\u06C0', name: 'HEH WITH YEH ABOVE ۀ (Persian ezafe)' },
  { letter: '\u0679', name: 'TTEH ٹ (Urdu)' },
  { letter: '\u0688', name: 'DDAL ڈ (Urdu)' },
  { letter: '\u0691', name: 'RREH ڑ (Urdu)' },
  { letter: '\u06BA', name: 'NOON GHUNNA ں (Urdu)' },
  { letter: '\u06BE', name: 'HEH DOACHASHMEE ھ (Urdu)' },
  { letter: '\u06C1', name: 'HEH GOAL ہ (Urdu)' },
  { letter: '\u06C3', name: 'TEH MARBUTA GOAL ۃ (Urdu)' },
  { letter: '\u06D2', name: 'YEH BARREE ے (Urdu)' },
  { letter: '\u06D3', name: 'YEH BARREE WITH HAMZA ۓ (Urdu)' },
  { letter: '\u06F0', name: 'EXTENDED ARABIC-INDIC DIGIT ZERO ۰ (Persian, Urdu digits ۰–۹)' },
];

/** The Arabic block's base: what Arabic itself writes (letters, harakat, digits, punctuation). */
export const ARABIC_BASE: readonly [number, number] = [0x0600, 0x0670];

/**
 * Every other range of Arabic-script characters (Unicode 15): the block's extension (Persian, Urdu,
 * Quranic annotation, Persian digits), Arabic Supplement, Extended-B/A, and the presentation forms.
 */
export const ARABIC_EXTENSIONS: readonly (readonly [number, number])[] = [
  [0x0671, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/**
 * True when `sample` is mostly Arabic letters (U+0620–U+064A without tatweel, more than half of its
 * UTF-16 units) and has no Arabic-script character outside the block's base. The letters counted are
 * all in franc's Arabic script class, so such a sample is one franc reads as Arabic script.
 */
export function isPlainArabic(sample: string): boolean {
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x0600) continue;
    if (c <= ARABIC_BASE[1]) {
      if (c >= 0x0620 && c <= 0x064a && c !== 0x0640) letters++;
      continue;
    }
    for (const [from, to] of ARABIC_EXTENSIONS) if (c >= from && c <= to) return false;
  }
  return letters * 2 > sample.length;
}
