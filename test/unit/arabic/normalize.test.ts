/**
 * Normalization: one case per rule (Arabic examples with their English meaning), every table
 * example in a loop, rules switched off one at a time, and idempotence as a property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A limit, not a timing assertion: 1,500+ random binary strings can take 40 s when the machine is shared. */
const PROPERTY_LIMIT_MS = 120_000;
import { FILTERS, RULE_NAMES, normalize } from '../../../indexer/arabic/analyzer.ts';

const ALL_RULES = FILTERS.flatMap((f) => (f.kind === 'chars' ? f.rules : []));

describe('normalize: one case per rule', () => {
  it.each([
    ['presentation-forms', '\uFEFB\uFEE7\uFEEE\uFEED', 'لانوو', 'lam-alef ligature and shaped letters'],
    ['presentation-forms', '\uFDF2', 'الله', 'the Allah ligature expands to four letters'],
    ['latin-ligatures', '\uFB02ag', 'flag', 'flag with the fl ligature'],
    ['fullwidth-ascii', '\uFF12\uFF10\uFF11\uFF19', '2019', '2019 in fullwidth digits'],
    ['zero-width-and-bidi-controls', 'موس\u200Bكو\u200F', 'موسكو', 'Moscow with a zero-width space and an RLM'],
    ['zero-width-and-bidi-controls', '\u2067بكين\u2069', 'بكين', 'Beijing inside a bidi isolate'],
    ['zero-width-and-bidi-controls', 'ال\u061Cصين', 'الصين', 'China with an Arabic letter mark'],
    ['no-break-spaces', 'روسيا\u202Fوالصين', 'روسيا والصين', 'Russia and China, narrow no-break space'],
    ['harakat', 'مُحَمَّدٌ', 'محمد', 'Muhammad with damma, fatha, shadda, tanween'],
    ['harakat', 'أَمْنٌ', 'امن', 'security: sukun and tanween, hamza on alef'],
    ['superscript-alef', 'رحمٰن', 'رحمن', 'merciful with a dagger alef'],
    ['quranic-marks', 'ٱلۡحَمۡدُ لِلَّهِ', 'الحمد لله', 'praise be to God, in Quranic orthography'],
    ['tatweel', 'الصيـــن', 'الصين', 'China stretched with kashida'],
    ['combining-marks', 'Mu\u0308ller', 'muller', 'Müller with a decomposed umlaut'],
    ['arabic-punctuation', 'نعم؛ لا؟', 'نعم; لا?', 'yes; no?'],
    ['alef-seats', 'أحمد إبراهيم آمال ٱبن', 'احمد ابراهيم امال ابن', 'Ahmad, Ibrahim, Amal, son (wasla)'],
    ['hamza-seats', 'المؤتمر', 'المءتمر', 'the conference: hamza on waw'],
    ['hamza-seats', 'الرئيس', 'الرءيس', 'the president: hamza on yeh'],
    ['phrase-ligatures', '\uFDFB', 'جل جلاله', 'exalted be His glory'],
    ['alef-maksura', 'مصطفى', 'مصطفي', 'Mustafa'],
    ['teh-marbuta', 'جامعة', 'جامعه', 'university'],
    ['persian-kaf', 'کابل', 'كابل', 'Kabul with a Persian kaf'],
    ['persian-yeh', 'فارسی', 'فارسي', 'Persian with a Farsi yeh'],
    ['persian-yeh', 'پاکستانې', 'باكستاني', 'Pakistani with Pashto yeh and peh'],
    ['persian-heh', 'کوردستانە', 'كوردستانه', 'Kurdistan with Kurdish ae'],
    ['peh', 'پكين', 'بكين', 'Beijing spelled with peh'],
    ['tcheh', 'چين', 'جين', 'Jin spelled with tcheh'],
    ['veh', 'ڤيتنام', 'فيتنام', 'Vietnam spelled with veh'],
    ['gaf', 'گرجستان', 'كرجستان', 'Georgia (Persian spelling) with gaf'],
    ['arabic-indic-digits', '١٩٤٨', '1948', 'the year 1948'],
    ['eastern-arabic-indic-digits', '۲۰۲۴', '2024', 'the year 2024 in Persian digits'],
    ['latin-accents', 'Beyoncé Şahin', 'beyonce sahin', 'names with accents'],
    ['lowercase', 'PATRUSHEV', 'patrushev', 'a surname in capitals'],
    ['apostrophes', '7\u2019aled', "7'aled", 'Khaled in Arabizi'],
  ])('%s: %s → %s (%s)', (rule, input, expected) => {
    expect(RULE_NAMES).toContain(rule);
    expect(normalize(input)).toBe(expected);
  });
});

describe('normalize: every table example', () => {
  it.each(ALL_RULES.map((r) => [r.name, r.example[0], r.example[1], r.meaning] as const))(
    '%s: %s → %s (%s)',
    (_name, input, expected) => expect(normalize(input)).toBe(expected),
  );
});

describe('normalize: rules can be switched off', () => {
  it('keeps teh marbuta with teh-marbuta disabled', () => {
    expect(normalize('الصينية', { disable: ['teh-marbuta'] })).toBe('الصينية');
  });
  it('keeps harakat with harakat disabled, and still folds the alef', () => {
    expect(normalize('أَمْن', { disable: ['harakat'] })).toBe('اَمْن');
  });
  it('keeps Arabic-Indic digits with the digits stage disabled', () => {
    expect(normalize('٢٠١٩', { disable: ['digits'] })).toBe('٢٠١٩');
  });
  it.each(ALL_RULES.map((r) => [r.name, r.example[0], r.example[1]] as const))(
    '%s off: its own example is no longer normalized (no other rule does its job)',
    (name, input, expected) => expect(normalize(input, { disable: [name] })).not.toBe(expected),
  );
  it('rejects an unknown rule name, naming the known ones', () => {
    expect(() => normalize('x', { disable: ['no-such-rule'] })).toThrow(
      /unknown rule or filter "no-such-rule"; known: .*teh-marbuta/,
    );
  });
});

describe('normalize: edge cases', () => {
  it('returns the empty string for the empty string', () => expect(normalize('')).toBe(''));
  it('passes English through, lowercased', () =>
    expect(normalize('Xi Jinping met Putin.')).toBe('xi jinping met putin.'));
  it('returns the same string object when nothing changes', () => {
    const s = 'الصين وروسيا';
    expect(normalize(s)).toBe(s);
  });
  it('leaves lone surrogates and symbols (the rial sign) as they are', () => {
    expect(normalize('محمد \uFDFC \uD800')).toBe('محمد \uFDFC \uD800');
  });
});

describe('normalize: spellings that must meet', () => {
  it.each([
    ['مسؤول', 'مسئول', 'official: Levantine and Egyptian hamza seats'],
    ['شؤون', 'شئون', 'affairs: both standard spellings'],
    ['المسؤولية', 'المسئولية', 'the responsibility'],
    ['ﷺ', 'صلى الله عليه وسلم', 'the ligature and the words it stands for'],
    ['ﺑﻜﻴﻦ', 'بكين', 'Beijing in presentation forms'],
  ])('%s = %s (%s)', (a, b) => expect(normalize(a)).toBe(normalize(b)));
});

describe('normalize: properties', () => {
  it(
    'is idempotent on any string',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normalize(normalize(s)) === normalize(s)),
        { numRuns: 2000 },
      );
    },
    PROPERTY_LIMIT_MS,
  ); // generous: binary-string generation is slow on a loaded machine
  it('is idempotent on Arabic-heavy strings', () => {
    const arabic = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c));
    const forms = fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(arabic, forms, fc.constantFrom(' ', '\u200C', '\u00A0', 'A', '٣'));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((a) => a.join('')),
        (s) => normalize(normalize(s)) === normalize(s),
      ),
      { numRuns: 2000 },
    );
  });
});
