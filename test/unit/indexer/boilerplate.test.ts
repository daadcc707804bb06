import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isBannerLine,
  isConsentLine,
  isRelatedHeading,
  isShareLine,
  removeBoilerplate,
} from '../../../indexer/extract/boilerplate.ts';

describe('boilerplate line rules', () => {
  it.each([
    ['مشاركة :', 'share: (seed 004)'],
    ['شارك عبر فيسبوك تويتر واتساب', 'share via Facebook Twitter WhatsApp'],
    ['مشارکه فیسبوک تویتر', 'share Facebook Twitter, spelled with Persian kaf and yeh'],
    ['ﻣﺸﺎﺭﻛﺔ ﻓﻴﺴﺒﻮﻙ', 'share Facebook, in presentation forms'],
  ])('share line: %s (%s)', (line) => expect(isShareLine(line)).toBe(true));
  it('a sentence about sharing is not a share line', () =>
    expect(isShareLine('مشاركة الصين في القمة كانت واسعة')).toBe(false));
  it.each([['اخترنا لك'], ['اقرأ أيضاً'], ['مواضيع ذات صلة']])('related heading: %s', (l) =>
    expect(isRelatedHeading(l)).toBe(true),
  );
  it.each([
    ['بيان الخصوصية وسياسة ملفات تعريف الارتباط', 'privacy statement and cookie policy (seed 002)'],
    [
      'من خلال الاستمرار في تصفح موقعنا ، فإنك توافق على استخدامنا لملفات تعريف الارتباط',
      'by continuing to browse… (seed 002)',
    ],
  ])('banner: %s (%s)', (l) => expect(isBannerLine(l)).toBe(true));
  it('a long article paragraph about cookies is kept', () =>
    expect(isBannerLine('ملفات تعريف الارتباط '.repeat(30))).toBe(false));
  it.each([['أوافق'], ['موافق'], ['قبول الكل'], ['أُوافِق']])('consent button: %s', (l) =>
    expect(isConsentLine(l)).toBe(true),
  );
});

describe('removeBoilerplate', () => {
  it('removes bullet-only and no-break-space lines, and strips a leading bullet', () => {
    const r = removeBoilerplate('•  عنوان الخبر\n\n    \u00a0\n\n  •     \nنص الخبر.');
    expect(r.text).toBe('عنوان الخبر\n\nنص الخبر.');
  });
  it('drops the "اخترنا لك" block with its short headline links, keeps a following long paragraph', () => {
    const long = 'فقرة طويلة '.repeat(20).trim();
    expect(removeBoilerplate(`نص.\nاخترنا لك\nعنوان مقال آخر\nعنوان ثالث\n${long}`).text).toBe(
      `نص.\n\n\n${long}`.replace(/\n{3,}/g, '\n\n'),
    );
  });
  it.each(fs.readdirSync('seeds').map((f) => [f]))('seed %s: no banner, share, or "اخترنا لك" text remains', (file) => {
    const { text } = removeBoilerplate(fs.readFileSync(`seeds/${file}`, 'utf8'));
    for (const phrase of ['اخترنا لك', 'ملفات تعريف الارتباط', 'أوافق', 'مشاركة :', '•', '\u00a0'])
      expect(text).not.toContain(phrase);
  });
});
