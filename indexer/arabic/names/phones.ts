/**
 * From phones to keys (stage: indexer/arabic/names, pure).
 *
 * Both scripts are first read into the same phone string (see rules/arabic-letters.ts for the alphabet),
 * then turned into one of two keys:
 * - the skeleton key: consonant classes only, doubled classes collapsed, final h dropped, and `a` in front
 *   when the word starts with a vowel or ع/ء (Ahmed ~ أحمد, Ufa ~ أوفا), its vowel class at the end when it ends in one. Short vowels are unwritten in
 *   Arabic, so only consonants are comparable for long words (Mohammed ~ محمد).
 * - the vowel key: consonants and vowel classes a / i (e, i, y, ي) / u (o, u, w, و). Used for short words,
 *   where a bare skeleton (Lam → lm, To → t) would match half the language.
 * The query picks the skeleton when the word has 3 consonant classes or more, else the vowel key.
 */
const CONSONANT = /[bcdfhjklmnqrstxz]/;
const VOWELISH = /[aiu?]/;
/** Below this many consonant classes a word is keyed with its vowels. */
export const MIN_SKELETON_CONSONANTS = 3;

export function skeletonKey(phones: string): string {
  let out = '';
  if (phones.length > 0 && VOWELISH.test(phones[0])) out = 'a';
  const marker = out.length;
  for (const p of phones) {
    if (CONSONANT.test(p) && out[out.length - 1] !== p) out += p;
    else if (!CONSONANT.test(p) && out.length > marker) out += '.'; // a vowel between breaks "doubled"
  }
  out = out.replace(/\./g, '');
  if (out.length > marker + 1 && out.endsWith('h')) out = out.slice(0, -1);
  // A written final vowel (Maduro → مادورو, Zelensky → زيلينسكي) is kept as a final a: foreign names end
  // in a vowel in both scripts or in neither, and it keeps Maduro (mdra) apart from مدير (mdr).
  // The marker is the vowel class (a / i / u), so Maduro (mdru) also stays apart from مديرية (mdra).
  const last = phones[phones.length - 1];
  if (out.length > marker && last && /[aiuWY?]/.test(last)) out += last === 'W' ? 'u' : last === 'Y' ? 'i' : last === '?' ? 'a' : last;
  return out;
}

export function vowelKey(phones: string): string {
  let out = '';
  for (const p of phones) {
    const c = p === 'W' ? 'u' : p === 'Y' ? 'i' : p === '?' ? 'a' : p;
    if (!/[a-z]/.test(c) || out[out.length - 1] === c) continue;
    out += c;
  }
  if (out.length > 1 && out.endsWith('h')) out = out.slice(0, -1);
  return out;
}

export function consonantCount(phones: string): number {
  const s = skeletonKey(phones);
  return s.replace(/[aiu]/g, '').length;
}

/** The one key a query word gets: skeleton for long words, vowel key for short ones. */
export function modeKey(phones: string): string {
  return consonantCount(phones) >= MIN_SKELETON_CONSONANTS ? skeletonKey(phones) : vowelKey(phones);
}
