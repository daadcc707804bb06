/**
 * The near lookup of the gazetteer: the same place as other European languages write it reaches the
 * English key (Égypte → Egypt → مصر), and a different place one letter away does not (Chile is not China).
 */
import { describe, expect, it } from 'vitest';
import { nearCost, nearestKey, stems } from '../../../indexer/arabic/names/gazetteer-match.ts';
import { foldLatin } from '../../../indexer/arabic/names/latin-fold.ts';
import { EXONYM_ENDINGS } from '../../../indexer/arabic/names/rules/exonym-endings.ts';
import { GAZETTEER } from '../../../indexer/arabic/names/rules/gazetteer.ts';

const KEYS = GAZETTEER.flatMap((e) => e.latin);
const near = (word: string) => nearestKey(foldLatin(word), KEYS)?.key;

describe('endings of other languages', () => {
  it.each(EXONYM_ENDINGS.map((e) => [e.ending, e.languages, ...e.example] as const))(
    '-%s (%s): %s reaches %s',
    (ending, _languages, spelling, key) => {
      expect(spelling.endsWith(ending)).toBe(true);
      expect(KEYS).toContain(key);
      expect(nearestKey(spelling, KEYS)?.key).toBe(key);
    },
  );

  it('takes one ending off and keeps a stem of 3 letters at least', () => {
    expect(stems('indien')).toEqual(['indien', 'ind', 'indi']);
    expect(stems('inde')).toEqual(['inde', 'ind']);
    expect(stems('ie')).toEqual(['ie']);
  });
});

describe('near spellings of a gazetteer name', () => {
  it.each([
    ['Ägypten', 'egypt', 'German: Egypt, مصر'],
    ['Égypte', 'egypt', 'French'],
    ['Egipto', 'egypt', 'Spanish'],
    ['Chine', 'china', 'French: China, الصين'],
    ['Çin', 'china', 'Turkish'],
    ['Indien', 'india', 'German: India, الهند'],
    ['Athènes', 'athens', 'French: Athens, أثينا'],
    ['Atenas', 'athens', 'Spanish (an h less)'],
    ['Bryussel', 'brussels', 'Uzbek: Brussels, بروكسل (a vowel more)'],
    ['Trypolis', 'tripoli', 'Polish: Tripoli, طرابلس'],
    ['Saudi-Arabien', 'saudiarabia', 'German, two words as the gazetteer joins them'],
  ])('%s → %s (%s)', (spelling, key) => {
    expect(near(spelling)).toBe(key);
  });

  it.each([
    ['Chile', 'Chile is not China: l for n is a consonant edit'],
    ['Chen', 'a Chinese surname, not China: a 4-letter stem allows an h, not a vowel'],
    ['Macao', 'not Mecca'],
    ['Ando', 'not India: a short stem differing in two vowels'],
    ['Australia', 'not Austria: a vowel and an l more'],
    ['Germain', 'not Germany'],
  ])('%s reaches no key (%s)', (spelling) => {
    expect(near(spelling)).toBeUndefined();
  });

  it('weighs vowels, an h and a doubled letter below other consonants', () => {
    expect(nearCost('egipt', 'egypt')).toBeCloseTo(0.35);
    expect(nearCost('aten', 'athen')).toBeCloseTo(0.3);
    expect(nearCost('lissabon', 'lisabon')).toBeCloseTo(0.1);
    expect(nearCost('chil', 'chin')).toBeCloseTo(1);
  });
});
