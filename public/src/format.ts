/**
 * Numbers and dates in Arabic: Arabic-Indic digits, Gregorian dates with Arabic month names
 * (`Intl.DateTimeFormat('ar')`) and the Hijri year from the Islamic calendar, plus Arabic plurals.
 */

const NUMBER = new Intl.NumberFormat('ar');
const YEAR = new Intl.NumberFormat('ar', { useGrouping: false });
const DAY = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const HIJRI_YEAR = new Intl.DateTimeFormat('ar-u-ca-islamic', { year: 'numeric', timeZone: 'UTC' });
const PLURAL = new Intl.PluralRules('ar');

export const formatNumber = (n: number): string => NUMBER.format(n);
export const formatYear = (year: number): string => YEAR.format(year);

export interface ArabicDate {
  /** `٢٠ يونيو ٢٠١٩` (or month and year, or the year alone, as precise as the source). */
  gregorian: string;
  /** `١٤٤٠ هـ`, or null when unknown. */
  hijri: string | null;
  /** For `<time datetime>`. */
  iso: string;
}

/** `date` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full ISO timestamp; `hijriYear` is the server's fallback. */
export function formatDate(date: string | null, year: number | null, hijriYear: number | null): ArabicDate | null {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (match) {
    const y = Number(match[1]);
    const m = match[2] ? Number(match[2]) : null;
    const d = match[3] ? Number(match[3]) : null;
    if (m && d) {
      const when = new Date(Date.UTC(y, m - 1, d));
      return { gregorian: DAY.format(when), hijri: HIJRI_YEAR.format(when), iso: match[0] };
    }
    if (m) {
      return { gregorian: MONTH.format(new Date(Date.UTC(y, m - 1, 1))), hijri: hijriLabel(hijriYear), iso: match[0] };
    }
    return { gregorian: formatYear(y), hijri: hijriLabel(hijriYear), iso: match[0] };
  }
  if (year) return { gregorian: formatYear(year), hijri: hijriLabel(hijriYear), iso: String(year) };
  return null;
}

function hijriLabel(hijriYear: number | null): string | null {
  return hijriYear ? `${formatYear(hijriYear)} هـ` : null;
}

/** «نتيجة واحدة», «نتيجتان», «٣ نتائج», «١١ نتيجة»: Arabic counts agree with the number. */
export function resultsLabel(n: number): string {
  if (n === 0) return 'لا توجد نتائج';
  switch (PLURAL.select(n)) {
    case 'one':
      return 'نتيجة واحدة';
    case 'two':
      return 'نتيجتان';
    case 'few':
      return `${formatNumber(n)} نتائج`;
    default:
      return `${formatNumber(n)} نتيجة`;
  }
}

export function matchesLabel(n: number): string {
  if (n === 0) return 'لا تطابقات';
  switch (PLURAL.select(n)) {
    case 'one':
      return 'تطابق واحد';
    case 'two':
      return 'تطابقان';
    case 'few':
      return `${formatNumber(n)} تطابقات`;
    default:
      return `${formatNumber(n)} تطابقًا`;
  }
}

export function millisecondsLabel(ms: number): string {
  const rounded = Math.round(ms);
  return rounded < 1 ? 'أقل من ملّي ثانية' : `${formatNumber(rounded)} ملّي ثانية`;
}
