/**
 * The query model (issue 13): what the user typed → the words every hit must contain, and the forms
 * in which each word may appear. Pure; the engine requests are built from it in build-queries.ts.
 *
 * A hit is in the list only because each required query word is in it, in one of its forms:
 *  - an Arabic word or a number: any word with the same light stem (`بالمعابر`, `المعابر`, `معابر`),
 *    never a word one letter away (typos are off, see indexer/meili/settings.ts) and never a word that
 *    merely sounds alike (name keys are for names only: عمان must not find `العام أن`);
 *  - a Latin (or Arabizi) word that names something in the collection: the Arabic spellings the name
 *    expansion found in the collection (server/search/name-expansion.ts), searched as Arabic words;
 *  - a Latin word with no Arabic spelling ("Group", "news"): optional. It lifts hits that contain it
 *    literally, it never empties the list — unless the query has no other word, then it is searched as is.
 * The exact surface form (clitics kept) is ranking evidence, not a condition: exact forms rank first.
 * The query goes through the same `analyze` as the documents (indexer/arabic).
 */
import { analyze, analyzeUnstemmed, nameStem } from '../../indexer/arabic/analyzer.ts';
import type { Script, Token } from '../../indexer/arabic/token.ts';

/** One analysed word of a form: what the `forms` (its surface) and `stem` fields hold for it. */
export interface FormToken {
  surface: string;
  stem: string;
}

/** One way a query word may appear in a document: one word, or two for a name written in two (`جين بينغ`). */
export interface WordForm {
  tokens: FormToken[];
  /** How the collection writes it (name forms), for `query.matchedForms`. */
  written?: string;
  /** Found by sound (name expansion), not by the word's own analysis: ranks below the word's own forms. */
  sound?: boolean;
}

export interface QueryWord {
  /** The word as typed (both words when a name spans two: "Xi Jinping"). */
  original: string;
  start: number;
  end: number;
  script: Script;
  stop: boolean;
  /** The forms to search, best first; the first is the word itself for Arabic words and numbers. */
  forms: WordForm[];
  /** 'word': the word's own analysis; 'name': Arabic spellings of a Latin name (name expansion). */
  via: 'word' | 'name';
  /** Name words: the confidence of the best spelling (0..1). */
  score?: number;
  /** Optional words lift hits that contain them but never remove hits (Latin words with no Arabic form). */
  optional: boolean;
  /** The last word, typed without a space after it: it may still be growing (search as you type). */
  last: boolean;
}

export interface QueryPlan {
  q: string;
  script: 'arabic' | 'latin' | 'mixed' | 'none';
  normalized: string;
  words: QueryWord[];
}

/** What the name expansion found for a span of the query (the shape of name-expansion.ts's NameExpansion). */
export interface NameForms {
  start: number;
  end: number;
  forms: { normalized: string; written: string; score: number }[];
}

/**
 * The words of `q` before name expansion: Arabic words and numbers with their own form; Latin words
 * with their literal form, optional until `withNames` gives them Arabic spellings.
 */
export function planQuery(q: string): QueryPlan {
  const tokens = analyze(q);
  const meaningful = tokens.filter((t) => !t.stop);
  // A query made only of stop words (`في`, `من`) still searches them rather than nothing.
  const kept = meaningful.length > 0 ? meaningful : tokens;
  const lastToken = tokens[tokens.length - 1];
  const words = kept.map((t): QueryWord => ({
    original: q.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    script: t.script,
    stop: t.stop,
    forms: [{ tokens: [{ surface: t.surface, stem: t.stem }] }],
    via: 'word',
    optional: t.script === 'latin',
    last: t === lastToken && !/\s$/.test(q),
  }));
  return {
    q,
    script: scriptOf(tokens),
    normalized: tokens.map((t) => t.surface).join(' '),
    words: requireSomething(words),
  };
}

/**
 * The plan with the Arabic spellings of its names: each expansion of Latin words replaces the words of
 * its span with one required word whose forms are the spellings found in the collection. The Latin
 * spelling itself is not searched beside them: every extra form of a word is one more engine search
 * (see build-queries.ts), and the collection is Arabic; a Latin word the expansion found nothing for
 * stays optional and is searched literally. An Arabic word the expansion judged a foreign name
 * (غريغوريان) keeps its own form first and gets the other spellings after it; ordinary Arabic words get
 * none (the expansion decides, from the collection's vocabulary).
 */
export function withNames(plan: QueryPlan, expansions: NameForms[]): QueryPlan {
  const words: QueryWord[] = [];
  // A spelling of a foreign name is searched by its name stem: بوتين, not the clitic guess وتين (الوتين).
  const sounding = (f: NameForms['forms'][number]): WordForm => ({
    // Read from the spelling as written: its hamzas are part of the stem (ألكسندر keeps its ال). The
    // analyzer's own stems would be thrown away for the name stem: the unstemmed pipeline gives the words.
    tokens: analyzeUnstemmed(f.written).map((t) => ({
      surface: t.surface,
      stem: nameStem(t.surface, f.written.slice(t.start, t.end)),
    })),
    written: f.written,
    sound: true,
  });
  for (const w of plan.words) {
    const e = expansions.find((x) => x.forms.length > 0 && x.start <= w.start && w.end <= x.end);
    if (e && w.script === 'arabic' && e.start === w.start && e.end === w.end) {
      const own = w.forms[0]!.tokens.map((t) => t.stem).join(' ');
      const variants = e.forms
        .map(sounding)
        .filter((f) => f.tokens.length > 0 && f.tokens.map((t) => t.stem).join(' ') !== own);
      words.push({ ...w, forms: [...w.forms, ...variants] });
      continue;
    }
    // A Latin word the expansion found nothing for is optional again (planQuery required it when the
    // query had nothing else); requireSomething below decides once more.
    if (w.script !== 'latin' || !e) {
      words.push(w.script === 'latin' ? { ...w, optional: true } : w);
      continue;
    }
    const previous = words[words.length - 1];
    if (previous && previous.via === 'name' && previous.start === e.start) {
      // The second word of a two-word name ("Xi Jinping"): one query word for the user.
      previous.original = plan.q.slice(previous.start, w.end);
      previous.end = w.end;
      previous.last = w.last;
      continue;
    }
    const nameForms = e.forms.map(sounding).filter((f) => f.tokens.length > 0);
    words.push({
      ...w,
      via: 'name',
      optional: false,
      forms: nameForms,
      score: Math.max(...e.forms.map((f) => f.score)),
    });
  }
  return { ...plan, words: requireSomething(words) };
}

/**
 * The plan to try when every word required found nothing: Latin names become optional (a spelling
 * found for an ordinary Latin word — "Group" — must not empty "Patrushev Group"), except the most
 * confident one when the query has no other word. Null when nothing would change.
 */
export function relaxNames(plan: QueryPlan): QueryPlan | null {
  const names = plan.words.filter((w) => w.via === 'name' && !w.optional);
  const others = plan.words.filter((w) => w.via !== 'name' && !w.optional);
  if (names.length === 0 || (others.length === 0 && names.length === 1)) return null;
  const keep = others.length === 0 ? names.reduce((a, b) => ((b.score ?? 0) > (a.score ?? 0) ? b : a)) : null;
  return { ...plan, words: plan.words.map((w) => (w.via === 'name' && w !== keep ? { ...w, optional: true } : w)) };
}

/** A query whose every word is optional searches those words: something must be required. */
function requireSomething(words: QueryWord[]): QueryWord[] {
  if (words.length === 0 || words.some((w) => !w.optional)) return words;
  return words.map((w) => ({ ...w, optional: false }));
}

function scriptOf(tokens: Token[]): QueryPlan['script'] {
  const arabic = tokens.some((t) => t.script === 'arabic');
  const latin = tokens.some((t) => t.script === 'latin');
  return arabic && latin ? 'mixed' : arabic ? 'arabic' : latin ? 'latin' : 'none';
}
