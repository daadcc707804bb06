/**
 * Bytes → text, the first step of every reader. Tries, in order: a BOM (UTF-8, UTF-16 LE/BE),
 * strict UTF-8, then Windows-1256 (legacy Arabic files: any byte sequence that is not valid UTF-8
 * is taken as cp1256, which maps every byte). Empty and binary files are rejected with a reason
 * instead of being indexed as garbage.
 */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

/** Share of control characters (other than tab, CR, LF, FF) above which a file is binary. */
export const MAX_CONTROL_RATIO = 0.02;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return { ok: false, reason: 'is empty' };
  let text: string;
  let encoding: Encoding;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = buf.subarray(3).toString('utf8');
    encoding = 'utf-8-bom';
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = iconv.decode(buf.subarray(2), 'utf-16le');
    encoding = 'utf-16le';
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = iconv.decode(buf.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else {
    // NUL bytes never occur in UTF-8 or cp1256 text; without a BOM they mean binary (or BOM-less UTF-16).
    if (buf.includes(0)) return { ok: false, reason: 'is binary (NUL bytes)' };
    if (isValidUtf8(buf)) {
      text = buf.toString('utf8');
      encoding = 'utf-8';
    } else {
      text = iconv.decode(buf, 'windows-1256');
      encoding = 'windows-1256';
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'is binary (NUL characters)' };
  const ratio = controlRatio(text);
  if (ratio > MAX_CONTROL_RATIO) {
    return { ok: false, reason: `is binary (${Math.round(ratio * 100)}% control characters)` };
  }
  if (text.trim() === '') return { ok: false, reason: 'is empty (only white space)' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}

/** Strict UTF-8 validation (TextDecoder with fatal: true rejects overlongs and lone surrogates). */
export function isValidUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / text.length;
}
