/**
 * Bidi reordering of one line for a left-to-right terminal, shown on UNSHAPED text so the expected
 * strings can be read: an Arabic word in visual order is simply its letters backwards (في → يف).
 */
import { describe, expect, it } from 'vitest';
import { resolveLevels, visualLine } from '../../../server/cli/display/reorder.ts';

const visual = (text: string, direction: 'ltr' | 'rtl' | 'auto' = 'auto') =>
  visualLine(resolveLevels(text, direction), { start: 0, end: text.length })
    .map((c) => c.char)
    .join('');

describe('visualLine', () => {
  it('an Arabic line reads right to left: words and letters in reverse', () => {
    expect(visual('موسكو وبكين')).toBe('نيكبو وكسوم'); // Moscow and Beijing
  });

  it('قال Patrushev في 2019: the Latin name and the year stay readable left to right', () => {
    // "Patrushev said in 2019": the sentence runs right to left, Patrushev and 2019 do not turn around
    expect(visual('قال Patrushev في 2019')).toBe('2019 يف Patrushev لاق');
  });

  it('is not a string reverse: a naive reverse would print vehsurtaP and 9102', () => {
    const naive = [...'قال Patrushev في 2019'].reverse().join('');
    expect(naive).toContain('vehsurtaP');
    expect(visual('قال Patrushev في 2019')).not.toBe(naive);
  });

  it('an English line with an Arabic name keeps the English order, the name reversed in place', () => {
    expect(visual('Patrushev (باتروشيف) visited Beijing')).toBe('Patrushev (فيشورتاب) visited Beijing');
  });

  it('mirrors brackets inside right-to-left text', () => {
    // "Russia (Moscow)": the opening bracket, now on the right of موسكو, is drawn as ( facing it
    expect(visual('روسيا (موسكو)')).toBe('(وكسوم) ايسور');
  });

  it('keeps multi-digit Arabic-Indic numbers in their order', () => {
    expect(visual('عام ٢٠١٩')).toBe('٢٠١٩ ماع'); // the year 2019
  });

  it('puts each haraka after its letter, where a terminal draws it', () => {
    // بَاب (door): fatha (U+064E) belongs to the first beh, which is drawn last
    expect(visual('بَاب')).toBe('باب\u064e');
  });

  it('drops bidi control characters: the order is already explicit', () => {
    expect(visual('\u2068موسكو\u2069 2019', 'ltr')).toBe('وكسوم 2019');
  });

  it('returns each character once, with the index it came from', () => {
    const text = 'قال Patrushev في 2019';
    const chars = visualLine(resolveLevels(text), { start: 0, end: text.length });
    expect(chars.map((c) => c.index).sort((a, b) => a - b)).toEqual([...text].map((_, i) => i));
  });
});
