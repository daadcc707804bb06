import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE, paragraphs, splitPassages } from '../../../indexer/passages.ts';
import { extractTitle, trimTitle } from '../../../indexer/extract/title.ts';
import { detectLanguage, SAMPLE_LENGTH } from '../../../indexer/extract/language.ts';

const SENTENCE = 'أكد الجانبان أهمية تعزيز التعاون الأمني بين البلدين في مختلف المجالات. '; // both sides stressed security cooperation

describe('paragraphs', () => {
  it('splits at blank lines, and at line breaks after a sentence end (seed 003)', () => {
    expect(paragraphs('أ ب.\nج د.\n\nهـ و')).toEqual(['أ ب.', 'ج د.', 'هـ و']);
  });
  it('joins hard-wrapped lines of one paragraph', () =>
    expect(paragraphs('سطر أول\nتكملة.')).toEqual(['سطر أول تكملة.']));
});

describe('splitPassages', () => {
  it('keeps paragraphs as passages, joining very short ones to the next', () => {
    const long = SENTENCE.repeat(3).trim();
    expect(splitPassages(`عنوان فرعي\n\n${long}\n\n${long}`)).toEqual([`عنوان فرعي\n${long}`, long]);
  });
  it('splits a paragraph over ~1000 characters at sentence ends', () => {
    const passages = splitPassages(SENTENCE.repeat(40).trim());
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(p.length).toBeLessThanOrEqual(MAX_PASSAGE);
      expect(p.endsWith('.')).toBe(true);
    }
    expect(passages.join(' ')).toBe(SENTENCE.repeat(40).trim());
  });
  it('splits a single endless sentence at word boundaries', () => {
    const passages = splitPassages('كلمة '.repeat(600).trim());
    expect(passages.every((p) => p.length <= MAX_PASSAGE && !p.startsWith(' '))).toBe(true);
  });
  it('an empty body has no passages', () => expect(splitPassages('  \n\n ')).toEqual([]));
});

describe('extractTitle', () => {
  it('the first short line is the headline', () => {
    expect(extractTitle('الصين وروسيا تعززان التعاون\n\nنص الخبر.')).toEqual({
      title: 'الصين وروسيا تعززان التعاون',
      headline: true,
    });
  });
  it('otherwise the first sentence, after the dateline', () => {
    const text = 'هانوي 20 فبراير 2021 (شينخوا) اتفق الوزيران على التعاون. وتعهد الجانبان.';
    expect(extractTitle(text, 'هانوي 20 فبراير 2021 (شينخوا) '.length)).toEqual({
      title: 'اتفق الوزيران على التعاون',
      headline: false,
    });
  });
  it('trims long titles at a word boundary', () => {
    const t = trimTitle('كلمة '.repeat(100));
    expect(t.length).toBeLessThanOrEqual(161);
    expect(t.endsWith('كلمة…')).toBe(true);
  });
});

describe('detectLanguage', () => {
  it.each([
    [SENTENCE.repeat(3), 'arb', 'Arabic'],
    ['China and Russia agreed to strengthen security cooperation between the two countries.', 'eng', 'English'],
    ['La Chine et la Russie ont convenu de renforcer la coopération en matière de sécurité.', 'fra', 'French'],
    ['نص', 'und', 'too short'],
  ])('%s → %s (%s)', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('reads the opening SAMPLE_LENGTH characters only: an Arabic article with a long English quote after them is Arabic', () => {
    const arabic = SENTENCE.repeat(Math.ceil(SAMPLE_LENGTH / SENTENCE.length));
    const english = ' China and Russia agreed to strengthen security cooperation between the two countries.'.repeat(50);
    expect(detectLanguage(arabic + english)).toBe('arb');
    expect(detectLanguage(english + arabic)).toBe('eng');
  });
});
