/**
 * Word (.docx) reader: mammoth turns the document into simple HTML (headings, paragraphs, lists),
 * which the HTML reader then reads like any page, so a `Heading 1` is the title and paragraphs are
 * passages. Older `.doc` files are a different format and are reported as unsupported (walk.ts).
 */
import { readHtml } from './html.ts';
import type { ReadResult } from './source-document.ts';

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const { default: mammoth } = await import('mammoth'); // loaded on the first .docx only
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    return { documents: [], problems: [`is not a readable .docx file (${(e as Error).message}); skipped`] };
  }
  return readHtml(html);
}
