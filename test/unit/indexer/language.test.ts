import type * as Franc from 'franc';
import { describe, expect, it, vi } from 'vitest';

// Pass-through spy on franc: the plain-Arabic shortcut must not call it, everything else must.
const francSpy = vi.hoisted(() => ({ calls: 0 }));
vi.mock('franc', async (importOriginal) => {
  const real = await importOriginal<typeof Franc>();
  return {
    ...real,
    franc: (...args: Parameters<typeof real.franc>) => {
      francSpy.calls++;
      return real.franc(...args);
    },
  };
});

const { detectLanguage, francLanguage, PLAIN_ARABIC_MIN_LENGTH } = await import('../../../indexer/extract/language.ts');
const { ARABIC_EXTENSIONS, PERSIAN_URDU_LETTERS, isPlainArabic } =
  await import('../../../indexer/extract/arabic-script.ts');

// "China and Russia agreed to strengthen security cooperation between the two countries."
const ARABIC = 'اتفقت الصين وروسيا على تعزيز التعاون الأمني بين البلدين، وفقا لبيان مشترك صدر اليوم.';
// Persian: "Before this, many reports on economic cooperation between Iran and China were published."
const PERSIAN = 'پیش از این، گزارش‌های زیادی درباره همکاری‌های اقتصادی میان ایران و چین منتشر شده است.';
// Urdu: "Pakistan and China have agreed to increase economic cooperation between the two countries."
const URDU = 'پاکستان اور چین نے دونوں ملکوں کے درمیان اقتصادی تعاون بڑھانے پر اتفاق کیا ہے۔';
const ENGLISH = 'China and Russia agreed to strengthen security cooperation between the two countries.';

const callsOf = (text: string): { lang: string; calls: number } => {
  francSpy.calls = 0;
  const lang = detectLanguage(text);
  return { lang, calls: francSpy.calls };
};

describe('detectLanguage: plain Arabic without franc', () => {
  it('Arabic → arb, franc not asked; franc itself agrees', () => {
    const article = ARABIC.repeat(3);
    expect(article.length).toBeGreaterThanOrEqual(PLAIN_ARABIC_MIN_LENGTH);
    expect(callsOf(article)).toEqual({ lang: 'arb', calls: 0 });
    expect(francLanguage(article)).toBe('arb');
  });
  it('short plain Arabic is arb too, where franc errs: أشار السيد شو قان لو ("Mr Xu Qianlu pointed out")', () => {
    expect(francLanguage('أشار السيد شو قان لو')).toBe('pes');
    expect(callsOf('أشار السيد شو قان لو')).toEqual({ lang: 'arb', calls: 0 });
  });
  it.each([
    [PERSIAN, 'pes', 'Persian, with پ گ ی ک'],
    [URDU, 'urd', 'Urdu, with ں ے ہ ک ی'],
    [ENGLISH, 'eng', 'English'],
  ])('%s → %s through franc (%s)', (text, lang) => expect(callsOf(text)).toEqual({ lang, calls: 1 }));
  it('too short stays und', () => expect(detectLanguage('نص قصير')).toBe('und'));
});

describe('isPlainArabic', () => {
  it('every Persian/Urdu letter lies in an extension range, so none of them passes as plain Arabic', () => {
    for (const { letter, name } of PERSIAN_URDU_LETTERS) {
      const code = letter.charCodeAt(0);
      expect(
        ARABIC_EXTENSIONS.some(([from, to]) => code >= from && code <= to),
        name,
      ).toBe(true);
      // "the Chinese delegation" with one Persian/Urdu letter in it
      expect(isPlainArabic(`الوفد الصيني ${letter}`), name).toBe(false);
    }
  });
  it.each([
    [ARABIC, true, 'Arabic sentence with Arabic punctuation'],
    [
      'قال الرئيس ٢٠٢٤ إن التعاون ٪ مستمر',
      true,
      'Arabic-Indic digits and percent sign (the president said cooperation continues)',
    ],
    ['الصين China Russia and the others in this text', false, 'Arabic letters are not the majority'],
    ['ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ', false, 'Quranic alef wasla ٱ (U+0671) is outside the base: franc decides'],
  ])('%s → %s (%s)', (text, plain) => expect(isPlainArabic(text)).toBe(plain));
});
