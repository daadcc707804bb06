/**
 * Weighted alignment of a folded Latin word against a normalized Arabic word form
 * (stage: indexer/arabic/names, pure).
 *
 * Levenshtein with one-to-many character equivalence classes (Freeman, Condon & Ackerman, NAACL 2006):
 * a step reads one Latin group of rules/sound-rules.ts as one of its Arabic spellings at the rule's cost;
 * otherwise a Latin letter may be dropped, an Arabic letter inserted or a letter substituted at the
 * ALIGN_COSTS below. The Latin side is compiled once per query word (`compileLatin`), so scoring a
 * candidate form is a small dynamic programme over (Latin position, Arabic position) with no allocation
 * beyond one row buffer: about a microsecond for a name (test/bench/names-expansion.ts).
 */
import { SOUND_RULES, type RomanizationSystem, type SoundRule } from './rules/sound-rules.ts';
import { letterCount } from './latin-fold.ts';

/** Costs of the steps no rule covers. Why each value: see the comment beside it. */
export const ALIGN_COSTS = {
  /** A Latin vowel Arabic leaves unwritten is already a rule (0.1); a vowel no rule reads: */
  dropVowel: 0.15,
  /** A Latin consonant with no Arabic counterpart (a typo, a silent letter): a whole edit. */
  dropConsonant: 1,
  /** The second of a doubled Latin letter (Mohammed, Assad): Arabic writes it once (shadda, removed). */
  dropDouble: 0.02,
  /**
   * A vowel at the start or the end of the word left unwritten: Arabic writes a word's first vowel
   * (on an alef or ع: Obama أوباما, Ali علي) and its last one (as ا ي و or ة: Maduro مادورو, Modi مودي),
   * so dropping them is nearly a whole edit (Obama is not بما, Modi not مضي).
   */
  dropEdgeVowel: 0.7,
  /**
   * The last vowel of a word of LONG_WORD_LETTERS or more, left unwritten: Spanish, Italian, Portuguese
   * and Polish give a name borrowed with a final consonant an ending of their own (Bruksela, Filipinas,
   * Adelaida: Arabic بروكسل, الفلبين, اديليد). On a long word it is less than an edit: the rest of the
   * name says enough. Tuning halves (eval:names): other languages' recall@5 0.749 → 0.769, absent names
   * matched unchanged (larger collection: faker proxy 246 → 248), English recall unchanged; from 7
   * letters, or at 0.25, absent names matched rise.
   */
  dropLongWordEnding: 0.35,
  /** Writing a short vowel (one before a doubled consonant) as a long one: see isShortVowel. */
  longBeforeDouble: 0.15,
  /** Hyphen and apostrophe carry no sound. */
  dropMark: 0,
  /** An Arabic long vowel or weak letter with no Latin letter: Latin often writes short vowels for them. */
  insertWeak: 0.35,
  /**
   * An alef opening the word with no Latin letter: the seat of an initial vowel (Ufa اوفا, Iran ايران)
   * or the prosthetic alef before a consonant cluster (Stockholm ستوكهولم is also written استوكهولم).
   */
  insertInitialAlef: 0.1,
  /**
   * The same alef before a Latin consonant and vowel (Lula, Madrid): neither a vowel's seat nor a
   * cluster's prosthesis, so it is mostly the article's alef of an ordinary word (Lula is not الله).
   */
  insertAlefBeforeSyllable: 0.5,
  /** ع ء inside the word with no Latin letter (Saad سعد): English spellings usually drop them. */
  insertGlottal: 0.25,
  /**
   * The same between two Latin vowels: a hiatus is where English and French spellings lose ع and ء
   * (Taiz تعز, Raisi رئيسي, Said سعيد). Tuning halves (eval:names): the pair set's recall@5 in the larger
   * collection 132 → 133 of 136, the faker proxy's absent names matched 45 → 46 and 248 → 249; at 0.1
   * an absent name of the dev set's tuning half matched too.
   */
  insertHiatusGlottal: 0.15,
  /**
   * A final ه (ة) or ي with no Latin letter: a feminine or nisba ending the Latin name does not have
   * (Lebanon is not اللبناني); Latin names that end in ة end in a or ah (Jeddah, Gaza), read by rules.
   */
  insertFinal: 0.5,
  /**
   * A final ا with no Latin letter: Arabic ends many European place names with a long a the Latin
   * spelling lacks (Rome روما, Ireland ايرلندا, Athens اثينا).
   */
  insertFinalAlef: 0.15,
  /**
   * A final ا after و with no Latin letter: the silent alef of a plural verb (توكلوا, ترضوا), which no
   * name has; a name ending in وا spells its a (Ottawa اوتاوا, Moldova مولدوفا). Oslo is not وسلوا.
   * The same after ه: ها there is the pronoun "her, its" (سميتها, لاتوها), and a name ending in ها spells
   * its a. Smith is not سميتها, Latvia not لاتوها: tuning halves, larger collection, absent names matched
   * 25 → 24 (English), 63 → 62 (other languages), faker proxy 250 → 249, no recall lost.
   */
  insertVerbalAlef: 0.5,
  /** A Latin opening vowel read as a bare و or ي (see bareInitialGlide). */
  bareInitialGlide: 0.5,
  /** Any other Arabic letter with no Latin letter. */
  insertConsonant: 1,
  /** One letter read as an unrelated one. */
  substitute: 1.1,
} as const;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const WEAK = new Set(['ا', 'و', 'ي']);
const GLOTTAL = new Set(['ع', 'ء']);

/** One way to read the Latin letters starting at a position. */
export interface Step {
  readonly length: number;
  readonly arabic: string;
  /** The first char code of `arabic` (-1 when empty): the DP tests it before comparing the string. */
  readonly first: number;
  readonly cost: number;
  /** Added when the step opens the Arabic word (see bareInitialGlide). */
  readonly startCost: number;
}

export interface CompiledRules {
  readonly byFirst: ReadonlyMap<string, readonly SoundRule[]>;
}

/** Rules indexed by their first letter; `without` drops one rule (tests prove each rule is needed). */
export function compileRules(rules: readonly SoundRule[] = SOUND_RULES, without?: SoundRule): CompiledRules {
  const byFirst = new Map<string, SoundRule[]>();
  for (const r of rules) {
    if (r === without) continue;
    const list = byFirst.get(r.latin[0]!) ?? [];
    list.push(r);
    byFirst.set(r.latin[0]!, list);
  }
  return { byFirst };
}

const DEFAULT_RULES = compileRules();

/**
 * A Latin word prepared for alignment under ONE romanization system (plus the common rules): the steps
 * available at each position. A word is written in one system, so systems are not mixed within a word:
 * Turkish c = ج and French ch = ش would otherwise combine into readings no writer uses (Cayenne → جين).
 */
export interface LatinPlan {
  readonly latin: string;
  readonly letters: number;
  readonly system: RomanizationSystem;
  /** What an Arabic alef opening the word costs with no Latin letter for it (see initialAlefCost). */
  readonly initialAlef: number;
  /** hiatus[i]: Latin letters i-1 and i are two vowels, where a spelling may hide ع or ء (insertHiatusGlottal). */
  readonly hiatus: readonly boolean[];
  /** steps[i]: every rule reading that starts at i, plus the generic drop of letter i. */
  readonly steps: readonly (readonly Step[])[];
}

/** One plan per system that has a rule applying somewhere in the word, and the common-only plan. */
export function compileLatin(latin: string, rules: CompiledRules = DEFAULT_RULES): LatinPlan[] {
  const n = latin.length;
  const applying: { rule: SoundRule; at: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (const r of rules.byFirst.get(latin[i]!) ?? []) {
      if (!latin.startsWith(r.latin, i)) continue;
      if (r.at === 'start' && i !== 0) continue;
      if (r.at === 'end' && i + r.latin.length !== n) continue;
      if (r.at === 'inside' && (i === 0 || i + r.latin.length === n)) continue;
      if (r.notBefore && i + r.latin.length < n && r.notBefore.includes(latin[i + r.latin.length]!)) continue;
      if (r.notAfter && i > 0 && r.notAfter.includes(latin[i - 1]!)) continue;
      applying.push({ rule: r, at: i });
    }
  }
  const systems = new Set<RomanizationSystem>(['common']);
  for (const a of applying) systems.add(a.rule.system);
  // What does not depend on the system, once for every plan.
  const letters = letterCount(latin);
  const drops = Array.from({ length: n }, (_, i) => dropCost(latin, i, letters));
  const hiatus = Array.from(
    { length: n + 1 },
    (_, i) => i > 0 && i < n && VOWELS.has(latin[i - 1]!) && VOWELS.has(latin[i]!),
  );
  const initialAlef = initialAlefCost(latin);
  return [...systems].map((system) => {
    const steps: Step[][] = Array.from({ length: n }, () => []);
    for (const { rule, at } of applying) {
      if (rule.system !== 'common' && rule.system !== system) continue;
      const edge = isEdgeVowel(latin, at, rule.latin.length);
      const short = isShortVowel(latin, at, rule.latin.length);
      for (const [arabic, cost] of rule.arabic) {
        let c = edge && arabic === '' ? Math.max(cost, ALIGN_COSTS.dropEdgeVowel) : cost;
        if (short && arabic !== '') c += ALIGN_COSTS.longBeforeDouble;
        const startCost = bareInitialGlide(latin, at, rule.latin.length, arabic) ? ALIGN_COSTS.bareInitialGlide : 0;
        steps[at]!.push({ length: rule.latin.length, arabic, first: firstCode(arabic), cost: c, startCost });
      }
    }
    for (let i = 0; i < n; i++) steps[i]!.push({ length: 1, arabic: '', first: -1, cost: drops[i]!, startCost: 0 });
    return { latin, letters, system, initialAlef, hiatus, steps };
  });
}

/**
 * An opening alef the Latin word does not write is cheap where Arabic puts one: on an opening vowel
 * (Ufa اوفا) or before a consonant cluster (Stockholm استوكهولم). Before one consonant and a vowel it is
 * not (Lula الله, Modi امضي); a digraph (sh, kh, th) is one consonant, so sh + t is a cluster
 * (Shtayyeh اشتية).
 */
export function initialAlefCost(latin: string): number {
  const [a, b, c] = latin.replace(/[-']/g, '');
  if (a === undefined || VOWELS.has(a)) return ALIGN_COSTS.insertInitialAlef;
  // After a digraph, the letter that follows it decides.
  const second = b === 'h' ? c : b;
  const cluster = second !== undefined && !VOWELS.has(second);
  return cluster ? ALIGN_COSTS.insertInitialAlef : ALIGN_COSTS.insertAlefBeforeSyllable;
}

function firstCode(arabic: string): number {
  return arabic === '' ? -1 : arabic.charCodeAt(0);
}

function dropCost(latin: string, i: number, letters: number): number {
  const ch = latin[i]!;
  if (ch === '-' || ch === "'") return ALIGN_COSTS.dropMark;
  if (i > 0 && latin[i - 1] === ch) return ALIGN_COSTS.dropDouble;
  if (!VOWELS.has(ch) || consonantY(latin, i)) return ALIGN_COSTS.dropConsonant;
  if (!isEdgeVowel(latin, i, 1)) return ALIGN_COSTS.dropVowel;
  const ending = i > 0 && i === latin.length - 1 && letters >= LONG_WORD_LETTERS;
  return ending ? ALIGN_COSTS.dropLongWordEnding : ALIGN_COSTS.dropEdgeVowel;
}

/** A word this long may lose its last vowel cheaply (ALIGN_COSTS.dropLongWordEnding). */
export const LONG_WORD_LETTERS = 8;

/**
 * y next to a vowel is the consonant (Guyana, Mayotte, Yemen): Arabic writes it ي; its rule in
 * rules/sound-rules.ts says what leaving it out costs. Between consonants it is a vowel (Hyundai, Kyrgyz).
 * Tuning half (eval:names): absent names matched 5 → 4 of 111 (Guyana غانا), recall unchanged.
 */
function consonantY(latin: string, i: number): boolean {
  if (latin[i] !== 'y') return false;
  const near = (c: string | undefined) => c !== undefined && c !== 'y' && VOWELS.has(c);
  return near(latin[i - 1]) || near(latin[i + 1]);
}

/**
 * One vowel letter before a doubled consonant is short in English and French spelling (Jeddah, Hassan,
 * Mohammed): Arabic leaves it unwritten (جدة, not جيدة "good"; حسن; محمد).
 */
function isShortVowel(latin: string, i: number, length: number): boolean {
  if (length !== 1 || !VOWELS.has(latin[i]!) || i === 0) return false;
  const a = latin[i + 1],
    b = latin[i + 2];
  return a !== undefined && a === b && !VOWELS.has(a);
}

/**
 * A vowel group opening or closing the word. A final e is not one: it is silent in English, French and
 * German spellings (Poutine بوتين, Narychkine ناريشكين).
 */
function isEdgeVowel(latin: string, i: number, length: number): boolean {
  const group = latin.slice(i, i + length);
  if (!/^[aeiouy]+$/.test(group)) return false;
  if (i === 0) return true;
  return i + length === latin.length && group !== 'e';
}

/**
 * A Latin word's opening vowel read as a bare و or ي starting the Arabic word. Arabic begins no word
 * with a vowel: an initial و or ي is the consonant w or y, and an initial vowel sits on an alef
 * (Oslo اوسلو, Ukraine اوكرانيا) or ع. Read bare, the vowel is usually the conjunction و of an
 * ordinary word (Obama is not وبما "and with what", Oslo not وسلوا). A vowel group before another
 * vowel is a glide and may be bare (Ouagadougou واغادوغو, Yaoundé ياوندي), and so may an initial e:
 * Russian Е is iotated (Erevan يريفان, Ekaterinburg يكاترينبورغ).
 */
function bareInitialGlide(latin: string, at: number, length: number, arabic: string): boolean {
  if (at !== 0 || latin[0] === 'e' || !/^[aeiouy]+$/.test(latin.slice(0, length))) return false;
  if (arabic[0] !== 'و' && arabic[0] !== 'ي') return false;
  const next = latin[length];
  return next === undefined || !VOWELS.has(next);
}

function insertCost(arabic: string, j: number): number {
  const ch = arabic[j]!;
  if (j === 0 && ch === 'ا') return ALIGN_COSTS.insertInitialAlef;
  // ع ء opening the word stand for the Latin word's opening vowel (Ali علي, Omar عمر: rules read the vowel
  // as ع). Before a Latin consonant they stand for nothing: Malta is not عملته.
  if (j === 0 && GLOTTAL.has(ch)) return ALIGN_COSTS.insertConsonant;
  if ((ch === 'ه' || ch === 'ي') && j === arabic.length - 1) return ALIGN_COSTS.insertFinal;
  if (ch === 'ا' && j === arabic.length - 1 && j > 0)
    return arabic[j - 1] === 'و' || arabic[j - 1] === 'ه' ? ALIGN_COSTS.insertVerbalAlef : ALIGN_COSTS.insertFinalAlef;
  if (WEAK.has(ch)) return ALIGN_COSTS.insertWeak;
  if (GLOTTAL.has(ch)) return ALIGN_COSTS.insertGlottal;
  return ALIGN_COSTS.insertConsonant;
}

/** insertCost of every letter of `arabic`, computed once per form instead of once per DP row. */
function insertCosts(arabic: string): Float64Array {
  if (insertTable.length < arabic.length) insertTable = new Float64Array(arabic.length * 2);
  for (let j = 0; j < arabic.length; j++) insertTable[j] = insertCost(arabic, j);
  return insertTable;
}
let insertTable = new Float64Array(64);

/**
 * Least cost of reading `plan` as `arabic`. With `prefix`, `arabic` only has to START with the reading
 * (search as you type: Patr → باتروشيف); the rest of the Arabic word is free.
 */
export function alignCost(
  plan: LatinPlan,
  arabic: string,
  prefix = false,
  maxCost = Infinity,
  inserts: Float64Array = insertCosts(arabic),
): number {
  const n = plan.latin.length;
  const m = arabic.length;
  const width = m + 1;
  const d = buffer((n + 1) * width);
  d.fill(Infinity, 0, (n + 1) * width);
  d[0] = 0;
  // rowMin[r]: the cheapest cell written so far in row r, for the early stop below.
  const rowMin = rowBuffer(n + 1);
  rowMin.fill(Infinity, 0, n + 1);
  rowMin[0] = 0;
  for (let i = 0; i <= n; i++) {
    const steps = i < n ? plan.steps[i]! : NO_STEPS;
    const substitutes = i < n && !VOWELS.has(plan.latin[i]!);
    for (let j = 0; j <= m; j++) {
      const here = d[i * width + j]!;
      // Costs only grow: a cell dearer than maxCost leads nowhere cheaper.
      if (here === Infinity || here > maxCost) continue;
      if (j < m) {
        let ins = here + (j === 0 && arabic.charCodeAt(0) === ALEF ? plan.initialAlef : inserts[j]!);
        if (plan.hiatus[i] && j > 0 && (arabic.charCodeAt(j) === AIN || arabic.charCodeAt(j) === HAMZA))
          ins = Math.min(ins, here + ALIGN_COSTS.insertHiatusGlottal);
        if (ins < d[i * width + j + 1]!) d[i * width + j + 1] = ins;
      }
      for (let k = 0; k < steps.length; k++) {
        const s = steps[k]!;
        if (s.first !== -1 && (arabic.charCodeAt(j) !== s.first || !arabic.startsWith(s.arabic, j))) continue;
        const row = i + s.length;
        const at = row * width + j + s.arabic.length;
        const cost = j === 0 ? here + s.cost + s.startCost : here + s.cost;
        if (cost < d[at]!) {
          d[at] = cost;
          if (cost < rowMin[row]!) rowMin[row] = cost;
        }
      }
      if (substitutes && j < m) {
        const at = (i + 1) * width + j + 1;
        const cost = here + ALIGN_COSTS.substitute;
        if (cost < d[at]!) {
          d[at] = cost;
          if (cost < rowMin[i + 1]!) rowMin[i + 1] = cost;
        }
      }
    }
    // Once every row a path can still reach (the next MAX_STEP) is dearer than maxCost, so is the end.
    // Most candidates of a block stop here after a few rows.
    if (maxCost !== Infinity && i < n) {
      let frontier = Infinity;
      const last = Math.min(n, i + MAX_STEP);
      for (let r = i + 1; r <= last; r++) if (rowMin[r]! < frontier) frontier = rowMin[r]!;
      if (frontier > maxCost) return Infinity;
    }
  }
  if (!prefix) return d[n * width + m]!;
  let best = Infinity;
  for (let j = 0; j <= m; j++) best = Math.min(best, d[n * width + j]!);
  return best;
}

const NO_STEPS: readonly Step[] = [];
const ALEF = 'ا'.charCodeAt(0);
const AIN = 'ع'.charCodeAt(0);
const HAMZA = 'ء'.charCodeAt(0);
/** The longest Latin group of any rule (abdel, abdul): how many rows one step may jump. */
const MAX_STEP = Math.max(...SOUND_RULES.map((r) => r.latin.length));
/** One table reused by every alignment: allocating a typed array costs more than the alignment itself. */
let table = new Float64Array(1024);
function buffer(size: number): Float64Array {
  if (table.length < size) table = new Float64Array(size * 2);
  return table;
}
let rows = new Float64Array(64);
function rowBuffer(size: number): Float64Array {
  if (rows.length < size) rows = new Float64Array(size * 2);
  return rows;
}

/**
 * Cost → confidence in 0..1. One whole edit costs less on a long name than on a short one: the
 * allowance grows with the Latin word's letters (SCORE_SLOPE per letter on top of SCORE_BASE).
 */
export const SCORE_BASE = 1;
export const SCORE_SLOPE = 0.2;

export function costToScore(cost: number, letters: number): number {
  return Math.max(0, 1 - cost / (SCORE_BASE + SCORE_SLOPE * letters));
}

/** The cost a score corresponds to (the inverse of costToScore). */
export function scoreToCost(score: number, letters: number): number {
  return (1 - score) * (SCORE_BASE + SCORE_SLOPE * letters);
}

/**
 * The best score over the word's plans (one per romanization system). With `minScore`, alignments that
 * cannot reach it stop early and score just under it.
 */
export function alignScore(plans: readonly LatinPlan[], arabic: string, prefix = false, minScore = 0): number {
  const letters = plans[0]!.letters;
  let best = minScore > 0 ? scoreToCost(minScore, letters) + 1e-9 : Infinity;
  const inserts = insertCosts(arabic);
  for (const plan of plans) best = Math.min(best, alignCost(plan, arabic, prefix, best, inserts));
  return costToScore(best, letters);
}
