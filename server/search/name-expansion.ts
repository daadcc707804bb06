/**
 * Names from any spelling: turns the Latin and Arabizi words of a query into the Arabic word forms of
 * the collection that sound like them (issue 14). One engine request per query brings the candidates
 * from the vocabulary index (`VocabReader`, indexer/meili/vocab.ts) by blocking key; each candidate is
 * then scored in Node by the weighted alignment of indexer/arabic/names/align.ts; the best few above
 * DEFAULTS.minScore are kept. Acronyms and exonyms come from the gazetteer (rules/gazetteer.ts).
 *
 * Query words are grouped into spans: one word, or two adjacent words read as one name when that
 * scores better (Abdel Aziz → عبد العزيز, el Sisi → السيسي, Viet Nam → فيتنام). A Latin word that sounds
 * like nothing in the collection ("Group", "University") gets `forms: []`.
 */
import type { Meilisearch } from 'meilisearch';
import { isPlaceName, isStopWord, normalize, procliticForms } from '../../indexer/arabic/analyzer.ts';
import { alignScore, compileLatin, scoreToCost, type LatinPlan } from '../../indexer/arabic/names/align.ts';
import { latinKeys, latinPrefixKeys } from '../../indexer/arabic/names/blocking.ts';
import { nearestKey } from '../../indexer/arabic/names/gazetteer-match.ts';
import { foldLatin, letterCount } from '../../indexer/arabic/names/latin-fold.ts';
import { GIVEN_NAMES } from '../../indexer/arabic/names/given-names.ts';
import { GAZETTEER } from '../../indexer/arabic/names/rules/gazetteer.ts';
import { ALEF_MAQSURA } from '../../indexer/arabic/names/rules/sound-rules.ts';
import { LATIN_NAME_PARTICLES } from '../../indexer/arabic/names/rules/particles.ts';
import { alignable, baseOf, isCompoundSecondWord, type VocabEntry } from '../../indexer/arabic/names/vocabulary.ts';
import { meiliErrorCode } from '../../indexer/meili/errors/index.ts';
import { VOCAB_MAX_FETCH, vocabUid } from '../../indexer/meili/vocab.ts';

export interface ExpandedForm {
  /** Arabic form as the analyzer normalizes it (space-joined when a name is two words: "جين بينغ"). */
  normalized: string;
  /** The most frequent spelling AS WRITTEN in the collection, diacritics removed: "أرمينيا". */
  written: string;
  /**
   * 0..1: the alignment score, plus DEFAULTS.givenNameBonus for an Arabic given name (capped at 1), less
   * DEFAULTS.stopPairRankPenalty for a phrase with a stop word read from one Latin word.
   */
  score: number;
  /** Occurrences in the collection. */
  count: number;
}

export interface NameExpansion {
  /** The query words (as typed) this expansion covers. */
  words: string[];
  /** Their span in the query (UTF-16). */
  start: number;
  end: number;
  /** Best first, already thresholded; [] = nothing in the collection sounds like it. */
  forms: ExpandedForm[];
  via: 'sound' | 'gazetteer' | 'prefix';
}

export interface ExpandOptions {
  /** Match the last word as the beginning of a name (search as you type). */
  prefix: boolean;
  /** Overrides of DEFAULTS (the evaluation sweeps thresholds with it). Default: none. */
  tuning?: Partial<Tuning>;
}

/** Every tunable figure of the expansion, in one place. */
export const DEFAULTS = {
  /**
   * A form needs this alignment score (align.ts costToScore). Tuned on the tuning half of the dev set;
   * 0.74 → 0.75 in the seventh session, with the faker proxy's tuning half (names-absent-proxy.ts) as a
   * second absent set: other languages' absent names matched 18 → 17, the proxy's in the larger collection
   * 284 → 277, no pair lost in any set; from 0.76 pairs are lost.
   */
  minScore: 0.75,
  /** Words of 2–3 letters (Xi, Li, To) need more: short Arabic words are many. */
  minScoreShort: 0.85,
  /**
   * Words of 4–5 letters (Apia, Chita, Spain) need a little more than longer ones: less sound to go by.
   * Tuning half: at 0.74 (as long words) 8 of 111 absent names matched, at 0.78 5, with the same recall;
   * from 0.82 recall drops. At 0.8 (seventh session) the faker proxy's tuning half matched 54 → 51 names
   * with no pair lost in any set; at 0.81 a pair of the tuning half is lost.
   */
  minScoreMedium: 0.8,
  /**
   * Forms kept per span, and how far below the best one a form may score. 0.1, not 0.2: on the tuning
   * half the recall is the same, and the weaker forms are ordinary words (Hanoi هانوي brought وهنوا, هنيا
   * and 265 verses with them in the relevance evaluation).
   */
  maxForms: 5,
  maxBelowBest: 0.1,
  /**
   * A stop word (علي "on" = Ali) is offered only at this score, and so is a two-word form with a stop
   * word read from one Latin word (see hasStopWord). Tuning half, larger collection: the pairs took
   * absent names matched 29 → 27 of 109 (Belgium بلغ ما, Menominee من مني), recall unchanged. At 0.93 the
   * faker proxy matched fewer names (54 → 50) with no dev-set pair lost, but Ali, Aly (علي, also "on") and
   * Arabizi ta3awon (تعاون, also written تعاوننا) no longer found their words: kept at 0.9.
   */
  minStopScore: 0.9,
  /**
   * Search as you type: the Latin prefix needs this many letters, and a stricter score. A prefix is tried
   * only when the word found nothing whole (search-service.ts), so a complete name absent from the
   * collection reaches it: at 0.8, 14 of the tuning half's 111 absent names matched through the API
   * (Latvia → لاتفاقيه), at 0.9 10 (as many as whole words alone), and Medw → ميدفيديف still does.
   */
  minPrefixLetters: 4,
  minPrefixScore: 0.9,
  /** Score taken off a match through the base of a form with the article only, or with other clitics. */
  articlePenalty: 0.05,
  cliticPenalty: 0.1,
  /**
   * Taken off too when the collection writes that base neither alone nor with the article (Kiel → وكيل
   * "agent", Herman → وحرمان "and deprivation"). Ninth session, tuning halves: the faker proxy's absent
   * names matched 51 → 48 (larger collection 268 → 264), other languages' 17 → 16 (67 → 66), no pair lost
   * in any set; leaving such forms out altogether gave 47 / 264 for no pair more.
   */
  unattestedCliticPenalty: 0.1,
  /** Score taken off a gazetteer form per unit of near-match cost (gazetteer-match.ts; at most 0.6). */
  nearGazetteerPenalty: 0.25,
  /**
   * Added to the score of a form whose base is an Arabic given name (given-names.ts), for ranking only
   * (the thresholds see the alignment score): a name typed in Latin is more likely a name than an
   * ordinary word that sounds the same (Tariq طارق before طريق "road"). Tuning halves (eval:names):
   * the pair set's recall@1 in the larger collection 0.882 → 0.897, other languages' recall@5 225 → 226
   * of 295, no recall lost and absent names unchanged (they are thresholded before the bonus); the
   * same from 0.04 to 0.08.
   */
  givenNameBonus: 0.05,
  /**
   * Taken off, for ranking only, a two-word form with a stop word read from one Latin word (see
   * hasStopWord): a name is one word more often than a phrase with a function word that sounds the same
   * (Macron ماكرون before ما تسرون "what you conceal", both 0.955). Tuning halves, larger collection
   * (eval:names): the pair set's recall@1 122 → 123 of 136, other languages' 217 → 218 of 295, nothing
   * else moved (the same at 0.05).
   */
  stopPairRankPenalty: 0.02,
  /** Two words are read as one name only when both are at most this long (letters). */
  maxPairPartLetters: 10,
};
export type Tuning = typeof DEFAULTS;

const PARTICLES: ReadonlySet<string> = new Set(LATIN_NAME_PARTICLES);
/** Latin → the gazetteer's Arabic, folded by the analyzer as the collection's words are. */
const GAZETTEER_BY_LATIN: ReadonlyMap<string, readonly string[]> = new Map(
  GAZETTEER.flatMap((e) => e.latin.map((l) => [l, e.arabic.map((a) => normalize(a))] as const)),
);
/** A word of the query: letters of any script, marks, digits (Arabizi), apostrophes and inner hyphens. */
const WORD = /[\p{L}\p{M}\p{N}'’ʼ‘`]+(?:[-‐‑][\p{L}\p{M}\p{N}'’ʼ‘`]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
/** What marks a syllable break inside a Latin word (Xi'an, Ki-moon). */
const SYLLABLE_MARK = /['’ʼ‘`\-‐‑]/u;

/**
 * What name expansion reads of a vocabulary entry; the keys route each candidate to the spans that asked
 * for its block (reading them costs the engine no more than recomputing them costs Node: bench:names).
 */
const VOCAB_FIELDS = ['form', 'written', 'count', 'base', 'stop', 'inflected', 'keys', 'pkeys'] as const;
export type VocabForm = Pick<VocabEntry, (typeof VOCAB_FIELDS)[number]>;

/** The vocabulary index of a search index, read through the server's Meilisearch client. */
export class VocabReader {
  readonly uid: string;
  constructor(
    private readonly client: Meilisearch,
    indexUid: string,
  ) {
    this.uid = vocabUid(indexUid);
  }

  /** Forms with any of these blocking keys or prefix keys, these exact forms or bases, in one request. */
  async lookup(q: { keys: string[]; prefixKeys: string[]; forms: string[]; bases?: string[] }): Promise<VocabForm[]> {
    const clauses: string[] = [];
    const list = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');
    if (q.keys.length) clauses.push(`keys IN [${list(q.keys)}]`);
    if (q.prefixKeys.length) clauses.push(`pkeys IN [${list(q.prefixKeys)}]`);
    if (q.forms.length) clauses.push(`form IN [${list(q.forms)}]`);
    if (q.bases?.length) clauses.push(`base IN [${list(q.bases)}]`);
    if (clauses.length === 0) return [];
    try {
      const res = await this.client.index<VocabForm>(this.uid).getDocuments({
        filter: clauses.join(' OR '),
        limit: VOCAB_MAX_FETCH,
        fields: [...VOCAB_FIELDS],
      });
      return res.results;
    } catch (e) {
      if (meiliErrorCode(e) === 'index_not_found') {
        throw new Error(
          `name expansion: the vocabulary index ${this.uid} does not exist; index the collection again (npm run index -- PATH) to create it`,
          { cause: e },
        );
      }
      throw e;
    }
  }
}

interface QueryWord {
  text: string;
  folded: string;
  start: number;
  end: number;
  particle: boolean;
}

interface Span {
  words: QueryWord[];
  folded: string;
  plans: LatinPlan[];
  letters: number;
  keys: string[];
  prefix: boolean;
  gazetteer: GazetteerHit | undefined;
}

interface GazetteerHit {
  phrases: readonly string[];
  score: number;
  /**
   * The span is a key of the gazetteer (not a near match, which may spell another name) whose Arabic
   * the sound model does not reach (isExonym): Greece اليونان, not Saida صيدا, also the given name سعيدة.
   */
  exonym: boolean;
}

/**
 * The gazetteer's Arabic for a span: by its key, or, when the span is not a word being typed, by the key
 * it spells in another language (Égypte, Egipto, Indien: indexer/arabic/names/gazetteer-match.ts).
 */
function gazetteerOf(folded: string, prefix: boolean, t: Tuning): GazetteerHit | undefined {
  const key = folded.replace(/-/g, '');
  const exact = GAZETTEER_BY_LATIN.get(key);
  if (exact) return { phrases: exact, score: 1, exonym: isExonym(key, exact) };
  if (prefix) return undefined;
  const near = nearestKey(key, GAZETTEER_BY_LATIN.keys());
  return (
    near && {
      phrases: GAZETTEER_BY_LATIN.get(near.key)!,
      score: 1 - near.cost * t.nearGazetteerPenalty,
      exonym: false,
    }
  );
}

const exonyms = new Map<string, boolean>();
/**
 * Whether no Arabic phrase of a gazetteer key sounds like the key, with or without its proclitics (the
 * article: اليونان, يونان), by the model's own threshold: an exonym (Greece اليونان, Egypt مصر), not a spelling (Saida صيدا, Mexico المكسيك).
 */
function isExonym(key: string, phrases: readonly string[]): boolean {
  let known = exonyms.get(key);
  if (known === undefined) {
    const plans = compileLatin(key);
    const min = threshold({ prefix: false, letters: plans[0]!.letters }, DEFAULTS);
    known = !phrases.some((p) => [p, baseOf(p)].some((text) => alignScore(plans, alignable(text), false, min) >= min));
    exonyms.set(key, known);
  }
  return known;
}

/** The Latin words of a query, folded, with their spans. */
export function latinWords(query: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const m of query.matchAll(WORD)) {
    if (!LATIN.test(m[0])) continue;
    const folded = foldLatin(m[0]);
    if (letterCount(folded) === 0) continue;
    out.push({ text: m[0], folded, start: m.index, end: m.index + m[0].length, particle: PARTICLES.has(folded) });
  }
  return out;
}

function makeSpan(words: QueryWord[], prefix: boolean, t: Tuning): Span {
  // Joined words read as one: a hyphen between them stays (al-Aziz), a space goes.
  const folded = words.map((w) => w.folded).join('');
  const plans = compileLatin(folded);
  const letters = plans[0]!.letters;
  const maxCost = scoreToCost(threshold({ prefix, letters }, t), letters);
  return {
    words,
    folded,
    plans,
    letters,
    prefix,
    gazetteer: gazetteerOf(folded, prefix, t),
    keys: prefix ? latinPrefixKeys(plans, maxCost) : latinKeys(plans, maxCost),
  };
}

function adjacent(query: string, a: QueryWord, b: QueryWord): boolean {
  return /^\s+$/.test(query.slice(a.end, b.start));
}

/** Candidate spans: every word alone, and every adjacent pair that might be one name. */
function candidateSpans(query: string, words: QueryWord[], prefix: boolean, t: Tuning): Span[][] {
  const lastPrefix = (i: number) =>
    prefix && i === words.length - 1 && letterCount(words[i]!.folded) >= t.minPrefixLetters && !/\s$/.test(query);
  return words.map((w, i) => {
    const spans = [makeSpan([w], lastPrefix(i), t)];
    const next = words[i + 1];
    if (
      next &&
      adjacent(query, w, next) &&
      letterCount(w.folded) <= t.maxPairPartLetters &&
      letterCount(next.folded) <= t.maxPairPartLetters
    ) {
      spans.push(makeSpan([w, next], lastPrefix(i + 1), t));
    }
    return spans;
  });
}

interface Scored {
  forms: ExpandedForm[];
  via: NameExpansion['via'];
}

/** The score a form needs for a span: a typed prefix's, or by the length of the Latin word(s). */
export function threshold(span: { prefix: boolean; letters: number }, t: Tuning): number {
  if (span.prefix) return t.minPrefixScore;
  return span.letters <= 3 ? t.minScoreShort : span.letters <= 5 ? t.minScoreMedium : t.minScore;
}

/** Scores the candidates of one span; forms sharing a base are one name, shown by its barest spelling. */
function scoreSpan(
  span: Span,
  byKey: Map<string, VocabForm[]>,
  byForm: Map<string, VocabForm>,
  byBase: Map<string, VocabForm>,
  t: Tuning,
): Scored {
  if (span.words.length === 1 && span.words[0]!.particle) return { forms: [], via: 'sound' };
  if (span.gazetteer) {
    const { score } = span.gazetteer;
    const forms = span.gazetteer.phrases.flatMap((phrase): ExpandedForm[] => {
      // The word itself, a form whose base it is (لبكين), or the word with proclitics the model reads
      // otherwise (وبروكسل: و + ب + روكسل).
      const entries = phrase
        .split(' ')
        .map((w) => byForm.get(w) ?? byBase.get(w) ?? findForm(byForm, procliticForms(w)));
      if (entries.some((e) => e === undefined)) return [];
      const es = entries as VocabForm[];
      return [
        {
          normalized: phrase,
          written: es.map((e) => e.written).join(' '),
          score,
          count: Math.min(...es.map((e) => e.count)),
        },
      ];
    });
    // An exonym the gazetteer knows exactly is that name: when the collection lacks its Arabic, what the
    // word sounds like is another word (Greece is اليونان, not قريش), so nothing is offered.
    if (forms.length || span.gazetteer.exonym) return { forms: forms.slice(0, t.maxForms), via: 'gazetteer' };
  }
  const seen = new Set<VocabForm>();
  const groups = new Map<string, { best: VocabForm; score: number; count: number }>();
  const min = threshold(span, t);
  // One Latin word with no syllable mark is never read as a vowel-onset pair (see vowelOnsetPair).
  const unmarkedWord = span.words.length === 1 && !SYLLABLE_MARK.test(span.words[0]!.text);
  for (const key of span.keys) {
    for (const e of byKey.get(key) ?? []) {
      if (seen.has(e)) continue;
      seen.add(e);
      // Arabic writes no name with one letter: a lone letter is an abbreviation or a sura's opening
      // letter (ن, ق). Larger collection, tuning halves: English absent names matched 23 → 22 (Niue).
      if (e.form.length < 2) continue;
      if (span.prefix && !prefixCandidate(e)) continue;
      if (unmarkedWord && vowelOnsetPair(e.form)) continue;
      // A name being typed starts at its own first letter, not at a clitic: when the collection also writes
      // the form's base bare or with the article, its proclitics are real (لاتفاقيه is ل + الاتفاقيه's
      // base), and a prefix reads the base only (Latvia is not لاتفاقيه). Without that evidence the
      // split may be the model's guess (لاتفيا, بروكسل), and the whole form is read too.
      const cliticsAttested = span.prefix && e.base !== e.form && (byForm.has(e.base) || byForm.has(`ال${e.base}`));
      const whole = cliticsAttested ? 0 : formScore(span, e, e.form, min);
      const penalty = cliticPenalty(e, t, byForm);
      const base = e.base === e.form ? whole : formScore(span, e, e.base, min + penalty) - penalty;
      const score = Math.max(whole, base);
      if (score < min) continue;
      // A stop word is a name only on a near-perfect match of a 3+ letter word (Ali علي, not Ho هو, Min من).
      if (e.stop && (score < t.minStopScore || span.letters < 3)) continue;
      // So is a pair with a stop word read from one Latin word: Menominee is not من مني, Belgium not بلغ ما.
      const stopPair = unmarkedWord && hasStopWord(e.form);
      if (stopPair && score < t.minStopScore) continue;
      if (e.inflected && score < t.minStopScore) continue;
      // A prefix must leave some of the name untyped, or it is simply the word (no as-you-type guess).
      if (span.prefix && alignable(e.base).length <= span.letters / 2) continue;
      // One name, several clitic forms: group them under the bare form when the collection has it
      // (وفيتنام → فيتنام), else under the form itself (the placeholder clitic split may cut a name's ف).
      const key = byForm.has(e.base) ? e.base : e.form;
      const ranked = Math.min(
        1,
        score + (GIVEN_NAMES.has(e.base) ? t.givenNameBonus : 0) - (stopPair ? t.stopPairRankPenalty : 0),
      );
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { best: e, score: ranked, count: e.count });
        continue;
      }
      g.count += e.count;
      g.score = Math.max(g.score, ranked);
      if (barer(e, g.best, key)) g.best = e;
    }
  }
  const ranked = [...groups.values()].sort((a, b) => b.score - a.score || b.count - a.count);
  const top = ranked[0]?.score ?? 0;
  const forms = ranked
    .filter((g) => g.score >= top - t.maxBelowBest)
    .slice(0, t.maxForms)
    .map((g) => ({ normalized: g.best.form, written: g.best.written, score: round(g.score), count: g.count }));
  return { forms, via: span.prefix ? 'prefix' : 'sound' };
}

/**
 * The alignment score of a form's letters (`text`: the form or its base). The analyzer folds ى (alef
 * maqsura) into ي, but it is heard as a long a (Mustafa مصطفى, Musa موسى, Layla ليلى): when the collection
 * writes the form with a final ى, it is also read with ى, which the sound rules read as a final a
 * (rules/sound-rules.ts ALEF_MAQSURA). Not for stop words, whose ى is a particle's (على "on", حتى "until").
 */
function formScore(span: Span, e: VocabForm, text: string, min: number): number {
  const letters = alignable(text);
  const score = alignScore(span.plans, letters, span.prefix, min);
  if (e.stop || !e.written.endsWith(ALEF_MAQSURA) || !letters.endsWith('ي')) return score;
  return Math.max(score, alignScore(span.plans, letters.slice(0, -1) + ALEF_MAQSURA, span.prefix, min));
}

/** Whether a two-word form has a stop word (ما "what", من "from", لا "no"): most such pairs are two words of a sentence. */
function hasStopWord(form: string): boolean {
  const space = form.indexOf(' ');
  return space > 0 && (isStopWord(form.slice(0, space)) || isStopWord(form.slice(space + 1)));
}

/**
 * Two Arabic words whose second opens on a vowel (an alef that is not the article): تر انا, سلف ان.
 * One Latin word is read as such a pair only when it marks the syllable break (Xi'an, Ki-moon), as
 * Pinyin and Latin writers do before a vowel; unmarked, the pair is two ordinary words run together
 * (Tirana is not تر انا, Sullivan not سلف ان). Syllable pairs with a consonant onset stay (Enlai ان لاي,
 * Jinping جين بينغ). Tuning half with the larger collection (eval:names): absent names matched 30 → 28
 * of 108, recall unchanged.
 */
function vowelOnsetPair(form: string): boolean {
  const space = form.indexOf(' ');
  if (space < 0 || form[space + 1] !== 'ا' || form.startsWith('ال', space + 1)) return false;
  // The second word of a compound name is one (قليجدار أوغلو, Kilicdaroglu: rules/particles.ts).
  return !isCompoundSecondWord(form.slice(space + 1));
}

function findForm(byForm: Map<string, VocabForm>, forms: string[]): VocabForm | undefined {
  for (const f of forms) {
    const e = byForm.get(f);
    if (e) return e;
  }
  return undefined;
}

/**
 * What a typed prefix may complete to: not a stop word, and not a pair that begins with one (من سوتشي
 * for Mona…): a name, not a phrase of the sentence around it.
 */
function prefixCandidate(e: VocabForm): boolean {
  return !e.stop && !isStopWord(e.form.split(' ')[0]!);
}

/**
 * Matching a form through its base means the Latin word lacks the clitics the form has: the article is
 * usual on Arabic place names (السويد Sweden), other clitics (و ب ل ف ك) are sentence grammar and make an
 * ordinary word look like a name more often (والموسسات for Muscat). A known place name that Arabic writes
 * with the article (الكويت, السودان: rules/place-names.ts) costs nothing for it: Kuwait is الكويت, before
 * قوات (tuning half, eval:names: recall@1 0.917 → 0.925, nothing else changed).
 */
function cliticPenalty(e: VocabForm, t: Tuning, byForm: Map<string, VocabForm>): number {
  const proclitics = e.form.length - e.base.length;
  if (e.form.startsWith('ال') && proclitics === 2) return isPlaceName(e.base) ? 0 : t.articlePenalty;
  // The collection never writes the base alone or with the article: the clitic may be the word's own
  // first letter (وكيل "agent" is no و + كيل, Kiel). `byForm` holds the forms fetched for the query, which
  // include the base's block (a form is keyed by its base too), as `cliticsAttested` above relies on.
  const attested = byForm.has(e.base) || byForm.has(`ال${e.base}`);
  return attested ? t.cliticPenalty : t.cliticPenalty + t.unattestedCliticPenalty;
}

/**
 * The spelling to show for a name: the bare form the group is named after (أرمينيا before لأرمينيا),
 * else the one with the fewest clitic letters, then the most frequent.
 */
function barer(a: VocabForm, b: VocabForm, key: string): boolean {
  if ((a.form === key) !== (b.form === key)) return a.form === key;
  const extra = (e: VocabForm) => e.form.length - e.base.length;
  return extra(a) < extra(b) || (extra(a) === extra(b) && a.count > b.count);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The Arabic forms of the collection that each Latin/Arabizi word (or pair of words) of `query` may
 * stand for. Arabic words of the query are not expanded (the analyzer already matches them).
 */
export async function expandNames(vocab: VocabReader, query: string, opts: ExpandOptions): Promise<NameExpansion[]> {
  const words = latinWords(query);
  if (words.length === 0) return [];
  const t: Tuning = { ...DEFAULTS, ...opts.tuning };
  const spans = candidateSpans(query, words, opts.prefix, t);
  const all = spans.flat();
  const keys = new Set<string>(),
    prefixKeys = new Set<string>(),
    forms = new Set<string>(),
    bases = new Set<string>();
  for (const s of all) {
    for (const k of s.keys) (s.prefix ? prefixKeys : keys).add(k);
    for (const phrase of s.gazetteer?.phrases ?? [])
      for (const w of phrase.split(' ')) {
        bases.add(w);
        for (const f of procliticForms(w)) forms.add(f);
      }
  }
  const entries = await vocab.lookup({
    keys: [...keys],
    prefixKeys: [...prefixKeys],
    forms: [...forms],
    bases: [...bases],
  });
  const byKey = new Map<string, VocabForm[]>();
  const byForm = new Map<string, VocabForm>();
  // A gazetteer word the collection only writes with clitics (لبكين, وبكين) is found by its base.
  const byBase = new Map<string, VocabForm>();
  for (const e of entries) {
    byForm.set(e.form, e);
    const b = byBase.get(e.base);
    if (!b || barer(e, b, e.base)) byBase.set(e.base, e);
    // By the keys it was fetched for: the stored ones that some span asked for (a vocabulary of an
    // earlier version may lack prefix keys: npm start says to index again; meanwhile prefixes find none).
    for (const k of e.keys) if (keys.has(k)) route(byKey, k, e);
    for (const p of e.pkeys ?? []) if (prefixKeys.has(p)) route(byKey, `p:${p}`, e);
  }
  const prefixed = (s: Span): Span => (s.prefix ? { ...s, keys: s.keys.map((k) => `p:${k}`) } : s);
  const scored = spans.map((options) =>
    options.map((s) => ({ span: s, result: scoreSpan(prefixed(s), byKey, byForm, byBase, t) })),
  );
  return segment(scored);
}

function route(byKey: Map<string, VocabForm[]>, key: string, e: VocabForm): void {
  const list = byKey.get(key);
  if (list) list.push(e);
  else byKey.set(key, [e]);
}

/**
 * Chooses the spans: each word alone or with the next one, maximizing the sum over spans of
 * (best score × letters covered); a pair wins when it does at least as well as its two words apart.
 */
function segment(scored: { span: Span; result: Scored }[][]): NameExpansion[] {
  const n = scored.length;
  const value = (r: Scored, span: Span) => (r.forms[0]?.score ?? 0) * span.letters;
  const best: number[] = new Array(n + 1).fill(0);
  const choice: number[] = new Array(n + 1).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const single = scored[i]![0]!;
    best[i] = value(single.result, single.span) + best[i + 1]!;
    choice[i] = 1;
    const pair = scored[i]![1];
    if (pair && i + 2 <= n) {
      const v = value(pair.result, pair.span) + best[i + 2]!;
      // A tie goes to the pair: two syllables the collection writes together (To Lam → تو لام) are one name.
      if (v > 0 && v >= best[i]! - 1e-9) {
        best[i] = v;
        choice[i] = 2;
      }
    }
  }
  const out: NameExpansion[] = [];
  for (let i = 0; i < n; i += choice[i]!) {
    const { span, result } = scored[i]![choice[i]! - 1]!;
    const first = span.words[0]!,
      last = span.words[span.words.length - 1]!;
    out.push({
      words: span.words.map((w) => w.text),
      start: first.start,
      end: last.end,
      forms: result.forms,
      via: result.via,
    });
  }
  return out;
}
