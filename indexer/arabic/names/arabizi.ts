/**
 * Arabizi (Arabic chat alphabet: "mo7amed", "ta3awon", "5aled") detection and reading (pure).
 * Source of the digit readings: rules/arabizi-digits.ts.
 */
import { ARABIZI_DIGITS } from './rules/arabizi-digits.ts';

/**
 * True when a Latin word uses chat-alphabet digits as letters: a digit 2 3 5 6 7 8 9 touching a letter,
 * and no run of digits or 0/1/4 (so "G20", "2019", "F16" stay numbers and codes).
 */
export function looksLikeArabizi(word: string): boolean {
  if (typeof word !== 'string') return false;
  const w = word.toLowerCase();
  if (!/[a-z]/.test(w) || /[014]|\d\d/.test(w)) return false;
  if (!/[a-z][2356789]|[2356789]'?[a-z]/.test(w)) return false;
  return /^[a-z2356789']+$/.test(w) && !/^[a-z]\d$/.test(w);
}

/** Replace chat digits by `{p}` groups (p a phone) that the Latin reader copies through. */
export function arabiziDigitsToPhones(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const two = word.slice(i, i + 2);
    if (two in ARABIZI_DIGITS) { out += `{${ARABIZI_DIGITS[two]}}`; i++; continue; }
    const one = word[i];
    if (one in ARABIZI_DIGITS) { out += `{${ARABIZI_DIGITS[one]}}`; continue; }
    out += one;
  }
  return out;
}
