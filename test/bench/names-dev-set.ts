/**
 * The development set for name matching: English and Arabic names from CLDR 48 on npm, data nobody
 * here wrote — territory names (`cldr-localenames-full`, main/{en,ar}/territories.json) and the
 * exemplar cities of time zones (`cldr-dates-full`, main/{en,ar}/timeZoneNames.json; an English city
 * CLDR does not spell out is the zone id's last part, `Ho_Chi_Minh` → `Ho Chi Minh`).
 *
 * Kept: pairs whose English is one word and whose Arabic is one word (the article ال allowed), so that
 * "the right Arabic form" is one vocabulary form. Split in two halves by a fixed hash (FNV-1a 32 of the
 * lowercased English name, even = tune, odd = report): rules and the gazetteer may only use the tuning
 * half (test/unit/names/dev-set.test.ts). A fixed half of each half (hash % 4 === 2 or 3) is kept OUT of
 * the evaluation vocabulary: those names must expand to nothing ("absent names"; tuned on the tuning
 * half's, reported on the report half's).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../../indexer/arabic/analyzer.ts';

export interface DevPair {
  english: string;
  arabic: string;
  source: 'territory' | 'city';
  half: 'tune' | 'report';
  absent: boolean;
}

const require = createRequire(import.meta.url);

function readJson(spec: string): unknown {
  return JSON.parse(fs.readFileSync(require.resolve(spec), 'utf8'));
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

type Names = Record<string, string>;
interface TerritoriesFile {
  main: Record<string, { localeDisplayNames: { territories: Names } }>;
}
/** A time-zone tree: nested groups down to zones that may carry an exemplar city. */
interface ZoneTree {
  exemplarCity?: string;
  [key: string]: ZoneTree | string | undefined;
}
interface ZonesFile {
  main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }>;
}

function territoryNames(locale: string): Names {
  return (readJson(`cldr-localenames-full/main/${locale}/territories.json`) as TerritoriesFile).main[locale]!
    .localeDisplayNames.territories;
}

/** [name in `locale`, Arabic name] of every country and territory. */
function territories(locale = 'en'): [string, string][] {
  const en = territoryNames(locale),
    ar = territoryNames('ar');
  // Two-letter codes are countries and territories; numeric ones are regions; `-alt-` are variants.
  return Object.keys(en)
    .filter((code) => /^[A-Z]{2}$/.test(code) && ar[code] && code !== 'ZZ')
    .map((code) => [en[code]!, ar[code]!]);
}

function zones(locale: string): ZoneTree {
  return (readJson(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as ZonesFile).main[locale]!.dates.timeZoneNames
    .zone;
}

/**
 * [exemplar city in `locale`, Arabic exemplar city] of every time zone. An English city CLDR does not
 * spell out is the zone id's last part; another locale's, only when it spells it.
 */
function cities(locale = 'en'): [string, string][] {
  const en = zones(locale),
    ar = zones('ar');
  const out: [string, string][] = [];
  const walk = (a: ZoneTree, e: ZoneTree | undefined, id: string): void => {
    if (typeof a.exemplarCity === 'string') {
      const city = e?.exemplarCity ?? (locale === 'en' ? id.split('/').pop()!.replace(/_/g, ' ') : undefined);
      if (city !== undefined) out.push([city, a.exemplarCity]);
      return;
    }
    for (const [k, child] of Object.entries(a)) {
      if (typeof child !== 'object' || child === null) continue;
      const other = e?.[k];
      walk(child, typeof other === 'object' ? other : undefined, id ? `${id}/${k}` : k);
    }
  };
  walk(ar, en, '');
  return out;
}

const ONE_WORD = /^[\p{Script=Latin}'’-]+$/u;
/** Arabic letters (ء–ي) with their marks, nothing else: one word. */
const ARABIC_ONE_WORD = /^(?:[\u0621-\u064a]|\p{Mn})+$/u;

/** The pairs, deduplicated by English name, in a stable order. */
export function devPairs(): DevPair[] {
  const seen = new Set<string>();
  const out: DevPair[] = [];
  const add = (list: [string, string][], source: DevPair['source']) => {
    for (const [english, arabic] of list) {
      const key = english.toLowerCase();
      if (seen.has(key) || !ONE_WORD.test(english) || !ARABIC_ONE_WORD.test(arabic)) continue;
      seen.add(key);
      const h = fnv1a(key);
      const half = h % 2 === 0 ? 'tune' : 'report';
      out.push({ english, arabic: normalize(arabic), source, half, absent: h % 4 >= 2 });
    }
  };
  add(territories(), 'territory');
  add(cities(), 'city');
  return out;
}

/**
 * Other languages' Latin spellings of the dev set's names, from the same CLDR files: German, French,
 * Spanish, Italian, Portuguese, Turkish, Uzbek, Polish, Indonesian (Moskau, Moscou, Moskova, Toshkent,
 * Wladiwostok, Riad). The romanizations of issue 14 (German and French transcription of Russian, Turkish and
 * Uzbek Latin) written by CLDR's translators, not by us. Some are exonyms that no transliteration reaches
 * (Weißrussland, Almanya): the figure is for comparing versions, its ceiling is below 1.
 */
export const VARIANT_LOCALES = ['de', 'fr', 'es', 'it', 'pt', 'tr', 'uz', 'pl', 'id'] as const;

export interface DevVariant {
  /** The spelling in `locale`, one Latin word. */
  latin: string;
  locale: (typeof VARIANT_LOCALES)[number];
  /** The dev pair it spells: its half, absence and Arabic are the pair's. */
  pair: DevPair;
}

/** Each dev pair's spellings in VARIANT_LOCALES that differ from its English name and from every other English name. */
export function devVariants(pairs: DevPair[] = devPairs()): DevVariant[] {
  const byArabicSource = new Map<string, DevPair>();
  for (const p of pairs) byArabicSource.set(`${p.source}|${p.arabic}`, p);
  const english = new Set(pairs.map((p) => fold(p.english)));
  const seen = new Set<string>();
  const out: DevVariant[] = [];
  for (const locale of VARIANT_LOCALES) {
    const add = (list: [string, string][], source: DevPair['source']) => {
      for (const [latin, arabic] of list) {
        if (!ONE_WORD.test(latin) || !ARABIC_ONE_WORD.test(arabic)) continue;
        const pair = byArabicSource.get(`${source}|${normalize(arabic)}`);
        const key = fold(latin);
        if (!pair || english.has(key) || seen.has(`${pair.english}|${key}`)) continue;
        seen.add(`${pair.english}|${key}`);
        out.push({ latin, locale, pair });
      }
    };
    add(territories(locale), 'territory');
    add(cities(locale), 'city');
  }
  return out;
}

/** Lowercase without accents: Moscú and Moscu are one spelling. */
function fold(latin: string): string {
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
