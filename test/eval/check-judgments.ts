/**
 * `tsx test/eval/check-judgments.ts`: a help for whoever edits queries.ts. For each query, lists the
 * documents of the collection that hold a form of every query word but are not judged relevant
 * (to read and judge), and the judged documents that hold none of some word (a judgment or a
 * fixture to fix). Uses only word-forms.ts and the files; no engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stageCollection } from './collection.ts';
import { QUERIES } from './queries.ts';
import { DocumentWords, missingWords, requiredWords } from './word-forms.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-judgments-'));
try {
  const { documents } = stageCollection(dir);
  const prepared = documents.map((d) => ({ source: d.source, words: new DocumentWords(`${d.title}\n${d.text}`) }));
  const sources = new Set(documents.map((d) => d.source));
  for (const query of QUERIES) {
    const required = requiredWords(query.q, query.forms);
    const containing = prepared.filter((d) => missingWords(d.words, required).length === 0).map((d) => d.source);
    const judged = new Set(query.relevant);
    const unjudged = containing.filter((s) => !judged.has(s));
    const lacking = query.relevant.filter((s) => !containing.includes(s));
    const unknown = query.relevant.filter((s) => !sources.has(s));
    const notes = [
      unjudged.length
        ? `holds every word, not judged relevant: ${unjudged.slice(0, 6).join(', ')}${unjudged.length > 6 ? ` … (${unjudged.length})` : ''}`
        : '',
      lacking.length ? `judged relevant, lacks a word: ${lacking.join(', ')}` : '',
      unknown.length ? `NOT IN THE COLLECTION: ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    console.log(
      `${notes.length ? '!' : ' '} [${query.category}] ${query.q}${notes.length ? `\n    ${notes.join('\n    ')}` : ''}`,
    );
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
