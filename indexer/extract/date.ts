/**
 * The publication date of a document, from where news puts it and nowhere else:
 *   1. a date given by the data (JSONL `date`) wins;
 *   2. a dateline opening the text: optional place, optional weekday, day month year
 *      ("هانوي 20 فبراير 2021 (شينخوا)", "أوفا، روسيا 20 يونيو 2019 /قال");
 *   3. a line that is only a date ("2019-11-22", "الجمعة 20 فبراير 2021", "22/11/2019").
 * A year merely mentioned in the body ("الذكرى السبعين", "حملة 2019-2021") is never taken, and a
 * partial dateline without a year ("21 نوفمبر،") is not completed by guessing. Hijri years
 * ("١٤٤٥ هـ") go to `hijriYear`. Month names come from months.ts (one table, with sources).
 * Lines are matched after the analyzer's own normalization (digits, letters, presentation forms,
 * Persian shapes, spaces: `normalize`), so a dateline in any spelling the search accepts is read;
 * `normalizeWithOffsets` maps the match back onto the original line.
 */
import { normalize, normalizeWithOffsets } from '../arabic/analyzer.ts';
import { MONTH_NAMES, WEEKDAYS, type Calendar } from './months.ts';

export interface ExtractedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is unknown; null when no Gregorian date was found. */
  date: string | null;
  year: number | null;
  hijriYear: number | null;
  /** Where it came from. */
  from: 'data' | 'dateline' | 'date-line' | null;
  /** The dateline's place words ("أوفا، روسيا"), when the dateline names one. */
  place: string | null;
  /** [start, end) of the dateline (with its agency and separator) or date line in the text, to strip from titles and passages. */
  span: [number, number] | null;
}

export const NO_DATE: ExtractedDate = { date: null, year: null, hijriYear: null, from: null, place: null, span: null };

/** Plausible publication years: outside this range a 4-digit number is not read as a year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** A dateline's date must start within this many characters of its line. */
export const MAX_DATELINE_OFFSET = 60;

const fold = (s: string): string => normalize(s).replace(/\s+/g, ' ').trim();
const MONTHS = new Map<string, { month: number; calendar: Calendar }>();
for (const m of MONTH_NAMES) MONTHS.set(fold(m.name), { month: m.month, calendar: m.calendar });
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first so "كانون الثاني" wins over a shorter prefix.
const MONTH_ALT = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => esc(k).replace(/ /g, '\\s+'))
  .join('|');
const WEEKDAY_ALT = WEEKDAYS.map((w) => esc(fold(w))).join('|');

// Word boundary for Arabic: not preceded/followed by a letter or digit.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const HIJRI_MARK = '(?:هـ|ه|هجري|هجريه|للهجره)';
/** "20 فبراير 2021", "20 شباط/فبراير 2021", "شباط (فبراير) 2021", "فبراير 2021" */
const TEXT_DATE = new RegExp(
  `${B}(?:(\\d{1,2})\\s*)?(${MONTH_ALT})${E}(?:\\s*(?:/|\\(|-)\\s*(?:${MONTH_ALT})\\s*\\)?)?\\s*[,،]?\\s*(\\d{4})${E}(?:\\s*(${HIJRI_MARK}|م)${E})?`,
  'u',
);
const ISO_DATE = new RegExp(`${B}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${E}`, 'u');
const DMY_DATE = new RegExp(`${B}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${E}`, 'u');
const HIJRI_YEAR = new RegExp(`${B}(1[34]\\d{2})\\s*${HIJRI_MARK}${E}`, 'u');

interface Found {
  date: string | null;
  year: number | null;
  hijriYear: number | null;
  index: number;
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYmd(y: number, m: number, d: number | null): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) return null;
  if (d === null) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Finds the first date in a folded line; exported for tests. */
export function findDate(folded: string): Found | null {
  const candidates: Found[] = [];
  const iso = ISO_DATE.exec(folded);
  if (iso) {
    const date = validYmd(+iso[1], +iso[2], +iso[3]);
    if (date) candidates.push({ date, year: +iso[1], hijriYear: null, index: iso.index, length: iso[0].length });
  }
  const dmy = DMY_DATE.exec(folded);
  if (dmy) {
    const date = validYmd(+dmy[3], +dmy[2], +dmy[1]); // Arab convention: day first
    if (date) candidates.push({ date, year: +dmy[3], hijriYear: null, index: dmy.index, length: dmy[0].length });
  }
  const text = new RegExp(TEXT_DATE.source, 'gu');
  for (let m = text.exec(folded); m; m = text.exec(folded)) {
    const month = MONTHS.get(m[2].replace(/\s+/g, ' '))!;
    const year = +m[3];
    const day = m[1] === undefined ? null : +m[1];
    const marked = m[4];
    const hijri = month.calendar === 'hijri' || (marked !== undefined && marked !== 'م');
    if (hijri) {
      if (year >= 1300 && year < 1500)
        candidates.push({ date: null, year: null, hijriYear: year, index: m.index, length: m[0].length });
      continue;
    }
    const date = validYmd(year, month.month, day);
    if (date) candidates.push({ date, year, hijriYear: null, index: m.index, length: m[0].length });
  }
  const hy = HIJRI_YEAR.exec(folded);
  if (hy) candidates.push({ date: null, year: null, hijriYear: +hy[1], index: hy.index, length: hy[0].length });
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  // Merge a Gregorian and a Hijri date on the same line ("5 رجب 1445 هـ الموافق 17 يناير 2024").
  const greg = candidates.find((c) => c.date !== null) ?? null;
  const hijri = candidates.find((c) => c.hijriYear !== null) ?? null;
  const used = [greg, hijri].filter((c): c is Found => c !== null);
  const index = Math.min(...used.map((c) => c.index));
  const end = Math.max(...used.map((c) => c.index + c.length));
  // Two dates far apart on one line are not one date ("…1445 هـ … later … 2024").
  if (greg && hijri && end - index > greg.length + hijri.length + 20) {
    const first = candidates[0];
    return { ...first, date: first.date, year: first.year, hijriYear: first.hijriYear };
  }
  return {
    date: greg?.date ?? null,
    year: greg?.year ?? null,
    hijriYear: hijri?.hijriYear ?? null,
    index,
    length: end - index,
  };
}

/** Parses a date given by data (JSONL `date`): ISO (with or without time), or Arabic text. */
export function parseGivenDate(value: string): ExtractedDate | null {
  const folded = fold(value);
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(folded); // i: normalization lowercases T and Z
  if (iso) {
    const y = +iso[1];
    const date =
      iso[2] === undefined
        ? y >= MIN_YEAR && y <= MAX_YEAR
          ? String(y)
          : null
        : validYmd(y, +iso[2], iso[3] === undefined ? null : +iso[3]);
    if (!date) return null;
    return { ...NO_DATE, date, year: y, from: 'data' };
  }
  const found = findDate(folded);
  if (!found || (found.date === null && found.hijriYear === null)) return null;
  return { ...NO_DATE, date: found.date, year: found.year, hijriYear: found.hijriYear, from: 'data' };
}

const WEEKDAY_RE = new RegExp(`${B}(?:يوم\\s+)?(?:${WEEKDAY_ALT})${E}`, 'gu');
const DATE_LINE_NOISE = new RegExp(
  `${B}(?:تاريخ النشر|تاريخ|نشر في|نشر بتاريخ|بتاريخ|اخر تحديث|تحديث|الموافق|published|updated|date)${E}|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:ص|م|am|pm)?|[\\s,،:|/()\\-–—.•·]|${B}(?:م|مساء|صباحا|GMT|UTC)${E}`,
  'giu',
);

/** True when the folded line is nothing but a date (and weekday, time, "نشر في" labels). */
export function isDateLine(folded: string): Found | null {
  if (folded.length > 80) return null;
  const found = findDate(folded);
  if (!found) return null;
  let rest = folded;
  // Remove every date-like part, then the allowed noise; anything left means prose.
  for (const re of [ISO_DATE, DMY_DATE, TEXT_DATE, HIJRI_YEAR]) rest = rest.replace(new RegExp(re.source, 'gu'), ' ');
  rest = rest.replace(WEEKDAY_RE, ' ').replace(DATE_LINE_NOISE, ' ').trim();
  return rest === '' ? found : null;
}

/** The dateline at the start of a line: place, weekday and separators only before the date. */
export function findDateline(line: string): { found: Found; place: string | null; end: number } | null {
  const { text: folded, offsets: map } = normalizeWithOffsets(line);
  const found = findDate(folded.slice(0, MAX_DATELINE_OFFSET + 60));
  if (!found || found.index > MAX_DATELINE_OFFSET) return null;
  if (found.date === null && found.hijriYear === null) return null;
  const before = folded.slice(0, found.index).replace(WEEKDAY_RE, ' ');
  // Before the date: a place of a few words ("هانوي", "أوفا، روسيا", "القاهرة -"), an agency in
  // brackets, nothing that reads like a sentence (no sentence punctuation, at most 5 words).
  if (/[.!?؟:"«»]/.test(before)) return null;
  if (new RegExp(`${B}(?:${SENTENCE_WORDS.join('|')})${E}`, 'u').test(before)) return null;
  const place = before
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s,،\-–—/|]+/g, ' ')
    .trim();
  if (place.split(' ').filter(Boolean).length > 5) return null;
  // What follows the date must end the dateline: a separator, a bracketed agency, or the end.
  let endFolded = found.index + found.length;
  const agency = /^\s*(?:[-–—:|]\s*)?(?:\([^)]{1,40}\))?\s*[/\-–—:|،,]?/.exec(folded.slice(endFolded));
  if (agency) endFolded += agency[0].length;
  return { found, place: place === '' ? null : place, end: map[endFolded] ?? line.length };
}

/** Words that make what precedes a date a sentence ("في 20 فبراير 2021 وقع…"), not a place. */
export const SENTENCE_WORDS = [
  'في',
  'منذ',
  'حتي',
  'بعد',
  'قبل',
  'خلال',
  'عام',
  'سنه',
  'من',
  'الي',
  'عن',
  'حوالي',
  'يوم',
];

/** How many leading non-empty lines may hold the dateline. */
export const DATELINE_LINES = 2;

export function extractDate(text: string, given?: string): ExtractedDate {
  const lines = text.split('\n');
  let givenDate: ExtractedDate | null = null;
  if (given) givenDate = parseGivenDate(given);
  // Dateline: the first non-empty lines.
  let offset = 0;
  let seen = 0;
  let fromText: ExtractedDate | null = null;
  for (const line of lines) {
    if (line.trim() !== '' && seen < DATELINE_LINES) {
      seen++;
      const dl = findDateline(line);
      if (dl && dl.found.date !== null) {
        const alone = isDateLine(fold(line)) !== null; // a line that is only a date is a date line, wherever it is
        fromText = {
          date: dl.found.date,
          year: dl.found.year,
          hijriYear: dl.found.hijriYear,
          from: alone ? 'date-line' : 'dateline',
          place: dl.place,
          span: alone ? [offset, offset + line.length] : [offset, offset + dl.end],
        };
        break;
      }
    }
    offset += line.length + 1;
  }
  if (!fromText) {
    offset = 0;
    for (const line of lines) {
      const found = line.trim() === '' ? null : isDateLine(fold(line));
      if (found && (found.date !== null || found.hijriYear !== null)) {
        fromText = {
          date: found.date,
          year: found.year,
          hijriYear: found.hijriYear,
          from: 'date-line',
          place: null,
          span: [offset, offset + line.length],
        };
        break;
      }
      offset += line.length + 1;
    }
  }
  if (givenDate)
    return {
      ...givenDate,
      hijriYear: givenDate.hijriYear ?? fromText?.hijriYear ?? null,
      place: fromText?.place ?? null,
      span: fromText?.span ?? null,
    };
  return fromText ?? NO_DATE;
}

/** `YYYY-MM-DD` → 20190622; missing parts count as 0; unknown → 0. */
export function dateSort(date: string | null): number {
  if (!date) return 0;
  const [y, m = '0', d = '0'] = date.split('-');
  return Number(y) * 10000 + Number(m) * 100 + Number(d);
}
