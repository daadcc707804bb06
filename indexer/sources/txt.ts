/** Plain text reader: the whole file is one document; cleaning happens in indexer/extract. */
import type { ReadResult } from './source-document.ts';

export function readTxt(text: string): ReadResult {
  return { documents: [{ text }], problems: [] };
}
