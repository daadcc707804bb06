import { describe, expect, it } from 'vitest';
import { percentEncodeRequestLine } from '../../../server/raw-utf8-url.ts';

const head = (line: string | Buffer) =>
  Buffer.concat([Buffer.isBuffer(line) ? line : Buffer.from(line, 'utf8'), Buffer.from('\r\nHost: x\r\n\r\n')]);

describe('percentEncodeRequestLine', () => {
  it('بموسكو (in Moscow) typed raw into curl: the UTF-8 bytes of the request line are percent-encoded, headers kept', () => {
    const fixed = percentEncodeRequestLine(head('GET /api/search?q=بموسكو HTTP/1.1'));
    expect(fixed?.toString('latin1')).toBe(
      'GET /api/search?q=%D8%A8%D9%85%D9%88%D8%B3%D9%83%D9%88 HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    expect(decodeURIComponent('%D8%A8%D9%85%D9%88%D8%B3%D9%83%D9%88')).toBe('بموسكو');
  });

  it.each([
    ['an ASCII request line (the parser rejected it for another reason)', head('GET /a|b HTTP/1.1')],
    [
      'bytes that are not UTF-8 (Windows-1256 بموسكو): no guessing',
      head(Buffer.concat([Buffer.from('GET /?q='), Buffer.from([0xc8, 0xe3, 0xe6]), Buffer.from(' HTTP/1.1')])),
    ],
    ['a POST: it has a body we would have to reframe', head('POST /api/search?q=بموسكو HTTP/1.1')],
    ['an incomplete head (cut across packets)', Buffer.from('GET /api/search?q=بموسكو HTTP/1.1\r\nHost: x\r\n')],
  ])('leaves alone %s', (_why, packet) => expect(percentEncodeRequestLine(packet)).toBeNull());
});
