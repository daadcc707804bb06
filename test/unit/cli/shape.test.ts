/**
 * Shaping: base Arabic letters → presentation forms chosen by position in the word. Expected forms
 * are written as code points with their Unicode names, since they look like the input on screen.
 */
import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../../server/cli/display/shape.ts';
import { fromMarkedHtml, plain } from '../../../server/cli/display/styled-text.ts';

const shape = (text: string) => shapeArabic(plain(text)).text;
const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).toUpperCase());

describe('shapeArabic', () => {
  it('سلام (peace) → initial seen, lam-alef final ligature, isolated meem', () => {
    // FEB3 SEEN INITIAL, FEFC LAM WITH ALEF FINAL, FEE1 MEEM ISOLATED (alef does not join to the left)
    expect(codes(shape('سلام'))).toEqual(['FEB3', 'FEFC', 'FEE1']);
  });

  it('باتروشيف (Patrushev) → one form per letter, joins broken after alef, reh and waw', () => {
    expect(codes(shape('باتروشيف'))).toEqual([
      'FE91', // beh initial
      'FE8E', // alef final
      'FE97', // teh initial (alef does not join forward)
      'FEAE', // reh final
      'FEED', // waw isolated (reh does not join forward)
      'FEB7', // sheen initial
      'FEF4', // yeh medial
      'FED2', // feh final
    ]);
  });

  it('leaves Latin words, digits and punctuation as they are', () => {
    expect(shape('Patrushev 2019, (UN)')).toBe('Patrushev 2019, (UN)');
  });

  it('keeps harakat in place: they do not break the joining', () => {
    // بَ: beh initial then fatha, as in the unvowelled word
    expect(codes(shape('بَاب'))).toEqual(['FE91', '64E', 'FE8E', 'FE8F']);
  });

  it("carries each letter's mark to its form, the lam-alef ligature marked if either letter was", () => {
    const shaped = shapeArabic(fromMarkedHtml('<mark>سل</mark>ام'));
    expect(shaped.text.length).toBe(3);
    expect(shaped.marked).toEqual([true, true, false]);
  });

  it('returns empty for empty', () => {
    expect(shapeArabic(plain(''))).toEqual({ text: '', marked: [] });
  });
});
