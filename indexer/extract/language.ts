/**
 * The language of a document body, ISO 639-3, from `franc` (trigram statistics). Restricted to
 * languages an Arabic news collection plausibly holds: unrestricted, franc calls short English
 * "sco" (Scots) and short Arabic dialect text Persian or Urdu. Too little text → `und`.
 * Non-Arabic documents are still indexed and searchable; `lang` is only a facet.
 */
import { franc } from 'franc';

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

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  return franc(sample, { only: [...LANGUAGES], minLength: MIN_LENGTH });
}
