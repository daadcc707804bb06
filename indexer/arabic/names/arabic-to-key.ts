/**
 * Arabic word → phones → name keys (stage: indexer/arabic/names, pure).
 *
 * Input is already normalized by the analyzer (ة→ه, ى→ي, أإآ→ا, no diacritics); unknown letters are skipped.
 * A document token gets several keys (one per reading of ambiguous letters, skeleton and vowel forms);
 * a query word gets exactly one (`arabicQueryKey`), always one of the keys its document twin would get.
 */
import {
  ARABIC_LETTER_PHONES, FINAL_HEH_AFTER_CONSONANT, FINAL_HEH_AFTER_VOWEL, PROCLITICS, TEH_SHEEN,
} from './rules/arabic-letters.ts';
import { modeKey, skeletonKey, vowelKey } from './phones.ts';

/** Document skeleton keys need this many consonant classes. */
const MIN_SKELETON_CLASSES = 2;
/** Keep at most this many readings per word: a name has 1–3 ambiguous letters. */
const MAX_READINGS = 8;
/** A clitic is only stripped when this many letters remain (بوتين must not lose its ب). */
const MIN_BASE_AFTER_CLITIC = 3;
const ALLAH = 'الله';
/** Arabic query words this short are keyed with vowels (the document primary key). */
const SHORT_QUERY_LETTERS = 4;
/** الله splits off names (عبد الله، حمد الله، نصر الله): its primary key is the bare l, so "abd"+"l" = Abdullah. */
const ALLAH_KEYS: readonly string[] = ['l', 'al', 'ala', 'alh'];

/** Every reading of an Arabic word as a phone string, primary reading first. */
export function arabicReadings(word: string): string[] {
  const letters = [...word].filter((ch) => ch in ARABIC_LETTER_PHONES);
  const slots: (readonly string[])[] = [];
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    const next = letters[i + 1];
    const prev = letters[i - 1];
    if (ch === 'ت' && next === 'ش') { slots.push(TEH_SHEEN); i++; continue; }
    if (i === 0 && ch === 'ا' && next === 'و') { slots.push(['u']); i++; continue; }      // أوفا Ufa
    if (i === 0 && ch === 'ا' && next === 'ي') { slots.push(['i']); i++; continue; }      // إيران Iran
    // نغ right after a consonant letter: the short a of Pinyin ang is often unwritten (شنغهاي Shanghai)
    if (ch === 'ن' && next === 'غ' && prev !== undefined && !'اويى'.includes(prev)) { slots.push(['n', 'an']); continue; }
    // يي inside a word is mostly ئي as the analyzer folds it (رئيسي Raisi, ra'i): read a+i as well
    if (i > 0 && ch === 'ي' && next === 'ي' && i + 1 < letters.length - 1) { slots.push(['Y', 'aY']); i++; continue; }
    if ((ch === 'ه' || ch === 'ة') && i === letters.length - 1 && i > 0) {
      slots.push(prev === 'ا' || prev === 'و' || prev === 'ي' ? FINAL_HEH_AFTER_VOWEL : FINAL_HEH_AFTER_CONSONANT);
      continue;
    }
    slots.push(ARABIC_LETTER_PHONES[ch]);
  }
  let readings = [''];
  for (const slot of slots) {
    const next: string[] = [];
    for (const r of readings) for (const p of slot) { if (next.length < MAX_READINGS) next.push(r + p); }
    readings = next;
  }
  return readings;
}

/** Remove a leading clitic group when enough of the word remains. */
export function stripProclitic(word: string): string {
  for (const c of PROCLITICS) {
    if (word.startsWith(c) && [...word].length - [...c].length >= MIN_BASE_AFTER_CLITIC) return word.slice(c.length);
  }
  return word;
}

/** Remove only the article groups (ال، وال، بال، لل…): single-letter clitics are left to the stemmer. */
export function stripArticle(word: string): string {
  return /^(وبال|وال|بال|كال|فال|ولل|لل|ال)/.test(word) ? stripProclitic(word) : word;
}

/** The base the name keys are computed from: the surface without the prefixes the stemmer removed. */
export function nameBase(surface: string, stem: string): string {
  if (stem && stem !== surface) {
    const at = surface.indexOf(stem);
    if (at > 0) return surface.slice(at);
    if (at === 0) return surface;
  }
  return stripArticle(surface);
}

function isAllah(word: string): boolean {
  return word === ALLAH || word === 'لله';
}

/**
 * Document keys of one Arabic token. The first and the last key are the token's primary key (its vowel
 * key), so that primaries of adjacent tokens are adjacent in the `phon` field and Meilisearch can split
 * one query word over two tokens (Jinping → jin + binj ← جين بينغ).
 */
export function arabicKeys(surface: string, stem: string): string[] {
  const base = nameBase(surface ?? '', stem ?? '');
  if (isAllah(base) || isAllah(surface)) return [...ALLAH_KEYS, ALLAH_KEYS[0]];
  const bases = [base, surface, stripArticle(surface)].filter((b, i, all) => b && all.indexOf(b) === i);
  const keys: string[] = [];
  let primary = '';
  for (const b of bases) {
    for (const r of arabicReadings(b)) {
      const v = vowelKey(r);
      const s = skeletonKey(r);
      if (!primary) primary = v;
      // A skeleton of one consonant (شيوعي → x + i) is no name: it would answer the query Xi
      const skeleton = s.replace(/^a|[aiu]$/g, '').length >= MIN_SKELETON_CLASSES ? s : '';
      for (const k of [v, skeleton]) if (k && !keys.includes(k)) keys.push(k);
    }
  }
  if (!primary) return keys;
  const rest = keys.filter((k) => k !== primary);
  return rest.length ? [primary, ...rest, primary] : [primary];
}

/** The one key of an Arabic query word (pass the word as the analyzer normalized it). */
export function arabicQueryKey(word: string): string {
  const base = nameBase(word, word);
  if (isAllah(base)) return ALLAH_KEYS[0];
  const readings = arabicReadings(base);
  const r = readings[0];
  if (!r) return '';
  // A short Chinese syllable (جينغ) uses its vowel key, the one its neighbours join with (نان جينغ ~ نانجينغ)
  if ([...base].length <= SHORT_QUERY_LETTERS && base.endsWith('نغ')) return vowelKey(r);
  const key = modeKey(r);
  if (key === vowelKey(r) || !base.endsWith('ه')) return key;
  // Skeleton of a word ending in ه: read it silent (عبدالله → abdl, as عبد + الله)
  return skeletonKey(readings.find((x) => x.length === r.length - 1) ?? r);
}

/** The key of a multi-word Arabic spelling as one Latin word would give it: primaries joined (عبد الله → abd+l). */
export function arabicPhraseKey(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 1) return arabicQueryKey(words[0]);
  return words.map((w) => arabicKeys(w, nameBase(w, w))[0] ?? '').join('');
}
