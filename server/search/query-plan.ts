/**
 * Turns what the user typed into the searches we send: one per match tier.
 *
 * Meilisearch cannot OR two forms of one word inside a query, so each tier is its own search and
 * the server merges them in order (SearchService.search in server/search/search-service.ts):
 *   exact    — normalized surface forms (clitics kept) on the `exact` fields: `المعابر` finds `المعابر`;
 *   stem     — light stems on the `stem` fields: `بالمعابر`, `المعابر`, `معابر` find each other;
 *   phonetic — name keys on the `phon` fields: `Patrushev` finds `باتروشيف`, `غريغوريان` finds `جريجوريان`.
 * Each tier's matches include the previous tier's, so exact matches rank first, then stem, then
 * phonetic. The query goes through the same `analyze` as the documents (indexer/arabic).
 */
import { analyze } from '../../indexer/arabic/analyzer.ts';
import { arabicWordKey, foreignSyllable, joinableQueryWord, prefixAllowed, queryKey } from '../../indexer/arabic/names/index.ts';
import type { Script, Token } from '../../indexer/arabic/token.ts';
import { ANALYZED_FIELDS } from '../../indexer/meili/settings.ts';

export type TierName = 'exact' | 'stem' | 'phonetic';

export interface QueryTerm {
  /** The word as typed (both words, when the phonetic tier joined its key with a neighbour's). */
  original: string;
  surface: string;
  stem: string;
  /** Name key for the phonetic tier ('' when the word has none). */
  key: string;
  script: Script;
  stop: boolean;
  /** The last word is matched as a prefix (search as you type), like Meilisearch does. */
  last: boolean;
  /**
   * Phonetic tier only: this word's key was joined onto the previous word's (`key` holds the joined key
   * on both), so the phonetic query sends it once (Viet Nam → `fitnam` finds فيتنام, and To Lam →
   * `tulam` finds تو لام through Meilisearch's word splitting).
   */
  joined?: boolean;
}

export interface Tier { name: TierName; q: string; attributes: string[] }

export interface QueryPlan {
  q: string;
  script: 'arabic' | 'latin' | 'mixed' | 'none';
  normalized: string;
  terms: QueryTerm[];
  tiers: Tier[];
}

/**
 * Arabic words shorter than this (in letters, after stemming) get no phonetic expansion: a short
 * consonant skeleton (`صين`) would match many unrelated words. Foreign names are longer.
 */
export const MIN_ARABIC_STEM_FOR_PHONETIC = 4;

export function planQuery(q: string): QueryPlan {
  const tokens = analyze(q);
  const meaningful = tokens.filter((t) => !t.stop);
  // A query made only of stop words (`في`, `من`) still searches them rather than nothing.
  // A capitalised Latin stop word next to a Latin name is part of the name (To Lam, He Lifeng): it is
  // kept for the phonetic tier only (the exact and stem tiers still drop stop words).
  const kept = meaningful.length > 0 ? tokens.filter((t, i) => !t.stop || isNameParticle(q, tokens, i)) : tokens;
  const terms = kept.map((t, i): QueryTerm => ({
    original: q.slice(t.start, t.end),
    surface: t.surface,
    stem: t.stem,
    key: phoneticKey(t),
    script: t.script,
    stop: t.stop,
    last: i === kept.length - 1 && t.end === tokens[tokens.length - 1]!.end && !/\s$/.test(q),
  }));
  joinShortLatinKeys(terms);
  // Joined words are one name to the user: `query.matchedForms` lists "To Lam → تو لام".
  terms.forEach((t, i) => { if (t.joined) terms[i - 1]!.original = t.original = q.slice(kept[i - 1]!.start, kept[i]!.end); });
  return { q, script: scriptOf(tokens), normalized: tokens.map((t) => t.surface).join(' '), terms, tiers: tiersFor(terms) };
}

function isNameParticle(q: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.script !== 'latin' || !/^[A-Z]/.test(q.slice(t.start, t.end))) return false;
  const nameNext = (n: Token | undefined) => n !== undefined && n.script === 'latin' && !n.stop;
  return nameNext(tokens[i - 1]) || nameNext(tokens[i + 1]);
}

/**
 * Two adjacent one-syllable Latin words get one joined key, pairing from the right (Xi Jin Ping →
 * `xi jinbinj`): Meilisearch does not concatenate query words on the `phon` fields (typo tolerance is
 * off there, and concatenation counts as a typo — checked on 1.21), but it does split one query word
 * over two adjacent indexed words, so the joined key finds both فيتنام and تو لام.
 */
function joinShortLatinKeys(terms: QueryTerm[]): void {
  for (let i = terms.length - 1; i > 0; i--) {
    const a = terms[i - 1]!, b = terms[i]!;
    if (a.script !== 'latin' || b.script !== 'latin' || !a.key || !b.key) continue;
    if (!joinableQueryWord(a.original) || !joinableQueryWord(b.original)) continue;
    const key = a.key + b.key;
    a.key = key; b.key = key; b.joined = true;
    i--;
  }
}

function phoneticKey(t: Token): string {
  if (t.script === 'latin') return queryKey(t.surface);
  // Arabic: the key of the word without its clitics, so `بموسكو` and `موسكو` ask for the same name, keyed
  // like the documents (suffixes kept: غريغوريان). Short words only when they spell a foreign syllable (غو، قوه).
  if (t.script !== 'arabic') return '';
  if ([...t.stem].length >= MIN_ARABIC_STEM_FOR_PHONETIC || foreignSyllable(t.stem)) return arabicWordKey(t.surface, t.stem);
  return '';
}

function tiersFor(terms: QueryTerm[]): Tier[] {
  if (terms.length === 0) return [];
  // Stop words kept as name particles are for the phonetic tier only.
  const words = terms.every((t) => t.stop) ? terms : terms.filter((t) => !t.stop);
  const tiers: Tier[] = [
    { name: 'exact', q: words.map((t) => t.surface).join(' '), attributes: [...ANALYZED_FIELDS.exact] },
    { name: 'stem', q: words.map((t) => t.stem).join(' '), attributes: [...ANALYZED_FIELDS.stem] },
  ];
  if (terms.some((t) => t.key !== '')) {
    // Words without a key (numbers, short Arabic words) keep their stem; keys are [a-z]+ and
    // stems of Arabic words are Arabic, so each word can only match in its own field.
    const last = terms[terms.length - 1]!;
    // A short key as a prefix matches too much (`msk` → `mskn…`): a trailing space tells
    // Meilisearch not to treat the last word as a prefix (match-tokens mirrors this).
    const noPrefix = !last.last || (last.key !== '' && !prefixAllowed(last.key));
    tiers.push({
      name: 'phonetic',
      q: terms.filter((t) => !t.joined).map((t) => t.key || t.stem).join(' ') + (noPrefix ? ' ' : ''),
      attributes: [...ANALYZED_FIELDS.phon, ...ANALYZED_FIELDS.stem],
    });
  }
  return tiers;
}

function scriptOf(tokens: Token[]): QueryPlan['script'] {
  const arabic = tokens.some((t) => t.script === 'arabic');
  const latin = tokens.some((t) => t.script === 'latin');
  return arabic && latin ? 'mixed' : arabic ? 'arabic' : latin ? 'latin' : 'none';
}
