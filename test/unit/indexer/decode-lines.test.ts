/**
 * Decoding line by line: one bad byte or one legacy line never garbles the rest of a file.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { classifyLine, decodeBytes } from '../../../indexer/sources/decode.ts';

const LINES = [
  'أعلنت وزارة الخارجية الصينية عن زيارة رسمية', // the Chinese foreign ministry announced an official visit
  'وقال المتحدث إن المحادثات ستتناول التعاون الأمني', // the spokesman said the talks will cover security cooperation
  'واختتمت الجولة في موسكو يوم الجمعة', // the round ended in Moscow on Friday
];

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const cp1256 = (s: string) => iconv.encode(s, 'windows-1256');
const join = (parts: Buffer[]) => Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from('\n'), p])));
const decoded = (bytes: Buffer) => {
  const d = decodeBytes(bytes);
  if (!d.ok) throw new Error(`rejected: ${d.reason}`);
  return d;
};

describe('decodeBytes, line by line', () => {
  it('one bad byte in a UTF-8 file: every other line stays UTF-8, the bad line keeps its words and is reported', () => {
    const damaged = Buffer.concat([utf8('وقال المتحدث'), Buffer.from([0xff]), utf8(' إن المحادثات')]); // the spokesman said | the talks
    const d = decoded(join([utf8(LINES[0]!), damaged, utf8(LINES[2]!)]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.split('\n')).toEqual([LINES[0], 'وقال المتحدث\uFFFD إن المحادثات', LINES[2]]);
    expect(d.problems).toEqual(['line 2: 1 byte(s) are not UTF-8; replaced by U+FFFD, the rest of the line kept']);
  });

  it('a Windows-1256 line in a UTF-8 file is read as Windows-1256 and reported with its number', () => {
    const d = decoded(join([utf8(LINES[0]!), utf8(LINES[1]!), cp1256(LINES[2]!)]));
    expect(d.text.split('\n')).toEqual(LINES);
    expect(d.encoding).toBe('utf-8');
    expect(d.problems).toEqual(['line 3 is not UTF-8; read as Windows-1256']);
  });

  it('a whole Windows-1256 file is Windows-1256, with nothing to report', () => {
    const d = decoded(join(LINES.map(cp1256)));
    expect(d).toMatchObject({ encoding: 'windows-1256', problems: [] });
    expect(d.text.split('\n')).toEqual(LINES);
  });

  it('a UTF-8 line in a Windows-1256 file is read as UTF-8 and reported', () => {
    const d = decoded(join([cp1256(LINES[0]!), utf8(LINES[1]!), cp1256(LINES[2]!)]));
    expect(d.text.split('\n')).toEqual(LINES);
    expect(d.problems).toEqual(['line 2 is UTF-8 in a Windows-1256 file; read as UTF-8']);
  });

  it('a NUL byte in one line is removed and reported with the line number; the file is not binary', () => {
    const withNul = Buffer.concat([utf8('{"text":"واختتمت الجولة'), Buffer.from([0]), utf8('"}')]); // the round ended
    const d = decoded(join([utf8('{"text":"الصين"}'), withNul]));
    expect(d.text.split('\n')).toEqual(['{"text":"الصين"}', '{"text":"واختتمت الجولة"}']);
    expect(d.problems).toEqual(['line 2: 1 NUL byte(s) removed']);
  });

  it('CRLF lines with one legacy line: line numbers count lines, not bytes', () => {
    const d = decoded(Buffer.concat([utf8(`${LINES[0]}\r\n`), cp1256(`${LINES[1]}\r\n`), utf8(LINES[2]!)]));
    expect(d.text).toBe(LINES.join('\n'));
    expect(d.problems).toEqual(['line 2 is not UTF-8; read as Windows-1256']);
  });

  it('classifies an Arabic Windows-1256 line ending in ؟ (an accidental valid UTF-8 pair) as Windows-1256', () => {
    // ك (0xDF) then ؟ (0xBF) is a valid 2-byte UTF-8 sequence: one accident must not outvote the line.
    expect(classifyLine(cp1256('هل يزور الملك موسكو؟ نعم ذلك')).kind).toBe('windows-1256'); // will the king visit Moscow? yes
  });

  it('property: with one Windows-1256 line anywhere, every UTF-8 line comes back exactly as written', () => {
    const word = fc.constantFrom('الصين', 'روسيا', 'موسكو', 'التعاون', 'الأمني', 'وزارة', '2019', 'Xi');
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 20 }), fc.nat(), (lines, k) => {
        const legacy = k % lines.length;
        const d = decoded(join(lines.map((l, i) => (i === legacy ? cp1256(l) : utf8(l)))));
        expect(d.text.split('\n')).toEqual(lines);
      }),
      { numRuns: 300 },
    );
  });
});
