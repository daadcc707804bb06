/**
 * The language of a document body, ISO 639-3, from `franc` (trigram statistics). Restricted to
 * languages an Arabic news collection plausibly holds: unrestricted, franc calls short English
 * "sco" (Scots) and short Arabic dialect text Persian or Urdu. Too little text → `und`.
 * Non-Arabic documents are still indexed and searchable; `lang` is only a facet.
 */
import { franc } from 'franc';
import { isPlainArabic } from './arabic-script.ts';

export const LANGUAGES = [
  'arb',
  'eng',
  'fra',
  'deu',
  'spa',
  'ita',
  'por',
  'rus',
  'tur',
  'pes',
  'urd',
  'heb',
  'cmn',
  'hin',
  'ind',
  'nld',
  'swe',
  'pol',
  'ukr',
  'vie',
] as const;

/** franc needs this many characters to tell languages apart reliably. */
export const MIN_LENGTH = 20;

/**
 * franc reads this many characters at most. Its cost grows with the text (trigram tables), and a few
 * sentences decide the language as well as a whole article: reading up to 20,000 characters, franc was
 * half of the indexer's reading time on the bench corpus (100,000 passages: 23 of 48 s); at 600 the
 * reading takes 30 s.
 */
export const SAMPLE_LENGTH = 600;

/**
 * Plain Arabic from this many characters is `arb` (the same minimum franc has). Short plain Arabic is
 * where franc errs: on windows of the bench corpus it said `pes`/`urd` for 5.5 % of 20-character ones,
 * 0.2 % at 50, 6 in 106,709 at 100, none at 150 or 200 (a bench title, أشار السيد شو قان لو "Mr Xu Qianlu
 * pointed out", was Persian); text with no letter of Persian or Urdu orthography is not Persian or Urdu.
 */
export const PLAIN_ARABIC_MIN_LENGTH = MIN_LENGTH;

/**
 * Plain Arabic (no letter of Persian or Urdu orthography: arabic-script.ts) of at least
 * PLAIN_ARABIC_MIN_LENGTH characters is `arb` without asking franc, whose trigram tables were the
 * largest cost of reading: reading the 100,000 bench passages took 27–34 s with franc on every body,
 * 20–23 s with this shortcut (interleaved runs; from 200 characters franc said `arb` for every such
 * body of the bench corpus, seeds and fixtures; below, see PLAIN_ARABIC_MIN_LENGTH).
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  if (sample.length >= PLAIN_ARABIC_MIN_LENGTH && isPlainArabic(sample)) return 'arb';
  return franc(sample, { only: [...LANGUAGES], minLength: MIN_LENGTH });
}

/** franc alone, without the plain-Arabic shortcut: for tests that check the two agree. */
export function francLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  return franc(sample, { only: [...LANGUAGES], minLength: MIN_LENGTH });
}
