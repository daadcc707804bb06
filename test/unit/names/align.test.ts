/**
 * The alignment model on the failure classes of issue 14, as pure examples: each Latin spelling scores
 * at least the expansion threshold against its Arabic spelling (as Arabic media write it, normalized),
 * its blocking keys reach the Arabic form's block, and look-alikes that are not the name stay below it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/arabic/analyzer.ts';
import { alignScore, compileLatin, scoreToCost } from '../../../indexer/arabic/names/align.ts';
import {
  arabicKey,
  arabicPrefixKey,
  BLOCK_CLASSES,
  latinKeys,
  latinPrefixKeys,
  SHAPE_BELOW,
} from '../../../indexer/arabic/names/blocking.ts';
import { foldLatin } from '../../../indexer/arabic/names/latin-fold.ts';
import { CONSONANT_CLASS, FINE_CLASS, SHAPE_MARK } from '../../../indexer/arabic/names/rules/consonant-classes.ts';
import { DEFAULTS, threshold } from '../../../server/search/name-expansion.ts';

const score = (latin: string, arabic: string) => alignScore(compileLatin(foldLatin(latin)), normalize(arabic));

const MATCHES: [string, string, string][] = [
  // Wade-Giles
  ['Hsinhua', 'شينخوا', 'Xinhua news agency, Wade-Giles hs = x'],
  ['Nanking', 'نانجينغ', 'Nanjing, Wade-Giles k = g, read ج'],
  ['Tientsin', 'تيانجين', 'Tianjin, Wade-Giles ts = j'],
  ['Chou', 'تشو', 'Zhou (Enlai)'],
  // German
  ['Patruschew', 'باتروشيف', 'Patrushev, German sch and -ew'],
  ['Medwedew', 'ميدفيديف', 'Medvedev, German w = v'],
  ['Wladiwostok', 'فلاديفوستوك', 'Vladivostok'],
  ['Taschkent', 'طشقند', 'Tashkent, German sch'],
  ['Selenskyj', 'زيلينسكي', 'Zelensky, German s = з and -yj = -ий'],
  ['Achmed', 'أحمد', 'Ahmed, German ch for ح'],
  // French
  ['Bachar', 'بشار', 'Bashar, French ch = sh'],
  ['Sfax', 'صفاقس', 'French spelling of a Tunisian city: x = ks, its k as ق'],
  ['el-Assad', 'الأسد', 'al-Assad with the French article spelling'],
  ['Djeddah', 'جدة', 'Jeddah, French dj'],
  ['Patrouchev', 'باتروشيف', 'Patrushev, French ou and ch'],
  // Turkish / Uzbek
  ['Toshkent', 'طشقند', 'Tashkent in Uzbek Latin'],
  ['Ahmet', 'أحمد', 'Ahmed, Turkish spelling'],
  ['Osman', 'عثمان', 'Uthman, Turkish s for ث'],
  ['Shtayyeh', 'اشتية', 'Shtayyeh, a prosthetic alef before the cluster sh + t'],
  // Vietnamese, with and without diacritics
  ['Hồ', 'هو', 'Ho (Chi Minh)'],
  ['Nguyễn', 'نغوين', 'Nguyen with diacritics'],
  ['Nguyen', 'نغوين', 'Nguyen without'],
  ['Phúc', 'فوك', 'Phuc'],
  ['Minh', 'منه', 'Minh: nh → نه'],
  // Arabic names and morphology, Arabizi
  ['Mohammed', 'محمد', 'short vowels unwritten'],
  ['Muhammad', 'محمد', 'scholarly spelling'],
  ['Mohamed', 'محمد', 'Egyptian spelling'],
  ['mo7amed', 'محمد', 'Arabizi 7 = ح'],
  ['Ali', 'علي', 'initial a = ع'],
  ['Aly', 'علي', 'final y = ي'],
  ['3ali', 'علي', 'Arabizi 3 = ع'],
  ['Ahmed', 'أحمد', 'Ahmed'],
  ['Atef', 'عاطف', 'ʿĀ- written A'],
  ['Aisha', 'عائشة', 'the hamza seat ئ (folded to ء) written i'],
  ['Luay', 'لؤي', 'the hamza seat ؤ written u'],
  ['Jumblatt', 'جنبلاط', 'نب said mb'],
  ['Karbala', 'كربلاء', 'a final hamza after the long a, unwritten in Latin'],
  ['Abdelaziz', 'عبد العزيز'.replace(' ', ''), 'Abd al-Aziz as one Latin word against the two-word form'],
  ['Ar-Riyad', 'الرياض', 'the assimilated article ar-'],
  ['Ar-Riyadh', 'الرياض', 'the article with dh = ض: its key is among the cheapest readings, not cut by the cap'],
  ['Abderrahmane', 'عبدالرحمن', 'Abd ar-Rahman as one word: the article assimilated to r after the vowel'],
  ['Salahuddin', 'صلاحالدين', 'Salah ad-Din as one word: ud-d is the article before d'],
  ['Nasreddine', 'نصرالدين', 'Nasr ad-Din, Maghrebi spelling'],
  ['Barnier', 'بارنييه', 'French -ier, a mute r'],
  ['Laurent', 'لوران', 'French -ent, a nasal vowel and a mute t'],
  ['Nacer', 'ناصر', 'French c before e, for ص'],
  ['Houcine', 'حسين', 'French c before i, for س'],
  ['Lahcen', 'الحسن', 'the Maghrebi article written la-'],
  ['Lhoussaine', 'الحسين', 'the Maghrebi article written l-'],
  ['Aicha', 'عائشة', 'French ch: its shape key is not cut by the cap on keys'],
  ['6are2', 'طارق', 'Arabizi 2 for ق, said as a glottal stop in Cairo and the Levant'],
  ['Seoul', 'سيئول', 'a hamza inside a short form, which Latin does not write (its shape key reads it)'],
  ['Taizz', 'تعز', 'ع hidden between two Latin vowels (a hiatus), in a short form'],
  ['Ennahda', 'النهضة', 'the article joined at the start, its sun letter doubled (French, Maghrebi)'],
  ['Essaouira', 'الصويرة', 'the same before ص'],
  ['Annahar', 'النهار', 'the same written with a'],
  ['Sisi', 'سيسي', 'el-Sisi without the article'],
  // Russian, Chinese, places
  ['Patrushev', 'باتروشيف', 'English spelling'],
  ['Xinhua', 'شينخوا', 'Pinyin x = ش, h = خ'],
  ['Xuexiang', 'شيويهشيانغ', 'Pinyin üe written ue: يويه'],
  ['Jinping', 'جينبينغ', 'Jinping against جين بينغ joined'],
  ['Kuwait', 'كويت', 'Kuwait, the base of الكويت'],
  ['Jeddah', 'جدة', 'final ah = ة'],
  ['BRICS', 'بريكس', 'an acronym read as a word: no gazetteer entry needed'],
  ['Wagner', 'فاغنر', 'Wagner (Group): w = ف, g = غ'],
  ['Biden', 'بايدن', 'an English long i (bye) is written اي'],
  ['Ireland', 'إيرلندا', 'a final alef the Latin spelling lacks (insertFinalAlef)'],
  ['Stockholm', 'استوكهولم', 'the prosthetic alef before a consonant cluster'],
  ['Armenien', 'أرمينيا', 'Armenia in German: -ien for -ia'],
  ['Aserbaidschan', 'أذربيجان', 'Azerbaijan in German: dsch = ج'],
  ['Roumanie', 'رومانيا', 'Romania in French: -ie for -ia'],
  ['Kuveyt', 'الكويت'.slice(2), 'Kuwait in Turkish: v for w'],
  ['Xorazm', 'خوارزم', 'Khwarazm in Uzbek Latin: x = خ'],
  ['Andijon', 'أنديجان', 'Andijan in Uzbek Latin: o = ا'],
  ['Biszkek', 'بشكيك', 'Bishkek in Polish: sz = ش'],
  ['Jartum', 'خرطوم', 'Khartoum in Spanish: j = خ'],
  ['Sudão', 'سودان', 'Sudan in Portuguese: -ão'],
  ['Davutoğlu', 'داود أوغلو'.replace(' ', ''), 'a Turkish surname in -oğlu against the two-word form'],
  ['Boric', 'بوريتش', 'Serbo-Croatian -ić written -ic'],
];

describe('a Latin spelling scores at least the threshold against its Arabic spelling', () => {
  it.each(MATCHES)('%s → %s (%s)', (latin, arabic) => {
    expect(score(latin, arabic)).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });
});

describe('blocking keys bring the Arabic form into the candidates', () => {
  it.each(MATCHES)('%s → %s (%s)', (latin, arabic) => {
    expect(latinKeys(compileLatin(foldLatin(latin)))).toContain(arabicKey(normalize(arabic)));
  });
});

describe('blocking keys within the cost the threshold allows bring every form the alignment accepts', () => {
  // The expansion asks only for the keys of readings within the threshold's cost: the walk must charge no
  // more than the alignment does (a glottal between two vowels costs 0.15 in both: Taizz تعز).
  const bar = (letters: number) => threshold({ prefix: false, letters }, DEFAULTS);
  const plansOf = (latin: string) => compileLatin(foldLatin(latin));
  // The matches whose score reaches their word length's threshold (a short word needs more than 0.75).
  const accepted = MATCHES.filter(([latin, arabic]) => score(latin, arabic) >= bar(plansOf(latin)[0]!.letters));
  it('holds for most of the matches above', () => expect(accepted.length).toBeGreaterThan(MATCHES.length * 0.8));
  it.each(accepted)('%s → %s (%s)', (latin, arabic) => {
    const plans = plansOf(latin);
    const letters = plans[0]!.letters;
    expect(latinKeys(plans, scoreToCost(bar(letters), letters))).toContain(arabicKey(normalize(arabic)));
  });
});

describe('prefix keys (search as you type)', () => {
  const prefixKeys = (latin: string) => {
    const plans = compileLatin(foldLatin(latin));
    return latinPrefixKeys(plans, scoreToCost(DEFAULTS.minPrefixScore, plans[0]!.letters));
  };
  it.each([
    ['Patr', 'باتروشيف', 'Patrushev'],
    ['Zelen', 'زيلينسكي', 'Zelensky: its reading scores the prefix threshold exactly'],
    ['Camer', 'كاميرون', 'Cameroon (الكاميرون is keyed by this base too)'],
  ])('%s brings %s (%s)', (latin, arabic) => {
    expect(prefixKeys(latin)).toContain(arabicPrefixKey(normalize(arabic)));
  });
  it('keep س ك apart from ش غ: Schw read s, c, h one by one no longer asks for the block of شويغو في ("Shoigu in")', () => {
    // sch = ش and w = و give one class, too few for a prefix key (as Pat); the coarse key SKB of s, c, w
    // was also شويغو في's, and brought it as a completion of Schw.
    expect(prefixKeys('Schw')).not.toContain(arabicPrefixKey('شويغو في'));
  });
});

describe('the key of an Arabic form', () => {
  it('as a prefix is the fine classes of its first three classes: باتروشيف → btr', () => {
    expect(arabicPrefixKey('باتروشيف')).toBe('btr');
    expect(arabicPrefixKey('شي')).toBe('x'); // fewer classes: no Latin prefix asks for it
  });

  it('is its shape below SHAPE_BELOW consonant classes, else the fine classes of its first classes and their count', () => {
    // The definition, spelled out: the shape's consonant classes, runs joined, once the marks are out;
    // a run's fine class is its first letter's.
    // Letters as classes, classless letters as V (ا و ي) or H (ع ء ه ح), repeats collapsed: علي → HLV.
    const arabicShape = (arabic: string): string => {
      let out = '';
      for (const ch of arabic) {
        const c = CONSONANT_CLASS[ch] ?? SHAPE_MARK[ch] ?? '';
        if (c && out[out.length - 1] !== c) out += c;
      }
      return out;
    };
    const reference = (arabic: string): string => {
      const shape = arabicShape(arabic);
      const classes = shape.replace(/[VH]/g, '').replace(/(.)\1+/g, '$1');
      if (classes.length < SHAPE_BELOW) return shape || '_';
      const letters = [...arabic].filter((ch) => CONSONANT_CLASS[ch] !== undefined);
      const runStarts = letters.filter((ch, i) => i === 0 || CONSONANT_CLASS[ch] !== CONSONANT_CLASS[letters[i - 1]!]);
      const fine = runStarts.slice(0, BLOCK_CLASSES).map((ch) => FINE_CLASS[ch]);
      return `${fine.join('')}${Math.min(classes.length, 7)}`;
    };
    const arabic = fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويء'.split('')), { maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(arabic, (ar) => {
        expect(arabicKey(ar)).toBe(reference(ar));
      }),
      { numRuns: 3000 },
    );
    expect(arabicKey('علي')).toBe('HLV');
    expect(arabicKey('باتروشيف')).toBe('btrx5');
    // كتب (books) and قطب (pole) share a block; غضب (anger) has another, though its coarse classes
    // (K T B) are theirs.
    expect(arabicKey('كتب')).toBe('ktb3');
    expect(arabicKey('قطب')).toBe('ktb3');
    expect(arabicKey('غضب')).toBe('gdb3');
  });
});

describe('look-alikes stay below the threshold', () => {
  it.each([
    ['Obama', 'بما', 'a first vowel Arabic would write (أوباما) cannot be dropped'],
    ['Maduro', 'مدير', 'nor a last one (مادورو); مدير is director'],
    ['Putin', 'كتاب', 'book: different consonants'],
    ['Patrushev', 'بترول', 'petrol: the shared consonants are not enough'],
    ['Lavrov', 'لافتات', 'banners'],
    ['Lula', 'الله', 'God: an alef before one consonant and a vowel is the article, not a vowel seat'],
    ['Tokayev', 'طوكيو', 'Tokyo: Turkish v is و only inside a word; a final v is Russian -ev (ف)'],
  ])('%s ≁ %s (%s)', (latin, arabic) => {
    expect(score(latin, arabic)).toBeLessThan(DEFAULTS.minScore);
  });

  it('a final alef the Latin lacks is cheap, a final consonant is not: Rome is روما, not رومل', () => {
    expect(score('Rome', 'روما')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Rome', 'رومل')).toBeLessThan(DEFAULTS.minScore);
  });

  it('a long word may lose its last vowel, an ending of its language (Polish Bruksela is بروكسل); a short one may not', () => {
    expect(score('Bruksela', 'بروكسل')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Adelaida', 'اديليد')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    // A shorter word keeps it: Tirana (6 letters) is not تيران.
    expect(score('Tirana', 'تيران')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Bruksela', 'بروكسل')).toBeLessThan(score('Bruksela', 'بروكسلا'));
  });

  it('two Latin vowels may hide ع or ء between them (Taiz تعز), where one vowel does not', () => {
    expect(score('Taiz', 'تعز')).toBeGreaterThanOrEqual(DEFAULTS.minScoreMedium);
    expect(score('Raisi', 'رئيسي')).toBeGreaterThan(score('Rasi', 'رئيسي'));
  });

  it('y beside a vowel is the consonant ي, not a vowel to drop: Guyana is not غانا (Ghana), Mayotte not ماتي', () => {
    expect(score('Guyana', 'غانا')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Mayotte', 'ماتي')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Goya', 'غويا')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    // Between consonants it is a vowel: Hyundai هيونداي keeps matching.
    expect(score('Hyundai', 'هيونداي')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('an opening vowel is not a bare و or ي, which are consonants: Obama is not وبما, Oslo not وسلوا', () => {
    expect(score('Obama', 'وبما')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Ukraine', 'وقرن')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Oslo', 'أوسلو')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    // A glide before a vowel, and Russian iotated E, may be bare.
    expect(score('Ouagadougou', 'واغادوغو')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Erevan', 'يريفان')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('a final وا the Latin lacks is a plural verb: Oslo is not وسلوا, Trudeau not ترضوا; Ottawa is اوتاوا', () => {
    expect(score('Oslo', 'اوسلوا')).toBeLessThan(score('Oslo', 'اوسلو') - 0.1);
    expect(score('Trudeau', 'ترضوا')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Ottawa', 'أوتاوا')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('a final ها the Latin lacks is the pronoun "her, its": Smith is not سميتها, Latvia not لاتوها; Omaha is أوماها', () => {
    expect(score('Smith', 'سميتها')).toBeLessThan(DEFAULTS.minScoreMedium);
    expect(score('Latvia', 'لاتوها')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Latvia', 'لاتفيا')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Omaha', 'أوماها')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('an opening ع stands for a Latin vowel, not for nothing: Malta is not عملته; Issa is عيسى, Aoun عون', () => {
    expect(score('Malta', 'عملته')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Malta', 'مالطا')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Issa', 'عيسى')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Aoun', 'عون')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('reads Pinyin c, z, h only where they are not part of ch, zh, sh: Chile is not تسهيل; Zhou is تشو, Cai تساي', () => {
    expect(score('Chile', 'تسهيل')).toBeLessThan(DEFAULTS.minScore);
    expect(score('Zhou', 'تشو')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Cai', 'تساي')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
    expect(score('Xinhua', 'شينخوا')).toBeGreaterThanOrEqual(DEFAULTS.minScore);
  });

  it('ranks the name above a look-alike sharing its consonants', () => {
    expect(score('Sochi', 'سوتشي')).toBeGreaterThan(score('Sochi', 'سوق'));
  });
});

describe('properties', () => {
  it('for any input, folding, compiling and scoring never throw, and scores lie in 0..1', () => {
    const arabic = fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويء'.split('')), { maxLength: 12 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), arabic, (latin, ar) => {
        const plans = compileLatin(foldLatin(latin));
        const s = alignScore(plans, ar);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(latinKeys(plans).length).toBeGreaterThan(0);
      }),
    );
  });

  it('the early stop at a minimum score changes no score that reaches it, and leaves the rest below it', () => {
    const latin = fc.stringMatching(/^[a-z']{1,12}$/);
    const arabic = fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويء'.split('')), { minLength: 1, maxLength: 10 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(latin, arabic, fc.double({ min: 0.3, max: 0.95, noNaN: true }), (l, ar, min) => {
        const plans = compileLatin(l);
        const full = alignScore(plans, ar);
        const early = alignScore(plans, ar, false, min);
        // At the bar or above: the same score; below it: still below (at the bar itself, either).
        const same = full >= min + 1e-9 ? Math.abs(early - full) < 1e-9 : full > min - 1e-9 || early < min;
        expect(same, `${l} → ${ar} at ${min}: ${full} in full, ${early} with the early stop`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Names against their spellings, where most cells stay under the bar.
    for (const [l, ar] of MATCHES) {
      const plans = compileLatin(foldLatin(l));
      expect(alignScore(plans, normalize(ar), false, 0.5)).toBeCloseTo(alignScore(plans, normalize(ar)), 9);
    }
  });

  it('an empty word aligns with the empty form only', () => {
    expect(score('', '')).toBe(1);
    expect(score('', 'كتاب')).toBe(0);
  });
});
