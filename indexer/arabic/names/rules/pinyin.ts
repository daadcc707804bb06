/**
 * Hanyu Pinyin syllable inventory (initials × finals, over-generated), used to recognise Chinese names
 * typed in Latin letters ("Jinping", "Shengkun") so that Pinyin conventions apply
 * (x → ش, q/zh/ch → تش, c/z → تس, en/eng written without a vowel: تشن Chen, شنغ Sheng).
 * Source: the standard Pinyin table (initials and finals as in the Xinhua Zidian).
 */
export const PINYIN_INITIALS: readonly string[] = [
  'zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', '',
];
export const PINYIN_FINALS: readonly string[] = [
  'iang', 'iong', 'uang', 'ueng', 'ang', 'eng', 'ing', 'ong', 'iao', 'ian', 'uai', 'uan', 'van',
  'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er', 'ia', 'ie', 'iu', 'in', 'ua', 'uo', 'ui', 'un', 'ue', 've', 'vn',
  'a', 'o', 'e', 'i', 'u', 'v',
];

const SYLLABLES = new Set<string>();
for (const i of PINYIN_INITIALS) for (const f of PINYIN_FINALS) {
  if (i === '' && /^[iuv]/.test(f)) continue; // y/w spell these
  if (i !== '' && f === 'er') continue;       // er stands alone
  SYLLABLES.add(i + f);
}
const MAX_SYLLABLE = 6;

/** Split a lowercase word into Pinyin syllables (fewest syllables), or null when it is not Pinyin. */
export function segmentPinyin(word: string): string[] | null {
  if (!/^[a-z]+$/.test(word)) return null;
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - MAX_SYLLABLE); start < end; start++) {
      const prev = best[start];
      const syl = word.slice(start, end);
      if (prev && SYLLABLES.has(syl) && (!best[end] || best[end]!.length > prev.length + 1)) best[end] = [...prev, syl];
    }
  }
  return best[word.length];
}
