/**
 * The countries a document is about, as ISO 3166-1 alpha-2 codes, from Arabic words: country
 * names (the maintained `i18n-iso-countries` Arabic locale), plus the hand-kept aliases, nisba
 * adjectives, irregular plurals and cities of country-names.ts. Matching runs on the ANALYZER's
 * tokens (indexer/arabic), so letters are folded exactly as for search; a token's clitics are read
 * with the analyzer's one clitic model (`cliticReadings`: و/ف, then ب/ك/ل, then ال, لل = ل + ال), and
 * every reading is looked up, because the gazetteer itself says which one is a name (والصين، بروسيا،
 * للصين، لبكين).
 * Surfaces are used rather than stems because stems collide with common words (التركي → ترك
 * "left"); every inflected form we accept is generated explicitly instead.
 */
import countriesLib from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { cliticReadings, endsWithArticle, surfaces } from '../arabic/analyzer.ts';
import { ALIASES, AMBIGUOUS, CITIES, IRREGULAR, NISBA, NOT_COUNTRIES } from './country-names.ts';

const require = createRequire(import.meta.url);
countriesLib.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Turns text into normalized word surfaces; the analyzer by default (injectable for tests). */
export type Words = (text: string) => string[];
const analyzerWords: Words = surfaces;

/** Nisba inflections: masculine, feminine, plural forms, each with and without ال. */
export const NISBA_SUFFIXES = ['', 'ة', 'ين', 'ون', 'ات', 'تين', 'تان'] as const;

export function nisbaForms(masculine: string): string[] {
  const forms: string[] = [];
  for (const suffix of NISBA_SUFFIXES) {
    const words = masculine.split(' ');
    forms.push(words.map((w) => w + suffix).join(' '));
    forms.push(words.map((w) => 'ال' + w + suffix).join(' '));
  }
  return forms;
}

interface Entry {
  words: string[];
  code: string | null;
  form: string;
}

export interface Gazetteer {
  byFirst: Map<string, Entry[]>;
  words: Words;
  /** Per surface, the entry lists of its lookup keys that have any, in key order (see `candidates`). */
  candidates: Map<string, Entry[][]>;
}

export function buildGazetteer(words: Words = analyzerWords): Gazetteer {
  const forms: [string, string | null][] = [];
  const names = countriesLib.getNames('ar', { select: 'all' }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) for (const name of list) forms.push([name, code]);
  for (const [code, list] of Object.entries(ALIASES)) for (const n of list) forms.push([n, code]);
  for (const [code, list] of Object.entries(NISBA))
    for (const n of list) for (const f of nisbaForms(n)) forms.push([f, code]);
  for (const [code, list] of Object.entries(IRREGULAR)) for (const n of list) forms.push([n, code]);
  for (const [code, list] of Object.entries(CITIES)) for (const n of list) forms.push([n, code]);
  for (const phrase of NOT_COUNTRIES) forms.push([phrase, null]);
  const ambiguous = new Set(AMBIGUOUS.flatMap((a) => words(a)));
  const byFirst = new Map<string, Entry[]>();
  for (const [form, code] of forms) {
    const w = words(form);
    if (w.length === 0) continue;
    if (w.length === 1 && ambiguous.has(w[0])) continue;
    const list = byFirst.get(w[0]) ?? [];
    if (!list.some((e) => e.words.join(' ') === w.join(' '))) list.push({ words: w, code, form });
    byFirst.set(w[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length); // longest first
  return { byFirst, words, candidates: new Map() };
}

/**
 * The gazetteer keys a token's surface may stand for: the surface, then each reading of its
 * proclitics (longest first) with the article kept on the name when the reading has one
 * (للصين → الصين, والصين → الصين, بروسيا → روسيا).
 */
export function lookupKeys(surface: string): string[] {
  const keys = [surface];
  for (const { proclitics, base } of cliticReadings(surface)) {
    const article = endsWithArticle(proclitics) ? 'ال' : '';
    const key = article + base;
    if (key.length >= 2 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

let defaultGazetteer: Gazetteer | null = null;
function gazetteer(): Gazetteer {
  return (defaultGazetteer ??= buildGazetteer());
}

export interface CountryMention {
  code: string;
  form: string;
  index: number;
}

/** Surfaces remembered per gazetteer; the memo is emptied when it holds this many. */
const CANDIDATE_MEMO_SIZE = 200_000;
const NO_CANDIDATES: Entry[][] = [];

/**
 * The entry lists `lookupKeys(surface)` reaches, remembered: news vocabulary repeats (the bench
 * corpus: 7.5 million words, 14,712 distinct), and the clitic readings of every word were a third of
 * the country lookup's cost. With this and `surfaces` (no stems), extractCountries over the 25,098
 * bench documents takes 2.4 s instead of 5.6 s, with the same codes for every document. Keys without
 * entries are dropped, so most words get the shared empty list.
 */
function candidates(g: Gazetteer, surface: string): Entry[][] {
  let lists = g.candidates.get(surface);
  if (lists === undefined) {
    lists = [];
    for (const key of lookupKeys(surface)) {
      const list = g.byFirst.get(key);
      if (list !== undefined) lists.push(list);
    }
    if (lists.length === 0) lists = NO_CANDIDATES;
    if (g.candidates.size >= CANDIDATE_MEMO_SIZE) g.candidates.clear();
    g.candidates.set(surface, lists);
  }
  return lists;
}

/** Every country mention, in text order. */
export function findCountries(text: string, g: Gazetteer = gazetteer()): CountryMention[] {
  const w = g.words(text);
  const found: CountryMention[] = [];
  for (let i = 0; i < w.length;) {
    let matched: Entry | null = null;
    for (const list of candidates(g, w[i])) {
      for (const entry of list) {
        if (entry.words.every((x, k) => k === 0 || w[i + k] === x)) {
          matched = entry;
          break;
        }
      }
      if (matched) break;
    }
    if (matched) {
      if (matched.code) found.push({ code: matched.code, form: matched.form, index: i });
      i += matched.words.length;
    } else i++;
  }
  return found;
}

/** Distinct codes, most mentioned first (ties: first mentioned first). */
export function extractCountries(text: string, g?: Gazetteer): string[] {
  const counts = new Map<string, number>();
  for (const m of findCountries(text, g)) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** The country a dateline's place names ("أوفا، روسيا" → RU; "هانوي" → VN), or null. */
export function datelineCountry(place: string | null, g?: Gazetteer): string | null {
  if (!place) return null;
  const mentions = findCountries(place, g);
  return mentions.length > 0 ? mentions[mentions.length - 1].code : null;
}

/** A code from data (JSONL `country`): an alpha-2/alpha-3 code or an Arabic/English name. */
export function countryFromData(value: string, g?: Gazetteer): string | null {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v) && countriesLib.isValid(v.toUpperCase())) return v.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(v)) return countriesLib.alpha3ToAlpha2(v.toUpperCase()) ?? null;
  const en = countriesLib.getAlpha2Code(v, 'en');
  if (en) return en;
  return findCountries(v, g)[0]?.code ?? null;
}

const REGION_NAMES = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' });

/** Arabic label for display: the same source as the names, else Intl.DisplayNames, else the code itself. */
export function arabicCountryName(code: string): string {
  const name = countriesLib.getName(code, 'ar');
  if (name) return name;
  try {
    return REGION_NAMES.of(code) ?? code;
  } catch {
    return code;
  } // not a region code at all
}
