/**
 * Reads one file into source documents: decode the bytes, then the reader for its extension.
 * A rejected file (binary, empty, unreadable) comes back with a reason and no documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeBytes, type Encoding } from './decode.ts';
import { readHtml } from './html.ts';
import { readJson, readJsonl } from './jsonl.ts';
import { readMd } from './md.ts';
import type { ReadResult } from './source-document.ts';
import { readTxt } from './txt.ts';

/** `notices`: lines decoded with care (read as Windows-1256, bad bytes replaced, NULs removed); nothing skipped. */
export type FileRead = (ReadResult & { ok: true; encoding: Encoding; bytes: number; notices: string[] }) | { ok: false; reason: string; bytes: number };

export function readerFor(file: string): (text: string) => ReadResult {
  switch (path.extname(file).toLowerCase()) {
    case '.md': case '.markdown': return readMd;
    case '.html': case '.htm': return readHtml;
    case '.jsonl': case '.ndjson': return readJsonl;
    case '.json': return readJson;
    default: return readTxt;
  }
}

export function readSourceFile(file: string): FileRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, bytes: 0 };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, bytes: bytes.length };
  const result = readerFor(file)(decoded.text);
  if (result.documents.length === 0 && result.problems.length === 0) return { ok: false, reason: 'has no text', bytes: bytes.length };
  return { ok: true, encoding: decoded.encoding, bytes: bytes.length, notices: decoded.problems, ...result };
}
