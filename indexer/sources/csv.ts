/**
 * CSV reader (spreadsheet exports): the first row names the columns, each other row is a record with
 * the same fields as JSON Lines (`id`, `title`, `text` or `body`/`content`, `date`, `url`, `source`,
 * `country`; jsonl.ts `toSourceDocument`). Quoted fields may span lines (csv-parse, RFC 4180). A row
 * without text is reported with its line and skipped; a file whose header has no text column is one
 * problem, not one per row.
 */
import { parse } from 'csv-parse/sync';
import { toSourceDocument } from './jsonl.ts';
import type { ReadResult, SourceDocument } from './source-document.ts';

const TEXT_COLUMNS = ['text', 'body', 'content'];

export function readCsv(content: string): ReadResult {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    }) as typeof rows;
  } catch (e) {
    return { documents: [], problems: [`is not valid CSV (${(e as Error).message}); skipped`] };
  }
  if (rows.length > 0 && !TEXT_COLUMNS.some((c) => c in rows[0].record)) {
    return {
      documents: [],
      problems: [`has no "text" column (its columns: ${Object.keys(rows[0].record).join(', ')}); skipped`],
    };
  }
  const documents: SourceDocument[] = [];
  const problems: string[] = [];
  for (const { record, info } of rows) {
    const checked = toSourceDocument(record);
    if (checked.ok) documents.push({ ...checked.doc, line: info.lines });
    else problems.push(`line ${info.lines} ${checked.reason}; skipped`);
  }
  return { documents, problems };
}
