/**
 * Writes a generated collection as JSON Lines (`{id, title, text, date?, country?}`, one article a
 * line: the indexer's JSONL format). Used by the benchmarks and the relevance evaluation; also a CLI:
 *   tsx test/bench/corpus/write-jsonl.ts bench 100000 /tmp/bench.jsonl
 *   tsx test/bench/corpus/write-jsonl.ts distractors /tmp/distractors.jsonl
 */
import fs from 'node:fs';
import { benchArticles, distractorArticles, type GeneratedArticle } from './articles.ts';

export interface Written {
  file: string;
  articles: number;
  passages: number;
  bytes: number;
}

export function writeJsonl(
  file: string,
  articles: Iterable<GeneratedArticle>,
  onArticle?: (a: GeneratedArticle) => void,
): Written {
  const fd = fs.openSync(file, 'w');
  let count = 0,
    passages = 0,
    bytes = 0,
    buffer: string[] = [];
  const flush = () => {
    const chunk = buffer.join('');
    bytes += Buffer.byteLength(chunk);
    fs.writeSync(fd, chunk);
    buffer = [];
  };
  try {
    for (const a of articles) {
      onArticle?.(a);
      buffer.push(JSON.stringify({ id: a.id, title: a.title, text: a.text, date: a.date, country: a.country }) + '\n');
      count++;
      passages += a.paragraphs.length;
      if (buffer.length >= 1000) flush();
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
  return { file, articles: count, passages, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, a, b] = process.argv.slice(2);
  const written =
    kind === 'bench' && a && b
      ? writeJsonl(b, benchArticles(Number(a)))
      : kind === 'distractors' && a
        ? writeJsonl(a, distractorArticles())
        : undefined;
  if (!written) {
    console.error('usage: tsx test/bench/corpus/write-jsonl.ts bench PASSAGES FILE | distractors FILE');
    process.exit(2);
  }
  console.log(
    `${written.file}: ${written.articles} articles, ${written.passages} passages, ${(written.bytes / 1e6).toFixed(1)} MB`,
  );
}
