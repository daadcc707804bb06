/**
 * Bytes → text, the first step of every reader. A BOM decides for the whole file (UTF-8, UTF-16
 * LE/BE). Without one, a file that is valid UTF-8 is UTF-8; otherwise each LINE is decoded on its
 * own, so one bad byte never garbles the rest (it used to: one non-UTF-8 byte turned a whole UTF-8
 * file into Windows-1256 mojibake, 10,000 good JSONL records with it):
 *
 *   - a valid UTF-8 line stays UTF-8;
 *   - a line that is mostly UTF-8 with a few bad bytes (a damaged or cut file) stays UTF-8, the bad
 *     bytes become U+FFFD, and the line is reported;
 *   - any other line is Windows-1256 (legacy Arabic files; it maps every byte).
 *
 * Lines in the minority encoding are reported with their numbers. Line breaks (0x0A) are the same
 * byte in UTF-8 and Windows-1256, so splitting on them before decoding is safe. A few NUL bytes are
 * removed and reported per line; many mean a binary file (or UTF-16 without a BOM), which is
 * rejected with a reason instead of being indexed as garbage, as are empty files.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded =
  { ok: true; text: string; encoding: Encoding; problems: string[] } | { ok: false; reason: string };

/** Share of control characters (other than tab, CR, LF, FF) above which a file is binary. */
export const MAX_CONTROL_RATIO = 0.02;
/** Share of NUL bytes above which a file is binary, if it also has other control bytes (or > 10% NULs). */
export const MAX_NUL_RATIO = 0.01;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return { ok: false, reason: 'is empty' };
  let text: string;
  let encoding: Encoding;
  const problems: string[] = [];
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
    // NUL bytes never occur in UTF-8 or cp1256 text: many of them, or a few among other control
    // bytes, mean binary (or BOM-less UTF-16); a few in clean text are strays, removed per line.
    const nuls = countByte(buf, 0);
    if (
      nuls > MAX_NUL_RATIO * buf.length &&
      (nuls > 0.1 * buf.length || controlRatio(buf.toString('latin1')) > MAX_CONTROL_RATIO)
    ) {
      return { ok: false, reason: 'is binary (NUL bytes)' };
    }
    ({ text, encoding } = isUtf8(buf)
      ? { text: buf.toString('utf8'), encoding: 'utf-8' as const }
      : decodeLines(buf, problems));
  }
  if (text.includes('\u0000')) {
    if (countChar(text, '\u0000') > 0.1 * text.length) return { ok: false, reason: 'is binary (NUL characters)' };
    text = removeNuls(text, problems);
  }
  const ratio = controlRatio(text);
  if (ratio > MAX_CONTROL_RATIO) {
    return { ok: false, reason: `is binary (${Math.round(ratio * 100)}% control characters)` };
  }
  if (text.trim() === '') return { ok: false, reason: 'is empty (only white space)' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding, problems };
}

type LineKind = 'ascii' | 'utf-8' | 'damaged utf-8' | 'windows-1256';

/** How one line that is not plain valid UTF-8 should be read. */
export function classifyLine(line: Buffer): { kind: LineKind; text: string; badBytes: number } {
  if (isUtf8(line))
    return { kind: line.every((b) => b < 0x80) ? 'ascii' : 'utf-8', text: line.toString('utf8'), badBytes: 0 };
  const lenient = line.toString('utf8'); // invalid sequences → U+FFFD
  let replaced = 0;
  let valid = 0;
  for (const ch of lenient) {
    if (ch === '\uFFFD') replaced++;
    else if (ch.codePointAt(0)! >= 0x80) valid++;
  }
  // Windows-1256 Arabic rarely forms valid UTF-8 sequences by accident (a letter then ؟ or ،, say):
  // a line with more valid multi-byte characters than bad ones is UTF-8 that lost a few bytes.
  if (valid > replaced) return { kind: 'damaged utf-8', text: lenient, badBytes: replaced };
  return { kind: 'windows-1256', text: iconv.decode(line, 'windows-1256'), badBytes: 0 };
}

function decodeLines(buf: Buffer, problems: string[]): { text: string; encoding: Encoding } {
  const lines: { kind: LineKind; text: string; badBytes: number }[] = [];
  for (let start = 0; start <= buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    lines.push(classifyLine(buf.subarray(start, end)));
    start = end + 1;
  }
  const utf8 = lines.filter((l) => l.kind === 'utf-8' || l.kind === 'damaged utf-8').length;
  const cp1256 = lines.filter((l) => l.kind === 'windows-1256').length;
  const encoding: Encoding = cp1256 > utf8 ? 'windows-1256' : 'utf-8';
  lines.forEach((l, i) => {
    const n = i + 1;
    if (l.kind === 'damaged utf-8')
      problems.push(`line ${n}: ${l.badBytes} byte(s) are not UTF-8; replaced by U+FFFD, the rest of the line kept`);
    else if (l.kind === 'windows-1256' && encoding === 'utf-8')
      problems.push(`line ${n} is not UTF-8; read as Windows-1256`);
    else if (l.kind === 'utf-8' && encoding === 'windows-1256')
      problems.push(`line ${n} is UTF-8 in a Windows-1256 file; read as UTF-8`);
  });
  return { text: lines.map((l) => l.text).join('\n'), encoding };
}

function removeNuls(text: string, problems: string[]): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (!line.includes('\u0000')) return line;
      problems.push(`line ${i + 1}: ${countChar(line, '\u0000')} NUL byte(s) removed`);
      return line.replaceAll('\u0000', '');
    })
    .join('\n');
}

/** Strict UTF-8 validation (rejects overlongs and lone surrogates). */
export function isValidUtf8(buf: Uint8Array): boolean {
  return isUtf8(buf);
}

function countByte(buf: Buffer, byte: number): number {
  let n = 0;
  for (let i = buf.indexOf(byte); i !== -1; i = buf.indexOf(byte, i + 1)) n++;
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x00) || c === 0x7f || c === 0xfffd)
      control++;
  }
  return control / text.length;
}
