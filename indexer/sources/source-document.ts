/**
 * What every reader produces: one raw document (text plus what the format itself says about it).
 * Extraction (boilerplate, title, date, countries) happens later, the same for every format.
 */
export interface SourceDocument {
  /** Explicit id from the data (JSONL `id`), if any. */
  id?: string;
  /** Title given by the format (`<title>`, JSONL `title`, Markdown `# heading`), if any. */
  title?: string;
  text: string;
  /** Date given by the data (JSONL `date`): wins over any date found in the text. */
  date?: string;
  url?: string;
  /** Publisher or origin given by the data (JSONL `source`). */
  publisher?: string;
  /** Country code or name given by the data (JSONL `country`). */
  country?: string;
  /** Line number in the file (JSONL), for messages. */
  line?: number;
}

/** A reader's answer: documents, plus problems with parts of the file (the rest is kept). */
export interface ReadResult {
  documents: SourceDocument[];
  problems: string[];
}
