/**
 * The light folding that line-level patterns need (boilerplate phrases, month names, digits)
 * BEFORE text is tokenized: harakat and tatweel removed, alef seats → ا, ى → ي, ة → ه,
 * Arabic-Indic and Persian digits → ASCII, exotic spaces → space, bidi/zero-width marks removed.
 * Same letters as the analyzer's folding (Lucene's ArabicNormalizer), but every other character
 * (spaces, punctuation, Latin) stays in place so that regular expressions over lines still work.
 * Word matching (countries) uses the analyzer itself.
 */
const REMOVED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return String((c & 0xf) % 10);
  if (REMOVED.test(ch)) return '';
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return '\u0627';
  if (c === 0x0649) return '\u064a';
  if (c === 0x0629) return '\u0647';
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000) return ' ';
  return ch;
}

export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const REMOVED_ALL = new RegExp(REMOVED.source, 'g');

/** Same result as folding each character with foldChar, with native replaces (hot path: every line). */
export function foldLine(text: string): string {
  return foldDigits(text)
    .replace(REMOVED_ALL, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
}

/** Folds and keeps, for each folded character, its index in the original (plus one past the end). */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    if (f !== '') { folded += f; map.push(i); }
  }
  map.push(text.length);
  return { folded, map };
}
