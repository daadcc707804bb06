/**
 * Name particles (stage: indexer/arabic/names, pure data).
 *
 * Arabic: words that open a compound name and are written apart from the next word (عبد العزيز، أبو ظبي،
 * بن سلمان). The vocabulary keeps such a word together with the next one as a two-word form, so that a
 * Latin spelling written as one word (Abdelaziz, Abudhabi) can match it. Normalized spellings.
 * Latin: particles that have no Arabic form of their own and belong to the next word (el Sisi, bin Salman,
 * Abd al-Aziz); alone they expand to nothing. Sources: BGN/PCGN romanization of Arabic (article
 * al- and its assimilated forms), common English/French spellings of Arabic names.
 */
export const ARABIC_NAME_PARTICLES: readonly string[] = ['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'بنت', 'ام', 'ذو', 'ذي'];

/**
 * Second words of compound names that are still part of the name: the ad-Din names (صلاح الدين Salah
 * ad-Din, نور الدين Nureddin, عز الدين Izzeddine; Schimmel, *Islamic Names*, 1989, ch. 4: the "compounds
 * with al-dīn"), and the Turkish surnames in -oğlu "son of", which Arabic writes apart (أوغلو; Turkish
 * Language Association, surname law of 1934: Karaosmanoğlu, Kılıçdaroğlu → قليجدار أوغلو). The vocabulary
 * keeps them as one form with the word before, as it does after a particle, so a Latin spelling written
 * as one word (Salahuddin) can meet them. And the Persian place names in -ābād "settlement" (Encyclopaedia
 * Iranica, "ĀBĀD"), which Arabic writes آباد apart: إسلام آباد Islamabad, جلال آباد Jalalabad, حيدر آباد.
 */
export const ARABIC_NAME_SECOND_WORDS: readonly string[] = ['الدين', 'اوغلو', 'اباد'];

export const LATIN_NAME_PARTICLES: readonly string[] = [
  'al',
  'el',
  'ul',
  'as',
  'ar',
  'ad',
  'an',
  'at',
  'az',
  'ash',
  'adh', // the article and its assimilated forms
  'ibn',
  'bin',
  'ben',
  'bint',
  'abu',
  'abou',
  'abo',
  'abd',
  'abdel',
  'abdul',
  'abdal',
  'abdol',
  'abdoul',
  'umm',
  'um',
];

/**
 * Two adjacent Arabic words are also stored as one form when one has at most SHORT_WORD_LETTERS letters and
 * the other at most SYLLABLE_LETTERS: Chinese and Vietnamese syllables (شي جين، جين بينغ، كه تشيانغ، ون تشينغ).
 */
export const SHORT_WORD_LETTERS = 4;
export const SYLLABLE_LETTERS = 6;
