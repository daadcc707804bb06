/**
 * JSON Lines and JSON readers. A record is `{id, title, text, date?, url?, source?, country?}`;
 * `text` is required (or `body`/`content`, common in exports). A bad line is reported with its
 * line number and skipped; the other lines are kept. A `.json` file may hold one record, an
 * array of records, or be JSON Lines under the wrong extension.
 */
import type { ReadResult, SourceDocument } from './source-document.ts';

type Checked = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

export function toSourceDocument(value: unknown): Checked {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'is not a JSON object' };
  const r = value as Record<string, unknown>;
  const text = r.text ?? r.body ?? r.content;
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'has no "text" string' };
  const str = (k: string): string | undefined => {
    const v = r[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && (k === 'id' || k === 'date')) return String(v);
    return undefined;
  };
  return {
    ok: true,
    doc: {
      id: str('id'),
      title: str('title'),
      text,
      date: str('date'),
      url: str('url'),
      publisher: str('source'),
      country: str('country'),
    },
  };
}

export function readJsonl(content: string): ReadResult {
  const documents: SourceDocument[] = [];
  const problems: string[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push(`line ${i + 1} is not valid JSON (${(e as Error).message}); skipped`);
      return;
    }
    const checked = toSourceDocument(value);
    if (checked.ok) documents.push({ ...checked.doc, line: i + 1 });
    else problems.push(`line ${i + 1} ${checked.reason}; skipped`);
  });
  return { documents, problems };
}

export function readJson(content: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return readJsonl(content); // JSON Lines saved as .json
  }
  const items = Array.isArray(value) ? value : [value];
  const documents: SourceDocument[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const checked = toSourceDocument(item);
    if (checked.ok) documents.push({ ...checked.doc, line: Array.isArray(value) ? i + 1 : undefined });
    else problems.push(`${Array.isArray(value) ? `record ${i + 1}` : 'the record'} ${checked.reason}; skipped`);
  });
  return { documents, problems };
}
