import reshaper from 'arabic-reshaper';
import { describe, expect, it } from 'vitest';
import {
  foldPresentationForms,
  logicalEvidence,
  repairArabicText,
  reverseVisualLine,
} from '../../../indexer/sources/visual-order.ts';

/** "Patrushev met his Chinese counterpart in Moscow in 2019 (Wang Yi) to discuss security cooperation." */
const LOGICAL = 'التقى باتروشيف في موسكو عام 2019 بنظيره الصيني (وانغ يي) لبحث التعاون الأمني';
/** As an old PDF producer draws it: left to right, 2019 kept left to right, brackets mirrored. */
const VISUAL = reverseVisualLine(LOGICAL);

describe('reverseVisualLine', () => {
  it('reverses the Arabic, keeps numbers and Latin words in their order, mirrors brackets', () => {
    expect(reverseVisualLine('عام 2019 (GDP)')).toBe('(GDP) 2019 ماع');
    expect(reverseVisualLine(VISUAL)).toBe(LOGICAL);
  });
});

describe('repairArabicText', () => {
  it.each([
    ['logical order, base letters: left alone', LOGICAL, false],
    ['visual order: turned around', VISUAL, true],
    ['logical order in presentation forms: folded', reshaper.convertArabic(LOGICAL), false],
    [
      'visual order in presentation forms (a lam-alef ligature read backwards): turned, then folded',
      reverseVisualLine(reshaper.convertArabic(`${LOGICAL} ولا تزال المحادثات جارية`)),
      true,
    ],
  ])('%s', (_what, input, visual) => {
    const repaired = repairArabicText(input);
    expect(repaired.visualOrder).toBe(visual);
    expect(repaired.text.startsWith(LOGICAL)).toBe(true);
    expect(repaired.text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
  });

  it('keeps "ولا" (and not): the ligature ﻻ is turned before it is folded, or it would read وال', () => {
    expect(repairArabicText(reverseVisualLine(reshaper.convertArabic('في المدينة ولا في القرية'))).text).toBe(
      'في المدينة ولا في القرية',
    ); // neither in the city nor in the village
  });

  it('leaves text without Arabic evidence as it is (numbers, Latin, one short word)', () => {
    for (const text of ['2019 - 2021', 'Patrushev', 'سلم', ''])
      expect(repairArabicText(text)).toEqual({ text, visualOrder: false });
  });
});

describe('logicalEvidence', () => {
  it('counts the article, final ة/ى and stop words only in reading order', () => {
    expect(logicalEvidence('في المدينة القديمة')).toBeGreaterThan(
      logicalEvidence(reverseVisualLine('في المدينة القديمة')),
    ); // in the old city
  });

  it('foldPresentationForms uses the analyzer rule: ﻻ → لا, ﷲ → الله', () => {
    expect(foldPresentationForms('\ufefb \ufdf2')).toBe('لا الله');
  });
});
