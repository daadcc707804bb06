/**
 * Latin (and Arabizi) word → phones → name key (stage: indexer/arabic/names, pure).
 *
 * Order of decisions: known exonyms and Arabic given names (rules/known-names.ts) → names ending in
 * -ullah/-allah (the part, then الله) → Arabizi digits → Pinyin (whole word keyed with vowels, so a
 * name written as one Latin word and two Arabic words matches the two tokens' primary keys joined)
 * → the general reading (skeleton for 3+ consonants, vowel key below).
 */
import { ALLAH_SUFFIX, KNOWN_NAMES } from './rules/known-names.ts';
import { LATIN_GRAPHEMES } from './rules/latin-graphemes.ts';
import { segmentPinyin } from './rules/pinyin.ts';
import { arabiziDigitsToPhones, looksLikeArabizi } from './arabizi.ts';
import { arabicKeys, arabicPhraseKey } from './arabic-to-key.ts';
import { consonantCount, MIN_SKELETON_CONSONANTS, modeKey, skeletonKey, vowelKey } from './phones.ts';

const VOWEL = /[aeiouy]/;
/** Latin particles with no key of their own: the article (al-Assad → Assad). */
const ARTICLES = new Set(['al', 'el', 'ul', 'as', 'ad', 'an', 'ar', 'at', 'az', 'ash', 'adh']);

/** Lowercase, strip accents (ć → c, é → e), keep letters, chat digits and apostrophes. */
export function foldLatin(word: string): string {
  return String(word ?? '')
    .replace(/[ćčĆČ]/g, 'ch').replace(/[šŠ]/g, 'sh').replace(/[žŽ]/g, 'zh')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe').replace(/ø/g, 'o').replace(/ı/g, 'i')
    .replace(/[’`‘ʼʻ]/g, "'")
    .replace(/[^a-z0-9']/g, '')
    .replace(/([ao]vi|[ao]vy)c$/, '$1ch'); // Serbian -vić typed without accent: Stefanovic → ستيفانوفيتش
}

/** Read a folded Latin word into phones. `pinyin` switches on the Pinyin readings. */
export function latinPhones(word: string, pinyin = false): string {
  // French spelling (Patrouchev, Narychkine): ou, or ch before a consonant; there ch is ش
  const french = !pinyin && /ou|ch[^aeiouy]/.test(word);
  let out = '';
  for (let i = 0; i < word.length; ) {
    if (word[i] === '{') { const end = word.indexOf('}', i); out += word.slice(i + 1, end); i = end + 1; continue; }
    if (word[i] === "'") { i++; continue; }
    // ng: نغ at the end or before a vowel (Jinping, Singapore), n before a consonant (Washington → واشنطن)
    if (word.startsWith('ng', i)) {
      const after = word[i + 2];
      out += after === undefined || VOWEL.test(after) || pinyin ? 'nj' : 'n';
      i += 2; continue;
    }
    if (pinyin && i === 0 && word[i] === 'e') { out += 'a'; i++; continue; } // a syllable without initial: ان En(lai)
    if (pinyin && word[i] === 'e' && /^(n|ng)$/.test(word.slice(i + 1))) { i++; continue; } // تشن Chen, شنغ Sheng
    if (pinyin && word[i] === 'u' && /[jqx]/.test(word[i - 1] ?? '') && /[ae]/.test(word[i + 1] ?? '')) {
      out += 'iu'; i++; continue; // ü: Xuan → شيوان
    }
    if (french && word.startsWith('ch', i)) { out += 'x'; i += 2; continue; }
    if (!pinyin && word[i] === 'c' && /[eiy]/.test(word[i + 1] ?? '')) { out += 's'; i++; continue; }
    if (!pinyin && word[i] === 'x' && i === 0) { out += 'x'; i++; continue; }
    const g = LATIN_GRAPHEMES.find((gr) => word.startsWith(gr.latin, i));
    if (!g) { i++; continue; }
    out += pinyin && g.pinyin !== undefined ? g.pinyin : g.phones;
    i += g.latin.length;
  }
  // A silent final e (Poutine, Narychkine, Belgrade) is not a written final vowel in Arabic
  if (!pinyin && /[^aeiou]e$/.test(word) && out.endsWith('i')) out = out.slice(0, -1);
  return out;
}

function pinyinKey(word: string): string | null {
  const syllables = segmentPinyin(word);
  if (!syllables || syllables.length === 0) return null;
  // Only words made of Pinyin syllables that use a Pinyin-only spelling or are short are treated as Pinyin;
  // the key is built syllable by syllable so that e-dropping (en/eng) applies per syllable.
  return vowelKey(syllables.map((s) => latinPhones(s, true)).join(''));
}

/** 'strong': Pinyin-only spellings; 'weak': two short syllables, one ending in n (Ganlu); null: not Pinyin. */
function pinyinEvidence(word: string): 'strong' | 'weak' | null {
  const syl = segmentPinyin(word);
  if (!syl) return null;
  // Spellings typical of Pinyin (zh, q, x, ng, ao, uo, ui, ie, iu, ia): Jinping, Shengkun, Kezhi, Jiechi
  if (/(zh|q|x|ng|ao|uo|ui|ie|iu|ia)/.test(word)) return 'strong';
  if (syl.length === 1 && word.length <= 4 && /[aeiou]n?g?$/.test(word)) return 'strong';
  // Two short syllables, one ending in n (Ganlu → قان لو): keyed with vowels so the split works, but
  // read with general consonants (Kazan → قازان, not تسان)
  if (syl.length === 2 && syl.every((s) => s.length <= 3) && syl.some((s) => s.endsWith('n'))) return 'weak';
  return null;
}

/** The one key of a Latin or Arabizi query word ('' when nothing usable). */
export function latinQueryKey(raw: string): string {
  let word = foldLatin(raw);
  const article = /^(al|el)'?(?=[a-z]{3})/.exec(word);
  if (typeof raw === 'string' && /^(al|el)[-‐]/i.test(raw.trim()) && article) word = word.slice(article[0].length);
  if (!word || ARTICLES.has(word)) return '';
  if (word in KNOWN_NAMES) return arabicPhraseKey(KNOWN_NAMES[word]);
  if (looksLikeArabizi(word)) return modeKey(latinPhones(arabiziDigitsToPhones(word)));
  const letters = word.replace(/[^a-z]/g, '');
  if (!letters) return '';
  const allah = ALLAH_SUFFIX.exec(letters);
  if (allah && allah[1].length >= 2 && !/ll$/.test(allah[1])) {
    const head = allah[1] in KNOWN_NAMES ? arabicKeys(KNOWN_NAMES[allah[1]], KNOWN_NAMES[allah[1]])[0] : skeletonKey(latinPhones(allah[1]));
    return head + arabicPhraseKey('الله');
  }
  const evidence = pinyinEvidence(letters);
  if (evidence === 'strong') { const k = pinyinKey(letters); if (k) return k; }
  if (evidence === 'weak') {
    // A syllable without initial keeps its vowel as written in Arabic: Enlai → ان لاي (an), not ين
    const phones = latinPhones(letters);
    return vowelKey(letters.startsWith('e') ? 'a' + phones.slice(1) : phones);
  }
  return modeKey(latinPhones(letters));
}

/** Document keys of a Latin word found in an article: its query key, plus skeleton and vowel forms. */
export function latinKeys(raw: string): string[] {
  const key = latinQueryKey(raw);
  if (!key) return [];
  const phones = latinPhones(foldLatin(raw).replace(/[^a-z]/g, ''));
  return [key, skeletonKey(phones), vowelKey(phones)].filter((k, i, all) => k && /^[a-z]+$/.test(k) && all.indexOf(k) === i);
}

/**
 * Whether a Latin query word is one short syllable keyed with its vowels (Xi, Jin, Ping, Viet, Nam, To,
 * Lam, Hong, Kong): two such words typed apart may be one Arabic word (Viet Nam → فيتنام), so the query
 * joins their keys, and Meilisearch's word splitting still finds them written as two (تو لام).
 */
export function joinableLatin(raw: string): boolean {
  const word = foldLatin(raw);
  if (!/^[a-z]+$/.test(word) || word in KNOWN_NAMES || ARTICLES.has(word)) return false;
  if (!/^[^aeiouy]*[aeiouy]+[^aeiouy]*$/.test(word)) return false;
  const phones = latinPhones(word);
  // Keyed with vowels: short, or a Pinyin syllable (Ping → binj); a skeleton-keyed word (Minsk) stays apart
  return consonantCount(phones) < MIN_SKELETON_CONSONANTS || latinQueryKey(word) !== skeletonKey(phones);
}
