/**
 * The publisher of a document, for the `publisher` facet: what the data itself says — JSONL `source`,
 * HTML `<meta property="og:site_name">` (the reader puts either in `SourceDocument.publisher`). Text
 * is never guessed at: a document whose data names no publisher has none.
 *
 * A value is tidied so that one publisher is counted once: spaces collapsed, control and format
 * characters (bidi marks) removed, a URL reduced to its host without `www.` (exports often put the
 * article's site there: `https://arabic.news.cn/…` → `arabic.news.cn`), at most 100 characters.
 */
import type { SourceDocument } from '../sources/source-document.ts';

export const MAX_PUBLISHER_LENGTH = 100;

/** The publisher as one tidy value, or null when the text is not a usable name. */
export function tidyPublisher(raw: string): string | null {
  let value = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL after all: keep the text */
    }
  }
  if (value === '') return null;
  return [...value].slice(0, MAX_PUBLISHER_LENGTH).join('').trim();
}

export function extractPublisher(src: SourceDocument): string[] {
  const value = src.publisher === undefined ? null : tidyPublisher(src.publisher);
  return value === null ? [] : [value];
}
