/**
 * Removes the boilerplate that scraped Arabic news carries, line by line, before anything is
 * extracted or indexed, so that banner text never makes an article match. Each rule is a named
 * entry with an example from the seeds (seeds/00x) or from common Arabic news sites.
 * Output keeps paragraph structure: removed lines become blank lines. Lines are recognised after the
 * analyzer's normalization (`normalize`: letters, Persian shapes, presentation forms, marks), and the
 * word lists below are normalized the same way when this module loads, so `مشارکه فیسبوک` (Persian
 * kaf and yeh) is the share line `مشاركة فيسبوك`. Kept lines are output as written.
 */
import { normalize } from '../arabic/analyzer.ts';

/** Lines made only of bullets, dashes and (no-break) spaces: layout residue (seeds 000, 001). */
const BULLETS = '•·▪●◦‣∙○■□►▶\\-–—*_|';
const ONLY_LAYOUT = new RegExp(`^[\\s${BULLETS}]*$`);
const LEADING_BULLET = /^[\s•·▪●◦‣∙○■□►▶]+/;

/** Share buttons and social links ("مشاركة :" in seed 004): a short line made only of these words. */
export const SHARE_WORDS = [
  'مشاركه',
  'شارك',
  'شاركها',
  'شاركوا',
  'المشاركه',
  'انشر',
  'نشر',
  'طباعه',
  'اطبع',
  'ارسل',
  'لصديق',
  'ارسال',
  'عبر',
  'علي',
  'في',
  'فيسبوك',
  'فيس',
  'بوك',
  'تويتر',
  'اكس',
  'واتساب',
  'واتس',
  'اب',
  'تلغرام',
  'تيليجرام',
  'لينكدان',
  'انستغرام',
  'البريد',
  'الالكتروني',
  'نسخ',
  'الرابط',
  'رابط',
  'مختصر',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'share',
  'print',
  'email',
  'x',
] as const;

/** Headings of "more articles" blocks ("اخترنا لك" ends seed 001): the heading and its short link lines go. */
export const RELATED_HEADINGS = [
  'اخترنا لك',
  'اقرا ايضا',
  'اقرا ايضاً',
  'اقرا المزيد',
  'مواضيع ذات صله',
  'اخبار ذات صله',
  'مقالات ذات صله',
  'الاكثر قراءه',
  'الاكثر مشاهده',
  'قد يعجبك ايضا',
  'شاهد ايضا',
  'المزيد من الاخبار',
  'تابعونا علي',
] as const;

/** Cookie and privacy banners (seed 002): a not-too-long line containing one of these phrases. */
export const BANNER_PHRASES = [
  'ملفات تعريف الارتباط',
  'بيان الخصوصيه',
  'سياسه الخصوصيه',
  'الكوكيز',
  'ملفات الكوكيز',
  'ملفات الارتباط',
  'من خلال الاستمرار في تصفح',
  'الاستمرار في استخدام هذا الموقع',
  'توافق علي استخدامنا',
  'نستخدم ملفات',
  'جميع الحقوق محفوظه',
  'cookie',
  'privacy policy',
] as const;

/** Consent buttons that follow a banner ("أوافق" in seed 002): a line made only of these. */
export const CONSENT_WORDS = [
  'اوافق',
  'موافق',
  'اقبل',
  'قبول',
  'الكل',
  'رفض',
  'ارفض',
  'اغلاق',
  'حسنا',
  'نعم',
  'ok',
  'accept',
  'agree',
  'close',
] as const;

/** Banner lines longer than this are kept: an article about privacy policies is not a banner. */
export const MAX_BANNER_LINE = 400;
/** Lines of a "more articles" block are headlines; a longer line is the article again. */
export const MAX_RELATED_LINE = 160;

const words = (line: string): string[] =>
  normalize(line)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
const SHARE = new Set<string>(SHARE_WORDS.map((w) => normalize(w)));
const CONSENT = new Set<string>(CONSENT_WORDS.map((w) => normalize(w)));
const HEADINGS = RELATED_HEADINGS.map((h) => normalize(h));
const BANNERS = BANNER_PHRASES.map((p) => normalize(p));
const SHARE_STEM = normalize('مشارك');

export type BoilerplateRule = 'layout' | 'share' | 'related' | 'banner' | 'consent' | 'duplicate-title';

export interface Cleaned {
  text: string;
  /** What was removed, for --dry-run and tests. */
  removed: { rule: BoilerplateRule; line: string }[];
}

export function isShareLine(line: string, w = words(line)): boolean {
  return (
    w.length > 0 &&
    w.length <= 8 &&
    w.some((x) => x.startsWith(SHARE_STEM) || x === 'شارك' || x === 'share') &&
    w.every((x) => SHARE.has(x))
  );
}

export function isRelatedHeading(line: string, w = words(line)): boolean {
  const folded = w.join(' ');
  return folded.length < 40 && HEADINGS.some((h) => folded === h || folded.startsWith(h + ' '));
}

export function isBannerLine(line: string): boolean {
  if (line.length > MAX_BANNER_LINE) return false;
  const folded = normalize(line);
  return BANNERS.some((p) => folded.includes(p));
}

export function isConsentLine(line: string, w = words(line)): boolean {
  return w.length > 0 && w.length <= 3 && w.every((x) => CONSENT.has(x));
}

/** Cleans a document's text; `title` (when the format gave one) lets a repeated headline go. */
export function removeBoilerplate(text: string): Cleaned {
  const removed: Cleaned['removed'] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inRelated = false;
  let firstContent: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/[^\S\n]/g, ' '); // every Unicode space (no-break, thin, ideographic) as a plain space
    const trimmed = line.replace(LEADING_BULLET, '').trim();
    const drop = (rule: BoilerplateRule): void => {
      removed.push({ rule, line: raw.trim() });
      out.push('');
    };
    if (ONLY_LAYOUT.test(line)) {
      if (line.trim() !== '') removed.push({ rule: 'layout', line: raw.trim() });
      out.push('');
      continue;
    }
    if (inRelated) {
      if (trimmed.length <= MAX_RELATED_LINE) {
        drop('related');
        continue;
      }
      inRelated = false;
    }
    // Share, consent and "more" headings are short lines: only those are split into words.
    const w = trimmed.length <= 120 ? words(trimmed) : null;
    if (w && isRelatedHeading(trimmed, w)) {
      inRelated = true;
      drop('related');
      continue;
    }
    if (w && isShareLine(trimmed, w)) {
      drop('share');
      continue;
    }
    if (isBannerLine(trimmed)) {
      drop('banner');
      continue;
    }
    if (w && isConsentLine(trimmed, w)) {
      drop('consent');
      continue;
    }
    // A bulleted repeat of the headline (image caption block in seed 001).
    if (firstContent !== null && LEADING_BULLET.test(line) && trimmed === firstContent) {
      drop('duplicate-title');
      continue;
    }
    if (firstContent === null) firstContent = trimmed;
    out.push(trimmed);
  }
  return {
    text: out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
  };
}
