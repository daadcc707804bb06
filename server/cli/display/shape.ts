/**
 * Shaping: Arabic letters → the presentation form for their place in the word (isolated, initial,
 * medial, final; lam-alef as one ligature), with `arabic-reshaper`. Terminals without Arabic
 * shaping then draw joined letters. Runs in logical order, before wrapping: joining only happens
 * inside a word, and we only break lines between words.
 */
import reshaper from 'arabic-reshaper';
import type { StyledText } from './styled-text.ts';

const LAM = '\u0644';
/** U+FEF5–U+FEFC: lam with alef-madda, alef-hamza above, alef-hamza below, alef (isolated and final). */
const isLamAlef = (c: string) => c >= '\ufef5' && c <= '\ufefc';

export function shapeArabic(input: StyledText): StyledText {
  const shaped = reshaper.convertArabic(input.text);
  // The reshaper maps one code unit to one, except lam + alef → one ligature (it then skips the
  // next code unit): walk both strings to carry each letter's mark to its shaped form.
  const marked: boolean[] = [];
  let i = 0;
  for (const c of shaped) {
    for (let k = 0; k < c.length; k++) {
      if (isLamAlef(c) && input.text[i] === LAM) {
        marked.push(input.marked[i]! || input.marked[i + 1]!);
        i += 2;
      } else {
        marked.push(input.marked[i] ?? false);
        i += 1;
      }
    }
  }
  return { text: shaped, marked };
}
