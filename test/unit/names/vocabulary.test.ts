/**
 * The vocabulary the indexer derives for name expansion (indexer/arabic/names/vocabulary.ts): forms as
 * the analyzer normalizes them, spellings as written, pairs of syllables and particle + name.
 */
import { describe, expect, it } from 'vitest';
import { VocabularyBuilder, type VocabEntry } from '../../../indexer/arabic/names/vocabulary.ts';
import { arabicKey } from '../../../indexer/arabic/names/blocking.ts';

function build(...texts: string[]): Map<string, VocabEntry> {
  const b = new VocabularyBuilder();
  for (const t of texts) b.add(t);
  return new Map([...b.entries()].map((e) => [e.form, e]));
}

describe('VocabularyBuilder', () => {
  it('keeps the most frequent spelling as written: أرمينيا, not the normalized ارمينيا', () => {
    const v = build('زار الوفد أرمينيا أمس.', 'في أرمينيا وارمينيا وأَرمينيا', 'ارمينيا');
    const e = v.get('ارمينيا')!;
    expect(e.count).toBe(3);
    expect(e.written).toBe('أرمينيا');
    expect(v.get('وارمينيا')!.count).toBe(2); // each clitic form is its own form
    expect(v.get('وارمينيا')!.base).toBe('ارمينيا');
  });

  it('strips diacritics and tatweel from the written spelling (كتـــاب مُهِمّ → كتاب مهم)', () => {
    const v = build('كتـــاب مُهِمّ');
    expect(v.get('كتاب')!.written).toBe('كتاب');
    expect(v.get('مهم')!.written).toBe('مهم');
  });

  it('flags stop words (في, علي) and keeps them: علي is also the name Ali', () => {
    const v = build('في بكين مع علي');
    expect(v.get('في')!.stop).toBe(true);
    expect(v.get('علي')!.stop).toBe(true);
    expect(v.get('بكين')!.stop).toBe(false);
  });

  it('flags ordinary words the collection also writes with a pronoun: قوات (forces), as in قواتها', () => {
    const v = build('أعلنت الوزارة أن قواتها انسحبت وأن قوات أخرى وصلت إلى الكويت');
    expect(v.get('قوات')!.inflected).toBe(true);
    expect(v.get('الكويت')!.inflected).toBe(false);
  });

  it('flags a word of the collection with a pronoun after it: قلبك (your heart), beside قلب', () => {
    const v = build('في قلبك وفي قلب المدينة زار بولوك البغدادي بغداد');
    expect(v.get('قلبك')!.inflected).toBe(true);
    expect(v.get('بولوك')!.inflected).toBe(false); // Pollock: no word بولو
    expect(v.get('البغدادي')!.inflected).toBe(false); // al-Baghdadi: ي (my) is also the nisba of names
  });

  it('flags a word the collection also writes with a plural or dual ending: جين (gene), beside جينات', () => {
    const v = build('درس العلماء جين المرض وجينات أخرى، ووصل وفد إلى الموصل لبحث الموصلات الكهربائية');
    expect(v.get('جين')!.inflected).toBe(true);
    // A place keeps its name: الموصل (Mosul) beside الموصلات (the conductors).
    expect(v.get('الموصل')!.inflected).toBe(false);
  });

  it('flags a word also written with the feminine ة or the accusative ا, and the singular of a feminine plural', () => {
    const v = build('مبنى كبير وقاعة كبيرة، وزار مديرية التربية ومديريات أخرى، وبقي يوما كاملا في يوم ماطر');
    expect(v.get('كبير')!.inflected).toBe(true); // big, beside كبيرة
    expect(v.get('يوم')!.inflected).toBe(true); // day, beside يوما
    expect(v.get('مديريه')!.inflected).toBe(true); // directorate, beside مديريات
    expect(v.get('التربيه')!.inflected).toBe(false);
  });

  it('flags a verb with the pronouns ني (me) and وا (they) when the collection writes the verb alone', () => {
    const v = build('علم الطالب ما علمني إياه أبي، وشارك الوزير كما شاركوا');
    expect(v.get('علمني')!.inflected).toBe(true); // he taught me, beside علم
    expect(v.get('شاركوا')!.inflected).toBe(true); // they took part, beside شارك
  });

  it('never reads a written ة as the pronoun ه (his): البصرة (Basra) beside البصر (sight), بصره (his sight)', () => {
    const v = build('وصلت الشحنة إلى البصرة، وغض البصر، وفقد الرجل بصره');
    expect(v.get('البصره')!.inflected).toBe(false); // written البصرة
    expect(v.get('بصره')!.inflected).toBe(true); // written بصره: بصر + ه
  });

  it('flags a word with a noun ending beside the word without it: بردا (cold, acc.) beside برد, سبعين beside سبع', () => {
    const v = build(
      'اشتد البرد وكان الجو باردا بردا شديدا، وجاء سبع من سبعين، وزار روسيا رجل روسي، وشرب لبنا في لبنان',
    );
    expect(v.get('بردا')!.inflected).toBe(true); // cold (accusative), beside برد
    expect(v.get('سبعين')!.inflected).toBe(true); // seventy, beside سبع (seven)
    expect(v.get('روسيا')!.inflected).toBe(false); // Russia beside روسي (Russian): ـيا is a place's ending
    expect(v.get('لبنان')!.inflected).toBe(false); // Lebanon beside لبن (milk): a place name
  });

  it('reads a noun ending only on a form no more frequent than the bare word: بردا, not درعا (Daraa)', () => {
    const v = build('قصفت درعا أمس، وفي درعا عاد الهدوء، وقال الجيش إن درع المدينة صامد، وكان الجو باردا بردا وبرد');
    expect(v.get('درعا')!.inflected).toBe(false); // Daraa (twice) beside درع (shield, once)
    expect(v.get('بردا')!.inflected).toBe(true); // cold (accusative, once) beside برد (once)
  });

  it('reads no ـان as a dual nor ـات as a plural: طالبان (Taliban) beside طالب, عرفات (Arafat) beside عرف', () => {
    const v = build('طالب الوزير بالإفراج عن الطالب، وقالت حركة طالبان إن ما عرف عن عرفات عرف لدى الجميع');
    expect(v.get('طالبان')!.inflected).toBe(false); // beside طالب, student
    expect(v.get('عرفات')!.inflected).toBe(false); // beside عرف, was known (twice)
  });

  it('reads no ـية as the feminine of an attested ـي: الناصرية (Nasiriyah) beside الناصري', () => {
    const v = build('وصل الوفد إلى الناصرية، وقال السياسي الناصري إن الأوضاع مستقرة');
    expect(v.get('الناصريه')!.inflected).toBe(false);
  });

  it('never flags an Arabic given name for its noun endings: حسن (Hassan; good) beside حسنة (a good deed)', () => {
    const v = build('التقى حسن بالوزير، وكانت حسنة منه أن جاء، ورأى شيئا حسنا');
    expect(v.get('حسن')!.inflected).toBe(false);
  });

  it('keeps Chinese syllables as pairs: شي جين بينغ → شي جين, جين بينغ', () => {
    const v = build('المتحدث شي جين بينغ');
    expect(v.get('جين بينغ')!.words).toBe(2);
    expect(v.has('شي جين')).toBe(true);
    expect(v.has('المتحدث شي')).toBe(false); // المتحدث (the spokesman) is no syllable
  });

  it('pairs no short word with a word that has the article: مدير الهيئة (the authority’s director)', () => {
    const v = build('قال مدير الهيئة إن العمل مستمر');
    expect(v.get('مدير الهيءه')).toBeUndefined();
    expect(v.get('مدير')).toBeDefined();
    // الله is not the article's: حمد الله (Hamdullah) stays a pair.
    expect(build('قال حمد الله محب').get('حمد الله')).toBeDefined();
  });

  it('keeps the ad-Din compounds as one name: صلاح الدين (Salah ad-Din), نصر الدين', () => {
    const v = build('زار صلاح الدين ونصر الدين المدينة');
    expect(v.get('صلاح الدين')).toBeDefined();
    expect(v.get('الدين المدينه')).toBeUndefined();
  });

  it('keeps the Persian -ābād compounds as one name, even after a long word: ذوالفقار آباد (Zulfiqarabad)', () => {
    // Two short words are kept anyway (حيدر آباد); this pair is kept because آباد ends compound names.
    expect(build('وصل الوفد إلى ذوالفقار آباد').get('ذوالفقار اباد')).toBeDefined();
  });

  it('keeps a name particle with the next word: عبد العزيز, بن سلمان', () => {
    const v = build('الملك سلمان بن عبد العزيز');
    expect(v.has('عبد العزيز')).toBe(true);
    expect(v.has('بن عبد')).toBe(true);
  });

  it('does not pair words across punctuation (شي، جين)', () => {
    const v = build('شي، جين');
    expect(v.has('شي جين')).toBe(false);
  });

  it('gives the base without proclitics and blocking keys of form and base', () => {
    const e = build('ووصل إلى والكويت').get('والكويت')!;
    expect(e.base).toBe('كويت');
    expect(e.keys).toContain(arabicKey('كويت'));
    expect(e.keys).toContain(arabicKey('والكويت'));
    expect(e.id).toMatch(/^[a-f0-9]{24}$/);
  });

  it('counts nothing in Latin text or numbers', () => {
    expect(build('Patrushev 2019').size).toBe(0);
  });
});
