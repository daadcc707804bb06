/**
 * The seeded random source of the generated collections: the same seed gives the same corpus on
 * every machine, so figures measured on two branches are measured on the same text.
 * Built on pure-rand's xoroshiro128+ (the generator fast-check uses).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const between = (min: number, max: number): number => uniformInt(rng, min, max);
  return {
    int: (n) => between(0, n - 1),
    between,
    pick: (items) => {
      if (items.length === 0) throw new Error('corpus: pick from an empty list');
      return items[between(0, items.length - 1)]!;
    },
    chance: (p) => between(0, 999_999) < p * 1_000_000,
  };
}
