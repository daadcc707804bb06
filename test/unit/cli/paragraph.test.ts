/**
 * The whole display pipeline (shape → wrap → reorder → paint) on the texts a result shows.
 * Shaped expectations are spelled as presentation forms; the comment under each gives the words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNIPPET_THEME } from '../../../server/cli/display/ansi.ts';
import { displayLines } from '../../../server/cli/display/paragraph.ts';
import { fromMarkedHtml, plain } from '../../../server/cli/display/styled-text.ts';
import { displayWidth } from '../../../server/cli/display/width.ts';

const BOLD_YELLOW = '\u001b[1;33m';
const RESET = '\u001b[0m';

describe('displayLines', () => {
  it('قال Patrushev في 2019 → shaped Arabic right to left, the name and year readable', () => {
    expect(displayLines(plain('قال Patrushev في 2019'))).toEqual(['2019 \ufef2\ufed3 Patrushev \ufedd\ufe8e\ufed7']);
    // 2019, في (yeh final, feh initial), Patrushev, قال (lam final, alef final, qaf initial)
  });

  it('wraps before reordering: the first line holds the START of the sentence, right-aligned', () => {
    // "Moscow and Beijing are united": موسكو وبكين fit on the first line, متحدتان goes to the second
    const lines = displayLines(plain('موسكو وبكين متحدتان'), { width: 12 });
    expect(lines).toEqual([
      ' \ufee6\ufef4\ufedc\ufe91\ufeed \ufeee\ufedc\ufeb3\ufeee\ufee3', // وبكين موسكو as one visual line
      '     \ufee5\ufe8e\ufe97\ufeaa\ufea4\ufe98\ufee3', // متحدتان
    ]);
    for (const l of lines) expect(displayWidth(l)).toBe(12);
  });

  it('emphasizes a marked Latin name inside an Arabic line, as one run', () => {
    const [line] = displayLines(fromMarkedHtml('قال <mark>Patrushev</mark> في 2019'), { theme: SNIPPET_THEME });
    expect(line).toBe(`2019 \ufef2\ufed3 ${BOLD_YELLOW}Patrushev${RESET} \ufedd\ufe8e\ufed7`);
  });

  it('emphasizes a marked Arabic word after shaping and reordering, around its visual letters', () => {
    // وقال باتروشيف (and Patrushev said): the name, reversed and shaped, is the coloured run;
    // قال starts again after waw (which never joins forward): qaf initial
    const [line] = displayLines(fromMarkedHtml('وقال <mark>باتروشيف</mark>'), { theme: SNIPPET_THEME });
    expect(line).toBe(
      `${BOLD_YELLOW}\ufed2\ufef4\ufeb7\ufeed\ufeae\ufe97\ufe8e\ufe91${RESET} \ufedd\ufe8e\ufed7\ufeed`,
    );
  });

  it('with shape: false, keeps logical order and base letters (for terminals with their own bidi)', () => {
    expect(displayLines(plain('قال Patrushev في 2019'), { shape: false })).toEqual(['قال Patrushev في 2019']);
    expect(displayLines(plain('موسكو وبكين متحدتان'), { shape: false, width: 12 })).toEqual(['موسكو وبكين', 'متحدتان']);
  });

  it('prints no escape sequence without a theme, and strips those a document carries', () => {
    const [line] = displayLines(fromMarkedHtml('<mark>x</mark>\u001b]0;owned\u0007 y'), { shape: false });
    expect(line).toBe('x]0;owned y');
  });

  it('decodes entities before measuring and shaping', () => {
    expect(displayLines(fromMarkedHtml('a &amp; b &lt;c&gt; &#39;d&#39;'), { shape: false })).toEqual([
      "a & b <c> 'd'",
    ]);
  });

  it('property: never throws, every line fits the width (words fit), each character shown once', () => {
    const letters = fc.constantFrom('ب', 'ل', 'ا', 'م', 'x', 'y', '7', ' ', '(', ')', 'َ', '\u2068', '\u2069');
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 60 }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const lines = displayLines(plain(text), { width });
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
