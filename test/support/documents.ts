/**
 * Generated PDF and Word files for the indexer tests, written the way real producers write them:
 *  - a logical-order PDF: base Arabic letters in reading order (what a Unicode-aware producer extracts to);
 *  - a visual-order PDF: presentation forms (the shaped glyphs) laid out left to right as drawn, the
 *    classic output of older Arabic PDF producers (DESIGN.md), including a lam-alef ligature;
 *  - a .docx with a Heading 1 title and paragraphs (the `docx` package).
 * The font is Noto Naskh Arabic from npm (@fontsource, WOFF; pdf-lib embeds it through fontkit).
 * Shaping is switched off in the font so each code point is one glyph and the text layer holds
 * exactly the code points given: the test decides what the PDF's text layer says.
 */
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import reshaper from 'arabic-reshaper';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { reverseVisualLine } from '../../indexer/sources/visual-order.ts';

const FONT = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff');
/** OpenType features off: no shaping, no ligatures, one glyph per code point. */
const NO_SHAPING = Object.fromEntries(
  ['init', 'medi', 'fina', 'isol', 'liga', 'rlig', 'calt', 'ccmp', 'mark', 'mkmk', 'kern'].map((f) => [f, false]),
);

/** A one-page PDF whose text layer holds `lines` as given, one line each, with `title` in its info. */
export async function pdfWithTextLayer(lines: string[], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(FONT), { subset: true, features: NO_SHAPING });
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 780 - i * 40, size: 14, font }));
  if (title) doc.setTitle(title);
  return doc.save();
}

/** Arabic lines → what an old producer's text layer holds: presentation forms, in visual order. */
export function shapedVisual(line: string): string {
  return reverseVisualLine(reshaper.convertArabic(line));
}

/** A .docx: a Heading 1 and paragraphs. */
export async function docx(heading: string, paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1, bidirectional: true }),
          ...paragraphs.map((text) => new Paragraph({ text, bidirectional: true })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
