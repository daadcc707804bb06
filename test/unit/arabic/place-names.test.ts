/**
 * Place names the clitic model reads whole (indexer/arabic/rules/place-names.ts): the list is the
 * package's data, and a name meets its clitic forms and its nisba under one stem.
 */
import { createRequire } from 'node:module';
import type countriesModule from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { isPlaceName, normalize, stem } from '../../../indexer/arabic/analyzer.ts';
import { NOT_PLACE_WORDS, PLACE_NAMES } from '../../../indexer/arabic/rules/place-names.ts';
import { ALIASES, CITIES } from '../../../indexer/extract/country-names.ts';

const require = createRequire(import.meta.url);
const stemOf = (word: string) => stem(normalize(word));

describe('PLACE_NAMES', () => {
  it('is the one-word names of i18n-iso-countries (Arabic) and of the facet’s aliases and cities, article removed, normalized', () => {
    const countries = require('i18n-iso-countries') as typeof countriesModule;
    countries.registerLocale(require('i18n-iso-countries/langs/ar.json') as LocaleData);
    const names = countries.getNames('ar', { select: 'all' }) as Record<string, string[]>;
    const expected = new Set<string>();
    for (const list of [...Object.values(names), ...Object.values(ALIASES), ...Object.values(CITIES)])
      for (const name of list) {
        if (name.includes(' ')) continue;
        const folded = normalize(name);
        // The article as the name writes it (السودان), not a hamza'd alef that folds to it (ألبانيا).
        expected.add(name.startsWith('ال') ? folded.slice(2) : folded);
      }
    expect([...PLACE_NAMES].sort()).toEqual([...expected].sort());
  });

  it('answers isPlaceName for a name without its article: كويت (الكويت, Kuwait), not قوات (forces)', () => {
    expect(isPlaceName(normalize('كويت'))).toBe(true);
    expect(isPlaceName(normalize('قوات'))).toBe(false);
  });

  it('lists its exceptions among its names', () => {
    for (const { word } of NOT_PLACE_WORDS) expect(PLACE_NAMES).toContain(word);
  });
});

describe('a place name keeps its letters under the proclitics', () => {
  it.each([
    ['لبنان', 'بلبنان', 'اللبنانية', 'Lebanon, in Lebanon, Lebanese: not ل + بنان (fingertips)'],
    ['فلسطين', 'وفلسطين', 'الفلسطينية', 'Palestine: its ين is its own, as the nisba keeps it'],
    ['بلجيكا', 'وبلجيكا', 'البلجيكي', 'Belgium: not ب + لجيكا'],
    ['باكستان', 'لباكستان', 'الباكستانية', 'Pakistan: not ب + اكستان'],
    ['لاتفيا', 'ولاتفيا', 'اللاتفي', 'Latvia: not ل + اتفيا'],
    ['الكاميرون', 'بالكاميرون', 'الكاميروني', 'Cameroon: its ون is its own'],
  ])('%s = %s = %s (%s)', (name, withClitic, nisba) => {
    expect(stemOf(withClitic)).toBe(stemOf(name));
    expect(stemOf(nisba)).toBe(stemOf(name));
  });

  it('takes no tanween alef onto a place name, which never has one: وصينا (and we enjoined) is not الصين', () => {
    expect(stemOf('وصينا')).not.toBe(stemOf('الصين'));
    expect(stemOf('مصرا')).not.toBe(stemOf('مصر'));
    // Any other word still loses it: يوماً → يوم (a day, accusative).
    expect(stemOf('يوماً')).toBe(stemOf('يوم'));
  });

  it('keeps a place name’s own final ا where its nisba would not meet it: كوبا (Cuba) is not كوب (cup)', () => {
    expect(stemOf('كوبا')).not.toBe(stemOf('كوب'));
    expect(stemOf('روما')).not.toBe(stemOf('الروم'));
    // Where the nisba meets it, the ا comes off: سوريا = السوري, بلجيكا = البلجيكي.
    expect(stemOf('سوريا')).toBe(stemOf('السوري'));
    expect(stemOf('بلجيكا')).toBe(stemOf('البلجيكي'));
  });

  it('leaves the common words among the names alone: كمالي (my perfection) is not ك + مالي (Mali)', () => {
    expect(stemOf('كمالي')).not.toBe(stemOf('مالي'));
  });
});
