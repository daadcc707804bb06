/**
 * The collection's Arabic vocabulary for name expansion (stage: indexer/arabic/names, pure, no I/O).
 *
 * Every distinct normalized Arabic word form (stop words flagged) with its count, its most frequent
 * spelling as written (diacritics and tatweel removed: `أرمينيا`, not the normalized `ارمينيا`), its base
 * without proclitics (splitClitics), and blocking keys of both (blocking.ts). Pairs of adjacent words are
 * kept as one form when both are short syllables (شي جين، جين بينغ، تو لام) or the first is a name particle
 * (عبد العزيز، بن سلمان): a Latin name written as one word matches them (Jinping, Abdelaziz).
 * indexer/meili/vocab.ts stores the entries as the index `${indexUid}_vocab`.
 */
import { createHash } from 'node:crypto';
import { analyzeUnstemmed, isStopWord } from '../analyzer.ts';
import { encliticHosts, isPlaceName, isWholeWord, nounEndingHosts, pronounHosts, splitClitics } from '../clitics.ts';
import type { Token } from '../token.ts';
import { arabicKey, arabicPrefixKey, BLOCK_CLASSES } from './blocking.ts';
import { GIVEN_NAMES } from './given-names.ts';
import {
  ARABIC_NAME_PARTICLES,
  ARABIC_NAME_SECOND_WORDS,
  SHORT_WORD_LETTERS,
  SYLLABLE_LETTERS,
} from './rules/particles.ts';

export interface VocabEntry {
  /** Engine id: a hash of `form` (Meilisearch ids allow only [A-Za-z0-9_-]). */
  id: string;
  /** Normalized form as the analyzer gives it (`analyze(...).surface`), two words space-joined. */
  form: string;
  /** Its most frequent spelling as written, diacritics removed. */
  written: string;
  count: number;
  /** `form` without proclitics (the base of the first word, for a pair). */
  base: string;
  /** 1 or 2. */
  words: number;
  /**
   * A stop word (علي is also على "on", هو "he"): kept because names collide with them (Ali علي), but
   * name expansion only offers them on a near-perfect match (server/search/name-expansion.ts).
   */
  stop: boolean;
  /**
   * An ordinary word: the collection also writes it with a pronoun after it (قوات, as قواتها "its
   * forces"), or it is a word of the collection with a pronoun after it (قلبك "your heart", beside قلب;
   * rules/clitics.ts ATTACHED_PRONOUNS), which Arabic does to nouns and verbs, never to a foreign name;
   * or the collection also writes it with a noun ending (rules/suffixes.ts `nounEnding`: جين "gene"
   * beside جينات, كبير beside كبيرة), unless it is a place of rules/place-names.ts (الموصل, Mosul, beside
   * الموصلات, the conductors) or an Arabic given name (given-names.ts: حسن beside حسنة); or it is a word
   * of the collection with a noun ending, written no more often than the word without it (بردا beside
   * برد; see `withEnding` for the endings and names left out).
   * Name expansion offers it only on a near-perfect match, as a stop word (Kuwait is not قوات).
   */
  inflected: boolean;
  /** Blocking keys of the form and of its base (BLOCK_CLASSES classes). */
  keys: string[];
  /** Prefix keys (PREFIX_CLASSES classes) for search as you type. */
  pkeys: string[];
}

/** The feminine ending as written; the analyzer folds it into ه. */
const TA_MARBUTA = 'ة';
/** Noun endings a form is not read as having beside the bare word (see withEnding). */
const ENDINGS_NOT_READ: readonly string[] = ['ه', 'ان', 'ات'];
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PARTICLES: ReadonlySet<string> = new Set(ARABIC_NAME_PARTICLES);
const SECOND_WORDS: ReadonlySet<string> = new Set(ARABIC_NAME_SECOND_WORDS);

/** Whether a normalized word ends compound names (rules/particles.ts ARABIC_NAME_SECOND_WORDS: الدين, أوغلو). */
export function isCompoundSecondWord(word: string): boolean {
  return SECOND_WORDS.has(word);
}

/** The text the alignment reads: the form without its space. */
export function alignable(form: string): string {
  return form.replace(/ /g, '');
}

export function baseOf(form: string): string {
  const [first, ...rest] = form.split(' ');
  return [splitClitics(first!).base, ...rest].join(' ');
}

export function entryKeys(form: string, base: string): { keys: string[]; pkeys: string[] } {
  return { keys: blockKeys(form, base), pkeys: prefixKeys(form, base) };
}

/** The blocking keys of a form and its base (the `keys` of entryKeys). */
export function blockKeys(form: string, base: string): string[] {
  return keysOfBoth(form, base, (t) => arabicKey(t, BLOCK_CLASSES));
}

/** The prefix keys of a form and its base (the `pkeys` of entryKeys). */
export function prefixKeys(form: string, base: string): string[] {
  return keysOfBoth(form, base, arabicPrefixKey);
}

/** `key` of the form and of its base, once when they agree. */
function keysOfBoth(form: string, base: string, key: (alignableText: string) => string): string[] {
  const a = key(alignable(form));
  if (base === form) return [a];
  const b = key(alignable(base));
  return a === b ? [a] : [a, b];
}

/** Code points (the analyzer's forms are Arabic, one UTF-16 unit per letter; this counts pairs right too). */
function letters(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * One form's occurrences and spellings. Most forms are always written one way, so the first spelling
 * is kept with its own count and a map is made only for a second one. With that, the unstemmed analysis
 * and each spelling taken once, the vocabulary of the bench collection (100,000 passages) took 4.3–5.0 s
 * of CPU instead of 9.4 s (same entries, byte for byte); it runs on the indexer's Node thread while the
 * engine indexes, on the same two cores.
 */
interface Tally {
  count: number;
  spelling: string;
  spellingCount: number;
  others?: Map<string, number>;
}

export class VocabularyBuilder {
  private readonly counts = new Map<string, Tally>();

  /** Adds the Arabic words (and qualifying word pairs) of one text. */
  add(text: string): void {
    // Surfaces, offsets and stop flags are all a form needs: the stemmer's work is skipped.
    const tokens = analyzeUnstemmed(text);
    // The spelling of a word that ended a pair was taken then; it is not taken twice.
    let taken: string | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.script !== 'arabic') {
        taken = undefined;
        continue;
      }
      const spelling = taken ?? written(text, t);
      taken = undefined;
      this.count(t.surface, spelling);
      const next = tokens[i + 1];
      if (next && pairs(text, t, next)) {
        taken = written(text, next);
        this.count(`${t.surface} ${next.surface}`, `${spelling} ${taken}`);
      }
    }
  }

  private count(form: string, spelling: string): void {
    const e = this.counts.get(form);
    if (!e) this.counts.set(form, { count: 1, spelling, spellingCount: 1 });
    else {
      e.count++;
      if (spelling === e.spelling) e.spellingCount++;
      else {
        e.others ??= new Map();
        e.others.set(spelling, (e.others.get(spelling) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.counts.size;
  }

  *entries(): Generator<VocabEntry> {
    // Every base first: whether a form is `inflected` depends on the other forms of the collection.
    const bases = new Map<string, string>();
    const hosts = new Set<string>();
    const words = new Set<string>();
    const baseCounts = new Map<string, number>();
    const knownName = (word: string): boolean => isPlaceName(word) || GIVEN_NAMES.has(word);
    for (const [form, tally] of this.counts) {
      if (form.includes(' ')) continue;
      const base = baseOf(form);
      bases.set(form, base);
      words.add(form).add(base);
      baseCounts.set(base, (baseCounts.get(base) ?? 0) + tally.count);
      for (const host of encliticHosts(base)) hosts.add(host);
      for (const host of nounEndingHosts(base)) if (!knownName(host)) hosts.add(host);
    }
    // The analyzer folds ة into ه, the pronoun "his": a form the collection writes with ة is no word
    // plus that pronoun (البصرة Basra is not بصر + ه, طاهرة Tahira not طاهر + ه), nor is ـية beside ـي
    // (الناصرية Nasiriyah beside الناصري, السليمانية beside سليماني, رقية Ruqayya beside رقي): reading that
    // as an adjective's feminine took one absent name off in the tuning halves and lost such names.
    const withPronoun = (base: string, written: string): boolean =>
      pronounHosts(base).some(
        (host) => words.has(host) && !(written.endsWith(TA_MARBUTA) && host === base.slice(0, -1)),
      );
    // A form with a noun ending beside the same word without it is ordinary too (بردا "cold", acc., beside
    // برد; سبعين "seventy" beside سبع) when the collection writes it no more often than that word: a name
    // is written more often than the word it happens to hold (درعا Daraa beside درع, shield). Not for
    // places and given names (لبنان beside لبن "milk"), ـيا beside ـي (روسيا Russia beside روسي Russian),
    // ـان, ending Persian, Pashto and Turkic names more often than an Arabic dual (طالبان Taliban beside
    // طالب, student), nor ـات (عرفات Arafat beside عرف), which gained nothing; ه is withPronoun's.
    // Tuning halves, larger collection: absent names matched 24 → 23 of 109 (English), 63 → 58 of 274
    // (other languages), faker proxy 250 → 226 of 1,107 (219 without the exceptions and the frequencies,
    // but Taliban, Daraa and Arafat at 0.896, 0.875 and 0.886 < 0.9 were lost); no pair lost in any set,
    // the smaller collection unchanged.
    // A host written at least as often as the form is a base of the collection: no separate `words` check.
    const count = (base: string): number => baseCounts.get(base) ?? 0;
    const withEnding = (base: string): boolean =>
      !knownName(base) &&
      !ENDINGS_NOT_READ.some((ending) => base.endsWith(ending)) &&
      nounEndingHosts(base).some((host) => !(base.endsWith('ا') && host.endsWith('ي')) && count(base) <= count(host));
    for (const [form, e] of this.counts) {
      // The most frequent spelling; on a tie, the one met first.
      let best = e.spelling,
        bestCount = e.spellingCount;
      for (const [w, c] of e.others ?? [])
        if (c > bestCount) {
          best = w;
          bestCount = c;
        }
      const base = bases.get(form) ?? baseOf(form);
      const wordCount = form.includes(' ') ? 2 : 1;
      yield {
        id: formId(form),
        form,
        written: best,
        count: e.count,
        base,
        words: wordCount,
        stop: wordCount === 1 && isStopWord(form),
        inflected: wordCount === 1 && (hosts.has(base) || withPronoun(base, best) || withEnding(base)),
        ...entryKeys(form, base),
      };
    }
  }
}

export function formId(form: string): string {
  return createHash('sha1').update(form).digest('hex').slice(0, 24);
}

function written(text: string, t: Token): string {
  return text.slice(t.start, t.end).replace(MARKS, '');
}

/** Whether text[from, to) is one or more white-space characters (as /^\s+$/, without the slice). */
function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}
const SPACE = /\s/;

/** Two adjacent Arabic words kept as one form: syllables (not both stop words, no article), or particle + word. */
function pairs(text: string, a: Token, b: Token): boolean {
  if (b.script !== 'arabic' || !onlySpace(text, a.end, b.start)) return false;
  if (PARTICLES.has(a.surface)) return !b.stop;
  // The second word of a compound name (rules/particles.ts) pairs with a first word of any length:
  // قليجدار أوغلو (Kılıçdaroğlu), شمس الدين.
  if (isCompoundSecondWord(b.surface)) return !a.stop;
  const [short, long] = [letters(a.surface), letters(b.surface)].sort((x, y) => x - y) as [number, number];
  // A syllable of a Chinese or Vietnamese name never carries the Arabic article: مدير الهيئة (the
  // authority's director) is two words of a sentence, and Madeira typed in full is not its beginning.
  // الله is not the article's (theophoric names: حمد الله Hamdullah, نصر الله Nasrallah).
  if (b.surface.startsWith('ال') && !isWholeWord(b.surface)) return false;
  return short <= SHORT_WORD_LETTERS && long <= SYLLABLE_LETTERS && !(a.stop && b.stop);
}
