import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, foldWithMap } from '../../../indexer/extract/fold.ts';

describe('foldLine', () => {
  it.each([
    ['أوفا', 'اوفا', 'Ufa: hamza on alef'],
    ['الصينيّة', 'الصينيه', 'Chinese (fem.): shadda removed, teh marbuta'],
    ['٢٠١٩-١١-٢٢', '2019-11-22', 'Arabic-Indic digits'],
    ['\u00a0نص\u200f', ' نص', 'no-break space to space, RLM removed'],
  ])('%s → %s (%s)', (input, expected) => expect(foldLine(input)).toBe(expected));

  it('the fast fold and the mapped fold agree, and the map points into the original', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'أإآىةـًٌٍَُِّْ٠١٩ abc.\u00a0\u200fصين') }), (s) => {
      const { folded, map } = foldWithMap(s);
      expect(folded).toBe(foldLine(s));
      expect(map.every((i) => i >= 0 && i <= s.length)).toBe(true);
    }));
  });
});
