/**
 * Markdown reader: strips the syntax lightly (headings, emphasis, links, images, code fences,
 * block quotes, list markers, tables) so that only the words are analysed. A leading `# heading`
 * becomes the title. Not a full CommonMark parser: news exports use little of it.
 */
import type { ReadResult } from './source-document.ts';

export function stripMarkdown(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^[ \t]*(```|~~~).*$/gm, '') // code fences (content kept)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → text
    .replace(/<[^>\n]+>/g, '') // inline HTML
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1') // headings
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '') // block quotes
    .replace(/^[ \t]*([-*+]|\d+[.)])[ \t]+/gm, '') // list markers
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, '') // horizontal rules
    .replace(/^[ \t]*\|?([ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, '') // table separator rows
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2') // bold
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2') // italics
    .replace(/`([^`]*)`/g, '$1'); // inline code
}

export function readMd(md: string): ReadResult {
  const heading = /^[ \t]{0,3}#\s+(.+?)\s*#*\s*$/m.exec(md);
  const text = stripMarkdown(md);
  return { documents: [{ text, title: heading ? stripMarkdown(heading[1]).trim() : undefined }], problems: [] };
}
