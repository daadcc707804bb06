/**
 * The evaluation collection, staged in one folder so the indexer gives each document the `source`
 * the judgments use: `seeds/NAME.txt`, `fixtures/NAME.txt`, `distractors.jsonl#ID` (the Quran
 * distractors, generated at run time, never committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { distractorArticles, type GeneratedArticle } from '../bench/corpus/articles.ts';
import { writeJsonl, type Written } from '../bench/corpus/write-jsonl.ts';

export const FIXTURES_DIR = path.resolve('test/eval/fixtures');
export const SEEDS_DIR = path.resolve('seeds');

export interface StagedDocument {
  source: string;
  title: string;
  text: string;
}

export function stageCollection(dir: string): { distractors: Written; documents: StagedDocument[] } {
  const documents: StagedDocument[] = [];
  for (const [from, to] of [
    [SEEDS_DIR, 'seeds'],
    [FIXTURES_DIR, 'fixtures'],
  ] as const) {
    fs.mkdirSync(path.join(dir, to), { recursive: true });
    for (const file of fs
      .readdirSync(from)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = fs.readFileSync(path.join(from, file), 'utf8');
      fs.writeFileSync(path.join(dir, to, file), text);
      documents.push({ source: `${to}/${file}`, title: '', text });
    }
  }
  const distractors = writeJsonl(path.join(dir, 'distractors.jsonl'), distractorArticles(), (a: GeneratedArticle) => {
    documents.push({ source: `distractors.jsonl#${a.id}`, title: a.title, text: a.text });
  });
  return { distractors, documents };
}
