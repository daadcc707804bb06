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

export function detectLanguage(text: string): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return franc(sample, { only: [...LANGUAGES], minLength: MIN_LENGTH });
}
