/**
 * A second set of absent names, from data no rule was written for: surnames and town names of
 * `@faker-js/faker` (its en, de, fr, it, es, pl, tr and nl locales, lists compiled from census and postal
 * data). Almost none is written in the evaluation collection, so the share that expands to some Arabic
 * form estimates the false-match rate on real European names, beside the dev set's absent CLDR places.
 * A few may be present (a surname that is also an Arabic name, a town CLDR names): the figure is a proxy,
 * compared between versions, not a target.
 *
 * Every 4th name by hash (FNV-1a of the lowercased name) is kept, names of 4+ letters, none that the dev
 * set names (test/bench/names-dev-set.ts); split into halves by the same hash's parity, as the dev set:
 * rules may be tuned on the tuning half, the report half is only reported.
 */
import { allFakers } from '@faker-js/faker';
import { foldLatin } from '../../indexer/arabic/names/latin-fold.ts';
import { devPairs, devVariants, fnv1a } from './names-dev-set.ts';

const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'pl', 'tr', 'nl'] as const;

function flat(list: unknown): string[] {
  if (!list) return [];
  if (Array.isArray(list)) return list as string[];
  return Object.values(list as Record<string, string[]>).flat();
}

export function proxyAbsentNames(): { tune: string[]; report: string[] } {
  const dev = devPairs();
  const known = new Set([...dev.map((p) => foldLatin(p.english)), ...devVariants(dev).map((v) => foldLatin(v.latin))]);
  const seen = new Set<string>();
  const out = { tune: [] as string[], report: [] as string[] };
  for (const locale of LOCALES) {
    const d = allFakers[locale].rawDefinitions;
    for (const name of [...flat(d.person?.last_name), ...flat(d.location?.city_name)]) {
      const folded = foldLatin(name);
      const h = fnv1a(name.toLowerCase());
      if (!/^\p{L}{4,}$/u.test(name) || h % 4 !== 0 || known.has(folded) || seen.has(folded)) continue;
      seen.add(folded);
      (h % 8 === 0 ? out.tune : out.report).push(name);
    }
  }
  return out;
}
