/**
 * The judge of the strict precision check of `eval:relevance`: does a document contain some form
 * of a query word? Written apart from `indexer/arabic/` on purpose — a check that reused the
 * analyzer would agree with its mistakes. It is lenient (when in doubt, a form): a violation it
 * reports is a hit that holds none of a query word's forms by any reading.
 *
 * Forms of an Arabic word: the same letters after folding what writers vary (marks, alef seats,
 * ى/ي, ة/ه, the hamza seats ؤ/ئ/ء, digits), with or without the clitics a word takes (و ف, then
 * ب ك ل, then ال; لل for ل + ال) and the common suffixes (pronouns, plural and nisba endings, the
 * alef of tanween and of a dual before its noun: وزيرًا, وزيرا داخلية), each
 * strip leaving at least 3 letters — so `بموسكو` is a form of `موسكو` and `الصيني` of `الصين`, but
 * `فتنا` is not one of `فيتنام` nor `الإمارات` of `الأمطار`. Broken plurals (معبر/معابر) are not
 * forms here. Latin words match only through the Arabic spellings a judgment gives for them.
 */

/** Folds applied before any comparison; one entry per variation writers make. */
const FOLDS: readonly { pattern: RegExp; to: string | ((c: string) => string) }[] = [
  { pattern: /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, to: '' }, // harakat, dagger alef, Quranic signs, tatweel
  { pattern: /[\u0622\u0623\u0625\u0671]/g, to: '\u0627' }, // آ أ إ ٱ → ا
  { pattern: /\u0649/g, to: '\u064A' }, // ى → ي
  { pattern: /\u0629/g, to: '\u0647' }, // ة → ه
  { pattern: /[\u0624\u0626]/g, to: '\u0621' }, // ؤ ئ → ء (مسؤول = مسئول)
  { pattern: /[\u0660-\u0669]/g, to: (d) => String(d.charCodeAt(0) - 0x0660) }, // ٢٠١٩ → 2019
  { pattern: /[\u06F0-\u06F9]/g, to: (d) => String(d.charCodeAt(0) - 0x06f0) }, // Persian digits
];

export function fold(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (const { pattern, to } of FOLDS)
    out = typeof to === 'string' ? out.replace(pattern, to) : out.replace(pattern, to);
  return out;
}

/** Words of a text after folding: runs of letters and digits. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const ARTICLES = ['ال', 'ل']; // ل after ل: لل = ل + ال (للأمن)
/** Longest first, folded (ة → ه). */
const SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ات', 'ان', 'ين', 'ون', 'يه', 'ه', 'ك', 'ي', 'ا'];
const FLOOR = 3;

function strips(word: string, affixes: readonly string[], at: 'start' | 'end'): string[] {
  const out = [word];
  for (const a of affixes) {
    const fits = at === 'start' ? word.startsWith(a) : word.endsWith(a);
    if (fits && word.length - a.length >= FLOOR)
      out.push(at === 'start' ? word.slice(a.length) : word.slice(0, -a.length));
  }
  return out;
}

/** Every reading of a folded word with clitics and suffixes taken off. */
export function readings(word: string): Set<string> {
  const out = new Set<string>();
  for (const a of strips(word, CONJUNCTIONS, 'start'))
    for (const b of strips(a, PREPOSITIONS, 'start'))
      for (const c of b === a ? strips(b, ['ال'], 'start') : strips(b, ARTICLES, 'start'))
        for (const d of strips(c, SUFFIXES, 'end')) out.add(d);
  return out;
}

/** True when the two words share a reading: one is a form of the other. */
export function sameWord(a: string, b: string): boolean {
  if (/^\d+$/.test(a) || /^[a-z]+$/.test(a)) return a === b;
  const ra = readings(a);
  for (const r of readings(b)) if (ra.has(r)) return true;
  return false;
}

/** A document's words, prepared once for many checks. */
export class DocumentWords {
  readonly list: string[];
  private readonly byReading = new Map<string, number[]>();
  constructor(text: string) {
    this.list = words(text);
    this.list.forEach((w, i) => {
      for (const r of /^[\p{L}]+$/u.test(w) && !/^[a-z]+$/.test(w) ? readings(w) : [w]) {
        const at = this.byReading.get(r);
        if (at) at.push(i);
        else this.byReading.set(r, [i]);
      }
    });
  }

  private positions(word: string): number[] {
    const found = new Set<number>();
    const candidates = /^\d+$/.test(word) || /^[a-z]+$/.test(word) ? [word] : readings(word);
    for (const r of candidates) for (const i of this.byReading.get(r) ?? []) found.add(i);
    return [...found];
  }

  /**
   * Does the document hold `form` (one word, or several words one after another)? A `whole` form
   * (a judged spelling of a name) keeps its own letters: `بوتين` (Putin) is not read as ب + وتين.
   */
  has(form: string, whole = false): boolean {
    const parts = words(form);
    if (parts.length === 0) return true;
    const matches = (p: string, docWord: string) => (whole ? readings(docWord).has(p) : sameWord(p, docWord));
    const starts = whole ? this.list.flatMap((w, i) => (matches(parts[0]!, w) ? [i] : [])) : this.positions(parts[0]!);
    return starts.some((s) => parts.every((p, k) => k === 0 || matches(p, this.list[s + k] ?? '')));
  }
}

/** Words a query may carry that a relevant document need not contain. */
export const QUERY_STOP_WORDS = new Set(['في', 'من', 'على', 'الي', 'الى', 'عن', 'مع', 'ان', 'او', 'و'].map(fold));

/**
 * The query words a hit must each hold in some form: quotes dropped, stop words skipped; a word with
 * judged spellings (`forms`, e.g. Patrushev → باتروشيف) is satisfied by any of them.
 */
export interface RequiredWord {
  /** The word folded, as compared. */
  word: string;
  /** The word as the query writes it, for messages. */
  written: string;
  forms: string[];
  /** True when `forms` are judged spellings (kept whole), not the word itself. */
  judged: boolean;
}

export function requiredWords(q: string, forms: Record<string, string[]> = {}): RequiredWord[] {
  const given = new Map(Object.entries(forms).map(([k, v]) => [fold(k), v]));
  return q
    .split(/[\s"«»]+/)
    .flatMap((written) => words(written).map((word) => ({ word, written })))
    .filter(({ word }) => !QUERY_STOP_WORDS.has(word))
    .map(({ word, written }) => ({ word, written, forms: given.get(word) ?? [word], judged: given.has(word) }));
}

/** The query words of which `doc` holds no form (empty: the hit is legitimate). */
export function missingWords(doc: DocumentWords, required: RequiredWord[]): string[] {
  return required.filter((r) => !r.forms.some((f) => doc.has(f, r.judged))).map((r) => r.written);
}
