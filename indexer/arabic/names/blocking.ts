/**
 * Blocking keys: which vocabulary forms are worth aligning with a Latin word
 * (stage: indexer/arabic/names, pure).
 *
 * A key is the word's first BLOCK_CLASSES consonant classes (rules/consonant-classes.ts), repeated
 * classes collapsed, each written as the fine class of its first letter (FINE_CLASS: ب | ف, س ص ث |
 * ز ذ ظ | ش …), and the count of classes; vowels, weak letters and ع ء ه ح carry no class because Latin
 * spellings drop or add them freely. Short forms are keyed by their shape instead (see arabicKey). An
 * Arabic form has one key (and one for its base without clitics); a Latin word gets the keys its cheap
 * sound-rule readings can produce (g → غ ج ق gives g, j and k), the cheapest first (latinKeys). Consonants are never dropped to
 * make keys: silent letters the rules know have a cheap '' reading, and an unexplained one costs a whole
 * edit and rarely passes. The vocabulary index stores the keys as a filterable array, so one engine
 * request (`keys IN [...]`) brings every candidate.
 */
import { CONSONANT_CLASS, FINE_CLASS, SHAPE_MARK } from './rules/consonant-classes.ts';
import { ALIGN_COSTS, type LatinPlan, type Step } from './align.ts';

/**
 * Classes in a key. With 9 coarse classes, 4 made 6,561 keys: about a hundred forms each in 500,000
 * random forms, but thousands in the blocks of three-consonant words, the commonest (KSN3 held 1,209);
 * 3 classes made blocks of thousands. Written in the 13 fine classes the keys are 31,629, and a name
 * brings about 40 % fewer candidates (test/bench/names-expansion.ts; docs/names.md, twelfth session).
 */
export const BLOCK_CLASSES = 4;
/** Classes in a prefix key (search as you type: a 4–5 letter Latin prefix such as Patr has three). */
export const PREFIX_CLASSES = 3;
/** Readings dearer than this do not make keys (they cost too much to win the alignment anyway). */
const MAX_READING_COST = 0.35;
/** Below this many consonant classes a form is keyed by its shape (arabicKey). */
export const SHAPE_BELOW = 3;
/** Class counts above this are one bucket. */
const MAX_COUNTED = 7;
/**
 * Sums of costs carry rounding errors, so the bar is set just off `maxCost`, one way or the other. A typed
 * prefix's reading exactly at the bar makes a key (Zelen → زيلينسكي, Camer → الكاميرون score 0.9, the
 * prefix threshold); a whole word's does not: the forms only such keys bring score exactly the
 * threshold, and in the tuning halves none was a name sought (Cecere → سكري). Larger collection (eval:names):
 * with them, absent names matched 58 → 59 (other languages) and 226 → 227 (faker proxy); without them,
 * as here, 226 → 225 (faker proxy), no pair lost either way.
 */
const COST_SLACK = 1e-9;
/**
 * A Latin word never asks for more keys than this. A word with several romanization plans reads many
 * shapes of a short form: at 64 the French plan's key of عائشة (Aicha) was the 49th of its own and was cut
 * from the 64 cheapest of all plans. At 96 the tuning halves are unchanged and `bench:names` fetches
 * 1 % more candidates than at 64 (24,653 → 24,930, all else alike).
 */
const MAX_KEYS = 96;
/** The key of a form with no consonant class at all (ايو, وي). */
export const EMPTY_KEY = '_';

/** Consonant classes of an Arabic form, repeats collapsed. */
export function arabicClasses(arabic: string): string {
  let out = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch];
    if (c !== undefined && out[out.length - 1] !== c) out += c;
  }
  return out;
}

/**
 * The blocking key of an Arabic form: its first `classes` consonant classes; a form with fewer than
 * SHAPE_BELOW classes (علي, شي, تو) is keyed by its whole shape instead (VLV), or its block would hold
 * every short word of the language with those consonants.
 */
export function arabicKey(arabic: string, classes = BLOCK_CLASSES): string {
  // One pass over the letters: name expansion keys every candidate it fetches (to route it to its spans).
  let shape = '',
    fine = '',
    count = 0,
    lastShape = '',
    lastClass = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch];
    const mark = c ?? SHAPE_MARK[ch];
    if (mark !== undefined && mark !== lastShape) {
      shape += mark;
      lastShape = mark;
    }
    if (c !== undefined && c !== lastClass) {
      count++;
      lastClass = c;
      if (fine.length < classes) fine += FINE_CLASS[ch]!;
    }
  }
  return keyOf(shape, fine, count);
}

/** The key of a form's shape, fine head and class count (see arabicKey). */
function keyOf(shape: string, fine: string, count: number): string {
  if (count < SHAPE_BELOW) return shape || EMPTY_KEY;
  return `${fine}${Math.min(count, MAX_COUNTED)}`;
}

/**
 * The prefix key of an Arabic form: its first PREFIX_CLASSES classes in fine classes (as arabicKey), no
 * count (a prefix has no length).
 */
export function arabicPrefixKey(arabic: string): string {
  let fine = '',
    last = '';
  for (const ch of arabic) {
    const c = CONSONANT_CLASS[ch];
    if (c === undefined || c === last) continue;
    last = c;
    fine += FINE_CLASS[ch]!;
    if (fine.length === PREFIX_CLASSES) break;
  }
  return fine || EMPTY_KEY;
}

/**
 * Prefix keys of a typed Latin prefix: the first PREFIX_CLASSES classes of its readings (fine, as
 * arabicPrefixKey), cheapest first, at most MAX_KEYS and none dearer than `maxCost`; none when a reading
 * has fewer classes (Pat: two classes would bring thousands of forms).
 */
export function latinPrefixKeys(plans: readonly LatinPlan[], maxCost = Infinity): string[] {
  const bar = maxCost + COST_SLACK;
  const costs = new Map<string, number>();
  for (const plan of plans) {
    const readings = plan.steps.map(keyReadings);
    // `head` in coarse classes (a run of one class counts once), `fine` the same in fine classes.
    const walk = (i: number, head: string, fine: string, cost: number): void => {
      if (head.length >= PREFIX_CLASSES) {
        const key = fine.slice(0, PREFIX_CLASSES);
        const known = costs.get(key);
        if (known === undefined || cost < known) costs.set(key, cost);
        return;
      }
      if (i >= plan.steps.length) return;
      for (const step of readings[i]!) {
        const next = cost + step.cost + (i === 0 ? step.startCost : 0);
        if (next > bar) continue;
        let h = head,
          f = fine;
        for (const ch of step.arabic) {
          const c = CONSONANT_CLASS[ch];
          if (c === undefined || h[h.length - 1] === c) continue;
          h += c;
          f += FINE_CLASS[ch]!;
        }
        walk(i + step.length, h, f, next);
      }
    };
    walk(0, '', '', 0);
  }
  return cheapestKeys(costs, bar);
}

/**
 * The keys the readings of a Latin word (all its plans) can produce (see arabicKey), cheapest reading
 * first: at most MAX_KEYS, and none whose cheapest reading already costs more than `maxCost` (what the
 * score threshold allows; such a form could never be kept). The cap drops the dearest readings' keys,
 * not whichever a walk met last: an article reading (Ar-Riyadh → الرياض) used to be cut by the many
 * vowel shapes read before it.
 */
export function latinKeys(plans: readonly LatinPlan[], maxCost = Infinity, classes = BLOCK_CLASSES): string[] {
  const costs = new Map<string, number>();
  const bar = maxCost - COST_SLACK;
  for (const plan of plans) planKeys(plan, classes, bar, costs);
  return cheapestKeys(costs, bar);
}

/** The keys of readings within `maxCost`, the cheapest first, at most MAX_KEYS. */
function cheapestKeys(costs: Map<string, number>, maxCost: number): string[] {
  return [...costs]
    .filter(([, cost]) => cost <= maxCost)
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_KEYS)
    .map(([key]) => key);
}

/** Readings dearer than MAX_READING_COST still make keys up to this when they only change a fine class. */
const MAX_FINE_READING_COST = 0.5;

/**
 * The readings of one Latin position that make keys: the cheap ones, and dearer ones (up to
 * MAX_FINE_READING_COST) of the same length and coarse classes as a cheap one, so fine keys bring what
 * the coarse key of that reading did (z → ز, and س at 0.4: Indonezja اندونيسيا).
 */
function keyReadings(steps: readonly Step[]): Step[] {
  const cheap = steps.filter((st) => st.cost <= MAX_READING_COST);
  const coarse = new Set(cheap.map((st) => `${st.length}:${arabicClasses(st.arabic)}`));
  return [
    ...cheap,
    ...steps.filter(
      (st) =>
        st.cost > MAX_READING_COST &&
        st.cost <= MAX_FINE_READING_COST &&
        coarse.has(`${st.length}:${arabicClasses(st.arabic)}`),
    ),
  ];
}

/** A reading in progress: the shape while it is short, then only what the class key needs. */
interface KeyState {
  shape: string;
  /** The fine classes of the first classes (as many as the key has). */
  fine: string;
  /** The last consonant class (a run of one class counts once). */
  last: string;
  count: number;
  cost: number;
  /** Whether a letter with no Latin counterpart was inserted: one per reading, or a short word gets every shape. */
  inserted: boolean;
}

/** The state with one more classless letter (V or H) inserted: only a short form's shape key sees it. */
function addMark(states: Map<string, KeyState>, s: KeyState, mark: 'V' | 'H', cost: number, maxCost: number): void {
  if (s.inserted || s.count >= SHAPE_BELOW || s.shape[s.shape.length - 1] === mark || s.cost + cost > maxCost) return;
  const shape = s.shape + mark;
  const state = `${shape}|${s.fine}+`;
  const known = states.get(state);
  if (!known || s.cost + cost < known.cost) states.set(state, { ...s, shape, cost: s.cost + cost, inserted: true });
}

/**
 * Adds each key of one plan with the cost of its cheapest reading. Steps only move forward, so the
 * states are kept per Latin position, each at its cheapest cost (a small dynamic programme).
 */
function planKeys(plan: LatinPlan, classes: number, maxCost: number, costs: Map<string, number>): void {
  const n = plan.steps.length;
  const at: Map<string, KeyState>[] = Array.from({ length: n + 1 }, () => new Map());
  at[0]!.set('', { shape: '', fine: '', last: '', count: 0, cost: 0, inserted: false });
  for (let i = 0; i < n; i++) {
    // A short form is keyed by its shape, and the alignment inserts some letters with no Latin
    // counterpart cheaply: an opening alef (Ufa اوفا) and a glottal inside the word (Seul سيئول), cheaper
    // still between two vowels (Taizz تعز), as alignCost charges them.
    // (States added here carry `inserted` and add nothing more when the loop meets them.)
    const glottal = plan.hiatus[i] ? ALIGN_COSTS.insertHiatusGlottal : ALIGN_COSTS.insertGlottal;
    for (const s of at[i]!.values()) {
      if (i === 0) addMark(at[i]!, s, 'V', plan.initialAlef, maxCost);
      else addMark(at[i]!, s, 'H', glottal, maxCost);
    }
    const readings = keyReadings(plan.steps[i]!);
    for (const s of at[i]!.values()) {
      for (const step of readings) {
        // Costs only grow along a reading: one already dearer than the bar makes no key.
        const cost = s.cost + step.cost + (i === 0 ? step.startCost : 0);
        if (cost > maxCost) continue;
        let next = s.shape,
          f = s.fine,
          last = s.last,
          count = s.count;
        for (const ch of step.arabic) {
          const c = CONSONANT_CLASS[ch] ?? SHAPE_MARK[ch];
          if (c === undefined || next[next.length - 1] === c) continue;
          next += c;
          if (c === 'V' || c === 'H' || c === last) continue;
          count++;
          last = c;
          if (f.length < classes) f += FINE_CLASS[ch]!;
        }
        count = Math.min(count, MAX_COUNTED + 1);
        // From SHAPE_BELOW classes on the key has no shape, and a class repeats only after `last`.
        if (count >= SHAPE_BELOW) next = '';
        const state = count < SHAPE_BELOW ? `${next}|${f}${s.inserted ? '+' : ''}` : `${f}|${count}|${last}`;
        const target = at[i + step.length]!;
        const known = target.get(state);
        if (!known || cost < known.cost)
          target.set(state, { shape: next, fine: f, last, count, cost, inserted: s.inserted });
      }
    }
  }
  // A final alef the Latin spelling lacks (Rome روما).
  for (const s of at[n]!.values()) addMark(at[n]!, s, 'V', ALIGN_COSTS.insertFinalAlef, maxCost);
  for (const s of at[n]!.values()) {
    const key = keyOf(s.shape, s.fine, s.count);
    const known = costs.get(key);
    if (known === undefined || s.cost < known) costs.set(key, s.cost);
  }
}
