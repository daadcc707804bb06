/**
 * PDF reader: the text of every page (pdfjs-dist, Mozilla's PDF.js), put back into lines and
 * paragraphs from the positions of the text runs, then repaired for Arabic (visual-order.ts:
 * presentation forms folded, visual order turned to logical when the evidence says so).
 *
 * A PDF with no text layer (a scan) has nothing to read: it is reported so ("no text layer"), not
 * indexed empty; OCR is out of scope. An encrypted or broken PDF is reported with PDF.js's reason.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { ReadResult } from './source-document.ts';
import { repairArabicText } from './visual-order.ts';

/** A vertical gap above this many line heights starts a new paragraph (1 is the next line). */
const PARAGRAPH_GAP = 1.6;

/** One page's text: runs on one baseline joined, lines joined, a blank line where the gap is large. */
export function pageText(items: readonly TextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of items) {
    const y = item.transform[5];
    const height = item.height || Math.abs(item.transform[3]) || 10;
    if (lastY !== undefined && Math.abs(y - lastY) > height / 2) {
      const gap = Math.abs(lastY - y) / Math.max(lineHeight, height);
      out = out.trimEnd() + (gap > PARAGRAPH_GAP ? '\n\n' : '\n');
    }
    out += item.str;
    if (item.hasEOL) out = out.trimEnd() + '\n';
    lastY = y;
    lineHeight = height;
  }
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Glyphs the text layer cannot map come out as NUL or other C0 controls: they are not text (line breaks are). */
export function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 || ch === '\n' || ch === '\t') out += code === 0x7f ? '' : ch;
  }
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  // Loaded on the first PDF: PDF.js is large, and most runs (and every search) never need it.
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    // A copy: PDF.js transfers (detaches) the buffer it is given.
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
  } catch (e) {
    return { documents: [], problems: [`is not a readable PDF (${(e as Error).message}); skipped`] };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((i): i is TextItem => 'str' in i)));
      page.cleanup();
    }
    const raw = withoutControls(pages.filter((p) => p !== '').join('\n\n'));
    if (raw.trim() === '')
      return { documents: [], problems: ['has no text layer (a scanned PDF?): nothing to index; skipped'] };
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title =
      typeof info?.Title === 'string' && info.Title.trim() !== ''
        ? repairArabicText(info.Title.trim()).text
        : undefined;
    return { documents: [{ title, text: repairArabicText(raw).text }], problems: [] };
  } finally {
    await pdf.destroy();
  }
}
