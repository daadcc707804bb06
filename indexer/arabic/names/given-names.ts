/**
 * Arabic given names as Arabic writes them, normalized (stage: indexer/arabic/names, data): the Arabic
 * side of the name table of the npm package `arabic-name-to-en` 1.0.6 (ISC; github.com/hamdongunner/
 * arabic-names-to-en, `cases/fullnamedb.js`: 2,515 names). Many are also words (حسن "good", أمل "hope",
 * جمال "beauty", محب "loving"), which the collection writes with noun endings too (حسنة, محبة): the
 * names vocabulary never reads them as ordinary words for that (vocabulary.ts `inflected`).
 */
import { createRequire } from 'node:module';
import { normalize } from '../analyzer.ts';

const table = createRequire(import.meta.url)('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(Object.keys(table).map((name) => normalize(name)));
