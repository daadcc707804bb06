/**
 * The development set (test/bench/names-dev-set.ts) comes from CLDR on npm and is split by a fixed hash.
 * The report half must stay unseen: none of its names, English or Arabic, may appear in a sound rule's
 * example, the gazetteer or the particles.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/arabic/analyzer.ts';
import { foldLatin } from '../../../indexer/arabic/names/latin-fold.ts';
import { nearestKey } from '../../../indexer/arabic/names/gazetteer-match.ts';
import { GAZETTEER } from '../../../indexer/arabic/names/rules/gazetteer.ts';
import {
  ARABIC_NAME_PARTICLES,
  ARABIC_NAME_SECOND_WORDS,
  LATIN_NAME_PARTICLES,
} from '../../../indexer/arabic/names/rules/particles.ts';
import { SOUND_RULES } from '../../../indexer/arabic/names/rules/sound-rules.ts';
import { devPairs, devVariants, fnv1a } from '../../bench/names-dev-set.ts';
import { proxyAbsentNames } from '../../bench/names-absent-proxy.ts';
import { givenNamePairs } from '../../bench/names-given-set.ts';

const pairs = devPairs();
const report = pairs.filter((p) => p.half === 'report');

describe('the CLDR development set', () => {
  it('has hundreds of one-word pairs in both halves', () => {
    expect(pairs.length).toBeGreaterThan(300);
    expect(report.length).toBeGreaterThan(100);
    expect(pairs.filter((p) => p.half === 'tune').length).toBeGreaterThan(100);
  });

  it('splits by a fixed hash (FNV-1a of the lowercased English name)', () => {
    expect(fnv1a('egypt') % 2).toBe(0);
    expect(pairs.find((p) => p.english === 'Egypt')?.half).toBe('tune');
    for (const p of pairs) expect(p.half).toBe(fnv1a(p.english.toLowerCase()) % 2 === 0 ? 'tune' : 'report');
  });

  it("adds other languages' spellings of its names, in the half of the name they spell", () => {
    const variants = devVariants(pairs);
    expect(variants.length).toBeGreaterThan(500);
    const moskau = variants.find((v) => v.latin === 'Moskau' && v.locale === 'de');
    expect(moskau?.pair.english).toBe('Moscow');
    for (const v of variants)
      expect(v.pair.half).toBe(fnv1a(v.pair.english.toLowerCase()) % 2 === 0 ? 'tune' : 'report');
  });

  it('holds real CLDR data: Armenia → أرمينيا (normalized), Vienna → فيينا', () => {
    expect(pairs.find((p) => p.english === 'Armenia')?.arabic).toBe(normalize('أرمينيا'));
    expect(pairs.find((p) => p.english === 'Vienna')?.arabic).toBe('فيينا');
  });
});

describe('the absent-name proxy (faker surnames and towns)', () => {
  it('holds a thousand names per half, none of them a dev-set name, none in both halves', () => {
    const { tune, report: rep } = proxyAbsentNames();
    expect(tune.length).toBeGreaterThan(1000);
    expect(rep.length).toBeGreaterThan(1000);
    const dev = new Set(devVariants(pairs).map((v) => foldLatin(v.latin)));
    for (const p of pairs) dev.add(foldLatin(p.english));
    for (const n of [...tune, ...rep]) expect(dev.has(foldLatin(n)), n).toBe(false);
    const inTune = new Set(tune.map(foldLatin));
    for (const n of rep) expect(inTune.has(foldLatin(n)), n).toBe(false);
  });
});

describe('no name of the report half in any rule or gazetteer', () => {
  const latin = new Set<string>([
    ...SOUND_RULES.map((r) => r.example[0]),
    ...GAZETTEER.flatMap((e) => e.latin),
    ...LATIN_NAME_PARTICLES,
  ]);
  const arabic = new Set<string>([
    ...SOUND_RULES.map((r) => r.example[1]),
    ...GAZETTEER.flatMap((e) => e.arabic.map((a) => normalize(a)).flatMap((a) => [a, ...a.split(' ')])),
    ...ARABIC_NAME_PARTICLES,
    ...ARABIC_NAME_SECOND_WORDS,
  ]);
  const stripArticle = (a: string) => a.replace(/^ال/, '');

  // Other languages' spellings of the report half's names too (Moskau, Moscou for a report-half Moscow).
  const variants = devVariants(pairs).filter((v) => v.pair.half === 'report');
  // Nor may one reach a gazetteer entry through the near lookup (Égypte → Egypt): that would be a listing too.
  const keys = GAZETTEER.flatMap((e) => e.latin);
  it.each(variants.map((v) => [v.latin, v.locale] as const))('%s (%s) is unseen', (spelling) => {
    expect(latin.has(foldLatin(spelling)), `${spelling} is in a rule or the gazetteer`).toBe(false);
    expect(nearestKey(foldLatin(spelling), keys), `${spelling} is near a gazetteer key`).toBeUndefined();
  });

  it.each(report.map((p) => [p.english, p.arabic] as const))('%s / %s is unseen', (english, ar) => {
    expect(latin.has(foldLatin(english)), `${english} is in a rule or the gazetteer`).toBe(false);
    expect(nearestKey(foldLatin(english), keys), `${english} is near a gazetteer key`).toBeUndefined();
    for (const a of arabic) expect(stripArticle(a), `${ar} is in a rule or the gazetteer`).not.toBe(stripArticle(ar));
  });
});

describe('the Arabic given-name set (arabic-name-to-en)', () => {
  const given = givenNamePairs();

  it('holds the package’s names, one pair per Arabic name: Zainab → زينب', () => {
    expect(given.length).toBeGreaterThan(2000);
    expect(given.find((g) => g.english === 'Zainab')?.arabic).toBe('زينب');
    expect(new Set(given.map((g) => normalize(g.arabic))).size).toBe(given.length);
  });

  it('splits by the same fixed hash as the CLDR set, a quarter of each half left out of the collection', () => {
    for (const g of given) {
      const h = fnv1a(g.english.toLowerCase());
      expect([g.half, g.absent]).toEqual([h % 2 === 0 ? 'tune' : 'report', h % 4 >= 2]);
    }
    expect(given.filter((g) => g.half === 'report' && !g.absent).length).toBeGreaterThan(400);
  });
});
