import { describe, expect, it } from 'vitest';
import { frequentTerms } from '../../../server/suggestions.ts';

const passages = [
  { doc_id: 'a', title: 'باتروشيف في بكين', text: 'التقى باتروشيف وزير الأمن الصيني في بكين، وبحثا التعاون.' },
  { doc_id: 'a', title: 'باتروشيف في بكين', text: 'وأكد باتروشيف أن التعاون مستمر.' },
  { doc_id: 'b', title: 'الصين وروسيا', text: 'قال باتروشيف إن روسيا والصين تعززان التعاون الأمني.' },
  { doc_id: 'c', title: 'اقتصاد', text: 'نما اقتصاد فيتنام، وقال الوزير إن التعاون مع الصين مستمر.' },
];

describe('frequentTerms', () => {
  it('ranks words by the articles they appear in, not by repetitions inside one', () => {
    const terms = frequentTerms(passages, 5);
    expect(terms[0]).toEqual({ q: 'التعاون', kind: 'term', documents: 3 }); // cooperation: in a, b and c
    expect(terms.find((t) => t.q === 'باتروشيف')?.documents).toBe(2); // said 4 times, in 2 articles
    expect(terms.map((t) => t.q)).toEqual(expect.arrayContaining(['باتروشيف', 'الصين'])); // Patrushev (a, b), China (b, c)
  });

  it('shows a word as written, preferring a form without a clitic (الصين, not والصين), and drops stop words', () => {
    const terms = frequentTerms(passages, 20).map((t) => t.q);
    expect(terms).toContain('الصين');
    expect(terms).not.toContain('والصين');
    expect(terms).not.toContain('في'); // in: a stop word
  });

  it('leaves out what is excluded (the countries already suggested)', () => {
    expect(frequentTerms(passages, 20, new Set(['الصين'])).map((t) => t.q)).not.toContain('الصين');
  });
});
