/**
 * `analyze`: tokens with offsets into the original text, surfaces, stems, scripts and stop flags;
 * edge cases; and fast-check properties (bounds, order, no overlap, words begin and end on a
 * letter or digit, never throws — random Unicode, lone surrogates, a 1 MB line).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A limit, not a timing assertion: 1,500+ random binary strings can take 40 s when the machine is shared. */
const PROPERTY_LIMIT_MS = 120_000;
import { analyze, analyzeUnstemmed, surfaces, type Token } from '../../../indexer/arabic/analyzer.ts';

const brief = (tokens: Token[]) => tokens.map((t) => [t.surface, t.stem, t.script, t.stop]);
const spans = (text: string) => analyze(text).map((t) => text.slice(t.start, t.end));

describe('analyze: tokens', () => {
  it('splits a sentence into normalized, stemmed tokens with original offsets', () => {
    const text = 'وَقالَ الرئيسُ الصينيُّ: إنّ العلاقاتِ مع روسيا';
    // "And the Chinese president said: relations with Russia"
    expect(brief(analyze(text))).toEqual([
      ['وقال', 'قال', 'arabic', false], // و leaves 3 letters, as in Lucene
      ['الرءيس', 'رءيس', 'arabic', false], // hamza seat folded to ء
      ['الصيني', 'صيني', 'arabic', false], // nisba kept on a short stem (rules/suffixes.ts)
      ['ان', 'ان', 'arabic', true],
      ['العلاقات', 'علاق', 'arabic', false],
      ['مع', 'مع', 'arabic', true],
      ['روسيا', 'روسي', 'arabic', false], // final alef off, like الروسي
    ]);
    expect(spans(text)).toEqual(['وَقالَ', 'الرئيسُ', 'الصينيُّ', 'إنّ', 'العلاقاتِ', 'مع', 'روسيا']);
  });

  it('covers the whole original word, clitics and diacritics included', () => {
    const text = 'زيارة الأخير لِموسكو';
    const [, , moscow] = analyze(text);
    expect(text.slice(moscow.start, moscow.end)).toBe('لِموسكو'); // to Moscow
    expect([moscow.surface, moscow.stem, moscow.proclitics]).toEqual(['لموسكو', 'موسكو', 'ل']);
  });

  it('folds Arabic-Indic digits to ASCII numbers', () => {
    expect(brief(analyze('عام ٢٠١٩ و۱۴۰۲'))).toEqual([
      ['عام', 'عام', 'arabic', false], // year
      ['2019', '2019', 'number', false],
      ['و', 'و', 'arabic', true], // and
      ['1402', '1402', 'number', false],
    ]);
  });

  it('splits Arabic from digits and Latin, keeps Latin with digits', () => {
    expect(analyze('كوفيد19 G20 mo7amed بوتينPutin').map((t) => [t.surface, t.script])).toEqual([
      ['كوفيد', 'arabic'], // Covid
      ['19', 'number'],
      ['g20', 'latin'],
      ['mo7amed', 'latin'], // Arabizi for Mohamed
      ['بوتين', 'arabic'], // Putin
      ['putin', 'latin'],
    ]);
  });

  it('keeps an Arabizi apostrophe after a digit, and splits on other apostrophes', () => {
    expect(analyze("3'ali Putin's 7\u2019aled").map((t) => t.surface)).toEqual(["3'ali", 'putin', 's', "7'aled"]);
  });

  it('lowercases Latin words and does not stem them', () => {
    expect(brief(analyze('The Kremlin, Patrushev'))).toEqual([
      ['the', 'the', 'latin', true],
      ['kremlin', 'kremlin', 'latin', false],
      ['patrushev', 'patrushev', 'latin', false],
    ]);
  });

  it('treats ، ؛ ؟ as separators', () => {
    expect(analyze('الصين،روسيا؛الهند؟').map((t) => t.surface)).toEqual(['الصين', 'روسيا', 'الهند']); // China, Russia, India
  });

  it('expands presentation forms, with offsets in the original', () => {
    const text = '\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 \uFEFB'; // "peace" and "no" from a PDF
    const tokens = analyze(text);
    expect(tokens.map((t) => [t.surface, t.start, t.end])).toEqual([
      ['السلام', 0, 5], // 5 original code units → 6 letters (ﻼ is two)
      ['لا', 6, 7],
    ]);
  });

  it('does not split a word on a ZWNJ or a bidi control, and excludes a trailing control', () => {
    const text = 'الص\u200Cين \u202Bموسكو\u202C';
    expect(analyze(text).map((t) => [t.surface, text.slice(t.start, t.end)])).toEqual([
      ['الصين', 'الص\u200Cين'],
      ['موسكو', 'موسكو'],
    ]);
  });

  it('splits on no-break spaces', () => {
    expect(analyze('الصين\u00A0وروسيا\u202Fوالهند').map((t) => t.stem)).toEqual(['صين', 'روسي', 'هند']);
  });

  it('keeps a trailing tanween in the span, drops a trailing tatweel', () => {
    const text = 'كتابٌ كتابـ';
    expect(spans(text)).toEqual(['كتابٌ', 'كتاب']);
  });

  it('flags stop words but keeps them', () => {
    const tokens = analyze('في من وفي الصين');
    expect(tokens.map((t) => t.stop)).toEqual([true, true, true, false]);
  });

  it('expands a phrase ligature into its words, each spanning the one ligature; ﷲ is one word', () => {
    const text = 'محمد ﷺ ﷲ'; // Muhammad, peace be upon him; God
    expect(analyze(text).map((t) => [t.surface, text.slice(t.start, t.end)])).toEqual([
      ['محمد', 'محمد'],
      ['صلي', 'ﷺ'],
      ['الله', 'ﷺ'],
      ['عليه', 'ﷺ'],
      ['وسلم', 'ﷺ'],
      ['الله', 'ﷲ'],
    ]);
  });

  it('expands ﷻ and ﷽, also when written against a word', () => {
    expect(analyze('اللهﷻ').map((t) => t.surface)).toEqual(['الله', 'جل', 'جلاله']); // God, exalted be His glory
    expect(analyze('﷽').map((t) => t.stem)).toEqual(['بسم', 'الله', 'رحمن', 'رحيم']); // in the name of God…
  });

  it('gives other scripts the script "other"', () => {
    expect(analyze('Москва 北京').map((t) => [t.surface, t.script])).toEqual([
      ['москва', 'other'],
      ['北京', 'other'],
    ]);
  });
});

describe('analyze: edge cases', () => {
  it('returns no tokens for the empty string and for punctuation only', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' ،؛؟ ... \u00A0\u200C')).toEqual([]);
  });
  it('ignores a lone mark or control with no letter', () => {
    expect(analyze('\u064E \u200C \u0640')).toEqual([]);
  });
  it('treats lone surrogates as separators', () => {
    expect(analyze('ب\uD800ب\uDC00x').map((t) => t.surface)).toEqual(['ب', 'ب', 'x']);
  });
  it('keeps astral letters inside a token', () => {
    const text = 'a\u{1D400}b 𠀀';
    expect(spans(text)).toEqual(['a\u{1D400}b', '𠀀']);
  });
});

const STARTS_ON_LETTER = /^[\p{L}\p{Nd}]/u;
const ENDS_ON_LETTER = /[\p{L}\p{Nd}]$/u;
const TRAILING_MARKS = /[\p{M}]+$/u;
const PHRASE_LIGATURE = /^[\uFDFA\uFDFB\uFDFD]$/;

/**
 * The first invariant `analyze(text)` breaks, or null. Plain checks and one `expect` per string:
 * an `expect` per token made the 1,500-run properties slow enough to time out on a loaded machine.
 */
function tokenProblem(text: string): string | null {
  let previous: Token | null = null;
  for (const t of analyze(text)) {
    // Ordered and non-overlapping, except the words of one phrase ligature, which share its span.
    const sameLigature =
      previous !== null && t.start === previous.start && t.end === previous.end && t.end === t.start + 1;
    if (!sameLigature && t.start < (previous?.end ?? 0)) return `token at ${t.start} overlaps the one before`;
    if (t.end <= t.start || t.end > text.length) return `token [${t.start}, ${t.end}) is empty or out of bounds`;
    if (t.surface.length === 0) return `token at ${t.start} has an empty surface`;
    previous = t;
    const span = text.slice(t.start, t.end);
    if (sameLigature || PHRASE_LIGATURE.test(span)) continue; // ﷺ ﷻ ﷽: one symbol, several words
    // Begins with a letter or digit (presentation forms are letters); ends with one, or with the
    // combining marks that belong to it.
    if (!STARTS_ON_LETTER.test(span)) return `token ${JSON.stringify(span)} does not begin on a letter or digit`;
    if (!ENDS_ON_LETTER.test(span.replace(TRAILING_MARKS, '')))
      return `token ${JSON.stringify(span)} does not end on a letter, digit or mark`;
  }
  return null;
}

function checkTokens(text: string): void {
  expect(tokenProblem(text)).toBeNull();
}

describe('analyze: properties', () => {
  it(
    'offsets are in bounds, ordered, non-overlapping and on letters, for any string',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => checkTokens(s)),
        { numRuns: 1500 },
      );
    },
    PROPERTY_LIMIT_MS,
  ); // generous: binary-string generation is slow on a loaded machine
  it('the same holds on Arabic-heavy strings with marks, controls and presentation forms', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '\u200C', '\u202B', '\u00A0', '3', "'", 'a', '\uD83D', '\uDE00', '\u0301'),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((a) => a.join('')),
        (s) => checkTokens(s),
      ),
      { numRuns: 1500 },
    );
  });
  it('surfaces(text) is analyze(text) surfaces, for any Arabic-heavy string', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '\u200C', 'ﷺ', 'ﻻ', '3', 'a', 'وفي', 'الصين', 'the'),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((a) => a.join('')),
        (s) => {
          expect(surfaces(s)).toEqual(analyze(s).map((t) => t.surface));
        },
      ),
      { numRuns: 1000 },
    );
    // "and in China" (clitics kept), "the" (a stop word), the ligature ﷺ (four words)
    expect(surfaces('وبالصين the ﷺ')).toEqual(['وبالصين', 'the', 'صلي', 'الله', 'عليه', 'وسلم']);
  });
  it('analyzeUnstemmed(text) is analyze(text) without stems: same words, offsets, scripts and stop flags', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '\u200C', 'ﷺ', 'ﻻ', '3', 'a', 'وفي', 'الصين', 'the'),
    );
    const shape = (tokens: Token[]) => tokens.map((t) => [t.start, t.end, t.surface, t.script, t.stop]);
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((a) => a.join('')),
        (s) => {
          expect(shape(analyzeUnstemmed(s))).toEqual(shape(analyze(s)));
        },
      ),
      { numRuns: 1000 },
    );
    // "and in China": the stem is not taken (صين), the surface stays; في ("in") is still a stop word
    expect(brief(analyzeUnstemmed('وبالصين في'))).toEqual([
      ['وبالصين', 'وبالصين', 'arabic', false],
      ['في', 'في', 'arabic', true],
    ]);
  });
  it('a token analysed alone gives back its own surface', () => {
    const word = fc
      .array(
        fc
          .integer({ min: 0x0621, max: 0x064a })
          .filter((c) => c !== 0x0640)
          .map((c) => String.fromCharCode(c)),
        { minLength: 1, maxLength: 10 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(word, (w) => {
        const [t] = analyze(w);
        expect(analyze(t.surface).map((x) => x.surface)).toEqual([t.surface]);
      }),
    );
  });
  it('analyses a 1 MB line completely (speed is measured by npm run bench:analyze, not here)', () => {
    const unit = 'والصينيّة بـ٢٠١٩ ﻻ\u200Cموسكو Patrushev، '; // 5 tokens: and the Chinese (fem.), in, 2019, la-Moscow (ZWNJ joins), Patrushev
    const repeats = Math.floor(1_000_000 / unit.length);
    const tokens = analyze(unit.repeat(repeats));
    expect(tokens).toHaveLength(5 * repeats);
    expect(tokens.slice(-5).map((t) => t.surface)).toEqual(['والصينيه', 'ب', '2019', 'لاموسكو', 'patrushev']);
    expect(tokens.at(-1)!.end).toBe(unit.length * repeats - 2); // ends before the final "، "
  });
  it('never throws on a 1 MB line of random code units', () => {
    const units = new Uint16Array(500_000);
    let seed = 42;
    for (let i = 0; i < units.length; i++) units[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    let text = '';
    for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
    expect(() => analyze(text)).not.toThrow();
  });
});
