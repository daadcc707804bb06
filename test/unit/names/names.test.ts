/**
 * Name keys as examples: each case is a real name, its Latin (or Arabizi) spelling and the Arabic
 * spelling used in Arabic media. Paths mirror indexer/arabic/names/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicKeys, keyMatches, latinKeys, looksLikeArabizi, queryKey } from '../../../indexer/arabic/names/index.ts';

const KEY = /^[a-z]+$/;
/** Arabic keys of a single word, with the word as its own stem (no clitics in these examples). */
const keysOf = (arabic: string) => arabicKeys(arabic, arabic);

describe('queryKey (Latin) matches arabicKeys of the Arabic spelling', () => {
  it.each([
    ['Patrushev', 'باتروشيف', 'Nikolai Patrushev, Russian Security Council: sh → ش, v → ف, p → ب'],
    ['Patrouchev', 'باتروشيف', 'Patrushev in French spelling: ou, ch → ش'],
    ['Naryshkin', 'ناريشكين', 'Sergei Naryshkin, SVR director'],
    ['Kolesov', 'كوليسوف', 'FSB border service deputy head: o/u, -ov → وف'],
    ['Medvedev', 'ميدفيديف', 'Dmitry Medvedev: -ev → يف, e → ي'],
    ['Putin', 'بوتين', 'Vladimir Putin'],
    ['Gregorian', 'جريجوريان', 'Armen Grigoryan, Armenian security council: Egyptian G → ج'],
    ['Grigoryan', 'غريغوريان', 'the same name, Levantine G → غ'],
    ['Xi', 'شي', 'Xi Jinping: Pinyin x → ش'],
    ['Guo', 'قوه', 'Guo Shengkun (Xinhua Arabic): g → ق, uo → و'],
    ['Guo', 'غو', 'Guo Shengkun (RT Arabic): g → غ'],
    ['Chen', 'تشن', 'Chen Wenqing: ch → تش, e unwritten before n'],
    ['Zhao', 'تشاو', 'Zhao Kezhi: zh → تش'],
    ['To', 'تو', 'To Lam, Vietnamese minister'],
    ['Lam', 'لام', 'To Lam'],
    ['Hanoi', 'هانوي', 'capital of Vietnam'],
    ['Ufa', 'أوفا'.replace('أ', 'ا'), 'city in Bashkortostan, SCO meetings'],
    ['Moscow', 'موسكو', 'capital of Russia'],
    ['Beijing', 'بكين', 'exonym, from the known-names table'],
    ['Nanjing', 'نانجينغ', 'city, written as one word'],
    ['Fujian', 'فوجيان', 'province'],
    ['Mohammed', 'محمد', 'Arabic given name: short vowels unwritten'],
    ['Muhammad', 'محمد', 'same name, scholarly spelling'],
    ['Mohamed', 'محمد', 'same name, Egyptian/French spelling'],
    ['mo7amed', 'محمد', 'Arabizi 7 → ح'],
    ['ta3awon', 'تعاون', 'cooperation in Arabizi: 3 → ع'],
    ['5aled', 'خالد', 'Khaled in Arabizi: 5 → خ'],
    ['Ahmed', 'احمد', 'Arabic given name: initial vowel ~ ا'],
    ['Omar', 'عمر', 'Arabic given name from the known-names table'],
    ['Washington', 'واشنطن', 'ng before a consonant is n'],
    ['Stefanovic', 'ستيفانوفيتش', 'Nebojša Stefanović, Serbian minister: -vić → فيتش'],
  ])('%s ~ %s (%s)', (latin, arabic) => {
    expect(keyMatches(queryKey(latin), keysOf(arabic), false)).toBe(true);
  });
});

describe('one Latin word, two Arabic words (Meilisearch split over adjacent primary keys)', () => {
  const primaries = (...words: string[]) => words.map((w) => keysOf(w)[0]).join('');
  it.each([
    ['Jinping', ['جين', 'بينغ'], 'Xi Jinping'],
    ['Shengkun', ['شنغ', 'كون'], 'Guo Shengkun'],
    ['Wenqing', ['ون', 'تشينغ'], 'Chen Wenqing'],
    ['Kezhi', ['كه', 'تشي'], 'Zhao Kezhi'],
    ['Nanjing', ['نان', 'جينغ'], 'Nanjing written as two words'],
    ['Abdullah', ['عبد', 'الله'], 'Abdullah'],
    ['Hamdullah', ['حمد', 'الله'], 'Hamdullah Mohib, Afghan national security adviser'],
  ])('%s = primary keys of %j joined (%s)', (latin, words) => {
    expect(queryKey(latin)).toBe(primaries(...words));
  });
  it('puts the primary key first and last so that neighbours are adjacent in the phon field', () => {
    const keys = keysOf('قوه');
    expect(keys[0]).toBe(keys[keys.length - 1]);
  });
});

describe('queryKey (Arabic) finds other Arabic spellings of a foreign name', () => {
  it.each([
    ['غريغوريان', 'جريجوريان', 'Grigoryan: غ ~ ج'],
    ['قوه', 'غو', 'Guo: ق ~ غ, final ه'],
    ['غو', 'قوه', 'Guo the other way'],
    ['سكرتير', 'سكريتر', 'secretary: long vowel present or absent'],
    ['سيرغي', 'سيرجي', 'Sergei'],
    ['هونج', 'هونغ', 'Hong (Kong): Egyptian ج for ng'],
  ])('%s ~ %s (%s)', (query, doc) => {
    expect(keyMatches(queryKey(query), keysOf(doc), false)).toBe(true);
  });
});

describe('precision', () => {
  it.each([
    ['Lam', 'لم', 'not the particle lam: the vowel key keeps ا'],
    ['To', 'ت', 'short names keep their vowels'],
    ['Chen', 'شن', 'ch (تش) is not sh (ش): Chen does not match شن "launched"'],
    ['Xi', 'شيء', 'not "thing"'],
  ])('%s does not match %s (%s)', (latin, arabic) => {
    expect(keyMatches(queryKey(latin), keysOf(arabic), true)).toBe(false);
  });
  it('uses prefixes only for keys of 4 letters or more', () => {
    expect(keyMatches('xi', ['xiui'], true)).toBe(false);
    expect(keyMatches('btrx', ['btrxf'], true)).toBe(true);
    expect(keyMatches('btrx', ['btrxf'], false)).toBe(false);
  });
});

describe('looksLikeArabizi', () => {
  it.each([['mo7amed', true], ['ta3awon', true], ["3'azza", true], ['5aled', true],
    ['Mohammed', false], ['2019', false], ['G20', false], ['F16', false], ['covid19', false]])('%s → %s', (w, expected) => {
    expect(looksLikeArabizi(w)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('returns no key for empty, punctuation, articles and digits', () => {
    expect(queryKey('')).toBe('');
    expect(queryKey('---')).toBe('');
    expect(queryKey('al')).toBe('');
    expect(queryKey('2019')).toBe('');
    expect(arabicKeys('', '')).toEqual([]);
    expect(latinKeys('')).toEqual([]);
  });
  it('drops a hyphenated article: al-Assad ~ الأسد', () => {
    expect(keyMatches(queryKey('al-Assad'), arabicKeys('الاسد', 'اسد'), false)).toBe(true);
  });
  it('finds a name behind clitics: بموسكو, لبكين', () => {
    expect(keyMatches(queryKey('Moscow'), arabicKeys('بموسكو', 'موسكو'), false)).toBe(true);
    expect(keyMatches(queryKey('Beijing'), arabicKeys('لبكين', 'بكين'), false)).toBe(true);
  });
});

describe('properties', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤةىأإآ0123456789\'- abcdefghijklmnopqrstuvwxyz'.split('')))
      .map((a) => a.join('')));
  it('never throws; keys are lowercase ASCII letters', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      for (const k of [...arabicKeys(a, b), ...latinKeys(a)]) expect(k).toMatch(KEY);
      const q = queryKey(a);
      expect(q === '' || KEY.test(q)).toBe(true);
      looksLikeArabizi(a);
    }), { numRuns: 500 });
  });
  it('an Arabic query word always matches its own document keys', () => {
    const arabicWord = fc.array(fc.constantFrom(...'ابتثجحخدرزسشصطعغفقكلمنهوي'.split('')), { minLength: 2, maxLength: 9 }).map((a) => a.join(''));
    fc.assert(fc.property(arabicWord, (w) => {
      const q = queryKey(w);
      if (q) expect(keyMatches(q, arabicKeys(w, w), false)).toBe(true);
    }), { numRuns: 500 });
  });
});
