/**
 * `npm run eval:names` — the name-pair set (test/fixtures/name-pairs.json) through the REAL engine and the
 * search service (issue 7): one short Arabic news sentence per Arabic spelling of every pair, plus distractor
 * sentences naming other people and places (test/fixtures/names/distractors.txt) and the seed articles, all
 * indexed by the real indexer into a fresh index; then every Latin spelling is searched as a user would.
 *
 * - recall@1: the first hit contains one of the name's Arabic spellings;
 * - recall@5: one of the first five hits contains the Arabic spelling under test
 *   (one figure per (Latin spelling, Arabic spelling) pair);
 * - false matches: absent Latin names (names written nowhere in the corpus) that return any hit.
 * "Contains" is decided on our own analysis of the stored text (the spelling's words, in order, as
 * surfaces or stems), so seed articles and distractors that happen to name the same person count as right.
 *
 * `test/integration/names-pairs.test.ts` runs the same evaluation and asserts the targets.
 */
import { emptySelection } from '../../indexer/facets.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Meilisearch } from 'meilisearch';
import { analyze, normalize } from '../../indexer/arabic/analyzer.ts';
import { splitClitics } from '../../indexer/arabic/clitics.ts';
import { indexPaths } from '../../indexer/index-paths.ts';
import { SearchService } from '../../server/search/search-service.ts';
import type { SearchHit } from '../../server/api-types.ts';
import { expandNames, VocabReader, type NameExpansion, type Tuning } from '../../server/search/name-expansion.ts';
import { devPairs, devVariants, type DevPair, type DevVariant } from './names-dev-set.ts';
import { proxyAbsentNames } from './names-absent-proxy.ts';
import { givenNamePairs } from './names-given-set.ts';
import { distractorArticles } from './corpus/articles.ts';
import { vocabUid } from '../../indexer/meili/vocab.ts';

export interface NamePair {
  latin: string[];
  arabic: string[];
  kind: 'person' | 'place';
  source: string;
}
export interface PairFixture {
  pairs: NamePair[];
  absent: string[];
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** A pair set of test/fixtures: the project's own (name-pairs.json) unless another file is named. */
export function loadPairs(file = 'name-pairs.json'): PairFixture {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as PairFixture;
}

export function loadDistractors(): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, 'names/distractors.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** News sentences with a slot for the name: persons speak and meet, places are visited. */
const PERSON_SENTENCES = [
  'قال {} في تصريحات للصحفيين اليوم إن المحادثات تناولت سبل تعزيز العلاقات الثنائية في مختلف المجالات.',
  'استقبل {} وفدا رسميا رفيع المستوى لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.',
  'أكد {} خلال مؤتمر صحفي مشترك أن بلاده ماضية في تنفيذ الاتفاقيات الموقعة العام الماضي.',
  'وصف {} الاجتماع بأنه بناء ومثمر، مشيرا إلى أهمية مواصلة الحوار حول القضايا الإقليمية.',
];
const PLACE_SENTENCES = [
  'وصل الوفد الحكومي إلى {} صباح اليوم في زيارة رسمية تستمر ثلاثة أيام.',
  'شهدت {} أمس اجتماعات موسعة حول قضايا الطاقة والتجارة والاستثمار.',
  'أعلنت السلطات المحلية في {} عن خطة جديدة لتطوير البنية التحتية والنقل العام.',
  'انطلقت من {} قافلة مساعدات إنسانية نحو المناطق المتضررة من الفيضانات.',
];

export interface EvalDoc {
  id: string;
  title: string;
  text: string;
}

/** One document per (pair, Arabic spelling), then one per distractor sentence. */
export function buildCorpus(fixture: PairFixture, distractors: string[]): EvalDoc[] {
  const docs: EvalDoc[] = [];
  fixture.pairs.forEach((p, i) =>
    p.arabic.forEach((spelling, j) => {
      const sentences = p.kind === 'person' ? PERSON_SENTENCES : PLACE_SENTENCES;
      const text = sentences[(i + j) % sentences.length]!.replace('{}', spelling);
      docs.push({ id: `pair-${i}-${j}`, title: `خبر ${i + 1}`, text });
    }),
  );
  distractors.forEach((text, i) => docs.push({ id: `distractor-${i}`, title: `خبر عام ${i + 1}`, text }));
  return docs;
}

/** Normalized word sequences (surface and stem) of a text, to decide whether it contains a spelling. */
function words(text: string): { surfaces: string[]; stems: string[] } {
  const tokens = analyze(text);
  return { surfaces: tokens.map((t) => t.surface), stems: tokens.map((t) => t.stem) };
}

function containsPhrase(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether a document's text contains an Arabic spelling (its words in order, as surfaces or stems). */
export function containsSpelling(docText: string, spelling: string): boolean {
  const doc = words(docText);
  const s = words(spelling);
  // A spelling written as one word may appear as two in a text and the reverse (نانجينغ / نان جينغ).
  const joined = (xs: string[]) => [xs.join('')];
  return (
    containsPhrase(doc.surfaces, s.surfaces) ||
    containsPhrase(doc.stems, s.stems) ||
    containsPhrase(doc.surfaces, s.stems) ||
    containsPhrase(doc.stems, joined(s.surfaces))
  );
}

/** What both evaluations count: (Latin, Arabic) pairs found first and in the top five, absent names matched. */
export interface RecallCounts {
  queries: number;
  at1: number;
  at5: number;
  recall1: number;
  recall5: number;
  misses: string[];
  falseMatches: number;
  falseMatchRate: number;
}

function recallCounts(
  c: { queries: number; at1: number; at5: number; misses: string[]; falseMatches: number },
  absentNames: number,
): RecallCounts {
  return {
    ...c,
    recall1: c.at1 / Math.max(1, c.queries),
    recall5: c.at5 / Math.max(1, c.queries),
    falseMatchRate: c.falseMatches / Math.max(1, absentNames),
  };
}

export interface EvalResult extends RecallCounts {
  absent: { name: string; hits: { id: string; match: SearchHit['match'] }[] }[];
}

async function allDocTexts(client: Meilisearch, indexUid: string): Promise<Map<string, string>> {
  const res = await client.index(indexUid).getDocuments<{ doc_id: string; title: string; text: string }>({
    fields: ['doc_id', 'title', 'text'],
    limit: 10_000,
  });
  const texts = new Map<string, string>();
  for (const r of res.results) texts.set(r.doc_id, (texts.get(r.doc_id) ?? '') + '\n' + r.title + '\n' + r.text);
  return texts;
}

/** Writes the corpus to `dir` as JSON Lines and indexes it with the seeds into `indexUid`. */
export async function indexCorpus(
  admin: Meilisearch,
  indexUid: string,
  dir: string,
  docs: EvalDoc[],
  name = 'names-eval.jsonl',
): Promise<void> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  await indexPaths([SEEDS, file], { client: admin, indexUid });
}

/** Searches every Latin spelling and every absent name; `client` may be a search-key client. */
export async function evaluate(client: Meilisearch, indexUid: string, fixture: PairFixture): Promise<EvalResult> {
  const service = new SearchService(client, indexUid);
  const texts = await allDocTexts(client, indexUid);
  const search = async (q: string) =>
    (
      await service.search({
        q,
        filters: { years: [], facets: emptySelection() },
        sort: 'relevance',
        offset: 0,
        limit: 5,
      })
    ).hits;
  const has = new Map<string, boolean>();
  const contains = (id: string, spelling: string): boolean => {
    const k = `${id}\u0000${spelling}`;
    if (!has.has(k)) has.set(k, containsSpelling(texts.get(id) ?? '', spelling));
    return has.get(k)!;
  };

  let queries = 0,
    at1 = 0,
    at5 = 0;
  const misses: string[] = [];
  for (const p of fixture.pairs) {
    for (const latin of p.latin) {
      const hits = await search(latin);
      const show = () => hits.map((h) => `${h.id}:${h.match}`).join(' ') || 'no hits';
      const first = hits[0];
      const firstOk = first !== undefined && p.arabic.some((a) => contains(first.id, a));
      for (const arabic of p.arabic) {
        queries++;
        if (firstOk) at1++;
        const in5 = hits.some((h) => contains(h.id, arabic));
        if (in5) at5++;
        if (!firstOk || !in5) misses.push(`${latin} → ${arabic}: ${in5 ? 'top 5 only' : 'not in top 5'} (${show()})`);
      }
    }
  }
  const absent: EvalResult['absent'] = [];
  for (const name of fixture.absent) {
    const hits = await search(name);
    absent.push({ name, hits: hits.map((h) => ({ id: h.id, match: h.match })) });
  }
  const falseMatches = absent.filter((a) => a.hits.length > 0).length;
  return { ...recallCounts({ queries, at1, at5, misses, falseMatches }, fixture.absent.length), absent };
}

export function formatReport(r: EvalResult, corpusSize: number): string {
  const lines = [
    `names through the engine: ${r.queries} (Latin, Arabic) spelling pairs, ${corpusSize} documents + seeds`,
    `  recall@1 ${r.recall1.toFixed(3)} (${r.at1}/${r.queries})   recall@5 ${r.recall5.toFixed(3)} (${r.at5}/${r.queries})`,
    `  false matches: ${r.falseMatches}/${r.absent.length} absent names return hits (rate ${r.falseMatchRate.toFixed(3)})`,
  ];
  if (r.misses.length) lines.push('  misses:', ...r.misses.map((m) => `    ${m}`));
  const wrong = r.absent.filter((a) => a.hits.length > 0);
  if (wrong.length)
    lines.push(
      '  absent names with hits:',
      ...wrong.map((a) => `    ${a.name}: ${a.hits.map((h) => `${h.id}:${h.match}`).join(' ')}`),
    );
  return lines.join('\n');
}

// ── The name model directly: expandNames over the vocabulary index the indexer built (issue 14) ──

/** One query and the Arabic it should expand to (normalized; several spellings = any of them). */
export interface ExpansionCase {
  latin: string;
  arabic: string[];
}

export interface ExpansionResult extends RecallCounts {
  absent: number;
  falseExamples: string[];
  msPerQuery: number;
}

/**
 * The words of an Arabic spelling a form must cover: its words but the stop words, or all of them when it
 * has nothing else (علي, Ali, is also على "on").
 */
function spellingWords(spelling: string): string[] {
  const tokens = analyze(spelling);
  const content = tokens.filter((t) => !t.stop);
  return (content.length > 0 ? content : tokens).map((t) => t.surface);
}

/** Base of each of those words (clitics off). */
function spellingBases(spelling: string): string[] {
  return spellingWords(spelling).map((w) => splitClitics(w).base);
}

/**
 * Whether the expansions' top-k forms cover every word of `spelling` (by base: والأسد covers الأسد).
 * A two-word form covers two words; a one-word form may also cover two written apart (نانجينغ / نان جينغ).
 */
export function covers(expansions: NameExpansion[], spelling: string, k: number): boolean {
  const want = spellingBases(spelling);
  if (want.length === 0) return false;
  const plain = spellingWords(spelling);
  const got = new Set<string>();
  for (const e of expansions) {
    for (const f of e.forms.slice(0, k)) {
      const words = f.normalized.split(' ');
      const bases = words.map((w) => splitClitics(w).base);
      [...words, ...bases].forEach((b) => got.add(b));
      got.add(bases.join(''));
      got.add(words.join(''));
    }
  }
  return want.every((w, i) => got.has(w) || got.has(plain[i]!)) || got.has(want.join('')) || got.has(plain.join(''));
}

export async function evaluateExpansion(
  reader: VocabReader,
  cases: ExpansionCase[],
  absent: string[],
  tuning?: Partial<Tuning>,
): Promise<ExpansionResult> {
  let queries = 0,
    at1 = 0,
    at5 = 0,
    ms = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const exp = await expandNames(reader, c.latin, { prefix: false, tuning });
    ms += performance.now() - t0;
    for (const arabic of c.arabic) {
      queries++;
      const ok1 = c.arabic.some((a) => covers(exp, a, 1));
      const ok5 = covers(exp, arabic, 5);
      if (ok1) at1++;
      if (ok5) at5++;
      if (!ok1 || !ok5) misses.push(`${c.latin} → ${arabic}: ${ok5 ? 'top 5 only' : 'missed'} (${show(exp)})`);
    }
  }
  const falseExamples: string[] = [];
  for (const name of absent) {
    const t0 = performance.now();
    const exp = await expandNames(reader, name, { prefix: false, tuning });
    ms += performance.now() - t0;
    if (exp.some((e) => e.forms.length > 0)) falseExamples.push(`${name}: ${show(exp)}`);
  }
  return {
    ...recallCounts({ queries, at1, at5, misses, falseMatches: falseExamples.length }, absent.length),
    absent: absent.length,
    falseExamples,
    msPerQuery: ms / Math.max(1, cases.length + absent.length),
  };
}

function show(exp: NameExpansion[]): string {
  return exp
    .map((e) => `${e.words.join(' ')} → ${e.forms.map((f) => `${f.normalized}:${f.score}`).join(', ') || '∅'}`)
    .join(' | ');
}

export function formatExpansion(label: string, r: ExpansionResult, details = true): string {
  const lines = [
    `${label}: ${r.queries} (Latin, Arabic) pairs   recall@1 ${r.recall1.toFixed(3)} (${r.at1})   recall@5 ${r.recall5.toFixed(3)} (${r.at5})` +
      `   absent names matched: ${r.falseMatches}/${r.absent} (rate ${r.falseMatchRate.toFixed(3)})   ${r.msPerQuery.toFixed(2)} ms/query`,
  ];
  if (details && r.misses.length) lines.push('  misses:', ...r.misses.map((m) => `    ${m}`));
  if (details && r.falseExamples.length)
    lines.push('  absent names with forms:', ...r.falseExamples.map((m) => `    ${m}`));
  return lines.join('\n');
}

export function pairCases(fixture: PairFixture): ExpansionCase[] {
  return fixture.pairs.flatMap((p) => p.latin.map((latin) => ({ latin, arabic: p.arabic.map((a) => normalize(a)) })));
}

export function devCases(pairs: DevPair[], half: DevPair['half']): ExpansionCase[] {
  return pairs.filter((p) => p.half === half && !p.absent).map((p) => ({ latin: p.english, arabic: [p.arabic] }));
}

/** The dev set as pair-set fixtures (for the search-service path): present names, and the absent ones. */
export function devFixture(pairs: DevPair[], half: DevPair['half']): PairFixture {
  return {
    pairs: pairs
      .filter((p) => p.half === half && !p.absent)
      .map((p) => ({ latin: [p.english], arabic: [p.arabic], kind: 'place' as const, source: `CLDR ${p.source}` })),
    absent: pairs.filter((p) => p.half === half && p.absent).map((p) => p.english),
  };
}

/** Other languages' spellings of a half as a pair-set fixture (for the search-service path). */
function variantFixture(variants: DevVariant[], half: DevPair['half'], absent: string[]): PairFixture {
  return {
    pairs: variantCases(variants, half).map((c) => ({
      latin: [c.latin],
      arabic: c.arabic,
      kind: 'place' as const,
      source: 'CLDR',
    })),
    absent,
  };
}

/** The absent names of each set that are absent indeed: their Arabic is nowhere in the collection. */
interface AbsentSets {
  pairs: string[];
  tune: string[];
  report: string[];
  /** The same for the other languages' spellings (devVariants). */
  variants: { tune: string[]; report: string[] };
}

/** Other languages' spellings of a half's present names, as expansion cases. */
export function variantCases(variants: DevVariant[], half: DevPair['half']): ExpansionCase[] {
  return variants
    .filter((v) => v.pair.half === half && !v.pair.absent)
    .map((v) => ({ latin: v.latin, arabic: [v.pair.arabic] }));
}

export async function absentSets(
  client: Meilisearch,
  indexUid: string,
  fixture: PairFixture,
  dev: DevPair[],
): Promise<AbsentSets> {
  const present = new Set(
    (
      await client.index(vocabUid(indexUid)).getDocuments<{ base: string }>({ fields: ['base'], limit: 1_000_000 })
    ).results.map((r) => r.base),
  );
  // An "absent" name whose Arabic happens to be in the seeds or distractors is not absent.
  const absentPair = (p: DevPair, half: DevPair['half']) =>
    p.half === half && p.absent && !present.has(splitClitics(p.arabic).base);
  const absentOf = (half: DevPair['half']) => dev.filter((p) => absentPair(p, half)).map((p) => p.english);
  const variants = devVariants(dev);
  const absentVariants = (half: DevPair['half']) =>
    variants.filter((v) => absentPair(v.pair, half)).map((v) => v.latin);
  // The pair set's absent names are absent only when the dev set does not name them (Lima, Oslo are CLDR cities).
  const devNames = new Set(dev.filter((p) => !p.absent).map((p) => p.english.toLowerCase()));
  return {
    pairs: fixture.absent.filter((n) => !devNames.has(n.toLowerCase())),
    tune: absentOf('tune'),
    report: absentOf('report'),
    variants: { tune: absentVariants('tune'), report: absentVariants('report') },
  };
}

/** Recall and absent names matched by expandNames for the pair set and both halves. */
async function expansionSection(
  reader: VocabReader,
  fixture: PairFixture,
  dev: DevPair[],
  sets: AbsentSets,
): Promise<void> {
  // Misses are printed for the pair set and the tuning half only: the report half is not looked at while tuning.
  const verbose = process.argv.includes('--misses');
  console.log(formatExpansion('pair set', await evaluateExpansion(reader, pairCases(fixture), sets.pairs), verbose));
  console.log(
    formatExpansion('dev tune half', await evaluateExpansion(reader, devCases(dev, 'tune'), sets.tune), verbose),
  );
  console.log(
    formatExpansion('dev report half', await evaluateExpansion(reader, devCases(dev, 'report'), sets.report), false),
  );
  // The same names as German, French, Spanish, Italian, Portuguese, Turkish, Uzbek, Polish and Indonesian
  // write them (CLDR): romanizations the rules were not written from. Misses of the tuning half only.
  const variants = devVariants(dev);
  console.log(
    formatExpansion(
      'dev tune half, other languages',
      await evaluateExpansion(reader, variantCases(variants, 'tune'), sets.variants.tune),
      verbose,
    ),
  );
  console.log(
    formatExpansion(
      'dev report half, other languages',
      await evaluateExpansion(reader, variantCases(variants, 'report'), sets.variants.report),
      false,
    ),
  );
  // Surnames and towns from faker: absent names no rule was written for (names-absent-proxy.ts).
  const proxy = proxyAbsentNames();
  for (const half of ['tune', 'report'] as const) {
    const r = await evaluateExpansion(reader, [], proxy[half]);
    console.log(
      `faker surnames and towns (absent proxy), ${half} half: ${r.falseMatches}/${r.absent} match something (rate ${r.falseMatchRate.toFixed(3)})`,
    );
    if (verbose && half === 'tune') for (const e of r.falseExamples) console.log(`    ${e}`);
  }
}

/**
 * Arabic given names (names-given-set.ts) in a collection of their own: one news sentence per name kept in,
 * with the distractors and the seeds; recall through expandNames per half, the given-name bonus off (the
 * list it reads is this table's Arabic side). No absent-name figure: an absent given name meets its
 * kin (Hamid حميد, Hamad حمد), which a reader would call right.
 */
async function givenNameSection(client: Meilisearch, indexUid: string, dataDir: string): Promise<void> {
  const given = givenNamePairs();
  const present = given.filter((g) => !g.absent);
  const docs = buildCorpus(
    {
      pairs: present.map((g) => ({
        latin: [g.english],
        arabic: [g.arabic],
        kind: 'person' as const,
        source: 'arabic-name-to-en',
      })),
      absent: [],
    },
    loadDistractors(),
  );
  await indexCorpus(client, indexUid, dataDir, docs, 'names-eval-given.jsonl');
  const reader = new VocabReader(client, indexUid);
  console.log(
    `\n== expandNames, Arabic given names (arabic-name-to-en): ${present.length} names in their own collection ==`,
  );
  for (const half of ['tune', 'report'] as const) {
    const cases = present
      .filter((g) => g.half === half)
      .map((g) => ({ latin: g.english, arabic: [normalize(g.arabic)] }));
    const r = await evaluateExpansion(reader, cases, [], { givenNameBonus: 0 });
    console.log(
      `given names, ${half} half: ${r.queries} pairs   recall@1 ${r.recall1.toFixed(3)} (${r.at1})   recall@5 ${r.recall5.toFixed(3)} (${r.at5})   ${r.msPerQuery.toFixed(2)} ms/query`,
    );
  }
  await client.deleteIndex(indexUid).waitTask();
}

/**
 * `--probes`: news names in several romanizations each (test/fixtures/names/probes.json), through the search
 * service in a collection of their own. Written here to find failure classes, so not independent data:
 * a figure to watch, not one to tune on.
 */
async function probeSection(client: Meilisearch, indexUid: string, dataDir: string): Promise<void> {
  const probes = loadPairs('names/probes.json');
  const docs = buildCorpus({ pairs: probes.pairs, absent: [] }, loadDistractors());
  await indexCorpus(client, indexUid, dataDir, docs, 'names-eval-probes.jsonl');
  console.log(`\n== probes: ${probes.pairs.length} news names written here, through the search service ==`);
  console.log(formatReport(await evaluate(client, indexUid, probes), docs.length));
  await client.deleteIndex(indexUid).waitTask();
}

async function main(): Promise<void> {
  const { startEngine } = await import('../../indexer/meili/engine.ts');
  const { createClient } = await import('../../indexer/meili/client.ts');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-eval-'));
  const engine = await startEngine({
    dataDir,
    url: process.env.MEILI_URL,
    masterKey: process.env.MEILI_MASTER_KEY,
    startTimeoutMs: 60_000,
  });
  try {
    const client = createClient({ url: engine.url, apiKey: engine.masterKey });
    const indexUid = `names_eval_${process.pid}`;
    const fixture = loadPairs();
    const dev = devPairs();
    const tune = devFixture(dev, 'tune'),
      report = devFixture(dev, 'report');
    // One collection: pair-set sentences, dev-set sentences (absent names left out), distractors, seeds.
    const docs = buildCorpus(
      { pairs: [...fixture.pairs, ...tune.pairs, ...report.pairs], absent: [] },
      loadDistractors(),
    );
    await indexCorpus(client, indexUid, dataDir, docs);
    const reader = new VocabReader(client, indexUid);
    const sets = await absentSets(client, indexUid, fixture, dev);
    console.log(
      `collection: ${docs.length} documents + seeds; dev set ${dev.length} CLDR pairs (tune ${tune.pairs.length} + ${sets.tune.length} absent, report ${report.pairs.length} + ${sets.report.length} absent)`,
    );

    console.log('\n== through the search service (the server as wired today) ==');
    const started = Date.now();
    const variants = devVariants(dev);
    for (const [label, fx] of [
      ['pair set', { ...fixture, absent: sets.pairs }],
      ['dev tune half', { ...tune, absent: sets.tune }],
      ['dev report half', { ...report, absent: sets.report }],
      ['dev tune half, other languages', variantFixture(variants, 'tune', sets.variants.tune)],
      ['dev report half, other languages', variantFixture(variants, 'report', sets.variants.report)],
    ] as const) {
      const r = await evaluate(client, indexUid, fx);
      console.log(
        `${label}: recall@1 ${r.recall1.toFixed(3)}  recall@5 ${r.recall5.toFixed(3)} (${r.queries} pairs)  absent names with hits ${r.falseMatches}/${r.absent.length} (rate ${r.falseMatchRate.toFixed(3)})`,
      );
      // The report half's misses stay unseen: it is not looked at while tuning.
      if (process.argv.includes('--misses') && !label.startsWith('dev report half'))
        console.log(formatReport(r, docs.length).split('\n').slice(3).join('\n'));
    }
    console.log(`  (${Date.now() - started} ms)`);

    console.log('\n== expandNames over the vocabulary index (server/search/name-expansion.ts) ==');
    await expansionSection(reader, fixture, dev, sets);
    if (process.argv.includes('--sweep')) {
      // Thresholds on the TUNING half only (recall vs absent names matched).
      for (const minScore of [0.7, 0.74, 0.78]) {
        for (const minScoreMedium of [minScore, 0.78, 0.8, 0.82]) {
          const r = await evaluateExpansion(reader, devCases(dev, 'tune'), sets.tune, {
            minScore,
            minScoreMedium,
          });
          console.log(formatExpansion(`tune minScore ${minScore} 4–5 letters ${minScoreMedium}`, r, false));
        }
      }
    }

    if (process.argv.includes('--probes')) await probeSection(client, `${indexUid}_probes`, dataDir);
    await givenNameSection(client, `${indexUid}_given`, dataDir);

    // A larger vocabulary has more ordinary words that sound like a name: the same sets again once the
    // whole Quran (quran-json, cut into passages) is in the collection. Its words are not news words, but
    // short, dense and real; the rate of absent names matched here is what a large collection would see.
    const large = [...distractorArticles()].map((a) => ({ id: `quran-${a.id}`, title: a.title, text: a.text }));
    await indexCorpus(client, indexUid, dataDir, large, 'names-eval-large.jsonl');
    const vocabulary = (await client.index(vocabUid(indexUid)).getStats()).numberOfDocuments;
    const largeSets = await absentSets(client, indexUid, fixture, dev);
    console.log(
      `\n== expandNames, larger collection: + ${large.length} Quran passages (${vocabulary} vocabulary forms) ==`,
    );
    await expansionSection(reader, fixture, dev, largeSets);
    await client.deleteIndex(indexUid).waitTask();
  } finally {
    await engine.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
