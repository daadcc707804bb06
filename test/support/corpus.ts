/**
 * A generated collection of real Arabic for tests that need more documents than the seeds: documents
 * made of the seed articles' sentences, chosen by a seeded generator (the same corpus every run), with
 * dates over several years and a dateline country, written as one JSON Lines file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEEDS } from './server.ts';

const COUNTRIES = ['EG', 'JO', 'SA', 'RU', 'CN', 'IR', 'TR', 'VN'];

/** Small deterministic generator (mulberry32), so the corpus is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeCorpus(dir: string, documents: number, seed = 18): string {
  const sentences = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').split(/[.\n؟!]+/))
    .map((s) => s.replace(/^[\s•]+/, '').trim())
    .filter((s) => s.length > 30);
  const random = generator(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < documents; i++) {
    const paragraphs = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => Array.from({ length: 2 + Math.floor(random() * 3) }, pick).join('. ') + '.',
    );
    const year = 2014 + Math.floor(random() * 8);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    lines.push(
      JSON.stringify({
        id: `gen-${i}`,
        title: pick(),
        text: paragraphs.join('\n\n'),
        date: `${year}-${month}-${day}`,
        country: COUNTRIES[Math.floor(random() * COUNTRIES.length)],
      }),
    );
  }
  const file = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
