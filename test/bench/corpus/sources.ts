/**
 * Real Arabic text for the generated collections:
 * - classical Arabic: the verses of the Quran from the npm package `quran-json` (CC-BY-4.0, the
 *   Uthmani text of Tanzil), in their surahs, as the distractor collection and as filler of the
 *   benchmark articles;
 * - modern news Arabic: the sentences of the sample articles in `seeds/`.
 * Nothing generated from them is committed; it is rebuilt from these at run time.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Surah {
  id: number;
  name: string;
  verses: string[];
}

interface QuranJsonSurah {
  id: number;
  name: string;
  verses: { id: number; text: string }[];
}

export function quranSurahs(): Surah[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('quran-json/dist/quran.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as QuranJsonSurah[];
  if (!Array.isArray(data) || data.length !== 114)
    throw new Error(`corpus: ${file} does not hold the 114 surahs; reinstall quran-json 3.1.2`);
  return data.map((s) => ({ id: s.id, name: s.name, verses: s.verses.map((v) => v.text) }));
}

/**
 * Harakat (U+064B–U+065F), the dagger alef (U+0670) and the Quranic annotation signs
 * (U+06D6–U+06ED) removed, and alef wasla written as a bare alef: the verse as a modern newspaper
 * would print it (`ٱلرَّحۡمَٰنِ` → `الرحمن`). Half of the distractors keep the full marks.
 */
export function withoutMarks(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines that are page furniture in the seeds (share buttons, cookie banner), not news sentences. */
const BOILERPLATE = /اخترنا لك|مشاركة|بيان الخصوصية|ملفات تعريف الارتباط|أوافق/;

/** The sentences of the seed articles, 40 characters or longer, without bullets and page furniture. */
export function seedSentences(dir = path.resolve('seeds')): string[] {
  const out: string[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8').replace(/[•\u00a0]/g, ' ');
    for (const line of text.split('\n')) {
      if (BOILERPLATE.test(line)) continue;
      for (const s of line.split(/(?<=[.!؟])\s+/)) {
        const sentence = s.replace(/\s+/g, ' ').trim();
        if (sentence.length >= 40) out.push(/[.!؟:"»]$/.test(sentence) ? sentence : `${sentence}.`);
      }
    }
  }
  if (out.length < 20) throw new Error(`corpus: only ${out.length} sentences in ${dir}; the seed articles are missing`);
  return out;
}
