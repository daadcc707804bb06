/** Line breaking in logical order, at spaces only. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../server/cli/display/width.ts';
import { wrapLines } from '../../../server/cli/display/wrap.ts';

const wrap = (text: string, width: number) => wrapLines(text, width).map((r) => text.slice(r.start, r.end));

describe('wrapLines', () => {
  it('breaks between words, never inside one', () => {
    // "Moscow and Beijing are united in guaranteeing security"
    expect(wrap('موسكو وبكين متحدتان في ضمان الأمن', 12)).toEqual(['موسكو وبكين', 'متحدتان في', 'ضمان الأمن']);
  });

  it('keeps the text on one line when it fits', () => {
    expect(wrap('قال Patrushev في 2019', 80)).toEqual(['قال Patrushev في 2019']);
  });

  it('counts harakat as zero columns', () => {
    expect(wrap('بَاتْرُوشِيف قال', 12)).toEqual(['بَاتْرُوشِيف قال']); // 8 letters + 4 marks, then 4
  });

  it('cuts only a word longer than the line', () => {
    expect(wrap('ab abcdefghij cd', 4)).toEqual(['ab', 'abcd', 'efgh', 'ij', 'cd']);
  });

  it('returns no line for empty or blank text', () => {
    expect(wrap('', 10)).toEqual([]);
    expect(wrap('   ', 10)).toEqual([]);
  });

  it('property: lines fit, and together hold every word in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('ب', 'ا', 'ل', 'x', '1', ' ', ' ', 'َ') }),
        fc.integer({ min: 1, max: 20 }),
        (text, width) => {
          const lines = wrap(text, width);
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(Math.max(width, 1));
          expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        },
      ),
    );
  });
});
