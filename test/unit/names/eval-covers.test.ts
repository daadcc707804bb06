/**
 * How the names evaluation (test/bench/names-eval.ts) decides that an expansion found an Arabic spelling:
 * every word of it (but stop words, when it has others), by base, among the first k forms.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../indexer/arabic/analyzer.ts';
import type { NameExpansion } from '../../../server/search/name-expansion.ts';
import { covers } from '../../bench/names-eval.ts';

const expansion = (...forms: string[]): NameExpansion[] => [
  {
    words: ['x'],
    start: 0,
    end: 1,
    via: 'sound',
    forms: forms.map((f) => ({ normalized: normalize(f), written: f, score: 1, count: 1 })),
  },
];

describe('covers', () => {
  it('a spelling whose words are found, through a clitic form too: الأسد in والأسد (and Assad)', () => {
    expect(covers(expansion('والأسد'), 'الأسد', 5)).toBe(true);
    expect(covers(expansion('الأسد'), 'السيسي', 5)).toBe(false);
  });

  it('a spelling that is only a stop word is still looked for: علي (Ali, also على "on")', () => {
    expect(covers(expansion('علي'), 'علي', 5)).toBe(true);
    expect(covers(expansion('عمر'), 'علي', 5)).toBe(false);
  });

  it('only among the first k forms', () => {
    expect(covers(expansion('عمر', 'علي'), 'علي', 1)).toBe(false);
  });
});
