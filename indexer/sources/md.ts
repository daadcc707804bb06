/**
 * Markdown reader: strips the syntax lightly (headings, emphasis, links, images, code fences,
 * block quotes, list markers, tables) so that only the words are analysed. A leading `# heading`
 * becomes the title. Not a full CommonMark parser: news exports use little of it.
 */
import type { ReadResult } from './source-document.ts';

export function stripMarkdown(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^\s*(```|~~~).*$/gm, '') // code fences (content kept)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → text
    .replace(/<[^>\n]+>/g, '') // inline HTML
    .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // block quotes
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '') // list markers
    .replace(/^\s*([-*_]\s*){3,}$/gm, '') // horizontal rules
    .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, '') // table separator rows
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2') // bold
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2') // italics
    .replace(/`([^`]*)`/g, '$1'); // inline code
}

export function readMd(md: string): ReadResult {
  const heading = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(md);
  const text = stripMarkdown(md);
  return { documents: [{ text, title: heading ? stripMarkdown(heading[1]).trim() : undefined }], problems: [] };
}
