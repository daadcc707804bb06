/**
 * Month names as data, one table, each group with its source. Names are written as people write
 * them; they are folded (alef seats, ta marbuta, ya) when the lookup is built, like the text.
 *
 * Sources: Egyptian/Gulf transliterated Latin names (standard in Egyptian, Gulf, Sudanese, Yemeni
 * and pan-Arab media); Levantine/Iraqi Syriac-derived names (Syria, Lebanon, Jordan, Palestine,
 * Iraq); Maghrebi French-derived names (Algeria, Tunisia) and Moroccan forms; the Hijri months
 * (Umm al-Qura usage). See https://en.wikipedia.org/wiki/Arabic_names_of_calendar_months
 */
export type Calendar = 'gregorian' | 'hijri';
export interface MonthName {
  name: string;
  month: number;
  calendar: Calendar;
  tradition: string;
}

const group = (tradition: string, calendar: Calendar, names: [number, ...string[]][]): MonthName[] =>
  names.flatMap(([month, ...forms]) => forms.map((name) => ({ name, month, calendar, tradition })));

export const MONTH_NAMES: readonly MonthName[] = [
  ...group('egyptian-gulf', 'gregorian', [
    [1, 'يناير'],
    [2, 'فبراير', 'فبراير'],
    [3, 'مارس'],
    [4, 'أبريل', 'إبريل', 'ابريل'],
    [5, 'مايو'],
    [6, 'يونيو', 'يونيه'],
    [7, 'يوليو', 'يوليه'],
    [8, 'أغسطس', 'اغسطس', 'أغسطوس'],
    [9, 'سبتمبر'],
    [10, 'أكتوبر', 'اكتوبر'],
    [11, 'نوفمبر'],
    [12, 'ديسمبر'],
  ]),
  ...group('levantine-iraqi', 'gregorian', [
    [1, 'كانون الثاني'],
    [2, 'شباط'],
    [3, 'آذار'],
    [4, 'نيسان'],
    [5, 'أيار'],
    [6, 'حزيران'],
    [7, 'تموز'],
    [8, 'آب'],
    [9, 'أيلول'],
    [10, 'تشرين الأول'],
    [11, 'تشرين الثاني'],
    [12, 'كانون الأول'],
  ]),
  ...group('maghrebi', 'gregorian', [
    [1, 'جانفي'],
    [2, 'فيفري'],
    [4, 'أفريل'],
    [5, 'ماي'],
    [6, 'جوان'],
    [7, 'جويلية', 'جويليه'],
    [8, 'أوت'],
  ]),
  ...group('moroccan', 'gregorian', [
    [7, 'يوليوز'],
    [8, 'غشت'],
    [9, 'شتنبر'],
    [11, 'نونبر'],
    [12, 'دجنبر'],
  ]),
  ...group('hijri', 'hijri', [
    [1, 'محرم'],
    [2, 'صفر'],
    [3, 'ربيع الأول'],
    [4, 'ربيع الآخر', 'ربيع الثاني'],
    [5, 'جمادى الأولى', 'جمادى الأول'],
    [6, 'جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
    [7, 'رجب'],
    [8, 'شعبان'],
    [9, 'رمضان'],
    [10, 'شوال'],
    [11, 'ذو القعدة', 'ذي القعدة'],
    [12, 'ذو الحجة', 'ذي الحجة'],
  ]),
];

/** Weekday names, removed from date lines ("الجمعة 20 فبراير 2021"). */
export const WEEKDAYS = [
  'السبت',
  'الأحد',
  'الاحد',
  'الإثنين',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الاربعاء',
  'الخميس',
  'الجمعة',
] as const;
