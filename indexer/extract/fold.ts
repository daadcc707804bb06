/**
 * The light folding that line-level patterns need (boilerplate phrases, month names, digits)
 * BEFORE text is tokenized: harakat and tatweel removed, alef seats → ا, ى → ي, ة → ه,
 * Arabic-Indic and Persian digits → ASCII. Same letters as the analyzer's folding (Lucene's
 * ArabicNormalizer), but keeps every other character (spaces, punctuation, Latin) in place so
 * that regular expressions over lines still work. Word matching (countries) uses the analyzer.
 */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

export function foldLine(text: string): string {
  return foldDigits(text)
    .replace(MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}
