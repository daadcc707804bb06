/**
 * The generated collections, deterministic for a seed:
 * - `benchArticles`: news-like articles for the benchmarks. Each paragraph mixes sentences of the
 *   seed articles with verses of the Quran (marks removed), so the vocabulary is real Arabic and not
 *   a few sentences repeated; every article has a date (2010–2025), a country (named in its text
 *   and given as `country`) and 2–6 paragraphs of 350–950 characters — one passage each for the
 *   indexer (its passages are paragraphs of 120–1000 characters), about 4 per article.
 * - `distractorArticles`: the whole Quran cut into passages of consecutive verses, titled with the
 *   surah's name (as in issue 13's `المعارج` titles), with and without marks, no date.
 */
import { COUNTRIES, MONTHS } from './countries.ts';
import { createRandom, type Random } from './random.ts';
import { quranSurahs, seedSentences, withoutMarks } from './sources.ts';

export interface Article {
  id: string;
  title: string;
  text: string;
  date?: string;
  country?: string;
}
/** An article with its paragraphs: `text` is the paragraphs joined by blank lines. */
export interface GeneratedArticle extends Article {
  paragraphs: string[];
  year?: number;
}

const MIN_PARAGRAPH = 350;
const MAX_PARAGRAPH = 950;

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const toArabicIndic = (n: number): string => String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!);

function verses(): string[] {
  return quranSurahs()
    .flatMap((s) => s.verses.map(withoutMarks))
    .filter((v) => v.length >= 20 && v.length <= 400);
}

function paragraph(rand: Random, news: string[], classical: string[], extra?: string): string {
  const parts: string[] = extra ? [extra] : [];
  let length = extra?.length ?? 0;
  while (length < MIN_PARAGRAPH) {
    const s = rand.chance(0.5) ? rand.pick(news) : `${rand.pick(classical)}.`;
    if (length + s.length + 1 > MAX_PARAGRAPH) continue;
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

/** Articles until `passages` paragraphs are written (the last article may be cut short). */
export function* benchArticles(passages: number, seed = 13): Generator<GeneratedArticle> {
  const rand = createRandom(seed);
  const news = seedSentences();
  const classical = verses();
  let written = 0;
  for (let i = 0; written < passages; i++) {
    const country = rand.pick(COUNTRIES);
    const other = rand.pick(COUNTRIES);
    const year = rand.between(2010, 2025);
    const month = rand.between(1, 12);
    const day = rand.between(1, 28);
    // Some datelines in Arabic-Indic digits, as some agencies print them (٢٠١٩ for 2019).
    const dayText = rand.chance(0.2)
      ? `${toArabicIndic(day)} ${MONTHS[month - 1]} ${toArabicIndic(year)}`
      : `${day} ${MONTHS[month - 1]} ${year}`;
    const dateline = `${country.capital} ${dayText} (وكالات) قال مسؤول في ${country.name} إن المحادثات مع ${other.name} تناولت التعاون الثنائي.`;
    const count = Math.min(passages - written, rand.between(2, 6));
    const paragraphs = Array.from({ length: count }, (_, n) =>
      paragraph(rand, news, classical, n === 0 ? dateline : undefined),
    );
    written += count;
    const words = rand
      .pick(news)
      .replace(/[.،,:؛"«»]/g, '')
      .split(' ');
    const title =
      `${words.slice(0, rand.between(5, 10)).join(' ')} ${rand.chance(0.5) ? `في ${country.name}` : ''}`.trim();
    yield {
      id: `bench-${i}`,
      title,
      text: paragraphs.join('\n\n'),
      paragraphs,
      year,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      country: country.code,
    };
  }
}

/**
 * The Quran as distractor passages of consecutive verses (130 to about 400 characters), 1–3 per
 * article, in two editions: with the full marks of the Uthmani text and without them, as two
 * sources of one text would be (about 4,000 passages in all).
 */
export function* distractorArticles(seed = 7): Generator<GeneratedArticle> {
  const rand = createRandom(seed);
  for (const edition of ['marked', 'plain'] as const) {
    for (const surah of quranSurahs()) {
      const passages: string[] = [];
      let current = '';
      for (const verse of surah.verses) {
        const v = edition === 'marked' ? verse : withoutMarks(verse);
        current = current ? `${current} ${v}` : v;
        if (current.length >= 130 && (current.length >= 300 || rand.chance(0.5))) {
          passages.push(current);
          current = '';
        }
      }
      if (current) {
        if (current.length < 130 && passages.length > 0) passages[passages.length - 1] += ` ${current}`;
        else passages.push(current);
      }
      for (let start = 0, part = 0; start < passages.length; part++) {
        const count = rand.between(1, 3);
        const paragraphs = passages.slice(start, start + count);
        start += count;
        yield {
          id: `quran-${edition}-${surah.id}-${part}`,
          title: surah.name,
          text: paragraphs.join('\n\n'),
          paragraphs,
        };
      }
    }
  }
}
