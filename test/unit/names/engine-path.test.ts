/**
 * The name-key decisions that exist for the engine path (checked on Meilisearch 1.21, see
 * test/integration/names-*.test.ts): Meilisearch splits one query word over two adjacent `phon` words but
 * does not concatenate query words there (typo tolerance is off on `phon`, and concatenation counts as a
 * typo), so the query plan joins one-syllable Latin words itself; Arabic query words are keyed from the
 * same base as their document twins; short foreign syllables (غو، قوه) get keys, short Arabic words don't.
 */
import { describe, expect, it } from 'vitest';
import {
  arabicKeys, arabicWordKey, foreignSyllable, joinableQueryWord, keyMatches, queryKey,
} from '../../../indexer/arabic/names/index.ts';
import { analyze } from '../../../indexer/arabic/analyzer.ts';

const docKeys = (arabic: string) => analyze(arabic).map((t) => arabicKeys(t.surface, t.stem));

describe('joinableQueryWord', () => {
  it.each([
    ['Xi', true, ''], ['Jin', true, ''], ['Ping', true, 'Pinyin ng'], ['Viet', true, ''], ['Nam', true, ''], ['To', true, ''], ['Lam', true, ''],
    ['Hong', true, ''], ['Kong', true, ''], ['Wang', true, ''], ['Yi', true, ''],
    ['Jinping', false, 'two syllables: keyed whole, split by the engine'], ['Minsk', false, 'skeleton-keyed'],
    ['Ali', false, 'two vowel groups'], ['bin', false, 'a known name part, keyed from its Arabic spelling'],
    ['mo7amed', false, 'Arabizi'],
  ] as [string, boolean, string][])('%s → %s %s', (word, expected) => expect(joinableQueryWord(word)).toBe(expected));
});

describe('foreignSyllable', () => {
  it.each([['غو', true], ['قوه', true], ['شو', true], ['جيه', true], ['شنغ', true], ['تشن', true],
    ['حرب', false], ['غزه', false], ['كون', false], ['ون', false], ['باتروشيف', false]] as [string, boolean][])(
    '%s → %s', (w, expected) => expect(foreignSyllable(w)).toBe(expected));
});

describe('arabicWordKey: the same key the document word gets', () => {
  it.each([['غريغوريان', 'غريغوري'], ['بموسكو', 'موسكو'], ['والصين', 'صين']])('%s (stem %s)', (surface, stem) => {
    expect(arabicKeys(surface, stem)).toContain(arabicWordKey(surface, stem));
  });
});

describe('readings added for the engine evaluation', () => {
  it.each([
    ['Enlai', 'ان لاي', 'Zhou Enlai: a Pinyin syllable without initial keeps its a'],
    ['Raisi', 'رئيسي', 'Ebrahim Raisi: ئي folded to يي reads a+i'],
    ['Shanghai', 'شنغهاي', 'the a of Pinyin ang unwritten'],
    ['Moskva', 'موسكو', 'Russian name of Moscow'],
    ['Beograd', 'بلغراد', 'Serbian name of Belgrade'],
  ])('%s ~ %s (%s)', (latin, arabic) => {
    const key = queryKey(latin);
    const keys = docKeys(arabic);
    const one = keys.some((k) => k.includes(key));
    const split = keys.some((k, i) => i + 1 < keys.length && k.at(-1)! + keys[i + 1]![0]! === key);
    expect(one || split, `${key} vs ${JSON.stringify(keys)}`).toBe(true);
  });

  it('a one-consonant skeleton is no key: الشيوعي (communist) does not answer Xi', () => {
    expect(docKeys('الشيوعي').flat()).not.toContain('xi');
  });
});
