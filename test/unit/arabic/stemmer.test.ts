/**
 * The light stemmer: every prefix and suffix table example, clitic forms of one word sharing a
 * stem, names that must survive, and words too short to strip.
 */
import { describe, expect, it } from 'vitest';
import { normalize, stem } from '../../../indexer/arabic/analyzer.ts';
import { PREFIXES, WHOLE_WORDS } from '../../../indexer/arabic/rules/prefixes.ts';
import { SUFFIXES } from '../../../indexer/arabic/rules/suffixes.ts';

const stemOf = (word: string): string => stem(normalize(word));

describe('stem: every table example', () => {
  it.each([...PREFIXES, ...SUFFIXES].map((r) => [r.name, r.example[0], r.example[1], r.meaning] as const))(
    '%s: %s → %s (%s)',
    (_name, word, expected) => expect(stemOf(word)).toBe(expected),
  );
  it.each(WHOLE_WORDS.map((w) => [w.word, w.stem, w.meaning] as const))('whole word %s → %s (%s)', (word, expected) =>
    expect(stem(word)).toBe(expected),
  );
});

describe('stem: clitic forms of a word share its stem', () => {
  it.each([
    [['الصين', 'والصين', 'بالصين', 'للصين', 'فالصين', 'كالصين', 'وبالصين', 'وللصين', 'فبالصين', 'وكالصين', 'فللصين'], 'China: article, and, in, to, so, like, combinations'],
    [['موسكو', 'بموسكو', 'لموسكو', 'وموسكو', 'وبموسكو', 'فلموسكو'], 'Moscow: a name without article'],
    [['بكين', 'وبكين', 'لبكين', 'ببكين', 'فبكين', 'ولبكين'], 'Beijing: a name that starts with ب'],
    [['باتروشيف', 'لباتروشيف', 'وباتروشيف', 'بباتروشيف'], 'Patrushev: a name that starts with ب'],
    [['بوتين', 'وبوتين', 'لبوتين', 'فبوتين'], 'Putin'],
    [['بغداد', 'لبغداد', 'وبغداد', 'ببغداد'], 'Baghdad'],
    [['الوزير', 'والوزير', 'للوزير', 'وزير', 'ووزير', 'بالوزير'], 'minister: starts with و'],
    [['الله', 'والله', 'بالله', 'لله', 'ولله', 'ﷲ'], 'God'],
    [['الصيني', 'الصينية', 'الصينيين', 'والصينيون', 'صيني'], 'Chinese: nisba adjective forms'],
    [['إيران', 'الإيرانية', 'الإيراني', 'لإيران', 'بإيران', 'وإيران'], 'Iran and Iranian'],
    [['فلسطين', 'الفلسطينيين', 'فلسطيني', 'لفلسطين'], 'Palestine and Palestinians'],
  ])('%j (%s)', (words) => {
    const stems = new Set(words.map(stemOf));
    expect([...stems]).toHaveLength(1);
  });

  it('keeps proper names whole when nothing is a clitic', () => {
    expect(stemOf('موسكو')).toBe('موسكو'); // Moscow
    expect(stemOf('بكين')).toBe('بكين'); // Beijing: ب + 3 letters is not stripped
    expect(stemOf('لندن')).toBe('لندن'); // London
  });
});

describe('stem: words too short to strip', () => {
  it.each([
    ['بين', 'between: ب would leave 2 letters'],
    ['وطن', 'homeland: و would leave 2 letters'],
    ['كتاب', 'book: ك would leave 3 letters'],
    ['فريق', 'team: ف would leave 3 letters'],
    ['الف', 'thousand (ألف): ال would leave 1 letter'],
    ['علي', 'Ali: ي would leave 2 letters'],
    ['حسين', 'Hussein: ين would leave 2 letters'],
    ['عمان', 'Oman: ان would leave 2 letters'],
    ['تعاون', 'cooperation: ون would leave 3 letters, ون/ين/ان need 4'],
    ['قانون', 'law: ون would leave 3 letters'],
    ['مليون', 'million: ون would leave 3 letters'],
    ['ايران', 'Iran: ان would leave 3 letters'],
    ['عشرين', 'twenty: ين would leave 3 letters'],
    ['ب', 'a lone clitic letter'],
    ['', 'the empty string'],
  ])('%s stays (%s)', (word) => expect(stemOf(word)).toBe(normalize(word)));
});

describe('stem: known over-stemming stays consistent', () => {
  // No dictionary: a long word opening with a clitic letter loses it. Documented in rules/prefixes.ts.
  it.each([
    ['بوتين', 'وتين', 'Putin'],
    ['باتروشيف', 'اتروشيف', 'Patrushev'],
    ['فلاديمير', 'اديمير', 'Vladimir'],
  ])('%s → %s (%s), for every clitic form too', (word, expected) => {
    expect(stemOf(word)).toBe(expected);
    expect(stemOf('و' + word)).toBe(expected);
  });
});

describe('stem: non-Arabic input', () => {
  it('passes Latin words and numbers through', () => {
    expect(stem('patrushev')).toBe('patrushev');
    expect(stem('2019')).toBe('2019');
  });
});
