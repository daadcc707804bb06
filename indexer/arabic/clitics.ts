/**
 * The one clitic model of the analyzer: which proclitics (و ف, ب ك ل, ال, in that order) and which
 * enclitic pronoun a normalized word carries, from the tables in `rules/clitics.ts`. The stemmer
 * (`stemmer.ts`), the country lookup (`extract/countries.ts`) and the name keys use it, so a clitic
 * is recognised the same way everywhere. A proclitic's floor is judged on the stem that remains
 * after the suffixes (`rules/suffixes.ts`), so the model also yields the light stem. Pure; no I/O.
 */
import { ATTACHED_PRONOUNS, ENCLITICS, PROCLITICS, WHOLE_WORDS } from './rules/clitics.ts';
import { NOT_PLACE_WORDS, PLACE_NAMES } from './rules/place-names.ts';
import type { ProcliticSlot } from './rules/clitics.ts';
import { SUBJECT_SUFFIXES, SUFFIXES } from './rules/suffixes.ts';
import { ARABIC_STOP_WORDS, isStopWord } from './stop-words.ts';
import { ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA } from './letters.ts';

/** A word cut at its clitics: `proclitics + base === word`; `enclitic` is the end of `base` (or ''). */
export interface CliticSplit {
  readonly proclitics: string;
  readonly base: string;
  readonly enclitic: string;
}

/** The split and the light stem (the base without its enclitic and suffixes). */
export interface WordParts extends CliticSplit {
  readonly stem: string;
  /**
   * Second stems: the other readings where the model had to guess (`otherReadings`, `floorReading`,
   * `feminineReading`, `finalTehReading`, `verbSubjectReading`, `brokenPluralReading`): `وزير` → stem زير,
   * alternates [وزير]; `الوزير` → stem وزير, alternates [زير]; `قالت` → [قال]; `أسباب` → [سبب]. Empty for a
   * whole word or a place name, and when nothing was guessed.
   */
  readonly alternates: readonly string[];
}

const TEH = 0x062a; // ت
const ALEF = 0x0627; // ا
const LAM = 0x0644; // ل
const WAW = 0x0648; // و
const YEH = 0x064a; // ي
const SLOT_ORDER: readonly ProcliticSlot[] = ['conjunction', 'preposition', 'article'];
const WHOLE = new Map(WHOLE_WORDS.map((w) => [w.word, w.stem]));
const NOT_PLACES = new Set(NOT_PLACE_WORDS.map((w) => w.word));
/** Names no proclitic is read into (rules/place-names.ts). */
const PLACES: ReadonlySet<string> = new Set(PLACE_NAMES.filter((w) => !NOT_PLACES.has(w)));

/** Whether a normalized word is one whose clitic-like letters are its own (الله: rules/clitics.ts WHOLE_WORDS). */
export function isWholeWord(normalizedWord: string): boolean {
  return WHOLE.has(normalizedWord);
}

/** Whether a normalized word without its article is a place name of rules/place-names.ts (كويت). */
export function isPlaceName(normalizedBase: string): boolean {
  return PLACES.has(normalizedBase);
}

/** The tables as char codes, compiled once (the stemmer runs on every Arabic token). */
interface Affix {
  readonly codes: readonly number[];
  readonly min: number;
}
interface Proclitic extends Affix {
  /** Slot index of its first slot; the walk only takes it at or after the current slot. */
  readonly slot: number;
  /** It fills the article slot (ال, لل): nothing may follow it. */
  readonly article: boolean;
  /** Nothing may follow it: the article, or a clitic written only on a verb (rules/clitics.ts `onlyBefore`). */
  readonly closes: boolean;
  /** rules/clitics.ts `onlyBefore`, as codes (empty: any letter may follow). */
  readonly onlyBefore: readonly number[];
  readonly alone: boolean;
  /** rules/clitics.ts `readingBefore`, as codes. */
  readonly readingBefore: readonly number[];
  /** rules/clitics.ts `beforeVerb`: the letters (as codes) and the floor before them. */
  readonly verbLetters: readonly number[];
  readonly verbMin: number;
}
const codesOf = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const PROCLITIC_TABLE: readonly Proclitic[] = PROCLITICS.map((p) => ({
  codes: codesOf(p.letters),
  min: p.minCore,
  slot: SLOT_ORDER.indexOf(p.slots[0]),
  article: p.slots.includes('article'),
  closes: p.slots.includes('article') || p.onlyBefore !== undefined,
  onlyBefore: p.onlyBefore ? codesOf(p.onlyBefore) : [],
  alone: p.alone !== false,
  readingBefore: p.readingBefore ? codesOf(p.readingBefore) : [],
  verbLetters: p.beforeVerb ? codesOf(p.beforeVerb.letters) : [],
  verbMin: p.beforeVerb?.minCore ?? p.minCore,
}));
/** Letters a second reading must leave: the suffixes' own floor (rules/suffixes.ts), a three-letter root. */
const MIN_FLOOR_READING = 3;
type EncliticRow = Affix & { readonly letters: string };
const ENCLITIC_TABLE: readonly EncliticRow[] = ENCLITICS.map((e) => ({
  codes: codesOf(e.letters),
  min: e.minCore,
  letters: e.letters,
}));
const SUFFIX_TABLE: readonly (Affix & {
  readonly keptOnPlaces: boolean;
  readonly notOntoPlaces: boolean;
  readonly afterTeh: boolean;
  readonly inflection: boolean;
})[] = SUFFIXES.map((x) => ({
  codes: codesOf(x.suffix),
  min: x.minRest,
  keptOnPlaces: x.keptOnPlaces === true,
  notOntoPlaces: x.notOntoPlaces === true,
  afterTeh: x.afterTehMarbuta === true,
  inflection: x.inflection === true,
}));
const MADDA = ALEF_MADDA.charCodeAt(0);
const HAMZA_ABOVE = ALEF_HAMZA_ABOVE.charCodeAt(0);
const HAMZA_BELOW = ALEF_HAMZA_BELOW.charCodeAt(0);
/** أ in isolated and final presentation form. */
const HAMZA_ABOVE_FORMS = [0xfe83, 0xfe84];
/** The first letters of the verb-only rows that allow an alef written أ after them (`verbPrefixAt`). */
const HAMZA_VERB_CLITICS: ReadonlySet<number> = new Set(
  PROCLITIC_TABLE.filter((p) => p.codes.length === 1 && p.onlyBefore.includes(HAMZA_ABOVE)).map((p) => p.codes[0]!),
);
const FIRST_LETTERS = new Set(PROCLITIC_TABLE.map((p) => p.codes[0]));
/** The table's rows by their first letter, in table order: the walk looks only at those that may match. */
const ROWS_BY_FIRST_LETTER: ReadonlyMap<number, readonly Proclitic[]> = new Map(
  [...FIRST_LETTERS].map((c) => [c!, PROCLITIC_TABLE.filter((p) => p.codes[0] === c)]),
);

function matchesAt(word: string, at: number, codes: readonly number[]): boolean {
  for (let j = 0; j < codes.length; j++) if (word.charCodeAt(at + j) !== codes[j]) return false;
  return true;
}

/**
 * Readings of the proclitics, found by `collectCandidates` into these scratch arrays (the analysis
 * is synchronous, and the stemmer runs on every Arabic token, so no per-word allocation): how many
 * letters each reading takes and the floor of its innermost clitic, longest first.
 */
const MAX_CANDIDATES = 32;
const candidateLength = new Int32Array(MAX_CANDIDATES);
const candidateFloor = new Float64Array(MAX_CANDIDATES); // Infinity-capable
let candidateCount = 0;

/**
 * Set by `splitWord` while it runs: the word being split as written (marks removed, letters unfolded),
 * when its caller has it. Its alefs tell the article from a word's own letters (`writtenHamzaAlef`).
 */
let writtenWord: string | undefined;
let writtenFor = '';

/**
 * Whether the alef at `at` of `word` (the word `splitWord` is splitting, or a suffix of it: a base) is
 * written with a hamza or madda: أ إ آ. The article's alef is hamzat wasl, never written so, so أل, إل, آل
 * open a word of its own: ألعاب (games), إلهام (inspiration), آلاف (thousands), ألكسندر; read as article +
 * rest they were عاب, هام ("important"), اف, كسندر, and never met their forms with the article (الألعاب).
 */
function writtenHamzaAlef(word: string, at: number): boolean {
  if (writtenWord === undefined || !writtenFor.endsWith(word)) return false;
  return isHamzaAlef(writtenWord.charCodeAt(writtenFor.length - word.length + at));
}
/** آ أ إ (letters.ts), and their presentation forms U+FE81–U+FE88 but ؤ's FE85–FE86 (PDF text). */
export function isHamzaAlef(c: number): boolean {
  return (
    c === HAMZA_ABOVE ||
    c === HAMZA_BELOW ||
    c === MADDA ||
    (c >= 0xfe81 && c <= 0xfe88 && c !== 0xfe85 && c !== 0xfe86)
  );
}

/** Every way the start of `word` reads as proclitics in the allowed order (rules/clitics.ts). */
function walkProclitics(word: string, at: number, after: Proclitic | null, needsArticle: boolean): void {
  const rows = ROWS_BY_FIRST_LETTER.get(word.charCodeAt(at));
  if (rows === undefined) return;
  for (const p of rows) {
    // Slots in order; the one repeat allowed is the same letter again (ببغداد = ب + بغداد).
    const inOrder = after === null || p.slot > after.slot || (p === after && !p.article);
    if (!inOrder || (after !== null && after.closes) || !matchesAt(word, at, p.codes)) continue;
    if (writtenWord !== undefined && p.article && word.charCodeAt(at) === ALEF && writtenHamzaAlef(word, at)) continue;
    const end = at + p.codes.length;
    if (end >= word.length) continue;
    if (p.onlyBefore.length > 0 && !verbPrefixAt(p, word, end)) continue;
    // A clitic that may not stand alone (ف) needs the article after it, or a verb-only one (فسيزور), or one
    // of its `readingBefore`, which then gives the second reading only (فبقراره → قرار beside فبقرار).
    const asReading = needsArticle && after !== null && after.readingBefore.includes(p.codes[0]!);
    const needs = (needsArticle || !p.alone) && !p.article && p.onlyBefore.length === 0 && !asReading;
    if (!needs && candidateCount < MAX_CANDIDATES) {
      // Insert sorted by length, longest first (a handful of entries at most).
      let i = candidateCount++;
      while (i > 0 && candidateLength[i - 1] < end) {
        candidateLength[i] = candidateLength[i - 1];
        candidateFloor[i] = candidateFloor[i - 1];
        i--;
      }
      candidateLength[i] = end;
      candidateFloor[i] = asReading ? Infinity : p.verbLetters.includes(word.charCodeAt(end)) ? p.verbMin : p.min;
    }
    walkProclitics(word, end, p, needs);
  }
}

/**
 * Whether `word` has at `at` a letter a row's `onlyBefore` allows: one of its letters, or, where the row
 * lists أ, an alef the word writes with a hamza (فأكد "so he stressed"; فاز "won" has its own ف).
 */
function verbPrefixAt(p: Proclitic, word: string, at: number): boolean {
  const c = word.charCodeAt(at);
  if (p.onlyBefore.includes(c)) return true;
  return c === ALEF && p.onlyBefore.includes(HAMZA_ABOVE) && writtenHamzaAlef(word, at);
}

function collectCandidates(word: string): number {
  candidateCount = 0;
  if (word.length > 2 && FIRST_LETTERS.has(word.charCodeAt(0))) walkProclitics(word, 0, null, false);
  return candidateCount;
}

/** The nisba rule's floor (rules/suffixes.ts): a shorter stem keeps its ي. */
const NISBA_MIN = SUFFIXES.find((x) => x.suffix === 'ي')?.minRest ?? Infinity;

/**
 * Whether a place name's final ا may come off at `at`: only where its nisba, which drops the ا, meets
 * what is left: after ي (سوريا → سوري, as السوري) or when the nisba's ي comes off too (بلجيكا → بلجيك,
 * as البلجيكي). Elsewhere the ا is the name's own (كوبا, روما, اوفا: not كوب "cup", روم, اوف).
 */
function nisbaMeets(word: string, start: number, at: number): boolean {
  return word.charCodeAt(at - 1) === YEH || at - start >= NISBA_MIN;
}

/** Set by `suffixEnd`: the enclitic it removed ('' for none). */
let lastEnclitic = '';
/** Set by `suffixEnd`: whether the last suffix it removed is one a feminine ة turns into ت before (مدينتين). */
let lastBeforeTeh = false;

/**
 * Where the stem of `word[start..]` ends once the enclitic pronoun and suffixes are off; `place`: the
 * rest is a place name (rules/place-names.ts), which keeps the suffixes marked keptOnPlaces.
 */
function suffixEnd(word: string, start: number, place = false, enclitics = ENCLITIC_TABLE): number {
  let end = word.length;
  lastEnclitic = '';
  lastBeforeTeh = false;
  for (const e of enclitics) {
    const at = end - e.codes.length;
    if (at - start >= e.min && matchesAt(word, at, e.codes)) {
      end = at;
      lastEnclitic = e.letters;
      break;
    }
  }
  // Teh marbuta is written ت before a pronoun (منطقتهم their region, حياتها her life): once a
  // pronoun is gone, a final ت that leaves 3 letters is that ة.
  if (lastEnclitic !== '' && end - 1 - start >= 3 && word.charCodeAt(end - 1) === TEH) end -= 1;
  // One ordered pass, each suffix at most once (repeating it until nothing changes measured worse),
  // and no inflection right after another.
  let afterInflection = false;
  for (const x of SUFFIX_TABLE) {
    if (place && x.keptOnPlaces) continue;
    if (x.inflection && afterInflection) continue;
    const at = end - x.codes.length;
    if (at - start < x.min || !matchesAt(word, at, x.codes)) continue;
    if (x.notOntoPlaces && (PLACES.has(word.slice(start, at)) || (place && !nisbaMeets(word, start, at)))) continue;
    end = at;
    afterInflection = x.inflection;
    lastBeforeTeh = x.afterTeh;
  }
  return end;
}

/**
 * The stem of the feminine reading of `word[start..end)` just cut by `suffixEnd`: a dual or plural
 * ending after ت, which may be a ة written open before it (مدينتين two cities → مدينت; as مدينة →
 * مدين), or the word's own ت (ثابتين, fixed: ثابت). Null when there is no such ending.
 */
function feminineReading(word: string, start: number, end: number): string | null {
  if (!lastBeforeTeh || end - 1 - start < 3 || word.charCodeAt(end - 1) !== TEH) return null;
  const withTehMarbuta = `${word.slice(start, end - 1)}ه`;
  return withTehMarbuta.slice(0, suffixEnd(withTehMarbuta, 0));
}

/** Set by `split`: where the base starts and the stem ends, or the whole-word stem. */
let splitStart = 0;
let splitEnd = 0;
let splitWhole: string | undefined;
/** Set by `split`: the word, or what is left after its proclitics, is a place name. */
let splitPlace = false;

/**
 * Splits `word` into the scratch variables above (no allocation on the common path). A suffix taken off
 * a word that is not a stop word never leaves a stop word, which nearly every document holds: آلية
 * (mechanism) is not إلى's الي, العليا not على; the word keeps its suffix (آلية and الآلية meet on اليه).
 * A stop word with clitics (وإلى) keeps the stop word.
 */
function split(word: string): void {
  splitRaw(word);
  if (splitWhole !== undefined || splitEnd === word.length || splitEnd - splitStart > MAX_STOP_LETTERS) return;
  if (!isStopWord(word.slice(splitStart, splitEnd)) || isStopWord(word) || isStopWord(word.slice(splitStart))) return;
  splitEnd = word.length;
  lastEnclitic = '';
  lastBeforeTeh = false;
}
/** The longest stop word, in letters: a longer stem is none (no slice made). */
const MAX_STOP_LETTERS = Math.max(...ARABIC_STOP_WORDS.map((w) => w.length));

function splitRaw(word: string): void {
  splitWhole = WHOLE.get(word);
  splitStart = 0;
  splitPlace = false;
  if (splitWhole !== undefined) {
    lastEnclitic = '';
    return;
  }
  if (PLACES.has(word)) {
    splitPlace = true;
    splitEnd = suffixEnd(word, 0, true);
    return;
  }
  const n = collectCandidates(word);
  // A whole word after any reading of the clitics wins (والله is و + الله, not و + ال + له), and so
  // does a place name, whose suffixes then come off but for its own ون ين (بلبنان is ب + لبنان, not
  // ب + ل + بنان; فلسطين keeps its ين, as الفلسطينية does).
  for (let i = 0; i < n; i++) {
    const rest = word.slice(candidateLength[i]);
    const whole = WHOLE.get(rest);
    if (whole !== undefined) {
      splitStart = candidateLength[i];
      splitWhole = whole;
      lastEnclitic = '';
      return;
    }
    if (PLACES.has(rest)) {
      splitStart = candidateLength[i];
      splitPlace = true;
      splitEnd = suffixEnd(word, splitStart, true);
      return;
    }
  }
  for (let i = 0; i < n; i++) {
    const start = candidateLength[i];
    const end = suffixEnd(word, start);
    if (end - start >= candidateFloor[i]) {
      splitStart = start;
      splitEnd = end;
      return;
    }
  }
  splitEnd = suffixEnd(word, 0);
}

/** The light stem of a normalized word (what `stem` in stemmer.ts returns). */
export function lightStem(normalizedWord: string): string {
  split(normalizedWord);
  if (splitWhole !== undefined) return splitWhole;
  return splitStart === 0 && splitEnd === normalizedWord.length
    ? normalizedWord
    : normalizedWord.slice(splitStart, splitEnd);
}

/**
 * The split of a normalized word, its light stem and the stems of its second readings. `written` is the
 * word as written with only its marks removed (what the normalizer deletes; the letters unfolded), when
 * the caller has it: a hamza the normalizer folds tells an article from a word's own أل (`writtenHamzaAlef`)
 * and a plural from a masdar (`brokenPluralReading`). Ignored when it does not align with the word.
 */
export function splitWord(normalizedWord: string, written?: string): WordParts {
  if (written === undefined || written.length !== normalizedWord.length) return splitWritten(normalizedWord, undefined);
  writtenWord = written;
  writtenFor = normalizedWord;
  const parts = splitWritten(normalizedWord, written);
  writtenWord = undefined;
  return parts;
}

function splitWritten(word: string, written: string | undefined): WordParts {
  split(word);
  // The scratch state is read now: the readings below split other strings.
  const start = splitStart;
  const end = splitEnd;
  const stem = splitWhole ?? (start === 0 && end === word.length ? word : word.slice(start, end));
  const proclitics = start === 0 ? '' : word.slice(0, start);
  const base = start === 0 ? word : word.slice(start);
  const enclitic = lastEnclitic;
  if (splitWhole !== undefined || splitPlace) return { proclitics, base, enclitic, stem, alternates: NONE };
  let out = withReading(null, stem, feminineReading(word, start, end));
  // A reading the floors turned down, deeper than the split (before otherReadings, which collects the
  // base's candidates over the word's).
  out = withReading(out, stem, floorReading(word, start));
  if (start > 0) out = otherReadings(word, proclitics, base, stem, out);
  out = withReading(out, stem, finalTehReading(stem) ?? verbSubjectReading(word, stem, enclitic));
  out = withReading(out, stem, brokenPluralReading(stem, written === undefined ? -1 : written.charCodeAt(start)));
  // After the proclitics the model read, and from the word's first letter when that reading is a guess
  // (بيتكم, your house: ب + يتكم as the model reads it, and بيت + كم).
  if (enclitic === '') {
    out = withReading(out, stem, pronounReading(word, start));
    if (start > 0 && !endsWithArticle(proclitics)) out = withReading(out, stem, pronounReading(word, 0));
  }
  return { proclitics, base, enclitic, stem, alternates: out ?? NONE };
}

const NONE: readonly string[] = Object.freeze([]);

/** The pronouns read off as a second reading only (rules/clitics.ts `secondReading`), longest first. */
const SECOND_READING_PRONOUNS: readonly string[] = ATTACHED_PRONOUNS.filter((p) => p.secondReading).map(
  (p) => p.letters,
);
/** The same as `suffixEnd`'s enclitic table: at least three letters before them. */
const SECOND_READING_TABLE: readonly EncliticRow[] = SECOND_READING_PRONOUNS.map((letters) => ({
  codes: codesOf(letters),
  min: MIN_FLOOR_READING,
  letters,
}));

/** The last two letters of each of those pronouns, as one number (penultimate << 16 | last). */
const PRONOUN_ENDINGS: ReadonlySet<number> = new Set(
  SECOND_READING_PRONOUNS.map((p) => (p.charCodeAt(p.length - 2) << 16) | p.charCodeAt(p.length - 1)),
);

/**
 * The stem of `word[start..]` without a pronoun the stemmer leaves on (كم, هن, كما, كن), split as
 * `suffixEnd` splits the pronouns it strips: حكومتكم (your government) → حكوم, as حكومة (the ة written ت
 * before a pronoun), قراراتكم (your decisions) → قرار. At least three letters must remain, and the reading
 * of a word that is no stop word is never one (أماكن, places, is not أما + كن).
 */
function pronounReading(word: string, start: number): string | null {
  // Most words end in none of their last two letters: one look, not one endsWith per pronoun.
  const n = word.length;
  if (!PRONOUN_ENDINGS.has((word.charCodeAt(n - 2) << 16) | word.charCodeAt(n - 1))) return null;
  const end = suffixEnd(word, start, false, SECOND_READING_TABLE);
  if (lastEnclitic === '') return null;
  const reading = word.slice(start, end);
  return isStopWord(reading) && !isStopWord(word) ? null : reading;
}

/**
 * The stem to search a foreign name by. A name has no root and no pattern, so its first و ب ل is its own
 * letter far more often than a clitic: بوتين (Putin) is stemmed وتين, which is also الوتين (the aorta), and
 * لافروف (Lavrov) افروف. When the model read a one-letter proclitic right before the base (not the
 * article), the reading that keeps it is the name's, and every form of the name has it as its stem or its
 * second stem (بوتين, وبوتين, لبوتين: `otherReadings`); otherwise the stem (الكويت → كويت).
 * `written`: the word as written, as for `splitWord`.
 */
export function nameStem(normalizedWord: string, written?: string): string {
  const parts = splitWord(normalizedWord, written);
  const p = parts.proclitics;
  if (p === '' || endsWithArticle(p)) return parts.stem;
  const kept = p[p.length - 1]! + parts.stem;
  return parts.alternates.includes(kept) ? kept : parts.stem;
}

/** The proclitics that end with the article (ال, لل), as written. */
const ARTICLE_ENDINGS: readonly string[] = PROCLITICS.filter((p) => p.slots.includes('article')).map((p) => p.letters);

/** Whether a reading's proclitics end with the article, alone or fused with ل (والـ, بالـ, للـ). */
export function endsWithArticle(proclitics: string): boolean {
  for (const a of ARTICLE_ENDINGS) if (proclitics.endsWith(a)) return true;
  return false;
}

/**
 * Without a dictionary, the letter after the last proclitic the model reads is a guess: a bare word's
 * first و ب ل is read as a clitic when the floor allows (وزير → و + زير, برلمان → ب + رلمان), but the
 * same letter after the article, or after a preposition it cannot follow, is the word's own (الوزير →
 * ال + وزير, لبوتين → ل + بوتين: rules/clitics.ts). So the forms of one word get different stems, and
 * a search for وزير (minister) missed الوزير. The stems of the other reading are added to `readings`
 * here, and the indexer stores them beside the stem (`alt` fields, indexer/analyzed-fields.ts), so each
 * form meets the other's reading while the stem stays the model's best guess:
 * - the innermost proclitic, when it is a one-letter clitic and not the article, read as the word's own
 *   letter: وزير → وزير, ووزير → وزير, وبرنامج → برنامج;
 * - what follows the proclitics, read as a bare word: الوزير → زير, البرنامج → رنامج, لبوتين → وتين,
 *   بوزارة → زار (as وزارة). This is the bare word's guess carried over, right or wrong: بوتين also
 *   gets تين ("figs", from ب + وتين), which only a search for تين would notice.
 * Measured with `npm run bench:peer` (as the engine matches: a query's stem finds a word whose stem
 * or second stem it is) and `eval:relevance`; figures in docs/DESIGN.md.
 */
function otherReadings(
  word: string,
  proclitics: string,
  base: string,
  stem: string,
  readings: string[] | null,
): string[] | null {
  let out = readings;
  // The innermost clitic read as the word's own letter. After لل too: ل + ال before a word that opens on
  // ل is written لل as well (للغة "for the language" is ل + ال + لغة), so its second ل may be the word's.
  const fused = FUSED !== undefined && proclitics.endsWith(FUSED.letters);
  if (fused || !endsWithArticle(proclitics)) {
    const start = proclitics.length - 1;
    const end = suffixEnd(word, start);
    out = withReading(out, stem, word.slice(start, end));
    out = withReading(out, stem, feminineReading(word, start, end));
  }
  // Without a proclitic reading of its own, the base alone has the stem it has here.
  if (collectCandidates(base) > 0) {
    out = withReading(out, stem, lightStem(base));
    if (splitWhole === undefined && !splitPlace) {
      out = withReading(out, stem, feminineReading(base, splitStart, splitEnd));
    }
  }
  return out;
}

/**
 * The stem without a final ت: the feminine ending of a past verb (قالت "she said", أعلنت "announced" →
 * قال, اعلن) or a ة written open before a suffix the table does not strip (مبعوثتيهم "their two envoys"
 * → مبعوث, as مبعوثة). Also a root's own ت (ثابت "fixed" → ثاب, nothing), so it is a second stem, never
 * the stem. Not after ا, where ات is the plural the suffix table already strips (or a word's own: نبات),
 * and only on stems of 4+ letters (وقت, بيت keep it whole). Null when the stem has no such ending.
 */
function finalTehReading(stem: string): string | null {
  const n = stem.length;
  if (n < MIN_FLOOR_READING + 1 || stem.charCodeAt(n - 1) !== TEH || stem.charCodeAt(n - 2) === ALEF) return null;
  return stem.slice(0, -1);
}

/**
 * The stem without a verb's subject suffix: the و of a plural verb's وا, whose silent alef the tanween
 * rule took off (حصلوا "they obtained" → حصلو → حصل; قرروا → قرر), on stems of 4+ letters only (عضوا, a
 * member, keeps عضو); and after an object pronoun the stemmer took (`enclitic`), the subject suffixes
 * of rules/suffixes.ts SUBJECT_SUFFIXES (قالوها "they said it" → قال). Null when the word does not end so.
 */
function verbSubjectReading(word: string, stem: string, enclitic: string): string | null {
  const n = stem.length;
  if (enclitic !== '') {
    for (const s of SUBJECT_SUFFIX_LETTERS) {
      if (n - s.length >= MIN_FLOOR_READING && stem.endsWith(s)) return stem.slice(0, -s.length);
    }
    return null;
  }
  if (n < MIN_FLOOR_READING + 1 || stem.charCodeAt(n - 1) !== WAW || !word.endsWith(PLURAL_VERB_ENDING)) return null;
  return stem.slice(0, -1);
}
const PLURAL_VERB_ENDING = 'وا';
/** Longest first, so تمو is tried before تم and و. */
const SUBJECT_SUFFIX_LETTERS: readonly string[] = SUBJECT_SUFFIXES.map((s) => s.suffix).sort(
  (a, b) => b.length - a.length,
);

/**
 * The singular of a broken plural of the pattern أفعال, the commonest of them: أسباب → سبب, الأطفال →
 * طفل, أسواق → سوق, أحزاب → حزب. A stem ا C C ا C whose first alef is written with hamza above; the masdar
 * إفعال (إعلان, إنتاج, إسلام: hamza below) and افتعال of a و root (اتحاد, اتصال: no hamza) have the same
 * normalized shape, so without the hamza (`hamzaSeat`, the word's letter as written, -1 when unknown) no
 * reading is made. UD-PUD (news, gold lemmas): recall 0.495 → 0.511 at precision 0.797 → 0.799; without the
 * hamza condition precision fell to 0.793 (علم met الإعلام, سلم الإسلام). Null when the stem is not so.
 */
function brokenPluralReading(stem: string, hamzaSeat: number): string | null {
  if (!hasPluralShape(stem) || !(hamzaSeat === HAMZA_ABOVE || HAMZA_ABOVE_FORMS.includes(hamzaSeat))) return null;
  return stem[1]! + stem[2]! + stem[4]!;
}

/** ا C C ا C: the normalized shape of أفعال (and of إفعال, افتعال). */
function hasPluralShape(stem: string): boolean {
  return stem.length === 5 && stem.charCodeAt(0) === ALEF && stem.charCodeAt(3) === ALEF;
}

/**
 * Where, in a word split without its written form, the letter as written could change the split: the
 * alef of the article it read (ألعاب is no ال + عاب when that alef is أ) or the first alef of a plural
 * shape (أسباب); -1 when nowhere. A caller that must compute the written form (the stem filter) looks at
 * that one letter first and splits again with it only when it is `isHamzaAlef`.
 */
export function writtenLetterToCheck(parts: WordParts): number {
  if (hasPluralShape(parts.stem)) return parts.proclitics.length;
  const p = parts.proclitics;
  const n = p.length;
  // A verb-only clitic before an alef (فأكد): the row's أ asks for the hamza (`verbPrefixAt`).
  if (n === 0 && HAMZA_VERB_CLITICS.has(parts.base.charCodeAt(0)) && parts.base.charCodeAt(1) === ALEF) return 1;
  if (n < 2 || p.charCodeAt(n - 2) !== ALEF || p.charCodeAt(n - 1) !== LAM) return -1;
  // After the article, a base that opens on ال may be a word's own آل/أل (الآلاف): the readings that
  // split the base again must not take that for a second article (they gave الآلاف a reading اف).
  const b = parts.base;
  return b.charCodeAt(0) === ALEF && b.charCodeAt(1) === LAM ? n : n - 2;
}

/**
 * The reading a floor turned down: ب and ل come off only when 4 letters of stem remain (rules/clitics.ts),
 * because on shorter words they are as often the word's own (بيان, لجنة). So بشكل ("in a way"), بسبب
 * ("because of"), لحزب ("to a party") kept them, and never met شكل, سبب, حزب. The stem stays whole; the
 * reading with the clitic off, when it leaves at least MIN_FLOOR_READING letters, goes beside it. Null
 * when the word has no such reading. `after`: the proclitics the split took, when it took some (the
 * reading must go deeper). Called right after `split(word)`, whose candidates it reads.
 */
function floorReading(word: string, after = 0): string | null {
  // split(word) has just collected the word's candidates (suffixEnd since then leaves them be).
  const n = candidateCount;
  for (let i = 0; i < n; i++) {
    const start = candidateLength[i];
    if (start <= after) break; // longest first: the rest are the split taken or shorter
    // Past a split the model took (و + سيزور), only a clitic written on verbs alone (floor Infinity: و + س
    // + يزور); the others' deeper readings measured worse (UD P 0.799 → 0.798, Snowball 0.873 → 0.872).
    if (after > 0 && candidateFloor[i] !== Infinity) continue;
    const end = suffixEnd(word, start);
    if (end - start >= MIN_FLOOR_READING) return word.slice(start, end);
  }
  return null;
}

/** `out` with `reading` added when it is new (no closure: this runs on most Arabic tokens). */
function withReading(out: string[] | null, stem: string, reading: string | null): string[] | null {
  if (reading === null || reading === stem) return out;
  if (out === null) return [reading];
  if (!out.includes(reading)) out.push(reading);
  return out;
}

/**
 * The clitics of a normalized word (see `normalize`): `proclitics` in the order Arabic writes them
 * (و/ف, then ب/ك/ل, then ال; لل = ل + ال), `base` = the word without them (suffixes kept),
 * `enclitic` = the pronoun suffix the model strips (`ها`), else ''.
 * `splitClitics('وبالصين')` → `{ proclitics: 'وبال', base: 'صين', enclitic: '' }`.
 */
export function splitClitics(normalizedWord: string): { proclitics: string; base: string; enclitic: string } {
  const { proclitics, base, enclitic } = splitWord(normalizedWord);
  return { proclitics, base, enclitic };
}

/**
 * Every reading of a normalized word's proclitics that the order allows, floors ignored, longest
 * first and ending with the word itself (`للصين` → لل + صين, ل + لصين, للصين). For lookups in a closed
 * list (the country gazetteer), where the list itself says which reading is a word: `لبكين` is
 * ل + بكين there, though the stemmer keeps the ل (ل needs 5 letters of stem).
 */
export function cliticReadings(normalizedWord: string): CliticSplit[] {
  const word = normalizedWord;
  const n = collectCandidates(word);
  const lengths = new Set<number>();
  for (let i = 0; i < n; i++) lengths.add(candidateLength[i]);
  lengths.add(0);
  return [...lengths].map((k) => ({ proclitics: word.slice(0, k), base: word.slice(k), enclitic: '' }));
}

/**
 * The forms a normalized word takes with the proclitics Arabic puts before it, in the model's order:
 * a conjunction or none, then a preposition or none (ل + ال written لل). For lookups by form in a
 * closed list (the names gazetteer): `بروكسل` is also written `وبروكسل`, `لبروكسل`, whose base the
 * model reads as `روكسل` (ب taken for a clitic), so the base alone would not find them.
 * `procliticForms('الصين')` holds الصين، والصين، بالصين، للصين، وللصين…
 */
export function procliticForms(normalizedWord: string): string[] {
  const definite = ARTICLE !== undefined && normalizedWord.startsWith(ARTICLE);
  const out = new Set<string>();
  for (const conjunction of ['', ...CONJUNCTIONS])
    for (const preposition of ['', ...PREPOSITIONS]) {
      // ل + ال is written لل (the fused rule), not لال.
      if (definite && FUSED && preposition !== '' && FUSED.letters.startsWith(preposition))
        out.add(conjunction + FUSED.letters + normalizedWord.slice(ARTICLE.length));
      else out.add(conjunction + preposition + normalizedWord);
    }
  return [...out];
}

/** The letters of the proclitics that fill one slot alone, from the table (compiled once). */
function slotLetters(slot: ProcliticSlot): string[] {
  // Not the clitics written on verbs only (the future س, ف before a verb): a name never takes them.
  return PROCLITICS.filter((r) => r.slots.length === 1 && r.slots[0] === slot && r.onlyBefore === undefined).map(
    (r) => r.letters,
  );
}
const CONJUNCTIONS = slotLetters('conjunction');
const PREPOSITIONS = slotLetters('preposition');
const ARTICLE: string | undefined = slotLetters('article')[0];
/** The rule that writes a preposition and the article as one (لل). */
const FUSED = PROCLITICS.find((r) => r.slots.includes('preposition') && r.slots.includes('article'));

/**
 * The words a normalized base would be if its end is an enclitic pronoun of the table, floors
 * ignored: `قواتها` → قوات ("its forces" → forces); a feminine noun's ة, written ت before the pronoun,
 * comes back as its folded ه (`مديريتها` → مديريت, مديريه). Name expansion uses it to tell ordinary
 * words from names: the collection puts pronouns after the first, never after a foreign name.
 */
export function encliticHosts(normalizedBase: string): string[] {
  return hostsOf(normalizedBase, ENCLITIC_TABLE, 2);
}

/** The words of at least three letters a normalized base would be without one of the ATTACHED_PRONOUNS: `قلبك` → قلب. */
export function pronounHosts(normalizedBase: string): string[] {
  return hostsOf(normalizedBase, ATTACHED_PRONOUNS, 3);
}

/**
 * The words of at least three letters a normalized base would be without a noun ending of the suffix
 * table (rules/suffixes.ts `nounEnding`: a plural or dual ending, the accusative's ا, the feminine ة):
 * `جينات` → جين ("genes" → gene), and the ة a sound feminine plural replaced: `مديريات` → مديري, مديريه.
 */
export function nounEndingHosts(normalizedBase: string): string[] {
  const out: string[] = [];
  for (const ending of NOUN_ENDINGS) {
    if (!normalizedBase.endsWith(ending) || normalizedBase.length - ending.length < 3) continue;
    const host = normalizedBase.slice(0, -ending.length);
    out.push(host);
    if (ending === FEMININE_PLURAL) out.push(`${host}ه`);
  }
  return out;
}
const NOUN_ENDINGS: readonly string[] = SUFFIXES.filter((x) => x.nounEnding === true).map((x) => x.suffix);
const FEMININE_PLURAL = 'ات';

function hostsOf(base: string, pronouns: readonly { readonly letters: string }[], minHost: number): string[] {
  const out: string[] = [];
  for (const e of pronouns) {
    if (!base.endsWith(e.letters) || base.length - e.letters.length < minHost) continue;
    const host = base.slice(0, -e.letters.length);
    out.push(host);
    if (host.endsWith('ت') && host.length > 2) out.push(`${host.slice(0, -1)}ه`);
  }
  return out;
}
