/**
 * Reads one file into source documents: PDF and Word files by their own readers, every other file
 * by decoding its bytes (decode.ts) and the text reader for its extension.
 * A rejected file (binary, empty, unreadable) comes back with a reason and no documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from './csv.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readJson, readJsonl } from './jsonl.ts';
import { readMd } from './md.ts';
import { readPdf } from './pdf.ts';
import type { ReadResult } from './source-document.ts';
import { readTxt } from './txt.ts';

/** `pdf`/`docx` for the document formats, else the text encoding found. */
export type FileFormat = Encoding | 'pdf' | 'docx';

/** `notices`: lines decoded with care (read as Windows-1256, bad bytes replaced, NULs removed); nothing skipped. */
export type FileRead =
  | (ReadResult & { ok: true; encoding: FileFormat; bytes: number; notices: string[] })
  | { ok: false; reason: string; bytes: number };

export function readerFor(file: string): (text: string) => ReadResult {
  switch (path.extname(file).toLowerCase()) {
    case '.md':
    case '.markdown':
      return readMd;
    case '.html':
    case '.htm':
      return readHtml;
    case '.jsonl':
    case '.ndjson':
      return readJsonl;
    case '.json':
      return readJson;
    case '.csv':
      return readCsv;
    default:
      return readTxt;
  }
}

/** Readers of binary document formats, by extension; the file's magic bytes must agree. */
const DOCUMENT_READERS: Record<
  string,
  { format: 'pdf' | 'docx'; magic: string; read: (bytes: Uint8Array) => Promise<ReadResult> }
> = {
  '.pdf': { format: 'pdf', magic: '%PDF-', read: readPdf },
  '.docx': { format: 'docx', magic: 'PK\u0003\u0004', read: readDocx }, // a .docx is a zip archive
};

function noDocuments(result: ReadResult): boolean {
  return result.documents.length === 0 && result.problems.length === 0;
}

export async function readSourceFile(file: string): Promise<FileRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    return {
      ok: false,
      reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      bytes: 0,
    };
  }
  if (bytes.length === 0) return { ok: false, reason: 'is empty', bytes: 0 };
  const ext = path.extname(file).toLowerCase();
  const document = DOCUMENT_READERS[ext];
  if (document) {
    if (bytes.subarray(0, document.magic.length).toString('latin1') !== document.magic) {
      return {
        ok: false,
        reason: `is named ${ext} but is not a ${document.format.toUpperCase()} file`,
        bytes: bytes.length,
      };
    }
    const result = await document.read(bytes);
    if (noDocuments(result)) return { ok: false, reason: 'has no text', bytes: bytes.length };
    return { ok: true, encoding: document.format, bytes: bytes.length, notices: [], ...result };
  }
  return readText(file, bytes);
}

/** A text file's bytes (named `file`): decoded, then read by extension. Synchronous. */
export function readText(file: string, bytes: Buffer): FileRead {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, bytes: bytes.length };
  const result = readerFor(file)(decoded.text);
  if (noDocuments(result)) return { ok: false, reason: 'has no text', bytes: bytes.length };
  return { ok: true, encoding: decoded.encoding, bytes: bytes.length, notices: decoded.problems, ...result };
}
