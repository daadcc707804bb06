/**
 * The one clitic model (`clitics.ts`): proclitics only in the order Arabic writes them, the enclitic
 * pronouns, every reading for gazetteer lookups, and the invariant proclitics + base = word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  cliticReadings,
  encliticHosts,
  nameStem,
  normalize,
  procliticForms,
  splitClitics,
  stemParts,
} from '../../../indexer/arabic/analyzer.ts';
import { pronounHosts } from '../../../indexer/arabic/clitics.ts';
import { ATTACHED_PRONOUNS, ENCLITICS } from '../../../indexer/arabic/rules/clitics.ts';

const split = (word: string) => splitClitics(normalize(word));
/** A word's stem as the analyzer gives it (its written form seen, as the stem filter does). */
const stemOf = (word: string) => analyze(word).find((t) => t.script === 'arabic')!.stem;
/** A word's stem, then its second stems (what the indexer stores in the `alt` fields). */
const readings = (word: string) => {
  const p = stemParts(normalize(word));
  return [p.stem, ...p.alternates];
};

describe('splitClitics', () => {
  it.each([
    ['وبالصين', 'وبال', 'صين', '', 'and in China: conjunction, preposition, article'],
    ['فالصين', 'فال', 'صين', '', 'so China: ف before the article'],
    ['للصين', 'لل', 'صين', '', 'to China: ل + ال written لل'],
    ['كالصين', 'كال', 'صين', '', 'like China'],
    ['بموسكو', 'ب', 'موسكو', '', 'in Moscow: preposition, no article'],
    ['والصينيه', 'وال', 'صينيه', '', 'and the Chinese (fem.): suffixes stay on the base'],
    ['اشكالها', '', 'اشكالها', 'ها', 'its forms: enclitic pronoun, base keeps it'],
    ['قادتهم', '', 'قادتهم', 'هم', 'their leaders'],
  ])('%s → %s + %s, enclitic "%s" (%s)', (word, proclitics, base, enclitic) =>
    expect(split(word)).toEqual({ proclitics, base, enclitic }),
  );

  it.each([
    ['الباحثون', 'ال', 'the researchers: no ب after ال'],
    ['الولايات', 'ال', 'the states: no و after ال'],
    ['فلسطين', '', 'Palestine: ف is a clitic only before the article'],
    ['كبيرة', '', 'big (fem.): ك alone is never a clitic'],
    ['فريق', '', 'team'],
    ['لندن', '', 'London: ل would leave 3 letters'],
  ])('%s: proclitics "%s" (%s)', (word, proclitics) => expect(split(word).proclitics).toBe(proclitics));

  it('takes a whole word after its clitics: والله is و + الله, not و + ال + له', () => {
    expect(split('والله')).toEqual({ proclitics: 'و', base: 'الله', enclitic: '' });
  });

  it('proclitics + base is the word, and the enclitic ends the base, for any Arabic string', () => {
    const letters = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءال'.split(''));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 12 }).map((a) => a.join('')),
        (w) => {
          const { proclitics, base, enclitic } = splitClitics(w);
          expect(proclitics + base).toBe(w);
          expect(base.endsWith(enclitic)).toBe(true);
        },
      ),
    );
  });
});

describe('cliticReadings', () => {
  it.each([
    ['للصين', ['لل|صين', 'ل|لصين', '|للصين'], 'to China: ل + ال, or ل before a word in ل'],
    ['لبكين', ['ل|بكين', '|لبكين'], 'to Beijing: ل + ب is not an order Arabic allows'],
    ['ببكين', ['بب|كين', 'ب|بكين', '|ببكين'], 'in Beijing: the same letter may repeat'],
    ['فلسطين', ['|فلسطين'], 'Palestine: ف only before the article'],
    ['الصين', ['ال|صين', '|الصين'], 'China'],
    ['موسكو', ['|موسكو'], 'Moscow: no clitic letter'],
  ])('%s → %j (%s)', (word, readings) =>
    expect(cliticReadings(normalize(word)).map((r) => `${r.proclitics}|${r.base}`)).toEqual(readings),
  );
});

describe('procliticForms', () => {
  it('writes a definite word with every proclitic order Arabic allows, ل + ال as لل: الصين (China)', () => {
    const forms = procliticForms(normalize('الصين'));
    expect(forms).toEqual(expect.arrayContaining(['الصين', 'والصين', 'بالصين', 'للصين', 'وللصين', 'فبالصين']));
    expect(forms).not.toContain('لالصين');
  });

  it('gives a bare name its clitic forms: بروكسل (Brussels) → وبروكسل، لبروكسل', () => {
    expect(procliticForms('بروكسل')).toEqual(expect.arrayContaining(['بروكسل', 'وبروكسل', 'لبروكسل', 'ببروكسل']));
  });

  it('every form splits back to the word (the stemmer and this agree on the order)', () => {
    for (const f of procliticForms(normalize('الصين'))) expect(splitClitics(f).base).toBe('صين');
  });
});

describe('nameStem: the stem a foreign name is searched by', () => {
  it.each([
    ['بوتين', 'بوتين', 'Putin: not وتين, which is also الوتين (the aorta)'],
    ['بيسكوف', 'بيسكوف', 'Peskov: not يسكوف'],
    ['لافروف', 'لافروف', "Lavrov: the ل is the name's"],
    ['لبوتين', 'بوتين', 'to Putin: the model read ل + بوتين already'],
    ['الكويت', 'كويت', 'Kuwait: the article comes off as for any word'],
    ['كازاخستان', 'كازاخست', 'Kazakhstan: no proclitic, the stem as the documents have it'],
  ])('%s → %s (%s)', (word, expected) => {
    expect(nameStem(normalize(word))).toBe(expected);
  });

  it('every clitic form of a name has the name stem as its stem or second stem', () => {
    for (const form of ['بوتين', 'وبوتين', 'لبوتين', 'ببوتين'])
      expect(readings(form), form).toContain(nameStem('بوتين'));
  });
});

describe('encliticHosts', () => {
  it('gives the word a pronoun ending would follow: قواتها (its forces) → قوات', () => {
    expect(encliticHosts(normalize('قواتها'))).toContain('قوات');
  });

  it('gives back the ة a pronoun turns into ت: مديريتهم (their directorate) → مديريه', () => {
    expect(encliticHosts(normalize('مديريتهم'))).toContain(normalize('مديرية'));
  });

  it('gives nothing for a word without a pronoun ending, or with too little before it: بوتين, بها', () => {
    expect(encliticHosts('بوتين')).toEqual([]);
    expect(encliticHosts('بها')).toEqual([]);
  });
});

describe('pronounHosts: every attached pronoun (rules/clitics.ts ATTACHED_PRONOUNS)', () => {
  it.each(ATTACHED_PRONOUNS.map((p) => [p.letters, p.example[0], p.example[1], p.meaning] as const))(
    '%s: %s → %s (%s)',
    (_letters, word, host) => expect(pronounHosts(normalize(word))).toContain(normalize(host)),
  );

  it('holds the pronouns the stemmer strips', () => {
    const all = ATTACHED_PRONOUNS.map((p) => p.letters);
    for (const e of ENCLITICS) expect(all).toContain(e.letters);
  });

  it.each(
    ATTACHED_PRONOUNS.filter((p) => p.secondReading).map((p) => [p.letters, p.example[0], p.example[1]] as const),
  )('%s is read off as the second reading: %s also reads as the stem of %s', (_letters, word, host) => {
    const p = stemParts(normalize(word));
    expect(p.stem).not.toBe(stemParts(normalize(host)).stem); // the stemmer leaves it on
    expect(p.alternates).toContain(stemParts(normalize(host)).stem);
  });

  it('reads حكومتكم (your government) as حكومة too, and أماكن (places) not as أما (as for) + كن', () => {
    expect(readings('حكومتكم')).toContain(readings('حكومة')[0]);
    expect(readings('أماكن')).not.toContain('اما');
  });

  it('splits the plural under the pronoun as the stemmer does: قراراتكم (your decisions) reads as قرارات', () => {
    expect(readings('قراراتكم')).toContain(readings('قرارات')[0]);
    expect(readings('سياراتهن')).toContain(readings('سيارات')[0]);
  });

  it('leaves a host of at least three letters, and the nisba ي alone: حلك, البغدادي', () => {
    expect(pronounHosts('حلك')).toEqual([]); // a host of two letters
    expect(pronounHosts(normalize('بغدادي'))).toEqual([]);
  });
});

describe('clitics written on verbs only: their reading goes beside the stem', () => {
  it.each([
    ['سيزور', 'يزور', 'he will visit'],
    ['وسيزور', 'يزور', 'and he will visit: past the conjunction the model took'],
    ['فيقول', 'يقول', 'so he says'],
    ['فسيزور', 'يزور', 'so he will visit: ف, which stands only before the article or such a clitic'],
  ])('%s also reads as %s (%s)', (word, reading) => {
    expect(stemParts(normalize(word)).alternates).toContain(reading);
  });

  it('only before ت ي ن, a present-tense prefix: سلامة (safety), فريق (team), فكرة (idea) get no such reading', () => {
    for (const w of ['سلامة', 'فريق', 'فكرة']) expect(readings(w), w).toEqual([stemParts(normalize(w)).stem]);
  });

  it('a noun that opens on one of them gets the reading too, and keeps its stem: سيارة (car) → سيار, beside يار', () => {
    expect(readings('سيارة')).toEqual(['سيار', 'يار']);
    expect(readings('فستان')).toEqual(['فستان', 'تان']);
  });

  it('ف before the future particle keeps its stem: فسيزور (so he will visit) is no ف + سيزور', () => {
    expect(readings('فسيزور')).toEqual(['فسيزور', 'يزور']);
  });

  it('ف before an alef written أ, a verb of the form أفعل: فأكد (so he stressed) also reads اكد', () => {
    const token = (w: string) => analyze(w).find((t) => t.script === 'arabic')!;
    expect(token('فأكد').alternates).toEqual([stemOf('أكد')]);
    expect(token('فأجاب').alternates).toEqual([stemOf('أجاب')]);
    // Without the hamza the ف is the word's own: فاز (won), فارس (knight).
    expect(token('فاز').alternates).toEqual([]);
    expect(token('فارس').alternates).toEqual([]);
  });
});

describe('stemParts: the other reading of a guessed clitic', () => {
  const meet = (a: string, b: string) => readings(b).includes(readings(a)[0]!) || readings(a).includes(readings(b)[0]!);

  it.each([
    ['وزير', 'الوزير', 'minister / the minister'],
    ['وزير', 'للوزير', 'minister / for the minister'],
    ['وزارة', 'الوزارة', 'ministry / the ministry'],
    ['برلمان', 'البرلمان', 'parliament / the parliament'],
    ['برنامج', 'وبالبرنامج', 'programme / and with the programme'],
    ['ولايات', 'الولايات', 'states / the states'],
    ['بوتين', 'لبوتين', 'Putin / to Putin'],
    ['وزارة', 'بوزارة', 'ministry / at the ministry'],
    ['اللغة', 'للغة', 'the language / for the language: ل + ال + لغة is written لل too'],
    ['اللجنة', 'للجنة', 'the committee / for the committee'],
  ])('%s meets %s (%s), though the model reads their first letter differently', (a, b) => {
    expect(meet(a, b)).toBe(true);
  });

  it('gives the word its own first letter back: وزير (minister) is stemmed زير, with وزير beside it', () => {
    expect(stemParts('وزير')).toMatchObject({ stem: 'زير', alternates: ['وزير'] });
  });

  it('gives the article form the bare reading: الوزير → وزير, with زير beside it', () => {
    expect(stemParts('الوزير')).toMatchObject({ stem: 'وزير', alternates: ['زير'] });
  });

  it("carries the bare word's guess over to its clitic forms: بوزارة (at the ministry) meets وزارة (ministry), read و + زار", () => {
    expect(stemParts('وزاره').stem).toBe('زار');
    expect(readings('بوزارة')).toContain('زار');
  });

  it('has none when nothing was guessed: no proclitic (مجلس), the article on a plain letter (الصين), a place (بيروت), الله', () => {
    for (const w of ['مجلس', 'الصين', 'والصين', 'بيروت', 'لبيروت', 'الله', 'والله'])
      expect(stemParts(normalize(w)).alternates, w).toEqual([]);
  });
});

describe('stemParts: the feminine reading of a dual', () => {
  it.each([
    ['مدينتين', 'مدينة', 'two cities / a city'],
    ['المدينتان', 'المدينة', 'the two cities / the city'],
    ['الحكومتين', 'حكومة', 'the two governments / a government'],
    ['اتفاقيتين', 'الاتفاقية', 'two agreements / the agreement'],
    ['وزارتا', 'الوزارة', 'the two ministries (of …) / the ministry'],
  ])('%s reaches the stem of %s (%s): its ت is the open ة before the dual ending', (dual, single) => {
    expect(readings(dual)).toContain(stemParts(normalize(single)).stem);
  });

  it("keeps the word's own ت as its stem: ثابتين (fixed, plural) is ثابت, the ة reading only beside it", () => {
    expect(stemParts('ثابتين').stem).toBe('ثابت');
  });
});

describe('stemParts: the reading a floor turned down', () => {
  it.each([
    ['بشكل', 'شكل', 'in a way / form'],
    ['بسبب', 'سبب', 'because of / reason'],
    ['لحزب', 'حزب', 'to a party / party'],
  ])('%s keeps its stem whole but also reads %s (%s): ب and ل need 4 letters to come off', (word, reading) => {
    const p = stemParts(normalize(word));
    expect(p.stem).toBe(normalize(word));
    expect(p.alternates).toContain(reading);
  });

  it('gives no reading of fewer than 3 letters: بين (between), لكل (for each)', () => {
    expect(stemParts('بين').alternates).toEqual([]);
    expect(stemParts('لكل').alternates).toEqual([]);
  });
});

describe('stemParts: the stem without a final ت', () => {
  it.each([
    ['قالت', 'قال', 'she said / he said'],
    ['أعلنت', 'أعلن', 'announced (f.) / announced'],
    ['مبعوثتيهم', 'مبعوثة', 'their two envoys (f.) / envoy (f.)'],
    ['حصلوا', 'حصل', 'they obtained / he obtained: the و of the plural verb'],
    ['وقالوا', 'قال', 'and they said / he said'],
  ])('%s also reads as the stem of %s (%s)', (word, other) => {
    expect(stemParts(normalize(word)).alternates).toContain(stemParts(normalize(other)).stem);
  });

  it('leaves a plural ات, a short word and a place alone: نبات (plant), وقت (time), عضوا (a member), بيروت', () => {
    for (const w of ['نبات', 'وقت', 'عضوا', 'بيروت']) expect(stemParts(normalize(w)).alternates, w).toEqual([]);
  });
});

describe('the singular of a broken plural أفعال, read where the hamza is written', () => {
  const alternatesOf = (word: string) => analyze(word).find((t) => t.script === 'arabic')!.alternates;
  it.each([
    ['أسباب', 'سبب', 'reasons / reason'],
    ['الأطفال', 'طفل', 'the children / child'],
    ['وأسواقها', 'سوق', 'and its markets / market'],
    ['لأحزاب', 'حزب', 'for parties / party'],
    ['أَسْبَابٍ', 'سبب', 'reasons, vocalized'],
  ])('%s also reads as %s (%s)', (plural, singular) => {
    expect(alternatesOf(plural)).toContain(stemParts(normalize(singular)).stem);
  });

  it.each([
    ['إعلان', 'announcement: the masdar إفعال, hamza below (not علن)'],
    ['الإسلام', 'Islam: a masdar too (not سلم, peace)'],
    ['الاتحاد', 'the union: افتعال of a و root, no hamza (not تحد)'],
    ['اسباب', 'reasons written without the hamza: nothing tells plural from masdar'],
  ])('%s gets no such reading (%s)', (word) => {
    expect(alternatesOf(word)).toEqual([]);
  });

  it('needs the word as written: stemParts on the normalized word alone gives none', () => {
    expect(stemParts(normalize('أسباب')).alternates).toEqual([]);
    expect(stemParts(normalize('أسباب'), 'أسباب').alternates).toEqual(['سبب']);
  });
});

describe('an alef written with hamza or madda is never the article', () => {
  it.each([
    ['ألعاب', 'الألعاب', 'games / the games'],
    ['ألغام', 'الألغام', 'mines / the mines'],
    ['آلاف', 'الآلاف', 'thousands / the thousands'],
    ['وألعاب', 'الألعاب', 'and games / the games'],
  ])('%s and %s share a stem (%s)', (bare, definite) => {
    expect(stemOf(bare)).toBe(stemOf(definite));
  });

  it.each([
    ['إلهام', 'الهام', 'inspiration: not هام, "important"'],
    ['ألكسندر', 'الكسندر', 'Alexander: not كسندر'],
    ['ألوان', 'الوان', 'colours: not وان'],
  ])('%s keeps its أل/إل: %s (%s)', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it('gives the word after the article no second article either: الآلاف (the thousands) has no reading اف', () => {
    const t = analyze('الآلاف')[0]!;
    expect(t.stem).toBe('الاف');
    expect(t.alternates).toEqual([]);
  });

  it('reads the article where its alef is plain (الوزير → وزير), and without the written form as before', () => {
    expect(stemOf('الوزير')).toBe('وزير');
    expect(stemParts(normalize('ألعاب')).stem).toBe('عاب');
  });
});

describe('a suffix taken off a word that is not a stop word never leaves a stop word', () => {
  it.each([
    ['آلية', 'اليه', 'mechanism: not إلى (to)'],
    ['الآلية', 'اليه', 'the mechanism: the same stem as آلية'],
    ['العليا', 'عليا', 'the supreme (f.): not على (on)'],
  ])('%s → %s (%s)', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it('a stop word with clitics keeps the stop word’s stem: وإلى (and to) → الي', () => {
    expect(stemOf('وإلى')).toBe('الي');
  });
});
