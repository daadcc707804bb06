import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../indexer/sources/decode.ts';
import { extractHtml, stripSiteName } from '../../../indexer/sources/html.ts';
import { readJson, readJsonl } from '../../../indexer/sources/jsonl.ts';
import { readMd, stripMarkdown } from '../../../indexer/sources/md.ts';

const ARABIC = 'الصين وروسيا تعززان التعاون الأمني'; // China and Russia strengthen security cooperation

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from(ARABIC, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC, 'utf8')]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARABIC, 'utf-16be')]), 'utf-16be'],
    ['Windows-1256 (not valid UTF-8)', iconv.encode(ARABIC, 'windows-1256'), 'windows-1256'],
  ])('decodes %s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: ARABIC, encoding, problems: [] });
  });

  it('turns CRLF into LF', () => {
    expect(
      decodeBytes(Buffer.from('سطر\r\nسطر')).ok && (decodeBytes(Buffer.from('سطر\r\nسطر')) as { text: string }).text,
    ).toBe('سطر\nسطر');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'is empty'],
    ['a file of white space', Buffer.from(' \n\t\n'), 'is empty (only white space)'],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), 'is binary (NUL bytes)'],
    ['control characters', Buffer.from('\x01\x02\x03\x04\x05abc\x06\x07'), 'is binary (70% control characters)'],
  ])('rejects %s with a reason', (_name, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });
});

describe('extractHtml', () => {
  it('keeps the title and the article, drops script, style, nav, header and footer', () => {
    const html = `<!doctype html><html><head><title>عنوان &amp; الخبر</title><style>p{color:red}</style></head>
      <body><header>الصفحة الرئيسية</header><nav><a href="/">أخبار</a></nav>
      <script>if (a < b) { document.write("<p>لا</p>") }</script>
      <article><h1>الصين وروسيا</h1><p>فقرة أولى&nbsp;عن التعاون.</p><p>فقرة <b>ثانية</b><br>سطر.</p></article>
      <!-- تعليق --><footer>جميع الحقوق</footer></body></html>`;
    const { title, text } = extractHtml(html);
    expect(title).toBe('الصين وروسيا'); // "China and Russia": the article's <h1>, not the page's <title>
    expect(text).toBe('الصين وروسيا\n\nفقرة أولى\u00a0عن التعاون.\n\nفقرة ثانية\nسطر.');
  });

  it('without an <h1>: og:title, then <title>, each without the site name', () => {
    const head = (inner: string) => `<html><head>${inner}</head><body><p>نص الخبر.</p></body></html>`;
    // "Patrushev in Beijing | the news site": the <title>'s site name is removed
    expect(extractHtml(head('<title>باتروشيف في بكين | موقع الأخبار</title>')).title).toBe('باتروشيف في بكين');
    // og:title wins over <title>; og:site_name names the part to remove, even first
    expect(
      extractHtml(
        head(`<title>x</title><meta content="الجزيرة نت - باتروشيف في بكين" property="og:title">
      <meta property="og:site_name" content="الجزيرة نت">`),
      ).title,
    ).toBe('باتروشيف في بكين');
    expect(extractHtml(head('<title>عنوان &amp; الخبر</title>')).title).toBe('عنوان & الخبر'); // no separator: kept whole
  });

  it('an <h1> in the dropped header (the site logo) is not the headline', () => {
    const { title } = extractHtml(
      '<title>باتروشيف في بكين | موقع</title><header><h1>موقع</h1></header><article><p>نص.</p></article>',
    );
    expect(title).toBe('باتروشيف في بكين'); // "Patrushev in Beijing", from <title>
  });

  it('tolerates unclosed and misnested tags', () => {
    expect(extractHtml('<div><p>نص <b>غامق</div> <nav>قائمة').text).toBe('نص غامق');
  });

  it('decodes numeric entities', () => {
    expect(extractHtml('<p>&#1589;&#x64A;&#x646;</p>').text).toBe('صين');
  });
});

describe('stripSiteName', () => {
  it.each([
    ['تونس والجزائر تبحثان أمن الحدود | موقع الأخبار', undefined, 'تونس والجزائر تبحثان أمن الحدود'], // Tunisia and Algeria discuss border security | news site
    ['موقع الأخبار | تونس والجزائر تبحثان أمن الحدود', 'موقع الأخبار', 'تونس والجزائر تبحثان أمن الحدود'],
    ['اجتماع 2019-05-14 في موسكو', undefined, 'اجتماع 2019-05-14 في موسكو'], // a hyphen in a date is no separator
    ['روسيا - الصين: شراكة استراتيجية جديدة', undefined, 'روسيا - الصين: شراكة استراتيجية جديدة'], // Russia - China: a headline, both parts long
  ])('%s → %s', (title, site, expected) => expect(stripSiteName(title, site)).toBe(expected));
});

describe('stripMarkdown / readMd', () => {
  it('strips headings, emphasis, links and list markers, keeps the words', () => {
    expect(stripMarkdown('## عنوان\n\n**الصين** و[روسيا](http://x) \n- بند')).toBe('عنوان\n\nالصين وروسيا \nبند');
  });
  it('takes the first # heading as title', () => {
    expect(readMd('# خبر عاجل\n\nنص').documents[0].title).toBe('خبر عاجل'); // breaking news
  });
});

describe('readJsonl', () => {
  it('reads records and reports a bad line with its number, keeping the others', () => {
    const r = readJsonl(
      '{"id":"a1","title":"ت","text":"نص أول"}\n{not json\n\n{"id":"a3","text":""}\n{"id":"a4","text":"نص","date":"2020-01-02","country":"CN","url":"http://x","source":"شينخوا"}',
    );
    expect(r.documents.map((d) => d.id)).toEqual(['a1', 'a4']);
    expect(r.documents[1]).toMatchObject({
      date: '2020-01-02',
      country: 'CN',
      url: 'http://x',
      publisher: 'شينخوا',
      line: 5,
    });
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(/^line 2 is not valid JSON/);
    expect(r.problems[1]).toBe('line 4 has no "text" string; skipped');
  });
  it('reads a .json array, and JSON Lines saved as .json', () => {
    expect(readJson('[{"id":"x","text":"نص"},{"text":1}]').problems).toEqual([
      'record 2 has no "text" string; skipped',
    ]);
    expect(readJson('{"text":"أ"}\n{"text":"ب"}').documents).toHaveLength(2);
  });
});
