import { describe, expect, it } from 'vitest';
import {
  countryFromData,
  arabicCountryName,
  datelineCountry,
  extractCountries,
  lookupKeys,
  nisbaForms,
} from '../../../indexer/extract/countries.ts';

const sorted = (a: string[]): string[] => [...a].sort();

describe('extractCountries', () => {
  it.each([
    ['الصين', ['CN'], 'China'],
    ['والصين', ['CN'], 'and China: clitic و'],
    ['بروسيا', ['RU'], 'in Russia: clitic ب'],
    ['للصين', ['CN'], 'for China: ل + ال written لل'],
    ['وبالصين', ['CN'], 'and in China: two clitics'],
    ['لبكين', ['CN'], 'to Beijing (seed 000): capital'],
    ['فلسطين ولبنان', ['LB', 'PS'], 'Palestine and Lebanon: names opening with clitic letters'],
    ['قال مسئول في شئون الصين', ['CN'], "an official in China's affairs: Egyptian hamza seats"],
    ['موسكو وبكين', ['CN', 'RU'], 'Moscow and Beijing (seed 001)'],
    ['الرئيس الصيني', ['CN'], 'the Chinese president: nisba'],
    ['الهيئة الوطنية الصينية', ['CN'], 'Chinese (fem.) authority'],
    ['الممثلين الصينيين والروس', ['CN', 'RU'], 'Chinese (pl.) and the Russians (irregular)'],
    ['الفيتنامي', ['VN'], 'Vietnamese'],
    ['الأفغاني', ['AF'], 'Afghan'],
    ['الصربي', ['RS'], 'Serbian'],
    ['الأرميني', ['AM'], 'Armenian'],
    ['التعاون الصيني-الفيتنامي', ['CN', 'VN'], 'Chinese-Vietnamese cooperation (seed 004)'],
    ['في مدينة أوفا', ['RU'], 'in the city of Ufa'],
    ['العاصمة هانوي', ['VN'], 'the capital Hanoi'],
    ['روسيا البيضاء', ['BY'], 'Belarus: the longer name wins over روسيا'],
    ['جنوب السودان', ['SS'], 'South Sudan, not Sudan'],
    ['الولايات المتحدة', ['US'], 'United States'],
    ['أمريكا', ['US'], 'America: alias'],
    ['وزير الخارجية الكوري الجنوبي', ['KR'], 'South Korean: two-word nisba'],
    ['دولة الإمارات', ['AE'], 'the Emirates: alias'],
    ['جمهورية مالي', ['ML'], 'Republic of Mali: the ambiguous name inside a longer one'],
  ])('%s → %j (%s)', (text, codes) => expect(sorted(extractCountries(text))).toEqual(codes));

  it.each([
    ['الوضع المالي للشركة', 'financial situation: مالي is not Mali'],
    ['ترك العمل أمس', 'he left work: ترك is not Turkish'],
    ['كيف حالك', 'how are you: كيف is not Kyiv'],
    ['المحيط الهندي', 'the Indian Ocean is not India'],
    ['أرمين جريجوريان', 'Armen (a first name) is not Armenia'],
    ['تركستان الشرقية', 'East Turkestan is not Turkmenistan or Turkey'],
    ['الاجتماع الدولي العاشر', 'no country at all'],
  ])('%s → nothing (%s)', (text) => expect(extractCountries(text)).toEqual([]));

  it('orders codes by how often they are mentioned', () => {
    expect(extractCountries('فيتنام والصين وفيتنام الفيتنامية')).toEqual(['VN', 'CN']);
  });
});

describe('lookupKeys: every clitic reading of the analyzer model', () => {
  it.each([
    ['والصين', ['والصين', 'الصين'], 'and China: و + ال, the article stays on the name'],
    ['للصين', ['للصين', 'الصين', 'لصين'], 'to China: ل + ال written لل, or ل + لصين'],
    ['بروسيا', ['بروسيا', 'روسيا'], 'in Russia'],
    ['لبكين', ['لبكين', 'بكين'], 'to Beijing'],
    ['فلسطين', ['فلسطين'], 'Palestine: ف is a clitic only before the article, so no reading peels it'],
  ])('%s → %j (%s)', (s, out) => expect(lookupKeys(s)).toEqual(out));
});

describe('nisbaForms', () => {
  it('generates masculine, feminine and plural, with and without ال', () => {
    expect(nisbaForms('صيني')).toEqual(
      expect.arrayContaining(['صيني', 'الصيني', 'صينية', 'الصينية', 'الصينيين', 'الصينيون']),
    );
  });
});

describe('datelineCountry', () => {
  it.each([
    ['اوفا روسيا', 'RU'],
    ['هانوي', 'VN'],
    ['القاهرة', 'EG'],
    ['بكين', 'CN'],
    [null, null],
    ['مكان ما', null],
  ])('%s → %s', (p, c) => expect(datelineCountry(p)).toBe(c));
});

describe('countryFromData / arabicCountryName', () => {
  it.each([
    ['cn', 'CN'],
    ['RUS', 'RU'],
    ['Vietnam', 'VN'],
    ['الصين', 'CN'],
    ['xx', null],
  ])('%s → %s', (v, c) => expect(countryFromData(v)).toBe(c));
  it('labels in Arabic from the same source', () => {
    expect(arabicCountryName('CN')).toBe('الصين');
    expect(arabicCountryName('RS')).toBe('صربيا');
  });
});
