/**
 * One source document → one cleaned, faceted document and its passage records: boilerplate
 * out, date and dateline, title, passages, countries, language, analyzed fields, stable ids and
 * a content hash. The only place that decides how these steps combine; each step is its own module.
 */
import { createHash } from 'node:crypto';
import { analyzedFields } from './analyzed-fields.ts';
import { removeBoilerplate } from './extract/boilerplate.ts';
import { datelineCountry } from './extract/countries.ts';
import { facetFields, type FacetFields } from './facets.ts';
import { dateSort, extractDate } from './extract/date.ts';
import { detectLanguage } from './extract/language.ts';
import { extractTitle, trimTitle } from './extract/title.ts';
import type { PassageRecord } from './meili/record.ts';
import { splitPassages } from './passages.ts';
import type { SourceDocument } from './sources/source-document.ts';

/** Meilisearch ids allow only these characters (and at most 511 bytes). */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** Explicit id when it is already safe, else a short hash of it; no id → hash of the relative path. */
export function documentId(explicit: string | undefined, relativePath: string, line?: number): string {
  if (explicit !== undefined) return SAFE_ID.test(explicit) ? explicit : `h${shortHash(`id:${explicit}`)}`;
  return `f${shortHash(line === undefined ? relativePath : `${relativePath}#${line}`)}`;
}

export interface BuiltDocument {
  docId: string;
  source: string;
  title: string;
  date: string | null;
  year: number | null;
  hijriYear: number | null;
  /** The keyword facets' values (indexer/facets.ts), by record attribute. */
  facets: FacetFields;
  countries: string[];
  datelineCountry: string | null;
  lang: string;
  url: string | null;
  passages: string[];
  records: PassageRecord[];
  hash: string;
  /** Boilerplate lines removed, for --dry-run. */
  removed: number;
}

export type BuildResult = { ok: true; doc: BuiltDocument } | { ok: false; reason: string };

export interface BuildContext {
  /** Path of the file relative to the indexed root (`/` separators). */
  file: string;
}

export function buildDocument(src: SourceDocument, ctx: BuildContext): BuildResult {
  const cleaned = removeBoilerplate(src.text);
  let body = cleaned.text;
  const date = extractDate(body, src.date);
  if (src.date && date.from !== 'data') return { ok: false, reason: `has a "date" that is not a date ("${src.date}")` };
  // A line that is only a date is metadata, not a passage.
  if (date.span && date.from !== 'dateline' && isWholeLine(body, date.span)) {
    body = (body.slice(0, date.span[0]) + body.slice(date.span[1])).replace(/\n{3,}/g, '\n\n').trim();
  }
  if (body === '') return { ok: false, reason: 'has no text after removing boilerplate' };

  let title: string;
  const firstLine = body.split('\n')[0].trim();
  if (src.title) {
    title = trimTitle(src.title, 300);
    if (firstLine === src.title.trim() && body.length > firstLine.length)
      body = body.slice(body.indexOf('\n') + 1).trim();
  } else {
    const skip = date.from === 'dateline' && date.span && date.span[0] === 0 ? date.span[1] : 0;
    const t = extractTitle(body, skip)!;
    title = t.title;
    if (t.headline) body = body.slice(body.indexOf('\n') + 1).trim();
  }
  const passages = splitPassages(body);
  if (passages.length === 0) return { ok: false, reason: 'has no text after removing boilerplate' };

  const dateline = datelineCountry(date.place);
  const facets = facetFields({ src, title, body, datelineCountry: dateline });

  const docId = documentId(src.id, ctx.file, src.id === undefined ? src.line : undefined);
  const source =
    src.id !== undefined ? `${ctx.file}#${src.id}` : src.line !== undefined ? `${ctx.file}#${src.line}` : ctx.file;
  const titleFields = analyzedFields(title);
  const common = {
    doc_id: docId,
    source,
    file: ctx.file,
    passages: passages.length,
    title,
    title_stem: titleFields.stem,
    title_alt: titleFields.alt,
    date: date.date,
    year: date.year,
    dated: date.year !== null,
    hijri_year: date.hijriYear,
    ...facets,
    dateline_country: dateline,
    lang: detectLanguage(body),
    url: src.url ?? null,
    date_sort: dateSort(date.date),
  };
  const records: PassageRecord[] = passages.map((text, n) => {
    const f = analyzedFields(text);
    const forms = [...new Set([...titleFields.forms, ...f.forms])];
    return { id: `${docId}-${n}`, n, text, stem: f.stem, alt: f.alt, forms, ...common, hash: '' };
  });
  const hash = createHash('sha1').update(JSON.stringify(records)).digest('hex').slice(0, 20);
  for (const r of records) r.hash = hash;
  return {
    ok: true,
    doc: {
      docId,
      source,
      title,
      date: date.date,
      year: date.year,
      hijriYear: date.hijriYear,
      facets,
      countries: facets.countries,
      datelineCountry: dateline,
      lang: common.lang,
      url: common.url,
      passages,
      records,
      hash,
      removed: cleaned.removed.length,
    },
  };
}

function isWholeLine(text: string, [start, end]: [number, number]): boolean {
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}
