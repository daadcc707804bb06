/**
 * Latin (and Arabizi) word → folded form the sound rules read (stage: indexer/arabic/names, pure).
 *
 * Lowercase; letters with a sound of their own in their language become the digraph the rules know
 * (Turkish ş → sh, ç → ch, ğ → gh; Czech/Croatian č ć → ch, š → sh, ž → zh; Polish ż → zh; Vietnamese
 * đ → d; German ß → ss), then other accents come off (Vietnamese tone and vowel marks: Hồ Chí Minh →
 * ho chi minh). Kept: a–z, chat digits 2–9 (only when the word also has letters), the apostrophe
 * (Wade-Giles ch', Arabizi 3') and the hyphen (the article in al-Assad; syllables in Hsiao-ping are
 * joined by removing it). An English possessive 's comes off.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  č: 'ch',
  ć: 'ch',
  š: 'sh',
  ž: 'zh',
  ż: 'zh',
  đ: 'd',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
};
const APOSTROPHES = /[’`‘ʼʻ′]/g;

export function foldLatin(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase().replace(APOSTROPHES, "'")) out += SPECIAL[ch] ?? ch;
  out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  out = out.replace(/[‐‑–—]/g, '-').replace(/[^a-z0-9'-]/g, '');
  // Digits are chat letters only inside a word with letters (3ali); "2019" or "G20" are not names.
  if (!/[a-z]/.test(out) || /\d\d/.test(out) || /[014]/.test(out)) out = out.replace(/[0-9]/g, '');
  // The English possessive is no part of the name (Putin's, Haftar’s); after one or two letters the
  // apostrophe is a hamza or ع (Ra's al-Khaimah رأس الخيمة).
  out = out.replace(/^([a-z0-9-]{3,})'s$/, '$1');
  return out.replace(/^[-']+|[-']+$/g, '');
}

/** Number of letters (a–z and chat digits) in a folded word: the length the score is normalized by. */
export function letterCount(folded: string): number {
  return folded.replace(/[^a-z2-9]/g, '').length;
}
