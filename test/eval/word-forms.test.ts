import { describe, expect, it } from 'vitest';
import { DocumentWords, fold, missingWords, requiredWords, sameWord } from './word-forms.ts';

describe('fold', () => {
  it.each([
    ['الصِّينِ', 'الصين', 'China: diacritics removed'],
    ['إيران', 'ايران', 'Iran: hamza under alef'],
    ['مستشفى', 'مستشفي', 'hospital: alef maqsura'],
    ['الصينية', 'الصينيه', 'Chinese: teh marbuta'],
    ['مسؤول', 'مسءول', 'official: hamza on waw'],
    ['٢٠١٩', '2019', 'Arabic-Indic digits'],
    ['ٱلرَّحۡمَٰنِ', 'الرحمن', 'the Merciful: wasla, dagger alef and Quranic signs'],
  ])('%s → %s (%s)', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('sameWord', () => {
  it.each([
    ['بموسكو', 'موسكو', 'in Moscow / Moscow'],
    ['والصين', 'الصين', 'and China / China'],
    ['للأمن', 'الأمن', 'for security / security'],
    ['بالمعابر', 'المعابر', 'at the crossings / the crossings'],
    ['الفيتنامية', 'فيتنام', 'Vietnamese / Vietnam'],
    ['مسئول', 'مسؤول', 'official, two hamza seats'],
    ['وزيرا', 'الوزير', 'two ministers (of …) / the minister'],
  ])('%s is a form of %s (%s)', (a, b) => expect(sameWord(fold(a), fold(b))).toBe(true));

  it.each([
    ['المعارج', 'المعابر', 'the Ascents / the crossings'],
    ['والإمارات', 'الأمطار', 'and the Emirates / the rain'],
    ['إطار', 'الأمطار', 'framework / the rain'],
    ['فتنا', 'فيتنام', 'we tried / Vietnam'],
    ['الصيف', 'الصين', 'summer / China'],
    ['مسار', 'مصر', 'path / Egypt'],
  ])('%s is not a form of %s (%s)', (a, b) => expect(sameWord(fold(a), fold(b))).toBe(false));
});

describe('DocumentWords.has', () => {
  const doc = new DocumentWords('أكد الرئيس الصيني شي جين بينغ في العام 2019 أن هذا العام أن يصادف');
  it('finds a name of several words only in order: شي جين بينغ (Xi Jinping)', () => {
    expect(doc.has('شي جين بينغ')).toBe(true);
    expect(doc.has('بينغ جين')).toBe(false);
  });
  it('does not read two words as one: العام أن is not عمان (Amman)', () => expect(doc.has('عمان')).toBe(false));
  it('matches Arabic-Indic digits to ASCII ones: ٢٠١٩ = 2019', () => expect(doc.has('٢٠١٩')).toBe(true));
});

describe('missingWords', () => {
  const doc = new DocumentWords('باتروشيف: موسكو وبكين متحدتان في ضمان الأمن الإقليمي');
  it('accepts a Latin word through its judged Arabic spelling: Patrushev → باتروشيف', () => {
    expect(missingWords(doc, requiredWords('Patrushev', { Patrushev: ['باتروشيف'] }))).toEqual([]);
  });
  it('keeps a judged spelling whole: Putin → بوتين is not found in الوتين (the aorta)', () => {
    expect(missingWords(new DocumentWords('لقطعنا منه الوتين'), requiredWords('Putin', { Putin: ['بوتين'] }))).toEqual([
      'Putin',
    ]);
  });
  it('names every query word the document lacks, skipping stop words: في', () => {
    expect(missingWords(doc, requiredWords('الأمن في فيتنام'))).toEqual(['فيتنام']);
  });
});
