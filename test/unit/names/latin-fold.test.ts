import { describe, expect, it } from 'vitest';
import { foldLatin, letterCount } from '../../../indexer/arabic/names/latin-fold.ts';

describe('foldLatin', () => {
  it.each([
    ['Hồ Chí Minh'.split(' ')[0]!, 'ho', 'Vietnamese tone and vowel marks come off'],
    ['Nguyễn', 'nguyen', 'Vietnamese: ễ → e'],
    ['Đà', 'da', 'Vietnamese đ → d'],
    ['Erdoğan', 'erdoghan', 'Turkish ğ → gh (أردوغان)'],
    ['Başkent', 'bashkent', 'Turkish ş → sh'],
    ['Ćosić', 'chosich', 'Serbo-Croatian ć → ch'],
    ['Straße', 'strasse', 'German ß → ss'],
    ['Abidżan', 'abidzhan', 'Polish ż → zh (Abidjan أبيدجان)'],
    ['Ch’ing', "ch'ing", 'Wade-Giles aspiration mark kept as an apostrophe'],
    ['mo7amed', 'mo7amed', 'Arabizi digits kept inside a word with letters'],
    ['G20', 'g', 'a code with 0: digits are no chat letters'],
    ['2019', '', 'a number is no name'],
    ['el-Assad', 'el-assad', 'the hyphen of the article stays'],
    ['-x-', 'x', 'leading and trailing marks go'],
    ["Haftar's", 'haftar', 'the English possessive comes off'],
    ['Putin’s', 'putin', 'with a typographic apostrophe too'],
    ["Ra's", "ra's", 'not after two letters: the apostrophe is a hamza (Ra’s al-Khaimah رأس الخيمة)'],
    ["al-Assad's", 'al-assad', 'after a name with the article'],
  ])('%s → %s (%s)', (input, expected) => expect(foldLatin(input)).toBe(expected));

  it('counts letters and chat digits, not marks', () => {
    expect(letterCount("3'ali-x")).toBe(5);
  });
});
